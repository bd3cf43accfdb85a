import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/actualisatie";
import { requirePermission, requireRegio, requireUser } from "../../auth/guards.server";
import { ActualisatieNav, ActualisatieStappen } from "../../components/actualisatie/actualisatie-nav";
import { Button, ErrorSummary, Field, Notice } from "../../components/form";
import { VaststelSchema } from "../../domain/actualisatie/formulieren";
import { ingevuld } from "../../domain/actualisatie/ingevuld";
import { jaarUitParam } from "../../domain/actualisatie/jaar-param";
import { laadOverzicht } from "../../domain/actualisatie/overzicht.server";
import { startActualisatie, stelVast, verzendTerAfstemming } from "../../domain/actualisatie/workflow.server";
import { parseForm } from "../../domain/form-data";
import { formatDatum, formatTijdstip, vandaag } from "../../domain/format";
import { can } from "../../domain/permissions";
import { PRIVACY_HINT } from "../../domain/privacy";

export const meta: Route.MetaFunction = ({ params }) => [{ title: `Actualisatie ${params.jaar} — Regiovisie Uitvoeringsplan` }];

const LABELS = { datum: "Datum van vaststelling", besluit: "Besluit", besluitnummer: "Besluit- of zaaknummer (optioneel)" };

const MELDINGEN: Record<string, string> = {
  gestart: "Het conceptplan is aangemaakt. Besluit nu per open actie wat ermee gebeurt.",
  verzonden: "Het plan ligt nu ter afstemming bij de gemeenten en partners.",
  vastgesteld: "Het uitvoeringsplan is vastgesteld. De vastgestelde inhoud is bewaard.",
};

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const jaar = jaarUitParam(params.jaar);
  const overzicht = laadOverzicht(regio.id, jaar);
  const magBeheren = can(user, { recht: "actualisatie.beheren", regioId: regio.id });
  if (!overzicht || (overzicht.soort === "start" && !magBeheren)) {
    throw data(`Er is (nog) geen uitvoeringsplan ${jaar} in deze regio.`, { status: 404 });
  }
  const melding = new URL(request.url).searchParams.get("melding");
  return { regioSlug: regio.slug, jaar, overzicht, magBeheren, melding: melding ? (MELDINGEN[melding] ?? null) : null, vandaag: vandaag() };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const jaar = jaarUitParam(params.jaar);
  requirePermission(user, { recht: "actualisatie.beheren", regioId: regio.id }, regio.id);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const hier = `/r/${regio.slug}/actualisatie/${jaar}`;

  if (intent === "starten") {
    const uitkomst = startActualisatie(user, regio.id, jaar);
    if (!uitkomst.ok) return data({ intent, errors: uitkomst.errors, values: {} }, { status: uitkomst.status });
    return redirect(`${hier}/besluiten?melding=gestart`);
  }
  if (intent === "verzenden") {
    const uitkomst = verzendTerAfstemming(user, regio.id, jaar);
    if (!uitkomst.ok) return data({ intent, errors: uitkomst.errors, values: {} }, { status: uitkomst.status });
    return redirect(`${hier}?melding=verzonden`);
  }
  if (intent === "vaststellen") {
    const parsed = parseForm(formData, VaststelSchema);
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    const uitkomst = stelVast(user, regio.id, jaar, parsed.data);
    if (!uitkomst.ok) return data({ intent, errors: uitkomst.errors, values: ingevuld(formData) }, { status: uitkomst.status });
    return redirect(`${hier}?melding=vastgesteld`);
  }
  return data({ intent: null, errors: { form: "Onbekende handeling." } as Record<string, string>, values: {} }, { status: 400 });
}

function Fout({ tekst }: { tekst?: string }) {
  if (!tekst) return null;
  return (
    <div role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
      {tekst}
    </div>
  );
}

function Kengetal({ label, waarde }: { label: string; waarde: string | number }) {
  return (
    <div className="rounded border border-slate-300 bg-white p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-semibold">{waarde}</dd>
    </div>
  );
}

export default function Actualisatie({ loaderData, actionData }: Route.ComponentProps) {
  const { regioSlug, jaar, overzicht, magBeheren, melding } = loaderData;
  const navigation = useNavigation();
  const bezig = navigation.state === "submitting";
  const errors = actionData?.errors as Record<string, string | undefined> | undefined;
  const values = actionData?.values as Record<string, string> | undefined;
  const basis = `/r/${regioSlug}`;

  if (overzicht.soort === "start") {
    return (
      <>
        <h1>Actualisatie: uitvoeringsplan {jaar}</h1>
        <p className="mt-2 max-w-3xl">
          Het uitvoeringsplan {jaar} wordt gemaakt uit het vastgestelde plan {overzicht.vorig.jaar}. U besluit daarna per open actie of die
          wordt doorgezet, is afgerond of vervalt. Aan het plan {overzicht.vorig.jaar} verandert niets.
        </p>
        <div className="mt-6 max-w-3xl">
          <Fout tekst={errors?.form} />
          {overzicht.belemmering ? (
            <Notice tone="info">
              <p>{overzicht.belemmering}</p>
            </Notice>
          ) : null}
          <Form method="post">
            <input type="hidden" name="intent" value="starten" />
            <Button type="submit" disabled={bezig || overzicht.belemmering !== null}>
              Uitvoeringsplan {jaar} starten
            </Button>
          </Form>
          <p className="mt-4">
            <a href={`${basis}/plannen/${overzicht.vorig.jaar}`}>Naar het uitvoeringsplan {overzicht.vorig.jaar}</a>
          </p>
        </div>
      </>
    );
  }

  const { plan, vorig, onbeslist, perBesluit, nieuw, reacties, vaststelling, aantalGewijzigd, adviespunten } = overzicht;
  return (
    <>
      <h1>Actualisatie: uitvoeringsplan {jaar}</h1>
      <ActualisatieNav basis={basis} jaar={jaar} status={plan.status} magBeheren={magBeheren} huidig="overzicht" />
      <ActualisatieStappen status={plan.status} />
      <div className="mt-6 max-w-4xl">
        {melding ? <Notice>{melding}</Notice> : null}
        <Fout tekst={errors?.form} />
      </div>

      {vorig ? (
        <section aria-labelledby="besluiten-kop" className="mt-8">
          <h2 id="besluiten-kop">Besluiten over de acties van {vorig.jaar}</h2>
          <dl className="mt-3 grid max-w-4xl gap-3 sm:grid-cols-3">
            <Kengetal label={`Open acties in ${vorig.jaar}`} waarde={vorig.open} />
            <Kengetal label="Nog zonder besluit" waarde={onbeslist} />
            <Kengetal label={`Afgesloten in ${vorig.jaar} (geen besluit nodig)`} waarde={vorig.afgesloten} />
            <Kengetal label="Doorgezet" waarde={perBesluit.doorzetten} />
            <Kengetal label="Afgerond verklaard" waarde={perBesluit.afgerond} />
            <Kengetal label="Vervallen verklaard" waarde={perBesluit.vervallen} />
          </dl>
          <p className="mt-3">
            Het plan {jaar} heeft {nieuw.totaal} acties, waarvan {nieuw.doorgezet} doorgezet uit {vorig.jaar} en {nieuw.totaal - nieuw.doorgezet} nieuw.
          </p>
          {magBeheren && plan.status === "concept" ? (
            <ul className="no-print mt-3 flex flex-wrap gap-x-6">
              <li>
                <a href={`${basis}/actualisatie/${jaar}/besluiten`} className="inline-flex min-h-11 items-center font-semibold">
                  Besluiten nemen ({onbeslist} te gaan)
                </a>
              </li>
              <li>
                <a href={`${basis}/plannen/${jaar}/acties/nieuw`} className="inline-flex min-h-11 items-center">
                  Nieuwe actie toevoegen aan {jaar}
                </a>
              </li>
            </ul>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="advies-kop" className="mt-8 max-w-4xl">
        <h2 id="advies-kop">Open adviespunten</h2>
        {adviespunten.length === 0 ? (
          <p className="mt-2">Er zijn geen adviespunten die nog verwerkt moeten worden.</p>
        ) : (
          <>
            <p className="mt-2">Weeg deze adviezen mee in het nieuwe plan.</p>
            <ul className="mt-2 list-disc space-y-2 pl-5">
              {adviespunten.map((p) => (
                <li key={p.id}>
                  {p.tekst}{" "}
                  <span className="text-slate-700">
                    (<a href={`${basis}/adviezen/${p.adviesId}`}>{p.adviesraad}</a>, {formatDatum(p.datum)})
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="afstemming-kop" className="mt-8 max-w-4xl">
        <h2 id="afstemming-kop">Afstemming</h2>
        {plan.status === "concept" ? (
          <>
            <p className="mt-2">Het plan is nog een concept. Als elke open actie een besluit heeft, stuurt u het ter afstemming naar de gemeenten en partners.</p>
            {magBeheren ? (
              <Form method="post" className="no-print mt-3">
                <input type="hidden" name="intent" value="verzenden" />
                {onbeslist > 0 ? (
                  <p className="mb-2 font-semibold">
                    Nog {onbeslist} {onbeslist === 1 ? "actie" : "acties"} zonder besluit.
                  </p>
                ) : null}
                <Button type="submit" disabled={bezig}>
                  Ter afstemming versturen
                </Button>
              </Form>
            ) : null}
          </>
        ) : (
          <>
            <p className="mt-2">
              {plan.verzondenOp ? `Verstuurd op ${formatTijdstip(plan.verzondenOp)}. ` : ""}
              {reacties.totaal} {reacties.totaal === 1 ? "reactie" : "reacties"}, waarvan {reacties.open} nog niet beantwoord; {reacties.gemeenten} van de{" "}
              {reacties.vanGemeenten} gemeenten hebben gereageerd.
            </p>
            <p className="mt-2">
              <a href={`${basis}/actualisatie/${jaar}/reacties`} className="inline-flex min-h-11 items-center font-semibold">
                {plan.status === "ter_afstemming" ? "Reacties bekijken en plaatsen" : "Reacties bekijken"}
              </a>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="vaststelling-kop" className="mt-8 max-w-4xl">
        <h2 id="vaststelling-kop">Vaststelling</h2>
        {vaststelling ? (
          <>
            <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
              <dt className="font-semibold">Vastgesteld op</dt>
              <dd>{formatDatum(vaststelling.datum)}</dd>
              <dt className="font-semibold">Besluit</dt>
              <dd>{vaststelling.besluit}</dd>
              <dt className="font-semibold">Besluit- of zaaknummer</dt>
              <dd>{vaststelling.besluitnummer ?? "Niet ingevuld"}</dd>
              <dt className="font-semibold">Vastgelegd door</dt>
              <dd>{vaststelling.door}</dd>
            </dl>
            <p className="mt-3">
              {aantalGewijzigd === 0
                ? "Sinds de vaststelling is geen actie gewijzigd."
                : `${aantalGewijzigd} ${aantalGewijzigd === 1 ? "actie is" : "acties zijn"} gewijzigd na vaststelling; het plan toont bij elke actie wat er veranderde.`}
            </p>
          </>
        ) : plan.status === "ter_afstemming" && magBeheren ? (
          <VaststelFormulier errors={actionData?.intent === "vaststellen" ? errors : undefined} values={values} openReacties={reacties.open} bezig={bezig} vandaag={loaderData.vandaag} />
        ) : (
          <p className="mt-2">Het plan wordt vastgesteld nadat de afstemming is afgerond en alle reacties zijn beantwoord.</p>
        )}
      </section>
    </>
  );
}

function VaststelFormulier({ errors, values, openReacties, bezig, vandaag }: { errors?: Record<string, string | undefined>; values?: Record<string, string>; openReacties: number; bezig: boolean; vandaag: string }) {
  const veldFouten = errors ? Object.fromEntries(Object.entries(errors).filter(([k]) => k !== "form")) : undefined;
  return (
    <div className="no-print mt-3 rounded border border-slate-300 bg-white p-5">
      {openReacties > 0 ? (
        <p className="mb-3 font-semibold">
          Nog {openReacties} {openReacties === 1 ? "reactie" : "reacties"} niet beantwoord; vaststellen kan pas als alle reacties zijn beantwoord.
        </p>
      ) : null}
      <ErrorSummary errors={veldFouten} labels={LABELS} />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="vaststellen" />
        <Field name="datum" label={LABELS.datum} error={errors?.datum}>
          {(props) => <input {...props} type="date" required defaultValue={values?.datum ?? vandaag} className={`${props.className} max-w-xs`} />}
        </Field>
        <Field name="besluit" label={LABELS.besluit} error={errors?.besluit} hint={`Bijvoorbeeld: Ambtelijk beleidsoverleg 12 december 2025. ${PRIVACY_HINT}`}>
          {(props) => <input {...props} type="text" required maxLength={500} defaultValue={values?.besluit ?? ""} />}
        </Field>
        <Field name="besluitnummer" label={LABELS.besluitnummer} error={errors?.besluitnummer}>
          {(props) => <input {...props} type="text" maxLength={100} defaultValue={values?.besluitnummer ?? ""} className={`${props.className} max-w-md`} />}
        </Field>
        <Button type="submit" disabled={bezig}>
          Plan vaststellen
        </Button>
      </Form>
    </div>
  );
}
