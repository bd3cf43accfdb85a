import { ACTIE_STATUSSEN, type ActieStatus } from "../../../db/enums";
import { balkSegmenten, type StatusTelling } from "../../domain/dashboard/stand";
import { STATUS_LABELS } from "../../domain/status";

// The same colours as the status badges; the numbers in the bar and the legend carry the meaning.
export const STATUS_KLEUR: Record<ActieStatus, { vulling: string; tekst: string }> = {
  niet_gestart: { vulling: "#cbd5e1", tekst: "#0f172a" },
  op_schema: { vulling: "#15803d", tekst: "#ffffff" },
  aandacht: { vulling: "#f59e0b", tekst: "#0f172a" },
  vertraagd: { vulling: "#b91c1c", tekst: "#ffffff" },
  afgerond: { vulling: "#1d4ed8", tekst: "#ffffff" },
  vervallen: { vulling: "#f1f5f9", tekst: "#0f172a" },
};

const BREEDTE = 600;
const HOOGTE = 28;

/** A stacked bar of statuses, drawn on the server; its text alternative is the table beside it. */
export function StatusBalk({ telling, label }: { telling: StatusTelling; label: string }) {
  const segmenten = balkSegmenten(telling, BREEDTE);
  const beschrijving = ACTIE_STATUSSEN.filter((s) => telling[s] > 0)
    .map((s) => `${telling[s]} ${STATUS_LABELS[s].toLowerCase()}`)
    .join(", ");
  return (
    <svg
      viewBox={`0 0 ${BREEDTE} ${HOOGTE}`}
      className="h-7 w-full"
      role="img"
      aria-label={`${label}: ${beschrijving || "geen acties"}`}
      preserveAspectRatio="none"
    >
      <rect x="0" y="0" width={BREEDTE} height={HOOGTE} fill="#ffffff" stroke="#64748b" />
      {segmenten.map((s) => (
        <g key={s.status}>
          <rect
            x={s.x}
            y="0"
            width={s.breedte}
            height={HOOGTE}
            fill={STATUS_KLEUR[s.status].vulling}
            stroke="#334155"
            strokeDasharray={s.status === "vervallen" ? "4 2" : undefined}
          />
          {s.breedte >= 24 ? (
            <text
              x={s.x + s.breedte / 2}
              y={HOOGTE / 2 + 5}
              textAnchor="middle"
              fontSize="14"
              fontWeight="600"
              fill={STATUS_KLEUR[s.status].tekst}
            >
              {s.aantal}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}

/** The legend of the bars: colour, shape and name of every status. */
export function StatusLegenda() {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm" aria-label="Legenda">
      {ACTIE_STATUSSEN.map((s) => (
        <li key={s} className="flex items-center gap-2">
          <svg width="16" height="16" aria-hidden="true">
            <rect
              x="0.5"
              y="0.5"
              width="15"
              height="15"
              fill={STATUS_KLEUR[s].vulling}
              stroke="#334155"
              strokeDasharray={s === "vervallen" ? "3 2" : undefined}
            />
          </svg>
          {STATUS_LABELS[s]}
        </li>
      ))}
    </ul>
  );
}
