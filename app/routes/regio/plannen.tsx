import type { Route } from "./+types/plannen";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { PlannenTabel } from "../../components/plannen-tabel";
import { listPlannen } from "../../domain/plannen.server";

export const meta: Route.MetaFunction = () => [{ title: "Uitvoeringsplannen — Regiovisie Uitvoeringsplan" }];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  return { plannen: listPlannen(regio.id) };
}

export default function Plannen({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <h1>Uitvoeringsplannen</h1>
      <p className="mt-2 max-w-3xl">
        Bij de regiovisie hoort per jaar een uitvoeringsplan. Het wordt jaarlijks geactualiseerd door de centrumgemeenten
        en afgestemd met de regiogemeenten in het ambtelijk beleidsoverleg.
      </p>
      <PlannenTabel plannen={loaderData.plannen} />
    </>
  );
}
