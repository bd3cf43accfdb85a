import { STATUS_LABELS } from "../status";
import type { Weergave } from "./matrix-regels";

interface Cel {
  aantal: number;
  lokaal: number;
  uitvoering: number;
  status: keyof typeof STATUS_LABELS;
}

/** The words of a matrix cell, shared by the page (for screen readers) and the spreadsheet. */
export function celTekst(cel: Cel | null, weergave: Weergave): string {
  if (weergave === "acties") return cel ? STATUS_LABELS[cel.status] : "Doet niet mee";
  if (!cel) return "Geen lokale invulling";
  const delen = [];
  if (cel.lokaal) delen.push(cel.lokaal === 1 ? "1 lokale actie" : `${cel.lokaal} lokale acties`);
  if (cel.uitvoering) delen.push(cel.uitvoering === 1 ? "1 uitvoering" : `${cel.uitvoering} uitvoeringen`);
  return `${delen.join(" en ")}; ${STATUS_LABELS[cel.status]}`;
}
