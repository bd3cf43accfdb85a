import {
  redenLabel,
  type AgendaReden,
} from "../../domain/overleg/agenda-regels";

/** Why an actie is on the agenda; the text carries the meaning, the colour only helps scanning. */
export function RedenBadges({
  redenen,
  vooruitkijkWeken,
}: {
  redenen: AgendaReden[];
  vooruitkijkWeken: number;
}) {
  return (
    <ul aria-label="Op de agenda omdat" className="redenen">
      {redenen.map((reden) => (
        // Colours: the reden-<reden> classes in app.css.
        <li key={reden} className={`reden reden-${reden}`}>
          {redenLabel(reden, vooruitkijkWeken)}
        </li>
      ))}
    </ul>
  );
}
