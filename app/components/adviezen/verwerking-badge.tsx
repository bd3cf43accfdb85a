import { VERWERKING_LABELS, type Verwerking } from "../../domain/adviezen/advies-labels";

// Like the status badge: text and a shape marker, never colour alone.
const STIJL: Record<Verwerking | "open", { className: string; teken: string }> = {
  open: { className: "bg-white text-slate-800 border-slate-500 border-dashed", teken: "○" },
  overgenomen: { className: "bg-green-100 text-green-900 border-green-700", teken: "✓" },
  deels: { className: "bg-amber-100 text-amber-950 border-amber-600", teken: "◐" },
  niet: { className: "bg-slate-100 text-slate-800 border-slate-500", teken: "×" },
};

export function VerwerkingBadge({ verwerking }: { verwerking: Verwerking | null }) {
  const stijl = STIJL[verwerking ?? "open"];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${stijl.className}`}
    >
      <span aria-hidden="true">{stijl.teken}</span>
      <span>{verwerking ? VERWERKING_LABELS[verwerking] : "Open"}</span>
    </span>
  );
}
