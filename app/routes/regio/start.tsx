import type { Route } from "./+types/start";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { ActielijnenLijst } from "../../components/actielijnen-lijst";
import { AandachtLijst } from "../../components/dashboard/aandacht-lijst";
import { StandPerActielijn } from "../../components/dashboard/stand-per-actielijn";
import { PlannenTabel } from "../../components/plannen-tabel";
import { ScrollRegion } from "../../components/scroll-region";
import { PlanStatusBadge } from "../../components/status-badge";
import { laadDashboard } from "../../domain/dashboard/dashboard.server";
import { formatDatum, vandaag } from "../../domain/format";
import { FASE_LABELS } from "../../domain/lokale-kamer/fase";
import { listPlannen } from "../../domain/plannen.server";
import { getHuidigeVisie } from "../../domain/visie.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.regio.naam ?? "Regio"} — Regiovisie Uitvoeringsplan` },
];

function jaarUit(url: URL): number | null {
  const waarde = url.searchParams.get("jaar");
  return waarde && /^\d{4}$/.test(waarde) ? Number(waarde) : null;
}

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  return {
    regio: { naam: regio.naam, slug: regio.slug },
    dashboard: laadDashboard(regio, jaarUit(new URL(request.url)), vandaag()),
    visie: getHuidigeVisie(regio.id),
    plannen: listPlannen(regio.id),
  };
}

export default function RegioStart({ loaderData }: Route.ComponentProps) {
  const { regio, dashboard, visie, plannen } = loaderData;
  const basis = `/r/${regio.slug}`;
  return (
    <>
      <h1>{regio.naam}</h1>
      {dashboard ? (
        <>
          <div className="mt-4 flex flex-wrap items-end justify-between gap-4">
            <p className="text-lg">
              Voortgang uitvoeringsplan <strong>{dashboard.jaar}</strong> <PlanStatusBadge status={dashboard.plan.status} />
            </p>
            <form method="get" className="no-print flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="jaar" className="mb-1 block text-sm font-semibold">
                  Jaar
                </label>
                <select id="jaar" name="jaar" defaultValue={dashboard.jaar} className="min-h-11 rounded border border-slate-500 bg-white px-3">
                  {dashboard.jaren.map((j) => (
                    <option key={j} value={j}>
                      {j}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="min-h-11 rounded border border-primary-700 bg-white px-4 font-semibold text-primary-800">
                Toon jaar
              </button>
            </form>
          </div>
          <p className="mt-1 text-sm text-slate-700">
            <a href={`${basis}/plannen/${dashboard.jaar}`}>Naar het uitvoeringsplan {dashboard.jaar}</a>
            {" · "}
            <a href={`${basis}/rapportage/${dashboard.jaar}`}>Voortgangsrapportage {dashboard.jaar}</a>
            {dashboard.laatsteOverleg ? (
              <>
                {" · "}Laatste overleg:{" "}
                <a href={`${basis}/overleg/${dashboard.laatsteOverleg.id}`}>{formatDatum(dashboard.laatsteOverleg.datum)}</a>
              </>
            ) : null}
          </p>

          <StandPerActielijn dashboard={dashboard} />

          <section aria-labelledby="aandacht-kop" className="mt-10">
            <h2 id="aandacht-kop">Wat aandacht vraagt</h2>
            <div className="mt-4 grid gap-4 lg:grid-cols-3">
              <AandachtLijst
                id="lijst-aandacht"
                titel="Vertraagd of aandacht nodig"
                punten={dashboard.aandacht}
                leeg="Geen acties die vertraagd zijn of aandacht nodig hebben."
                regioSlug={regio.slug}
                metToelichting
              />
              <AandachtLijst
                id="lijst-deadline"
                titel="Over de deadline"
                punten={dashboard.overDeadline}
                leeg="Geen acties over de deadline."
                regioSlug={regio.slug}
              />
              <AandachtLijst
                id="lijst-bijgewerkt"
                titel="Niet bijgewerkt"
                punten={dashboard.nietBijgewerkt}
                leeg="Alle open acties zijn recent bijgewerkt."
                regioSlug={regio.slug}
              />
            </div>
          </section>

          <div className="mt-10 grid gap-6 lg:grid-cols-2">
            <section aria-labelledby="kamers-kop">
              <h2 id="kamers-kop">Lokale kamers</h2>
              {dashboard.lokaleKamers.length === 0 ? (
                <p className="mt-2">Deze regio heeft nog geen gemeenten.</p>
              ) : (
                <ScrollRegion label="Fase van de lokale kamer per gemeente" className="mt-3">
                  <table className="w-full border-collapse bg-white text-left text-sm">
                    <caption className="sr-only">Fase van de lokale kamer per gemeente</caption>
                    <thead>
                      <tr className="border-b-2 border-slate-400">
                        <th scope="col" className="p-2">Gemeente</th>
                        <th scope="col" className="p-2">Fase</th>
                        <th scope="col" className="p-2 text-right">Mijlpalen gereed</th>
                      </tr>
                    </thead>
                    <tbody>
                      {dashboard.lokaleKamers.map((k) => (
                        <tr key={k.gemeenteId} className="border-b border-slate-200">
                          <th scope="row" className="p-2 font-normal">
                            <a href={`${basis}/gemeenten/${k.slug}/lokale-kamer`}>{k.gemeente}</a>
                          </th>
                          <td className="p-2">{k.gestart ? FASE_LABELS[k.fase] : "Nog niet gestart"}</td>
                          <td className="p-2 text-right">
                            {k.gereed} van {k.totaal}
                            {k.teLaat > 0 ? <span className="ml-2 font-semibold text-red-800">({k.teLaat} te laat)</span> : null}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              )}
              <p className="mt-2 text-sm">
                <a href={`${basis}/lokale-kamers`}>Alle lokale kamers</a>
              </p>
            </section>
            <section aria-labelledby="advies-kop">
              <h2 id="advies-kop">Openstaande adviespunten ({dashboard.adviespunten.length})</h2>
              {dashboard.adviespunten.length === 0 ? (
                <p className="mt-2">Alle adviespunten zijn verwerkt.</p>
              ) : (
                <ul className="mt-3 space-y-2">
                  {dashboard.adviespunten.slice(0, 8).map((p) => (
                    <li key={p.id} className="rounded border border-slate-300 bg-white p-3 text-sm">
                      <p>{p.tekst}</p>
                      <p className="mt-1 text-slate-700">
                        <a href={`${basis}/adviezen/${p.adviesId}`}>{p.adviesraad}</a>, {formatDatum(p.datum)}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              <p className="mt-2 text-sm">
                <a href={`${basis}/adviezen`}>Alle adviezen</a>
              </p>
            </section>
          </div>
        </>
      ) : (
        <p className="mt-4">Er is nog geen uitvoeringsplan voor deze regio.</p>
      )}

      <section aria-labelledby="plannen-kop" className="mt-10">
        <h2 id="plannen-kop">Uitvoeringsplannen per jaar</h2>
        <PlannenTabel plannen={plannen} />
      </section>

      {visie ? (
        <section aria-labelledby="visie-kop" className="mt-10">
          <h2 id="visie-kop">{visie.titel}</h2>
          <p className="mt-1 text-slate-700">
            Periode {visie.periodeStart}–{visie.periodeEind} · <a href={`${basis}/visie`}>Volledige regiovisie</a>
          </p>
          <div className="mt-4 rounded border-l-4 border-primary-700 bg-white p-5">
            <h3>Centrale ambitie</h3>
            <p className="mt-2 text-lg">{visie.centraleAmbitie}</p>
          </div>
          {visie.uitgangspunten.length > 0 ? (
            <>
              <h3 className="mt-6">Uitgangspunten</h3>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {visie.uitgangspunten.map((u) => (
                  <li key={u.id}>{u.tekst}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h3 className="mt-6">Actielijnen en doelstellingen</h3>
          <ActielijnenLijst actielijnen={visie.actielijnen} />
        </section>
      ) : (
        <p className="mt-4">Deze regio heeft nog geen regiovisie.</p>
      )}
    </>
  );
}
