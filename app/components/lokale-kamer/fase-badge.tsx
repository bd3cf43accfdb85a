import { FASE_LABELS, type Fase } from "../../domain/lokale-kamer/fase";

// Text carries the phase; colour and the step marker only support it.
const STIJL: Record<Fase, { className: string; stap: string }> = {
  verkenning: { className: "bg-slate-100 text-slate-800 border-slate-400", stap: "1/4" },
  in_opbouw: { className: "bg-amber-100 text-amber-950 border-amber-600", stap: "2/4" },
  operationeel: { className: "bg-green-100 text-green-900 border-green-700", stap: "3/4" },
  geevalueerd: { className: "bg-blue-100 text-blue-900 border-blue-700", stap: "4/4" },
};

export function FaseBadge({ fase }: { fase: Fase }) {
  const stijl = STIJL[fase];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${stijl.className}`}>
      {FASE_LABELS[fase]}
      <span className="font-normal">
        <span className="sr-only">, fase </span>({stijl.stap})
      </span>
    </span>
  );
}
