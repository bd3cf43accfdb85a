import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/gebruiker";
import { ROLLEN } from "../../../db/schema";
import { requirePermission, requireUser } from "../../auth/guards.server";
import { mfaOverzicht, resetMfa } from "../../auth/mfa-reset.server";
import { Button, Notice } from "../../components/form";
import { smtpUrl } from "../../config.server";
import { optioneelId, rolVeld, verplichtId } from "../../domain/beheer/form-velden";
import {
  activeer,
  beeindigSessies,
  deactiveer,
  getGebruikerDetail,
  nodigOpnieuwUit,
  verwijderRol,
  wijzigRol,
  type Resultaat,
} from "../../domain/beheer/gebruikers.server";
import { idUitParam } from "../../domain/beheer/id-param";
import { keuzesInScope, regiosInScope } from "../../domain/beheer/regios.server";
import { rolOmschrijving } from "../../domain/beheer/rol-omschrijving";
import { requireBeheerScope } from "../../domain/beheer/toegang.server";
import { parseForm } from "../../domain/form-data";
import { formatDatum } from "../../domain/format";
import { deliverPendingMail } from "../../domain/mail.server";
import { can } from "../../domain/permissions";
import { z } from "../../domain/zod";
import { RolVelden } from "./rol-velden";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.gebruiker.naam ?? "Gebruiker"} — Beheer — Regiovisie Uitvoeringsplan` },
];

const LidmaatschapId = verplichtId("Kies een bestaande rol van deze persoon.");

const GebruikerActieSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("rol-wijzigen"),
      lidmaatschapId: LidmaatschapId,
      rol: rolVeld,
      gemeenteId: optioneelId,
      organisatieId: optioneelId,
    }),
    z.object({ intent: z.literal("rol-verwijderen"), lidmaatschapId: LidmaatschapId }),
    z.object({ intent: z.literal("deactiveren") }),
    z.object({ intent: z.literal("activeren") }),
    z.object({ intent: z.literal("sessies-beeindigen") }),
    z.object({ intent: z.literal("opnieuw-uitnodigen") }),
    z.object({
      intent: z.literal("mfa-resetten"),
      bevestiging: z.literal("ja", { error: "Bevestig dat u de tweestapsverificatie wilt resetten." }),
    }),
  ],
  { error: "Onbekende handeling." },
);

const NIET_GEVONDEN = "Deze gebruiker bestaat niet, of heeft geen rol in uw regio.";

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const scope = requireBeheerScope(user);
  const gebruiker = getGebruikerDetail(scope, idUitParam(params.id, "Deze gebruiker"));
  if (!gebruiker) throw data(NIET_GEVONDEN, { status: 404 });
  const wijzigbaar = scope.beheerder || !gebruiker.isBeheerder;
  const magMfaResetten = can(user, { recht: "mfa.resetten" });
  return {
    gebruiker,
    mfa: mfaOverzicht(gebruiker.id),
    magMfaResetten,
    bevestigMfaReset: magMfaResetten && new URL(request.url).searchParams.get("mfa-resetten") === "bevestigen",
    isZelf: gebruiker.id === user.id,
    wijzigbaar,
    accountWijzigbaar: wijzigbaar && (scope.beheerder || !gebruiker.rollenElders),
    beheerder: scope.beheerder,
    regios: regiosInScope(scope).map((r) => ({ id: r.id, naam: r.naam })),
    ...keuzesInScope(scope),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const scope = requireBeheerScope(user);
  const id = idUitParam(params.id, "Deze gebruiker");
  const formData = await request.formData();
  // Refused (403, logged) before anything else is read: only a beheerder may reset a second factor.
  if (formData.get("intent") === "mfa-resetten") requirePermission(user, { recht: "mfa.resetten" });
  const parsed = parseForm(formData, GebruikerActieSchema);
  if (!parsed.ok) {
    return data(
      {
        intent: parsed.values.intent ?? null,
        lidmaatschapId: parsed.values.lidmaatschapId ?? null,
        errors: parsed.errors as Record<string, string>,
        values: parsed.values,
        melding: null,
      },
      { status: 400 },
    );
  }
  const door = { id: user.id, ip: user.ip };
  const invoer = parsed.data;
  let resultaat: Resultaat;
  switch (invoer.intent) {
    case "rol-wijzigen":
      resultaat = wijzigRol(door, scope, id, invoer);
      break;
    case "rol-verwijderen":
      resultaat = verwijderRol(door, scope, id, invoer.lidmaatschapId);
      break;
    case "deactiveren":
      resultaat = deactiveer(door, scope, id);
      break;
    case "activeren":
      resultaat = activeer(door, scope, id);
      break;
    case "sessies-beeindigen":
      resultaat = beeindigSessies(door, scope, id);
      break;
    case "opnieuw-uitnodigen":
      resultaat = nodigOpnieuwUit(door, scope, id);
      break;
    case "mfa-resetten": {
      const reset = resetMfa(door, id);
      resultaat = reset.ok
        ? { ok: true, melding: reset.melding }
        : reset.status === 404
          ? { ok: false, status: 404 }
          : { ok: false, status: 400, errors: { form: reset.melding } };
      break;
    }
  }
  const lidmaatschapId = "lidmaatschapId" in invoer ? String(invoer.lidmaatschapId) : null;
  if (!resultaat.ok) {
    if (resultaat.status === 404) throw data(NIET_GEVONDEN, { status: 404 });
    return data(
      {
        intent: invoer.intent,
        lidmaatschapId,
        errors: resultaat.errors as Record<string, string>,
        values: parsed.data.intent === "rol-wijzigen" ? rolWaarden(parsed.data) : {},
        melding: null,
      },
      { status: resultaat.status },
    );
  }
  if (resultaat.mailGemaakt) {
    deliverPendingMail().catch(() => console.error("Bezorgen van de uitnodigingsmail is mislukt."));
  }
  if (resultaat.nietMeerZichtbaar) throw redirect("/beheer/gebruikers");
  const melding =
    resultaat.mailGemaakt && !smtpUrl()
      ? `${resultaat.melding} Er is geen mailserver ingesteld: de e-mail staat in de outbox.`
      : resultaat.melding;
  return { intent: invoer.intent, lidmaatschapId, errors: undefined, values: undefined, melding };
}

function rolWaarden(invoer: { rol: string; gemeenteId: number | null; organisatieId: number | null }) {
  return {
    rol: invoer.rol,
    gemeenteId: invoer.gemeenteId?.toString() ?? "",
    organisatieId: invoer.organisatieId?.toString() ?? "",
  };
}

function Foutmelding({ children }: { children: string }) {
  return (
    <div role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
      {children}
    </div>
  );
}

export default function GebruikerBeheer({ loaderData, actionData }: Route.ComponentProps) {
  const { gebruiker, isZelf, wijzigbaar, accountWijzigbaar, beheerder, regios, gemeenten, organisaties } = loaderData;
  const { mfa, magMfaResetten, bevestigMfaReset } = loaderData;
  const navigation = useNavigation();
  const bezig = navigation.state === "submitting";
  const errors = actionData?.errors;
  const rollenKeuze = ROLLEN.filter((r) => r !== "beheerder");
  const formulierFout = errors?.form ?? errors?.intent;

  return (
    <>
      <p className="text-sm">
        <a href="/beheer/gebruikers">Alle gebruikers</a>
      </p>
      <h1 className="mt-2">{gebruiker.naam}</h1>
      <dl className="mt-4 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">E-mailadres</dt>
        <dd>{gebruiker.email}</dd>
        <dt className="font-semibold">Account</dt>
        <dd>
          {gebruiker.actief ? "Actief" : "Gedeactiveerd"}
          {gebruiker.uitnodigingOpenstaand ? " · uitnodiging openstaand (nog geen wachtwoord gekozen)" : ""}
        </dd>
        <dt className="font-semibold">Sessies</dt>
        <dd>{gebruiker.aantalSessies === 1 ? "1 actieve sessie" : `${gebruiker.aantalSessies} actieve sessies`}</dd>
        <dt className="font-semibold">Tweestapsverificatie</dt>
        <dd>
          {mfa?.actief
            ? `Aan${mfa.actiefSinds ? ` sinds ${formatDatum(mfa.actiefSinds)}` : ""}`
            : mfa?.bezigMetInstellen
              ? "Uit · wordt ingesteld"
              : "Uit"}
        </dd>
      </dl>

      <div className="mt-6 max-w-3xl">
        {actionData?.melding ? <Notice>{actionData.melding}</Notice> : null}
        {formulierFout ? <Foutmelding>{formulierFout}</Foutmelding> : null}
        {!wijzigbaar ? (
          <Notice tone="info">Deze persoon is beheerder. Alleen een beheerder kan dit account wijzigen.</Notice>
        ) : null}
      </div>

      <section aria-labelledby="rollen" className="mt-8 max-w-3xl">
        <h2 id="rollen">Rollen</h2>
        {gebruiker.rollenElders ? (
          <p className="mt-2 text-slate-700">
            Deze persoon heeft ook een rol in een andere regio. Die ziet u hier niet; het account zelf kan alleen een beheerder
            deactiveren.
          </p>
        ) : null}
        {gebruiker.rollen.length === 0 ? <p className="mt-2">Deze persoon heeft geen rol.</p> : null}
        <ul className="mt-4 space-y-6">
          {gebruiker.rollen.map((lid) => {
            const hier = actionData?.lidmaatschapId === String(lid.id);
            const lidFouten = hier && actionData?.intent === "rol-wijzigen" ? errors : undefined;
            const waarden =
              hier && actionData?.intent === "rol-wijzigen" && actionData.values
                ? (actionData.values as Record<string, string>)
                : {
                    rol: lid.rol,
                    gemeenteId: lid.gemeenteId?.toString() ?? "",
                    organisatieId: lid.organisatieId?.toString() ?? "",
                  };
            const regiosVanLid = regios.filter((r) => r.id === lid.regioId);
            return (
              <li key={lid.id} className="rounded border border-slate-300 bg-white p-5">
                <h3>{rolOmschrijving(lid)}</h3>
                {wijzigbaar && lid.regioId !== null ? (
                  <Form method="post" noValidate className="mt-4" key={`${lid.id}-${lid.rol}-${lid.gemeenteId}-${lid.organisatieId}`}>
                    <input type="hidden" name="intent" value="rol-wijzigen" />
                    <input type="hidden" name="lidmaatschapId" value={lid.id} />
                    <RolVelden
                      idPrefix={`lid-${lid.id}-`}
                      rollen={rollenKeuze}
                      regios={regiosVanLid}
                      gemeenten={gemeenten.filter((g) => g.regioId === lid.regioId)}
                      organisaties={organisaties.filter((o) => o.regioId === lid.regioId)}
                      errors={lidFouten}
                      waarden={waarden}
                    />
                    <Button type="submit" disabled={bezig}>
                      Rol opslaan
                    </Button>
                  </Form>
                ) : null}
                {wijzigbaar && (beheerder || lid.rol !== "beheerder") ? (
                  <Form method="post" className="mt-3">
                    <input type="hidden" name="intent" value="rol-verwijderen" />
                    <input type="hidden" name="lidmaatschapId" value={lid.id} />
                    <Button type="submit" variant="secondary" disabled={bezig}>
                      Rol verwijderen<span className="sr-only">: {rolOmschrijving(lid)}</span>
                    </Button>
                  </Form>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      {wijzigbaar ? (
        <section aria-labelledby="account" className="mt-10 max-w-3xl">
          <h2 id="account">Account</h2>
          <div className="mt-4 flex flex-wrap gap-3">
            {gebruiker.uitnodigingOpenstaand && gebruiker.actief ? (
              <Form method="post">
                <input type="hidden" name="intent" value="opnieuw-uitnodigen" />
                <Button type="submit" disabled={bezig}>
                  Uitnodiging opnieuw versturen
                </Button>
              </Form>
            ) : null}
            <Form method="post">
              <input type="hidden" name="intent" value="sessies-beeindigen" />
              <Button type="submit" variant="secondary" disabled={bezig}>
                Alle sessies beëindigen
              </Button>
            </Form>
            {accountWijzigbaar && !isZelf ? (
              <Form method="post">
                <input type="hidden" name="intent" value={gebruiker.actief ? "deactiveren" : "activeren"} />
                <Button type="submit" variant={gebruiker.actief ? "danger" : "primary"} disabled={bezig}>
                  {gebruiker.actief ? "Account deactiveren" : "Account weer activeren"}
                </Button>
              </Form>
            ) : null}
          </div>
          {gebruiker.actief && accountWijzigbaar && !isZelf ? (
            <p className="mt-3 text-sm text-slate-700">
              Deactiveren beëindigt direct alle sessies; de persoon kan niet meer inloggen tot het account weer actief is.
            </p>
          ) : null}
          {isZelf ? <p className="mt-3 text-sm text-slate-700">Uw eigen account kunt u niet deactiveren.</p> : null}
        </section>
      ) : null}

      {magMfaResetten && (mfa?.actief || mfa?.bezigMetInstellen) ? (
        <section aria-labelledby="mfa-resetten" className="mt-10 max-w-3xl">
          <h2 id="mfa-resetten">Tweestapsverificatie</h2>
          <p className="mt-2">
            Telefoon kwijt of geen herstelcodes meer? Na een reset logt {gebruiker.naam} opnieuw in en stelt een nieuwe
            authenticator-app in als de rol dat vraagt. Alle sessies van deze persoon worden beëindigd.
          </p>
          {bevestigMfaReset ? (
            <div className="mt-4 rounded border-l-4 border-red-700 bg-red-50 p-4">
              <p className="font-semibold">
                Weet u zeker dat u de tweestapsverificatie van {gebruiker.naam} wilt resetten? Controleer eerst, bijvoorbeeld
                telefonisch, dat het verzoek echt van deze persoon komt.
              </p>
              <div className="mt-4 flex flex-wrap items-center gap-4">
                <Form method="post" action={`/beheer/gebruikers/${gebruiker.id}`}>
                  <input type="hidden" name="intent" value="mfa-resetten" />
                  <input type="hidden" name="bevestiging" value="ja" />
                  <Button type="submit" variant="danger" disabled={bezig}>
                    Ja, tweestapsverificatie resetten
                  </Button>
                </Form>
                <a href={`/beheer/gebruikers/${gebruiker.id}`}>Annuleren</a>
              </div>
            </div>
          ) : (
            <p className="mt-4">
              <a
                href={`/beheer/gebruikers/${gebruiker.id}?mfa-resetten=bevestigen`}
                className="inline-flex min-h-11 items-center justify-center rounded border border-primary-700 bg-white px-4 py-2 font-semibold text-primary-800 no-underline hover:bg-primary-50"
              >
                Tweestapsverificatie resetten
              </a>
            </p>
          )}
        </section>
      ) : null}
    </>
  );
}
