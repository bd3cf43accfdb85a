import { data } from "react-router";
import type { Route } from "./+types/visie";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { ActielijnenLijst } from "../../components/actielijnen-lijst";
import { can } from "../../domain/permissions";
import { getHuidigeVisie } from "../../domain/visie.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.visie.titel ?? "Regiovisie"} — Regiovisie Uitvoeringsplan` },
];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const visie = getHuidigeVisie(regio.id);
  if (!visie) throw data("Deze regio heeft nog geen regiovisie.", { status: 404 });
  return { visie, magBewerken: can(user, { recht: "visie.bewerken", regioId: regio.id }), regioSlug: regio.slug };
}

export default function Visie({ loaderData }: Route.ComponentProps) {
  const { visie, magBewerken, regioSlug } = loaderData;
  return (
    <article>
      <h1>{visie.titel}</h1>
      <p className="mt-2 text-slate-700">
        Periode {visie.periodeStart} tot en met {visie.periodeEind}
        {visie.vorige ? ` · Opvolger van: ${visie.vorige}` : ""}
      </p>
      {magBewerken ? (
        <p className="mt-4">
          <a href={`/r/${regioSlug}/visie/bewerken`} className="inline-flex min-h-11 items-center font-semibold">
            Regiovisie bewerken
          </a>
        </p>
      ) : null}
      <section aria-labelledby="ambitie" className="mt-8">
        <h2 id="ambitie">Centrale ambitie</h2>
        <p className="mt-2 max-w-3xl text-lg">{visie.centraleAmbitie}</p>
      </section>
      <section aria-labelledby="uitgangspunten" className="mt-8">
        <h2 id="uitgangspunten">Uitgangspunten</h2>
        {visie.uitgangspunten.length === 0 ? (
          <p className="mt-2">Er zijn geen uitgangspunten vastgelegd.</p>
        ) : (
          <ol className="mt-2 max-w-3xl list-decimal space-y-2 pl-6">
            {visie.uitgangspunten.map((u) => (
              <li key={u.id}>{u.tekst}</li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="actielijnen" className="mt-8">
        <h2 id="actielijnen">Actielijnen en doelstellingen</h2>
        <ActielijnenLijst actielijnen={visie.actielijnen} />
      </section>
    </article>
  );
}
