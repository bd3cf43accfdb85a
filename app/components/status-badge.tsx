import type { ActieStatus, PlanStatus } from "../../db/enums";
import { PLAN_STATUS_LABELS, STATUS_LABELS } from "../domain/status";

// Colour is never the only signal: every badge carries its text, and a shape marker for print
// (the status-<status> classes in app.css draw both).
export function StatusBadge({ status }: { status: ActieStatus }) {
  return <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}

const PLAN_STIJL: Record<PlanStatus, string> = {
  concept: "bg-slate-100 text-slate-800 border-slate-400",
  ter_afstemming: "bg-amber-100 text-amber-950 border-amber-600",
  vastgesteld: "bg-green-100 text-green-900 border-green-700",
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return (
    <span className={`inline-flex whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${PLAN_STIJL[status]}`}>
      {PLAN_STATUS_LABELS[status]}
    </span>
  );
}
