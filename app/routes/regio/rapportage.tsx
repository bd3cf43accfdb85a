import type { Route } from "./+types/rapportage";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { RapportageWeergave } from "../../components/rapportage/rapportage-weergave";
import { rapportageVoorVerzoek } from "../../domain/rapportage/rapportage-laden.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data ? `${data.rapportage.titel} — ${data.rapportage.regio.naam}` : "Voortgangsrapportage"} — Regiovisie Uitvoeringsplan` },
];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  return { rapportage: rapportageVoorVerzoek(regio, params.jaar, request) };
}

export default function RapportagePagina({ loaderData }: Route.ComponentProps) {
  return <RapportageWeergave rapportage={loaderData.rapportage} />;
}
