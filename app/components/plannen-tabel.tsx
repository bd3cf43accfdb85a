import { useParams } from "react-router";
import type { ActieStatus } from "../../db/enums";
import { ACTIE_STATUSSEN } from "../../db/enums";
import type { PlanOverzicht } from "../domain/plannen.server";
import { formatDatum } from "../domain/format";
import { STATUS_LABELS } from "../domain/status";
import { PlanStatusBadge } from "./status-badge";
import { ScrollRegion } from "./scroll-region";

export function PlannenTabel({ plannen }: { plannen: PlanOverzicht[] }) {
  // Rendered only inside /r/:regio, so the regio of the URL is the regio of these plans.
  const { regio } = useParams();
  if (plannen.length === 0) {
    return <p className="mt-4">Er is nog geen uitvoeringsplan voor deze regio.</p>;
  }
  return (
    <ScrollRegion label="Uitvoeringsplannen per jaar" className="mt-4">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Uitvoeringsplannen per jaar met het aantal acties per status</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Jaar</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2 text-right">Acties</th>
            {ACTIE_STATUSSEN.map((s: ActieStatus) => (
              <th key={s} scope="col" className="p-2 text-right">{STATUS_LABELS[s]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plannen.map((plan) => (
            <tr key={plan.id} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-base font-semibold">
                <a href={`/r/${regio}/plannen/${plan.jaar}`}>Uitvoeringsplan {plan.jaar}</a>
              </th>
              <td className="p-2">
                <PlanStatusBadge status={plan.status} />
                {plan.vastgesteldOp ? (
                  <span className="mt-1 block text-xs text-slate-700">op {formatDatum(plan.vastgesteldOp)}</span>
                ) : null}
              </td>
              <td className="p-2 text-right font-semibold">{plan.aantalActies}</td>
              {ACTIE_STATUSSEN.map((s) => (
                <td key={s} className="p-2 text-right">{plan.perStatus[s] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
