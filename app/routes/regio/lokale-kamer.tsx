import { data, redirect } from "react-router";
import type { Route } from "./+types/lokale-kamer";
import { requirePermission, requireRegio, requireUser } from "../../auth/guards.server";
import { Notice } from "../../components/form";
import { FaseBadge } from "../../components/lokale-kamer/fase-badge";
import { GeschiedenisLijst } from "../../components/lokale-kamer/geschiedenis-lijst";
import { MijlpaalFormulier, type MijlpaalWaarden } from "../../components/lokale-kamer/mijlpaal-formulier";
import { MijlpaalStatusBadge } from "../../components/lokale-kamer/mijlpaal-status-badge";
import { MijlpalenTabel } from "../../components/lokale-kamer/mijlpalen-tabel";
import { NieuweMijlpaalFormulier } from "../../components/lokale-kamer/nieuwe-mijlpaal-formulier";
import { VoortgangBalk } from "../../components/lokale-kamer/voortgang-balk";
import { parseForm } from "../../domain/form-data";
import { formatDatum, formatTijdstip, vandaag } from "../../domain/format";
import { bepaalFase } from "../../domain/lokale-kamer/fase";
import { mijlpaalSchema, nieuweMijlpaalSchema } from "../../domain/lokale-kamer/formulieren";
import { kamerGeschiedenis } from "../../domain/lokale-kamer/geschiedenis.server";
import { alsFaseMijlpaal, findGemeente, laadKamer } from "../../domain/lokale-kamer/kamer.server";
import { isTeLaat } from "../../domain/lokale-kamer/mijlpaal-status";
import { voegMijlpaalToe, werkMijlpaalBij } from "../../domain/lokale-kamer/mijlpaal-opslaan.server";
import { can } from "../../domain/permissions";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Lokale kamer ${data?.gemeente.naam ?? ""} — Regiovisie Uitvoeringsplan` },
];

function laadGemeente(request: Request, context: Route.LoaderArgs["context"], params: Route.LoaderArgs["params"]) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const gemeente = findGemeente(regio.id, params.gemeente);
  if (!gemeente) throw data("Deze gemeente bestaat niet, of hoort niet bij deze regio.", { status: 404 });
  return { user, regio, gemeente };
}

export function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, regio, gemeente } = laadGemeente(request, context, params);
  const dag = vandaag();
  const kamer = laadKamer(regio.id, gemeente.id);
  const mijlpalen = kamer.mijlpalen.map((m) => ({ ...m, teLaat: isTeLaat(m, dag) }));
  const zoek = new URL(request.url).searchParams;
  return {
    regioSlug: regio.slug,
    gemeente,
    magBewerken: can(user, { recht: "lokaleKamer.bewerken", regioId: regio.id, gemeenteId: gemeente.id }),
    bestaat: kamer.lokaleKamerId !== null,
    procesregisseur: kamer.procesregisseur,
    mijlpalen,
    fase: bepaalFase(kamer.mijlpalen.map(alsFaseMijlpaal)),
    gereed: mijlpalen.filter((m) => m.status === "gereed").length,
    totaal: mijlpalen.filter((m) => m.status !== "nvt").length,
    teLaat: mijlpalen.filter((m) => m.teLaat).length,
    bewerk: zoek.get("mijlpaal"),
    opgeslagen: zoek.get("opgeslagen"),
    vandaag: dag,
    geschiedenis: kamer.lokaleKamerId === null ? [] : kamerGeschiedenis(regio.id, kamer.lokaleKamerId),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, regio, gemeente } = laadGemeente(request, context, params);
  requirePermission(user, { recht: "lokaleKamer.bewerken", regioId: regio.id, gemeenteId: gemeente.id }, regio.id);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const pagina = `/r/${regio.slug}/gemeenten/${gemeente.slug}/lokale-kamer`;

  if (intent === "bijwerken") {
    const parsed = parseForm(formData, mijlpaalSchema(vandaag()));
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values, conflict: null, version: null }, { status: 400 });
    const resultaat = werkMijlpaalBij(user, regio.id, gemeente.id, parsed.data);
    if (resultaat.ok) return redirect(`${pagina}?opgeslagen=${resultaat.gewijzigd ? "mijlpaal" : "ongewijzigd"}#mijlpalen`);
    const values = Object.fromEntries([...formData.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
    if (resultaat.status === 409) {
      return data({ intent, errors: resultaat.errors, values, conflict: resultaat.conflict, version: resultaat.version }, { status: 409 });
    }
    return data({ intent, errors: resultaat.errors, values, conflict: null, version: null }, { status: resultaat.status });
  }

  if (intent === "toevoegen") {
    const parsed = parseForm(formData, nieuweMijlpaalSchema);
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values, conflict: null, version: null }, { status: 400 });
    const resultaat = voegMijlpaalToe(user, regio.id, gemeente.id, parsed.data);
    if (resultaat.ok) return redirect(`${pagina}?opgeslagen=toegevoegd#mijlpalen`);
    const values = { nieuweTitel: parsed.data.nieuweTitel, nieuweStreefdatum: parsed.data.nieuweStreefdatum ?? "" };
    return data({ intent, errors: resultaat.errors, values, conflict: null, version: null }, { status: resultaat.status === 409 ? 400 : resultaat.status });
  }

  return data({ intent: null, errors: { form: "Onbekende handeling." }, values: {}, conflict: null, version: null }, { status: 400 });
}

const MELDINGEN: Record<string, string> = {
  mijlpaal: "De mijlpaal is opgeslagen.",
  ongewijzigd: "Er was niets gewijzigd.",
  toegevoegd: "De mijlpaal is toegevoegd.",
};

export default function LokaleKamer({ loaderData, actionData }: Route.ComponentProps) {
  const { regioSlug, gemeente, magBewerken, bestaat, procesregisseur, mijlpalen, fase, gereed, totaal, teLaat, vandaag: dag } = loaderData;
  const pagina = `/r/${regioSlug}/gemeenten/${gemeente.slug}/lokale-kamer`;
  const bijwerken = actionData?.intent === "bijwerken" ? actionData : null;
  const toevoegen = actionData?.intent === "toevoegen" ? actionData : null;
  const bewerkSleutel = (bijwerken?.values as Record<string, string> | undefined)?.sleutel ?? loaderData.bewerk;
  const teBewerken = magBewerken ? mijlpalen.find((m) => m.sleutel === bewerkSleutel) : undefined;
  const conflict = bijwerken?.conflict;
  const melding = loaderData.opgeslagen ? MELDINGEN[loaderData.opgeslagen] : undefined;

  return (
    <>
      <p className="text-sm">
        <a href={`/r/${regioSlug}/lokale-kamers`} className="inline-block py-1">
          Alle lokale kamers van de regio
        </a>
      </p>
      <h1 className="mt-2">Lokale kamer {gemeente.naam}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        De lokale kamer is een structureel multidisciplinair overleg over (on)veiligheid in casuïstiek. Hier volgt u alleen de
        opbouw van dat overleg: dit systeem bevat geen cliënt- of casusgegevens.
      </p>

      <dl className="mt-4 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Fase</dt>
        <dd>
          <FaseBadge fase={fase} />
        </dd>
        <dt className="font-semibold">Voortgang</dt>
        <dd>
          <VoortgangBalk gereed={gereed} totaal={totaal} />
          {teLaat > 0 ? <span className="ml-2 font-semibold text-red-900">{teLaat} te laat</span> : null}
        </dd>
        <dt className="font-semibold">Procesregisseur</dt>
        <dd>{procesregisseur ?? "Nog niet bekend"}</dd>
      </dl>
      {!bestaat ? (
        <p className="mt-4 max-w-3xl">
          Deze gemeente heeft de mijlpalen nog niet bijgewerkt. U ziet het sjabloon van de regio; de lokale kamer wordt vastgelegd
          bij de eerste wijziging.
        </p>
      ) : null}

      <section aria-labelledby="mijlpalen-kop" className="mt-8" id="mijlpalen">
        <h2 id="mijlpalen-kop">Mijlpalen</h2>
        {melding && !actionData ? (
          <div className="mt-3">
            <Notice>{melding}</Notice>
          </div>
        ) : null}
        <MijlpalenTabel gemeente={gemeente.naam} mijlpalen={mijlpalen} magBewerken={magBewerken} />
      </section>

      {teBewerken ? (
        <section aria-labelledby="bewerken-kop" className="mt-8" id="bewerken">
          <h2 id="bewerken-kop">Mijlpaal bijwerken: {teBewerken.titel}</h2>
          <p className="mt-1 mb-4 flex flex-wrap items-center gap-2">
            Huidige status: <MijlpaalStatusBadge status={teBewerken.status} />
          </p>
          {conflict ? (
            <div role="alert" className="mb-4 max-w-2xl rounded border-l-4 border-amber-600 bg-amber-50 p-4">
              <h3 className="text-base font-semibold">Deze mijlpaal is intussen gewijzigd</h3>
              <p className="mt-1">
                {conflict.door ?? "Iemand anders"} heeft de mijlpaal gewijzigd{conflict.op ? ` op ${formatTijdstip(conflict.op)}` : ""}. Uw
                invoer is nog niet opgeslagen en staat hieronder. De huidige stand:
              </p>
              <ul className="mt-2 list-disc pl-5">
                <li>Status: {conflict.huidig.status ? <MijlpaalStatusBadge status={conflict.huidig.status} /> : null}</li>
                <li>Streefdatum: {conflict.huidig.streefdatum ? formatDatum(conflict.huidig.streefdatum) : "geen"}</li>
                <li>Gereed op: {conflict.huidig.gereedOp ? formatDatum(conflict.huidig.gereedOp) : "geen"}</li>
                <li>Toelichting: {conflict.huidig.toelichting ?? "geen"}</li>
              </ul>
              <p className="mt-2">Sla opnieuw op om uw versie te bewaren, of annuleer.</p>
            </div>
          ) : null}
          <MijlpaalFormulier
            key={`${teBewerken.sleutel}-${bijwerken?.version ?? teBewerken.version}`}
            mijlpaal={teBewerken}
            waarden={bijwerken?.values as MijlpaalWaarden | undefined}
            errors={conflict ? undefined : bijwerken?.errors}
            version={bijwerken?.version ?? teBewerken.version}
            vandaag={dag}
            annuleerNaar={`${pagina}#mijlpalen`}
          />
        </section>
      ) : bijwerken?.errors?.form ? (
        <div role="alert" className="mt-6 max-w-3xl rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {bijwerken.errors.form}
        </div>
      ) : null}

      {magBewerken ? (
        <section aria-labelledby="toevoegen-kop" className="mt-8">
          <h2 id="toevoegen-kop">Eigen mijlpaal toevoegen</h2>
          <p className="mt-1 mb-4 max-w-3xl text-slate-700">
            Voor een stap die alleen in {gemeente.naam} speelt. Mijlpalen die voor alle gemeenten gelden, staan in het sjabloon van de
            regio.
          </p>
          <NieuweMijlpaalFormulier waarden={toevoegen?.values as Record<string, string> | undefined} errors={toevoegen?.errors} />
        </section>
      ) : null}

      <section aria-labelledby="geschiedenis-kop" className="mt-10">
        <h2 id="geschiedenis-kop">Geschiedenis</h2>
        <GeschiedenisLijst regels={loaderData.geschiedenis} />
      </section>
    </>
  );
}
