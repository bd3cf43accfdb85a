import { useCallback, useState } from "react";
import { data, redirect, type ShouldRevalidateFunctionArgs } from "react-router";
import type { Route } from "./+types/actie";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { sitePad } from "../../auth/redirect-doel";
import { Notice } from "../../components/form";
import { StatusBadge } from "../../components/status-badge";
import { VoortgangForm, type VoortgangAntwoord } from "../../components/voortgang-form";
import { VoortgangTijdlijn } from "../../components/voortgang-tijdlijn";
import { getActieDetail } from "../../domain/acties/actie-detail.server";
import { FINANCIERING_LABELS, NIVEAU_LABELS } from "../../domain/acties/actie-schema";
import { postVoortgang, VoortgangSchema } from "../../domain/acties/voortgang.server";
import { idUitParam } from "../../domain/beheer/id-param";
import { parseForm } from "../../domain/form-data";
import { formatBedrag, formatDatum, formatKwartaal, formatTijdstip, vandaag } from "../../domain/format";
import { can } from "../../domain/permissions";
import { GewijzigdNaVaststelling } from "../../components/actualisatie/gewijzigd-na-vaststelling";
import { actieGewijzigdNaVaststelling } from "../../domain/actualisatie/gewijzigd.server";
import { UitvoeringSectie } from "../../components/uitvoering/uitvoering-sectie";
import { isUitvoeringIntent } from "../../domain/uitvoering/uitvoering-formulieren";
import { uitvoeringMelding } from "../../domain/uitvoering/uitvoering-meldingen";
import { verwerkUitvoeringFormulier } from "../../domain/uitvoering/uitvoering-actie.server";
import { laadUitvoeringOverzicht } from "../../domain/uitvoering/uitvoering-overzicht.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.actie ? `${data.actie.code} ${data.actie.titel}` : "Actie"} — Regiovisie Uitvoeringsplan` },
];

const NIET_GEVONDEN = "Deze actie bestaat niet (meer), of hoort niet bij deze regio.";

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const actie = getActieDetail(regio.id, idUitParam(params.id, "Deze actie"), {
    nietBijgewerktWeken: regio.nietBijgewerktWeken,
    vandaag: vandaag(),
  });
  if (!actie) throw data(NIET_GEVONDEN, { status: 404 });
  const feiten = { ...actie, regioId: regio.id };
  const melding = new URL(request.url).searchParams;
  return {
    regioSlug: regio.slug,
    actie,
    magBewerken: can(user, { recht: "actie.bewerken", actie: feiten }),
    magVoortgang: can(user, { recht: "voortgang.plaatsen", actie: feiten }),
    gewijzigdNaVaststelling: actieGewijzigdNaVaststelling(regio.id, actie.id),
    uitvoering: laadUitvoeringOverzicht(user, regio.id, actie.id),
    uitvoeringMelding: uitvoeringMelding(melding.get("uitvoering")),
    // A fresh key per page load; the form adds a counter, so SSR and hydration agree.
    formKey: crypto.randomUUID(),
    melding: melding.has("aangemaakt")
      ? "De actie is aangemaakt."
      : melding.has("bijgewerkt")
        ? "De wijzigingen zijn opgeslagen."
        : melding.get("voortgang") === "opgeslagen"
          ? "De voortgang is opgeslagen."
          : null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const actieId = idUitParam(params.id, "Deze actie");
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (isUitvoeringIntent(intent)) return verwerkUitvoeringFormulier({ user, regio, actieId, intent, formData });
  if (intent !== "voortgang") {
    return data(
      { soort: "voortgang", actieId, ok: false, errors: { form: "Onbekende handeling." } } satisfies VoortgangAntwoord,
      { status: 400 },
    );
  }
  // Set by the form's script: answer with data and let the page stay; otherwise redirect (no JavaScript).
  const viaScript = formData.get("antwoord") === "fetcher";

  const parsed = parseForm(formData, VoortgangSchema);
  if (!parsed.ok) {
    return data({ soort: "voortgang", actieId, ok: false, errors: parsed.errors, values: parsed.values } satisfies VoortgangAntwoord, {
      status: 400,
    });
  }
  const resultaat = postVoortgang(user, regio.id, actieId, parsed.data);
  if (!resultaat.ok) {
    if (resultaat.status !== 400 && !viaScript) throw data(resultaat.errors.form ?? NIET_GEVONDEN, { status: resultaat.status });
    const values = Object.fromEntries(Object.entries(parsed.data).map(([k, v]) => [k, v ?? ""]));
    return data({ soort: "voortgang", actieId, ok: false, errors: resultaat.errors, values } satisfies VoortgangAntwoord, {
      status: resultaat.status,
    });
  }
  if (viaScript) {
    return { soort: "voortgang", actieId, ok: true, status: resultaat.status, herhaald: resultaat.herhaald } satisfies VoortgangAntwoord;
  }
  return redirect(sitePad(formData.get("redirectTo")) ?? `/r/${regio.slug}/acties/${actieId}?voortgang=opgeslagen#voortgang`);
}

/** After a failed post the page stays as it is, so a retry uses the same idempotency key. */
export function shouldRevalidate({ actionResult, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if ((actionResult as VoortgangAntwoord | undefined)?.ok === false) return false;
  return defaultShouldRevalidate;
}

function Gegeven({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="mb-2 sm:mb-0">{children}</dd>
    </>
  );
}

export default function ActiePagina({ loaderData }: Route.ComponentProps) {
  const { regioSlug, actie, magBewerken, magVoortgang, formKey, melding } = loaderData;
  const [opgeslagen, setOpgeslagen] = useState(0);
  const naOpslaan = useCallback(() => setOpgeslagen((n) => n + 1), []);
  const basis = `/r/${regioSlug}`;

  return (
    <article>
      <p className="text-sm">
        <a href={`${basis}/plannen/${actie.planJaar}`}>Uitvoeringsplan {actie.planJaar}</a>
      </p>
      <h1 className="mt-2">
        <span className="mr-2 text-slate-700">{actie.code}</span>
        {actie.titel}
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <StatusBadge status={actie.status} />
        {actie.overDeadline ? (
          <span className="rounded border border-red-700 bg-white px-2 py-0.5 text-sm font-semibold text-red-900">
            Over deadline
          </span>
        ) : null}
        {actie.nietBijgewerkt ? (
          <span className="rounded border border-amber-700 bg-white px-2 py-0.5 text-sm font-semibold text-amber-950">
            Niet bijgewerkt
          </span>
        ) : null}
        {magBewerken ? (
          <a
            href={`${basis}/acties/${actie.id}/bewerken`}
            className="inline-flex min-h-11 items-center rounded border border-primary-700 bg-white px-4 font-semibold text-primary-800 no-underline hover:bg-primary-50"
          >
            Bewerken
          </a>
        ) : null}
      </div>

      <div className="mt-6 max-w-3xl">{melding ? <Notice>{melding}</Notice> : null}</div>

      {loaderData.gewijzigdNaVaststelling ? (
        <div className="mt-4 max-w-3xl">
          <p>Het plan is vastgesteld op {formatDatum(loaderData.gewijzigdNaVaststelling.vastgesteldOp)}; deze actie is daarna gewijzigd.</p>
          <GewijzigdNaVaststelling wijzigingen={loaderData.gewijzigdNaVaststelling.wijzigingen} open />
        </div>
      ) : null}

      {actie.herkomst ? (
        <p className="mt-4">
          Voortgezet uit{" "}
          <a href={`${basis}/acties/${actie.herkomst.id}`}>
            uitvoeringsplan {actie.herkomst.jaar} (actie {actie.herkomst.code})
          </a>
          .
        </p>
      ) : null}

      <section aria-labelledby="gegevens" className="mt-6">
        <h2 id="gegevens">Gegevens</h2>
        <dl className="mt-3 grid max-w-4xl gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <Gegeven term="Uitvoeringsplan">
            <a href={`${basis}/plannen/${actie.planJaar}`}>{actie.planJaar}</a>
          </Gegeven>
          <Gegeven term="Niveau">
            {NIVEAU_LABELS[actie.niveau]}
            {actie.gemeenteNaam ? `: ${actie.gemeenteNaam}` : ""}
          </Gegeven>
          <Gegeven term="Doelstellingen">
            <ul>
              {actie.doelstellingen.map((d) => (
                <li key={d.id}>
                  <span className="font-semibold">{d.code}</span> {d.tekst}
                  {d.ingetrokken ? <em className="ml-1">(ingetrokken)</em> : null}
                </li>
              ))}
            </ul>
          </Gegeven>
          <Gegeven term="Eigenaar">{actie.eigenaarNaam}</Gegeven>
          <Gegeven term="Trekker">{actie.trekkerNaam ?? "Niet ingevuld"}</Gegeven>
          <Gegeven term="Betrokken partners">{actie.partners.length ? actie.partners.join(", ") : "Geen"}</Gegeven>
          <Gegeven term="Deadline">
            {formatDatum(actie.deadline)} ({formatKwartaal(actie.deadline)})
          </Gegeven>
          <Gegeven term="Laatste voortgang">
            {actie.laatsteVoortgang ? formatDatum(actie.laatsteVoortgang) : "Nog geen voortgang gemeld"}
          </Gegeven>
          <Gegeven term="Beoogd resultaat">{actie.beoogdResultaat ?? "Niet ingevuld"}</Gegeven>
          <Gegeven term="Indicator">{actie.indicator ?? "Niet ingevuld"}</Gegeven>
          <Gegeven term="Financiering">
            {actie.financiering ? FINANCIERING_LABELS[actie.financiering] : "Niet ingevuld"}
            {actie.bedragCenten !== null ? `: ${formatBedrag(actie.bedragCenten)}` : ""}
          </Gegeven>
          <Gegeven term="Omschrijving">
            <span className="whitespace-pre-line">{actie.omschrijving ?? "Niet ingevuld"}</span>
          </Gegeven>
        </dl>
      </section>

      {loaderData.uitvoering ? (
        <UitvoeringSectie
          regioSlug={regioSlug}
          actieId={actie.id}
          actieStatus={actie.status}
          overzicht={loaderData.uitvoering}
          formKey={formKey}
          melding={loaderData.uitvoeringMelding}
        />
      ) : null}

      <section id="voortgang" aria-labelledby="voortgang-kop" className="mt-10 max-w-4xl">
        <h2 id="voortgang-kop">Voortgang</h2>
        {magVoortgang ? (
          <div className="mt-3 rounded border border-slate-300 bg-white p-5">
            <h3>Voortgang bijwerken</h3>
            <p className="mb-4 mt-1 text-slate-700">De status van een actie verandert alleen via een voortgangsupdate.</p>
            <VoortgangForm
              regioSlug={regioSlug}
              actieId={actie.id}
              huidigeStatus={actie.status}
              idempotencyKey={`${formKey}-${actie.id}-${opgeslagen}`}
              onSaved={naOpslaan}
            />
          </div>
        ) : null}
        <h3 className="mt-6">Tijdlijn</h3>
        <VoortgangTijdlijn items={actie.tijdlijn} />
      </section>

      <section aria-labelledby="geschiedenis" className="mt-10 max-w-4xl">
        <h2 id="geschiedenis">Wijzigingsgeschiedenis</h2>
        {actie.geschiedenis.length === 0 ? (
          <p className="mt-2">Er zijn in deze applicatie nog geen wijzigingen van deze actie vastgelegd.</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {actie.geschiedenis.map((regel) => (
              <li key={regel.id} className="rounded border border-slate-300 bg-white p-4">
                <p>
                  <span className="font-semibold">{regel.soort === "aangemaakt" ? "Aangemaakt" : "Gewijzigd"}</span> door{" "}
                  {regel.door ?? "onbekend"} op {formatTijdstip(regel.tijdstip)}
                </p>
                {regel.wijzigingen.length ? (
                  <ul className="mt-2 list-disc space-y-1 pl-5">
                    {regel.wijzigingen.map((w) => (
                      <li key={w.veld}>
                        <span className="font-semibold">{w.label}:</span> {w.van} <span aria-hidden="true">→</span>
                        <span className="sr-only">werd</span> {w.naar}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
