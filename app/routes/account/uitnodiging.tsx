import { eq } from "drizzle-orm";
import { Form, data, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/uitnodiging";
import { db, writeTransaction } from "../../../db";
import { gebruiker } from "../../../db/schema";
import { loadRollen } from "../../auth/current-user.server";
import { consumeEenmaligeLink, findEenmaligeLink } from "../../auth/eenmalige-link.server";
import { hashPassword } from "../../auth/password.server";
import { nieuwWachtwoordSchemaVoor } from "../../auth/password-rules";
import { beginLoginSessie } from "../../auth/mfa-login.server";
import { mfaStapPad } from "../../auth/redirect-doel";
import {
  invalidateAllSessions,
  invalidateSession,
  sessionCookie,
  sessionTokenFromRequest,
  validateSessionToken,
} from "../../auth/session.server";
import { AccountPage } from "../../components/account-page";
import { Button, ErrorSummary } from "../../components/form";
import { NIEUW_WACHTWOORD_LABELS, NieuwWachtwoordVelden } from "../../components/nieuw-wachtwoord-velden";
import { RollenLijst } from "../../components/rollen-lijst";
import { writeAudit } from "../../domain/audit.server";
import { parseForm } from "../../domain/form-data";

export const meta: Route.MetaFunction = () => [{ title: "Uitnodiging accepteren — Regiovisie Uitvoeringsplan" }];

function uitgenodigde(token: string) {
  const link = findEenmaligeLink(token, "uitnodiging");
  if (!link) return null;
  return (
    db
      .select({ id: gebruiker.id, naam: gebruiker.naam, email: gebruiker.email })
      .from(gebruiker)
      .where(eq(gebruiker.id, link.gebruikerId))
      .get() ?? null
  );
}

// 410 Gone: the link existed or may have existed, but cannot be used any more.
const verlopen = () => data({ geldig: false as const }, { status: 410 });

export function loader({ params }: Route.LoaderArgs) {
  const account = uitgenodigde(params.token);
  if (!account) return verlopen();
  const rollen = loadRollen(account.id).map(({ rol, regioNaam, gemeenteNaam, organisatieNaam }) => ({
    rol,
    regioNaam,
    gemeenteNaam,
    organisatieNaam,
  }));
  return { geldig: true as const, naam: account.naam, email: account.email, rollen };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const account = uitgenodigde(params.token);
  if (!account) return verlopen();

  const parsed = parseForm(await request.formData(), nieuwWachtwoordSchemaVoor(account.email));
  if (!parsed.ok) return data({ geldig: true as const, errors: parsed.errors }, { status: 400 });

  const passwordHash = await hashPassword(parsed.data.nieuwWachtwoord);
  const now = new Date();
  // Someone else may still be signed in on this browser; their session must not linger behind ours.
  const previousToken = sessionTokenFromRequest(request);
  const previous = previousToken ? validateSessionToken(previousToken, now) : null;

  const login = writeTransaction((tx) => {
    const gebruikerId = consumeEenmaligeLink(tx, params.token, "uitnodiging", now);
    if (gebruikerId === null) return null;
    tx.update(gebruiker)
      .set({ passwordHash, wachtwoordGewijzigdOp: now.toISOString() })
      .where(eq(gebruiker.id, gebruikerId))
      .run();
    invalidateAllSessions(tx, gebruikerId);
    if (previous) invalidateSession(previous.id, tx);
    // Accepting signs the person in, so it is a login path: a coördinator sets up MFA first.
    const begonnen = beginLoginSessie(tx, gebruikerId, now);
    writeAudit(tx, {
      gebruikerId,
      ip: context?.ip ?? null,
      entiteit: "gebruiker",
      entiteitId: gebruikerId,
      actie: "uitnodiging.geaccepteerd",
      na: { wachtwoordGewijzigdOp: now.toISOString(), sessie: begonnen.sessie.id, mfaStap: begonnen.stap },
    });
    return begonnen;
  });
  if (!login) return verlopen();
  return redirect(login.stap ? mfaStapPad(login.stap, "/") : "/", {
    headers: { "Set-Cookie": sessionCookie(login.sessie.token) },
  });
}

export default function Uitnodiging({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  if (!loaderData.geldig || actionData?.geldig === false) {
    return (
      <AccountPage title="Deze uitnodiging werkt niet meer">
        <p className="mb-4">
          De link in uw uitnodiging is verlopen of al gebruikt. Een uitnodiging werkt één keer en is beperkt geldig.
          Heeft u meerdere uitnodigingen ontvangen? Dan werkt alleen de link uit de nieuwste e-mail.
        </p>
        <p className="mb-4">
          Vraag de regiocoördinator van uw regio om een nieuwe uitnodiging. Heeft u al een wachtwoord gekozen? Dan
          kunt u gewoon inloggen.
        </p>
        <p>
          <a href="/login">Naar inloggen</a>
        </p>
      </AccountPage>
    );
  }
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  return (
    <AccountPage title="Welkom bij Regiovisie Uitvoeringsplan">
      <p className="mb-4">
        Beste {loaderData.naam}, u bent uitgenodigd met deze {loaderData.rollen.length === 1 ? "rol" : "rollen"}:
      </p>
      <div className="mb-6">
        <RollenLijst rollen={loaderData.rollen} />
      </div>
      <p className="mb-6">Kies een wachtwoord om uw account te activeren. Daarna bent u meteen ingelogd.</p>
      <ErrorSummary errors={errors} labels={NIEUW_WACHTWOORD_LABELS} />
      <Form method="post" noValidate>
        <NieuwWachtwoordVelden email={loaderData.email} errors={errors} />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Bezig met activeren…" : "Account activeren"}
        </Button>
      </Form>
    </AccountPage>
  );
}
