import { data, Form } from "react-router";
import type { Route } from "./+types/gemeente";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { DoelstellingInvullingBlok } from "../../components/gemeenten/doelstelling-invulling";
import { GemeenteBijzaken } from "../../components/gemeenten/gemeente-bijzaken";
import { rolTekst } from "../../components/gemeenten/rol-labels";
import { Button, Notice } from "../../components/form";
import { StatusBadge } from "../../components/status-badge";
import { laadGemeenteInvulling } from "../../domain/gemeenten/gemeente-invulling.server";

export const meta: Route.MetaFunction = ({ data }) => [
  {
    title: data?.gemeente
      ? `Lokale invulling ${data.gemeente.naam}${data.plan ? ` ${data.plan.jaar}` : ""} — Regiovisie Uitvoeringsplan`
      : "Lokale invulling — Regiovisie Uitvoeringsplan",
  },
];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const invulling = laadGemeenteInvulling(user, regio.id, params.gemeente, new URL(request.url).searchParams.get("jaar"));
  if (!invulling) throw data("Deze gemeente bestaat niet, of hoort niet bij deze regio.", { status: 404 });
  return { ...invulling, regioSlug: regio.slug };
}

export default function GemeentePagina({ loaderData }: Route.ComponentProps) {
  const { gemeente, plan, jaren, ongeldigJaar, dekking, actielijnen, zonderDoelstelling, vorigJaar, regioSlug, magLokaleActies } = loaderData;
  const basis = `/r/${regioSlug}`;
  return (
    <article>
      <p className="no-print text-sm">
        <a href={`${basis}/gemeenten`}>Gemeenten</a>
      </p>
      <h1 className="mt-2">
        Lokale invulling {gemeente.naam} {plan?.jaar ?? ""}
      </h1>
      <p className="mt-1 text-slate-700">
        Wat {gemeente.naam} lokaal doet voor de doelstellingen van de regiovisie, en waar de gemeente staat in regionale acties.
      </p>

      <div className="no-print mt-4 flex flex-wrap items-end gap-4">
        {jaren.length > 1 ? (
          <Form method="get" className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="jaar" className="mb-1 block font-semibold">
                Jaar
              </label>
              <select id="jaar" name="jaar" defaultValue={plan?.jaar} className="min-h-11 rounded border border-slate-500 bg-white px-3">
                {jaren.map((j) => (
                  <option key={j} value={j}>
                    {j}
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="secondary">
              Toon jaar
            </Button>
          </Form>
        ) : null}
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          Afdrukken
        </Button>
      </div>

      {ongeldigJaar ? (
        <div className="mt-4">
          <Notice tone="info">Voor het gevraagde jaar is geen uitvoeringsplan; u ziet het plan van {plan?.jaar ?? "geen enkel jaar"}.</Notice>
        </div>
      ) : null}

      {!plan || !dekking ? (
        <p className="mt-6">Deze regio heeft nog geen uitvoeringsplan.</p>
      ) : (
        <>
          <section aria-labelledby="dekking-kop" className="mt-6 rounded border border-slate-300 bg-white p-4">
            <h2 id="dekking-kop">Dekking {plan.jaar}</h2>
            <p className="mt-2 text-lg font-semibold">
              {dekking.gedekt} van {dekking.totaal} doelstellingen hebben lokale invulling
              {dekking.gedektVorigJaar !== null ? ` (vorig jaar: ${dekking.gedektVorigJaar} van ${dekking.totaal})` : ""}.
            </p>
            <p className="mt-1 text-slate-700">
              Lokale invulling: een lokale actie van {gemeente.naam}, of het eigen deel van een regionale actie die per gemeente wordt
              uitgevoerd.
            </p>
            {dekking.totaal - dekking.gedekt > 0 ? (
              <p className="mt-2">
                Zonder lokale invulling:{" "}
                {actielijnen
                  .flatMap((l) => l.doelstellingen)
                  .filter((d) => !d.dekking.ditJaar)
                  .map((d, i) => (
                    <span key={d.id}>
                      {i > 0 ? ", " : ""}
                      <a href={`#doelstelling-${d.id}`}>{d.code}</a>
                    </span>
                  ))}
                .
              </p>
            ) : null}
          </section>

          {actielijnen.map((lijn) => (
            <section key={lijn.id} aria-labelledby={`actielijn-${lijn.id}`} className="mt-10">
              <h2 id={`actielijn-${lijn.id}`}>
                {lijn.code} {lijn.titel}
              </h2>
              {lijn.doelstellingen.map((d) => (
                <DoelstellingInvullingBlok
                  key={d.id}
                  doel={d}
                  gemeenteNaam={gemeente.naam}
                  vorigJaar={vorigJaar}
                  basis={basis}
                  planJaar={plan.jaar}
                  magLokaleActies={magLokaleActies}
                />
              ))}
            </section>
          ))}

          {zonderDoelstelling.length > 0 ? (
            <section aria-labelledby="zonder-kop" className="mt-10">
              <h2 id="zonder-kop">Acties zonder doelstelling</h2>
              <ul className="mt-2 space-y-2">
                {zonderDoelstelling.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center gap-2">
                    <a href={`${basis}/acties/${a.id}`}>
                      {a.code} {a.titel}
                    </a>
                    <span className="text-slate-700">({rolTekst(a)})</span>
                    <StatusBadge status={a.status} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}

      <GemeenteBijzaken
        basis={basis}
        gemeente={gemeente}
        lokaleKamer={loaderData.lokaleKamer}
        reacties={loaderData.reacties}
        adviespunten={loaderData.adviespunten}
      />
    </article>
  );
}
