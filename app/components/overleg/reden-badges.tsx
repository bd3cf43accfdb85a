import {
  redenLabel,
  type AgendaReden,
} from "../../domain/overleg/agenda-regels";

const STIJL: Record<AgendaReden, string> = {
  aandacht: "border-amber-600 bg-amber-50 text-amber-950",
  vertraagd: "border-red-700 bg-red-50 text-red-900",
  over_deadline: "border-red-700 bg-red-50 text-red-900",
  niet_bijgewerkt: "border-slate-500 bg-slate-50 text-slate-800",
  deadline_binnenkort: "border-primary-700 bg-primary-50 text-primary-900",
  handmatig: "border-slate-500 bg-white text-slate-800",
};

/** Why an actie is on the agenda; the text carries the meaning, the colour only helps scanning. */
export function RedenBadges({
  redenen,
  vooruitkijkWeken,
}: {
  redenen: AgendaReden[];
  vooruitkijkWeken: number;
}) {
  return (
    <ul aria-label="Op de agenda omdat" className="flex flex-wrap gap-2">
      {redenen.map((reden) => (
        <li
          key={reden}
          className={`rounded border px-2 py-0.5 text-sm font-semibold ${STIJL[reden]}`}
        >
          {redenLabel(reden, vooruitkijkWeken)}
        </li>
      ))}
    </ul>
  );
}
