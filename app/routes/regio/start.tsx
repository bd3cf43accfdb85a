import type { Route } from "./+types/start";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { ActielijnenLijst } from "../../components/actielijnen-lijst";
import { PlannenTabel } from "../../components/plannen-tabel";
import { listPlannen } from "../../domain/plannen.server";
import { getHuidigeVisie } from "../../domain/visie.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.regio.naam ?? "Regio"} — Regiovisie Uitvoeringsplan` },
];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  return { regio: { naam: regio.naam, slug: regio.slug }, visie: getHuidigeVisie(regio.id), plannen: listPlannen(regio.id) };
}

export default function RegioStart({ loaderData }: Route.ComponentProps) {
  const { regio, visie, plannen } = loaderData;
  return (
    <>
      <h1>{regio.naam}</h1>
      {visie ? (
        <section aria-labelledby="visie-kop" className="mt-6">
          <h2 id="visie-kop">{visie.titel}</h2>
          <p className="mt-1 text-slate-700">
            Periode {visie.periodeStart}–{visie.periodeEind} · <a href={`/r/${regio.slug}/visie`}>Volledige regiovisie</a>
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
      <section aria-labelledby="plannen-kop" className="mt-10">
        <h2 id="plannen-kop">Uitvoeringsplannen per jaar</h2>
        <PlannenTabel plannen={plannen} />
      </section>
    </>
  );
}
