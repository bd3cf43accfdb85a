import type { ActieStatus } from "../../../db/enums";

// Compact for the matrix; colour is never the only signal: a shape and a short word in every cell.
const KORT: Record<ActieStatus, { tekst: string; teken: string; className: string }> = {
  niet_gestart: { tekst: "Niet gest.", teken: "○", className: "bg-slate-100 text-slate-800 border-slate-400" },
  op_schema: { tekst: "Op schema", teken: "●", className: "bg-green-100 text-green-900 border-green-700" },
  aandacht: { tekst: "Aandacht", teken: "▲", className: "bg-amber-100 text-amber-950 border-amber-600" },
  vertraagd: { tekst: "Vertraagd", teken: "■", className: "bg-red-100 text-red-900 border-red-700" },
  afgerond: { tekst: "Afgerond", teken: "✓", className: "bg-blue-100 text-blue-900 border-blue-700" },
  vervallen: { tekst: "Vervallen", teken: "×", className: "bg-white text-slate-700 border-slate-400 border-dashed" },
};

/** A small status mark with an optional count; the full words are given to screen readers by the caller. */
export function StatusKort({ status, aantal }: { status: ActieStatus; aantal?: number }) {
  const k = KORT[status];
  return (
    <span aria-hidden="true" className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-semibold ${k.className}`}>
      {aantal !== undefined ? <span>{aantal}</span> : null}
      <span>{k.teken}</span>
      {k.tekst}
    </span>
  );
}
