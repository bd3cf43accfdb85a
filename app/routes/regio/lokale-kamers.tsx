import type { Route } from "./+types/lokale-kamers";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { OverzichtTabel, SubregioFilter } from "../../components/lokale-kamer/overzicht-tabel";
import { vandaag } from "../../domain/format";
import { FASEN, FASE_LABELS } from "../../domain/lokale-kamer/fase";
import { laadOverzicht } from "../../domain/lokale-kamer/overzicht.server";
import { leesOverzichtKeuze, sorteerOverzicht } from "../../domain/lokale-kamer/overzicht-sortering";
import { can } from "../../domain/permissions";

export const meta: Route.MetaFunction = () => [{ title: "Lokale kamers — Regiovisie Uitvoeringsplan" }];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const keuze = leesOverzichtKeuze(new URL(request.url).searchParams);
  const { rijen, subregios } = laadOverzicht(regio.id, vandaag(), keuze.subregioId);
  const perFase = Object.fromEntries(FASEN.map((f) => [f, rijen.filter((r) => r.fase === f).length]));
  return {
    regioSlug: regio.slug,
    regioNaam: regio.naam,
    keuze,
    subregios,
    rijen: sorteerOverzicht(rijen, keuze),
    perFase,
    teLaat: rijen.filter((r) => r.teLaat > 0).length,
    magSjabloonBewerken: can(user, { recht: "lokaleKamerSjabloon.bewerken", regioId: regio.id }),
  };
}

export default function LokaleKamers({ loaderData }: Route.ComponentProps) {
  const { regioSlug, regioNaam, keuze, subregios, rijen, perFase, teLaat, magSjabloonBewerken } = loaderData;
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1>Lokale kamers</h1>
          <p className="mt-2 max-w-3xl text-slate-700">
            Hoe ver elke gemeente van {regioNaam} is met de opbouw van haar lokale kamer. De fase volgt uit de mijlpalen van het
            regionale sjabloon.
          </p>
        </div>
        <a href={`/r/${regioSlug}/lokale-kamers/sjabloon`} className="inline-flex min-h-11 items-center">
          {magSjabloonBewerken ? "Sjabloon met mijlpalen bewerken" : "Sjabloon met mijlpalen bekijken"}
        </a>
      </div>

      <section aria-labelledby="samenvatting-kop" className="mt-6">
        <h2 id="samenvatting-kop">Samenvatting</h2>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
          {FASEN.map((f) => (
            <li key={f}>
              {FASE_LABELS[f]}: <span className="font-semibold">{perFase[f]}</span>
            </li>
          ))}
          <li>
            Gemeenten met mijlpalen te laat: <span className="font-semibold">{teLaat}</span>
          </li>
        </ul>
      </section>

      <section aria-labelledby="gemeenten-kop" className="mt-8">
        <h2 id="gemeenten-kop">Per gemeente</h2>
        <SubregioFilter subregios={subregios} keuze={keuze} />
        <OverzichtTabel rijen={rijen} keuze={keuze} regioSlug={regioSlug} />
      </section>
    </>
  );
}
