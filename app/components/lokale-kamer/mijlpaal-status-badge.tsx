import type { MijlpaalStatus } from "../../../db/enums";
import { MIJLPAAL_STATUS_LABELS } from "../../domain/lokale-kamer/mijlpaal-status";

const STIJL: Record<MijlpaalStatus, { className: string; teken: string }> = {
  open: { className: "bg-slate-100 text-slate-800 border-slate-400", teken: "○" },
  bezig: { className: "bg-amber-100 text-amber-950 border-amber-600", teken: "◐" },
  gereed: { className: "bg-green-100 text-green-900 border-green-700", teken: "✓" },
  nvt: { className: "bg-white text-slate-700 border-slate-400 border-dashed", teken: "–" },
};

export function MijlpaalStatusBadge({ status }: { status: MijlpaalStatus }) {
  const stijl = STIJL[status];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${stijl.className}`}>
      <span aria-hidden="true">{stijl.teken}</span>
      {MIJLPAAL_STATUS_LABELS[status]}
    </span>
  );
}

/** "te laat" in words, never by colour alone. */
export function TeLaat() {
  return (
    <span className="ml-1 inline-flex items-center whitespace-nowrap rounded border border-red-700 bg-red-50 px-1.5 text-xs font-semibold text-red-900">
      <span aria-hidden="true">!&nbsp;</span>te laat
    </span>
  );
}
