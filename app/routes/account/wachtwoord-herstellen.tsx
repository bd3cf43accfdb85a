import { eq } from "drizzle-orm";
import { Form, data, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/wachtwoord-herstellen";
import { db, writeTransaction } from "../../../db";
import { gebruiker, inlogpoging } from "../../../db/schema";
import { consumeEenmaligeLink, findEenmaligeLink } from "../../auth/eenmalige-link.server";
import { accountKey } from "../../auth/login-throttle.server";
import { hashPassword } from "../../auth/password.server";
import { nieuwWachtwoordSchemaVoor } from "../../auth/password-rules";
import { clearedSessionCookie, invalidateAllSessions } from "../../auth/session.server";
import { AccountPage } from "../../components/account-page";
import { Button, ErrorSummary } from "../../components/form";
import { NIEUW_WACHTWOORD_LABELS, NieuwWachtwoordVelden } from "../../components/nieuw-wachtwoord-velden";
import { writeAudit } from "../../domain/audit.server";
import { parseForm } from "../../domain/form-data";

export const meta: Route.MetaFunction = () => [{ title: "Nieuw wachtwoord instellen — Regiovisie Uitvoeringsplan" }];

function geldigAccount(token: string) {
  const link = findEenmaligeLink(token, "wachtwoord_reset");
  if (!link) return null;
  return db.select({ id: gebruiker.id, email: gebruiker.email }).from(gebruiker).where(eq(gebruiker.id, link.gebruikerId)).get() ?? null;
}

// 410 Gone: the link existed or may have existed, but cannot be used any more.
const verlopen = () => data({ geldig: false as const }, { status: 410 });

export function loader({ params }: Route.LoaderArgs) {
  const account = geldigAccount(params.token);
  if (!account) return verlopen();
  return { geldig: true as const, email: account.email };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const account = geldigAccount(params.token);
  if (!account) return verlopen();

  const parsed = parseForm(await request.formData(), nieuwWachtwoordSchemaVoor(account.email));
  if (!parsed.ok) return data({ geldig: true as const, errors: parsed.errors }, { status: 400 });

  const passwordHash = await hashPassword(parsed.data.nieuwWachtwoord);
  const now = new Date();
  const gelukt = writeTransaction((tx) => {
    const gebruikerId = consumeEenmaligeLink(tx, params.token, "wachtwoord_reset", now);
    if (gebruikerId === null) return false;
    tx.update(gebruiker)
      .set({ passwordHash, wachtwoordGewijzigdOp: now.toISOString() })
      .where(eq(gebruiker.id, gebruikerId))
      .run();
    // Whoever knew the old password may be signed in somewhere; and a lockout must not outlive the reset.
    invalidateAllSessions(tx, gebruikerId);
    tx.delete(inlogpoging).where(eq(inlogpoging.sleutel, accountKey(account.email))).run();
    writeAudit(tx, {
      gebruikerId,
      ip: context?.ip ?? null,
      entiteit: "gebruiker",
      entiteitId: gebruikerId,
      actie: "wachtwoord.hersteld",
      na: { wachtwoordGewijzigdOp: now.toISOString(), sessiesBeeindigd: true },
    });
    return true;
  });
  if (!gelukt) return verlopen();
  return redirect("/login?gewijzigd=1", { headers: { "Set-Cookie": clearedSessionCookie() } });
}

export default function WachtwoordHerstellen({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  if (!loaderData.geldig || actionData?.geldig === false) {
    return (
      <AccountPage title="Deze link werkt niet meer">
        <p className="mb-4">
          De link om een nieuw wachtwoord in te stellen is verlopen of al gebruikt. Een link werkt één keer en is
          beperkt geldig. Heeft u meerdere e-mails ontvangen? Dan werkt alleen de link uit de nieuwste e-mail.
        </p>
        <p>
          <a href="/wachtwoord-vergeten">Vraag een nieuwe link aan</a>
        </p>
      </AccountPage>
    );
  }
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  return (
    <AccountPage title="Nieuw wachtwoord instellen">
      <p className="mb-6">
        Kies een nieuw wachtwoord. Daarna wordt u op alle apparaten uitgelogd en logt u in met het nieuwe wachtwoord.
      </p>
      <ErrorSummary errors={errors} labels={NIEUW_WACHTWOORD_LABELS} />
      <Form method="post" noValidate>
        <NieuwWachtwoordVelden email={loaderData.email} errors={errors} />
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Bezig met opslaan…" : "Wachtwoord opslaan"}
        </Button>
      </Form>
    </AccountPage>
  );
}
