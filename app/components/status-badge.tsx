import type { ActieStatus, PlanStatus } from "../../db/schema";
import { PLAN_STATUS_LABELS, STATUS_LABELS } from "../domain/status";

// Colour is never the only signal: every badge carries its text, and a shape marker for print.
const STIJL: Record<ActieStatus, { className: string; teken: string }> = {
  niet_gestart: { className: "bg-slate-100 text-slate-800 border-slate-400", teken: "○" },
  op_schema: { className: "bg-green-100 text-green-900 border-green-700", teken: "●" },
  aandacht: { className: "bg-amber-100 text-amber-950 border-amber-600", teken: "▲" },
  vertraagd: { className: "bg-red-100 text-red-900 border-red-700", teken: "■" },
  afgerond: { className: "bg-blue-100 text-blue-900 border-blue-700", teken: "✓" },
  vervallen: { className: "bg-white text-slate-700 border-slate-400 border-dashed", teken: "×" },
};

export function StatusBadge({ status }: { status: ActieStatus }) {
  const stijl = STIJL[status];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${stijl.className}`}>
      <span aria-hidden="true">{stijl.teken}</span>
      {STATUS_LABELS[status]}
    </span>
  );
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
