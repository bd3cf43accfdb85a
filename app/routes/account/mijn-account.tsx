import { eq } from "drizzle-orm";
import { Form, data, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/mijn-account";
import { db, writeTransaction } from "../../../db";
import { gebruiker } from "../../../db/schema";
import { requireUser } from "../../auth/guards.server";
import { accountKey, ipKey, releaseAttempt, reserveAttempt } from "../../auth/login-throttle.server";
import { isMfaIntent, mfaActie } from "../../auth/mfa-account.server";
import { mfaInstelGegevens } from "../../auth/mfa-qr.server";
import { isMfaVerplicht } from "../../auth/mfa-verplicht";
import { mfaStand } from "../../auth/mfa.server";
import { hashPassword, verifyPassword } from "../../auth/password.server";
import { wachtwoordWijzigenSchemaVoor } from "../../auth/password-rules";
import { createSession, invalidateAllSessions, sessionCookie } from "../../auth/session.server";
import { AppShell } from "../../components/app-shell";
import { Button, ErrorSummary, Field, Notice } from "../../components/form";
import { NIEUW_WACHTWOORD_LABELS, NieuwWachtwoordVelden } from "../../components/nieuw-wachtwoord-velden";
import { RollenLijst } from "../../components/rollen-lijst";
import { TweestapsverificatieSectie } from "./tweestapsverificatie-sectie";
import { writeAudit } from "../../domain/audit.server";
import { formatTijd } from "../../domain/format";
import { parseForm } from "../../domain/form-data";
import { can, isBeheerder, ROL_LABELS } from "../../domain/permissions";
import { herinneringenActie, isHerinneringenIntent } from "../../domain/herinneringen/account-acties.server";
import { heeftAgendaLink } from "../../domain/herinneringen/agenda-link.server";
import {
  DIGEST_FREQUENTIES,
  FREQUENTIE_LABELS,
  HERINNERINGEN_LABELS,
  OPGESLAGEN_MELDING,
  type DigestFrequentie,
} from "../../domain/herinneringen/herinneringen-formulieren";
import { digestFrequentieVan } from "../../domain/herinneringen/voorkeur.server";

export const meta: Route.MetaFunction = () => [{ title: "Mijn account — Regiovisie Uitvoeringsplan" }];

// May show an MFA secret, new recovery codes or a calendar link: no cache may keep them.
export const headers: Route.HeadersFunction = () => ({ "Cache-Control": "no-store" });

const LABELS = { huidigWachtwoord: "Huidig wachtwoord", ...NIEUW_WACHTWOORD_LABELS };
const ONJUIST_HUIDIG = "Dit is niet uw huidige wachtwoord. Controleer het en probeer het opnieuw.";

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const rollen = user.rollen.map(({ rol, regioNaam, gemeenteNaam, organisatieNaam }) => ({
    rol,
    regioNaam,
    gemeenteNaam,
    organisatieNaam,
  }));
  const enige = user.rollen.length === 1 ? user.rollen[0] : null;
  const rolSamenvatting = isBeheerder(user)
    ? ROL_LABELS.beheerder
    : enige
      ? [ROL_LABELS[enige.rol], enige.gemeenteNaam ?? enige.organisatieNaam].filter(Boolean).join(" ")
      : user.rollen.length > 1
        ? "Meerdere regio's"
        : "Geen rol";
  const zoek = new URL(request.url).searchParams;
  const gewijzigd = zoek.get("wachtwoord") === "gewijzigd";
  const stand = mfaStand(user.id);
  return {
    user: { naam: user.naam, rol: rolSamenvatting },
    email: user.email,
    rollen,
    toonBeheer:
      isBeheerder(user) ||
      user.rollen.some((r) => r.regioId !== null && can(user, { recht: "gebruikers.beheren", regioId: r.regioId })),
    gewijzigd,
    herinneringen: { frequentie: digestFrequentieVan(user.id), heeftAgendaLink: heeftAgendaLink(user.id) },
    mfa: {
      actief: stand.actief,
      actiefSinds: stand.actiefSinds,
      verplicht: isMfaVerplicht(user.rollen),
      herstelcodesOver: stand.herstelcodesOver,
      herstelcodeGebruikt: zoek.get("herstelcode") === "gebruikt",
      instellen: stand.geheimInAfwachting ? await mfaInstelGegevens(stand.geheimInAfwachting, user.email) : null,
    },
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (isHerinneringenIntent(intent)) return herinneringenActie(intent, formData, user);
  if (isMfaIntent(intent)) return mfaActie(formData, user);
  if (intent !== null && intent !== "wachtwoord") {
    return data({ errors: { form: "Dit formulier kennen we niet. Laad de pagina opnieuw." } }, { status: 400 });
  }
  const parsed = parseForm(formData, wachtwoordWijzigenSchemaVoor(user.email));
  if (!parsed.ok) return data({ errors: parsed.errors }, { status: 400 });

  // Wrong current passwords count as failed logins, so a left-open browser is no way to guess it.
  // Counted before the check, as at login, so simultaneous tries cannot all slip past the lock.
  const keys = [accountKey(user.email), ipKey(user.ip)];
  const reservering = reserveAttempt(keys);
  if (!reservering.allowed) {
    return data(
      { errors: { form: `Te veel mislukte pogingen. Probeer het na ${formatTijd(reservering.lockedUntil)} uur opnieuw.` } },
      { status: 429 },
    );
  }
  const current = db.select({ passwordHash: gebruiker.passwordHash }).from(gebruiker).where(eq(gebruiker.id, user.id)).get();
  const klopt = current?.passwordHash ? await verifyPassword(current.passwordHash, parsed.data.huidigWachtwoord) : false;
  if (!klopt) {
    writeAudit(db, {
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "gebruiker",
      entiteitId: user.id,
      actie: "wachtwoord.gewijzigd",
      resultaat: "mislukt",
      na: { reden: "huidig wachtwoord onjuist" },
    });
    return data({ errors: { huidigWachtwoord: ONJUIST_HUIDIG } }, { status: 400 });
  }
  releaseAttempt(reservering, keys);

  const passwordHash = await hashPassword(parsed.data.nieuwWachtwoord);
  const now = new Date();
  const session = writeTransaction((tx) => {
    tx.update(gebruiker)
      .set({ passwordHash, wachtwoordGewijzigdOp: now.toISOString() })
      .where(eq(gebruiker.id, user.id))
      .run();
    // Every session ends, this one included; this browser continues in a fresh one. That one is
    // complete: this session already passed any second factor the login asked for.
    invalidateAllSessions(tx, user.id);
    const created = createSession(user.id, now, tx);
    writeAudit(tx, {
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "gebruiker",
      entiteitId: user.id,
      actie: "wachtwoord.gewijzigd",
      na: { wachtwoordGewijzigdOp: now.toISOString(), sessie: created.id },
    });
    return created;
  });
  return redirect("/account?wachtwoord=gewijzigd", { headers: { "Set-Cookie": sessionCookie(session.token) } });
}

export default function MijnAccount({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const { user, email, rollen, toonBeheer, gewijzigd, herinneringen, mfa } = loaderData;
  // Three kinds of forms answer here: herinneringen (with an intent), MFA (under "mfa"), the password.
  const mfaData = actionData && "mfa" in actionData ? actionData.mfa : undefined;
  const herinneringenData = actionData && "intent" in actionData ? actionData : undefined;
  const errors = (actionData && "errors" in actionData && !("intent" in actionData) ? actionData.errors : undefined) as
    | Record<string, string>
    | undefined;
  return (
    <AppShell user={user} toonBeheer={toonBeheer}>
      <div className="max-w-2xl">
        <h1 className="mb-6">Mijn account</h1>
        {gewijzigd && !actionData ? (
          <Notice>
            <p>Uw wachtwoord is gewijzigd. U bent op alle andere apparaten uitgelogd.</p>
          </Notice>
        ) : null}

        <section aria-labelledby="gegevens" className="mb-10">
          <h2 id="gegevens" className="mb-3">
            Gegevens
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
            <dt className="font-semibold">Naam</dt>
            <dd>{user.naam}</dd>
            <dt className="font-semibold">E-mailadres</dt>
            <dd>{email}</dd>
          </dl>
          <h3 className="mb-2 mt-6">Rollen</h3>
          <RollenLijst rollen={rollen} />
          <p className="mt-4 text-sm text-slate-700">
            Klopt uw naam, e-mailadres of rol niet? Vraag de regiocoördinator van uw regio om het aan te passen.
          </p>
        </section>

        <HerinneringenEnAgenda {...herinneringen} actionData={herinneringenData} />

        <TweestapsverificatieSectie mfa={mfa} actie={mfaData} />

        <section aria-labelledby="wachtwoord-wijzigen">
          <h2 id="wachtwoord-wijzigen" className="mb-3">
            Wachtwoord wijzigen
          </h2>
          <p className="mb-6">Na het wijzigen wordt u op alle andere apparaten uitgelogd.</p>
          {errors?.form ? (
            <div role="alert" className="mb-6 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
              {errors.form}
            </div>
          ) : (
            <ErrorSummary errors={errors} labels={LABELS} />
          )}
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="wachtwoord" />
            <Field name="huidigWachtwoord" label={LABELS.huidigWachtwoord} error={errors?.huidigWachtwoord}>
              {(props) => <input {...props} type="password" autoComplete="current-password" required />}
            </Field>
            <NieuwWachtwoordVelden email={email} errors={errors} />
            <Button type="submit" disabled={navigation.state === "submitting"}>
              {navigation.state === "submitting" ? "Bezig met opslaan…" : "Wachtwoord wijzigen"}
            </Button>
          </Form>
        </section>
      </div>
    </AppShell>
  );
}

interface HerinneringenData {
  intent: "herinneringen" | "agenda-link";
  errors?: Record<string, string | undefined>;
  values?: Record<string, string>;
  opgeslagen?: DigestFrequentie;
  agendaUrl?: string;
  vervangen?: boolean;
  ingetrokken?: boolean;
}

/** The digest frequency and the personal calendar feed, two small forms of their own. */
function HerinneringenEnAgenda({
  frequentie,
  heeftAgendaLink,
  actionData,
}: {
  frequentie: DigestFrequentie;
  heeftAgendaLink: boolean;
  actionData?: HerinneringenData;
}) {
  const fouten = actionData?.intent === "herinneringen" ? actionData.errors : undefined;
  const agendaFouten = actionData?.intent === "agenda-link" ? actionData.errors : undefined;
  const nieuweUrl = actionData?.agendaUrl;
  return (
    <section aria-labelledby="herinneringen" className="mb-10">
      <h2 id="herinneringen" className="mb-3">
        Herinneringen en agenda
      </h2>
      <p className="mb-4">
        U krijgt per e-mail een overzicht van uw acties waarvan de deadline verstreken is of binnen 4 weken valt, of die
        al een tijd niet zijn bijgewerkt. Is er niets te melden, dan krijgt u geen e-mail.
      </p>
      {actionData?.opgeslagen ? (
        <Notice>
          <p>{OPGESLAGEN_MELDING[actionData.opgeslagen]}</p>
        </Notice>
      ) : null}
      <ErrorSummary errors={fouten} labels={HERINNERINGEN_LABELS} />
      <Form method="post" noValidate className="mb-8">
        <input type="hidden" name="intent" value="herinneringen" />
        <fieldset className="mb-5" aria-describedby={fouten?.digestFrequentie ? "digestFrequentie-error" : undefined}>
          <legend className="mb-2 font-semibold">{HERINNERINGEN_LABELS.digestFrequentie}</legend>
          {fouten?.digestFrequentie ? (
            <p id="digestFrequentie-error" className="mb-2 text-sm font-semibold text-red-800">
              <span className="sr-only">Fout: </span>
              {fouten.digestFrequentie}
            </p>
          ) : null}
          {DIGEST_FREQUENTIES.map((waarde, i) => (
            <div key={waarde} className="flex min-h-11 items-center gap-3">
              <input
                type="radio"
                id={i === 0 ? "digestFrequentie" : `digestFrequentie-${waarde}`}
                name="digestFrequentie"
                value={waarde}
                defaultChecked={(actionData?.opgeslagen ?? frequentie) === waarde}
                className="h-5 w-5"
              />
              <label htmlFor={i === 0 ? "digestFrequentie" : `digestFrequentie-${waarde}`}>{FREQUENTIE_LABELS[waarde]}</label>
            </div>
          ))}
        </fieldset>
        <Button type="submit">Voorkeur opslaan</Button>
      </Form>

      <h3 className="mb-2">Persoonlijke agenda-link</h3>
      <p className="mb-4">
        Met deze geheime link ziet u de deadlines van uw acties in uw eigen agenda (Outlook, Google Agenda, Apple
        Agenda): voeg hem daar toe als agenda-abonnement. Iedereen die de link heeft, kan uw deadlines zien. Deel hem
        niet; maak een nieuwe als hij bij iemand anders terecht is gekomen.
      </p>
      {nieuweUrl ? (
        <Notice>
          <p className="mb-2">
            Uw nieuwe agenda-link staat hieronder. Kopieer hem nu: om veiligheidsredenen tonen we hem later niet
            opnieuw.{actionData?.vervangen ? " Uw vorige link werkt niet meer." : ""}
          </p>
          <Field name="agendaUrl" label="Uw persoonlijke agenda-link">
            {(props) => <input {...props} type="text" readOnly value={nieuweUrl} />}
          </Field>
        </Notice>
      ) : null}
      {actionData?.ingetrokken ? (
        <Notice>
          <p>Uw agenda-link is ingetrokken. De oude link werkt niet meer.</p>
        </Notice>
      ) : null}
      <ErrorSummary errors={agendaFouten} labels={HERINNERINGEN_LABELS} />
      <p className="mb-4 font-semibold">
        {heeftAgendaLink ? "U heeft een actieve agenda-link." : "U heeft nog geen agenda-link."}
      </p>
      <div className="flex flex-wrap gap-3">
        <Form method="post">
          <input type="hidden" name="intent" value="agenda-link" />
          <input type="hidden" name="handeling" value="maken" />
          <Button type="submit" variant="secondary">
            {heeftAgendaLink ? "Nieuwe agenda-link maken" : "Agenda-link maken"}
          </Button>
        </Form>
        {heeftAgendaLink ? (
          <Form method="post">
            <input type="hidden" name="intent" value="agenda-link" />
            <input type="hidden" name="handeling" value="intrekken" />
            <Button type="submit" variant="secondary">
              Agenda-link intrekken
            </Button>
          </Form>
        ) : null}
      </div>
    </section>
  );
}
