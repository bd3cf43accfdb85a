import { data } from "react-router";
import type { Route } from "./+types/actualisatie-verschil";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { ActualisatieNav } from "../../components/actualisatie/actualisatie-nav";
import { VerschilOverzicht } from "../../components/actualisatie/verschil-overzicht";
import { jaarUitParam } from "../../domain/actualisatie/jaar-param";
import { laadPlanVerschil } from "../../domain/actualisatie/verschil.server";
import { can } from "../../domain/permissions";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: `Verschil ${Number(params.jaar) - 1} → ${params.jaar} — Regiovisie Uitvoeringsplan` },
];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const jaar = jaarUitParam(params.jaar);
  const verschil = laadPlanVerschil(regio.id, jaar);
  if (!verschil) throw data(`Er is geen uitvoeringsplan ${jaar} met een vorig plan om mee te vergelijken.`, { status: 404 });
  return { regioSlug: regio.slug, jaar, ...verschil, magBeheren: can(user, { recht: "actualisatie.beheren", regioId: regio.id }) };
}

export default function ActualisatieVerschil({ loaderData }: Route.ComponentProps) {
  const { regioSlug, jaar, vorigJaar, plan, verschil, magBeheren } = loaderData;
  const basis = `/r/${regioSlug}`;
  return (
    <>
      <h1>
        Verschil uitvoeringsplan {vorigJaar} → {jaar}
      </h1>
      <ActualisatieNav basis={basis} jaar={jaar} status={plan.status} magBeheren={magBeheren} huidig="verschil" />
      <p className="mt-4 max-w-3xl">
        Wat er in {jaar} nieuw is, wat uit {vorigJaar} is doorgezet (en wat daaraan veranderde), en wat in {vorigJaar} is afgerond of
        vervallen.
      </p>
      <p className="no-print mt-2">
        <button type="button" onClick={() => window.print()} className="inline-flex min-h-11 items-center rounded border border-primary-700 bg-white px-4 font-semibold text-primary-800 hover:bg-primary-50">
          Afdrukken
        </button>
      </p>
      <VerschilOverzicht basis={basis} jaar={jaar} vorigJaar={vorigJaar} verschil={verschil} />
    </>
  );
}
