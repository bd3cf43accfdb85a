import type { ActieStatus } from "../../../db/enums";
import { isAfgesloten, isNietBijgewerkt, isOverDeadline } from "../acties/status-regels";
import { formatDatum } from "../format";
import { STATUS_LABELS } from "../status";

/** How far ahead a deadline counts as "binnenkort" on the mijn-acties list. */
export const BINNENKORT_WEKEN = 6;

export const URGENTIE_GROEPEN = ["over_deadline", "niet_bijgewerkt", "binnenkort", "overig", "afgesloten"] as const;
export type UrgentieGroep = (typeof URGENTIE_GROEPEN)[number];

export const URGENTIE_KOPPEN: Record<UrgentieGroep, string> = {
  over_deadline: "Deadline verstreken",
  niet_bijgewerkt: "Niet bijgewerkt",
  binnenkort: `Deadline binnen ${BINNENKORT_WEKEN} weken`,
  overig: "Overige lopende acties",
  afgesloten: "Afgerond of vervallen",
};

interface Beoordeelbaar {
  code: string;
  deadline: string;
  status: ActieStatus;
  laatsteVoortgang: string | null;
  aangemaaktOp: string;
}

function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T12:00:00Z`) - Date.parse(`${van}T12:00:00Z`)) / 86_400_000);
}

function deadlineTekst(deadline: string, vandaag: string): string {
  const dagen = dagenTussen(vandaag, deadline);
  if (dagen === 0) return "Deadline vandaag";
  return `Deadline over ${dagen} ${dagen === 1 ? "dag" : "dagen"}`;
}

/** Which urgency group an actie falls in, and why, in words a user reads on the list. */
export function beoordeel(actie: Beoordeelbaar, weken: number, vandaag: string): { groep: UrgentieGroep; redenen: string[] } {
  if (isAfgesloten(actie.status)) return { groep: "afgesloten", redenen: [STATUS_LABELS[actie.status]] };

  const redenen: string[] = [];
  let groep: UrgentieGroep | null = null;
  if (isOverDeadline(actie, vandaag)) {
    groep = "over_deadline";
    redenen.push(`Deadline verstreken op ${formatDatum(actie.deadline)}`);
  }
  if (isNietBijgewerkt(actie, weken, vandaag)) {
    groep ??= "niet_bijgewerkt";
    redenen.push(
      actie.laatsteVoortgang
        ? `Niet bijgewerkt sinds ${formatDatum(actie.laatsteVoortgang)}`
        : `Nog niet bijgewerkt sinds het aanmaken op ${formatDatum(actie.aangemaaktOp)}`,
    );
  }
  if (groep !== "over_deadline") {
    const binnenkort = dagenTussen(vandaag, actie.deadline) <= BINNENKORT_WEKEN * 7;
    groep ??= binnenkort ? "binnenkort" : "overig";
    redenen.push(binnenkort ? deadlineTekst(actie.deadline, vandaag) : `Deadline ${formatDatum(actie.deadline)}`);
  }
  return { groep: groep ?? "overig", redenen };
}

/** Most urgent first; within a group the oldest deadline first. */
export function sorteerOpUrgentie<A extends Beoordeelbaar & { groep: UrgentieGroep }>(acties: A[]): A[] {
  const rang = (g: UrgentieGroep) => URGENTIE_GROEPEN.indexOf(g);
  return [...acties].sort(
    (a, b) =>
      rang(a.groep) - rang(b.groep) ||
      a.deadline.localeCompare(b.deadline) ||
      a.code.localeCompare(b.code, "nl", { numeric: true }),
  );
}

/**
 * The plans a user works in now: this year's plan and any later one being prepared. When the
 * regio has no plan for this year, its most recent earlier plan is still the one running.
 */
export function kiesLopendePlannen(plannen: { id: number; jaar: number }[], huidigJaar: number): number[] {
  const lopend = plannen.filter((p) => p.jaar >= huidigJaar);
  if (!lopend.some((p) => p.jaar === huidigJaar)) {
    const eerder = plannen.filter((p) => p.jaar < huidigJaar).sort((a, b) => b.jaar - a.jaar)[0];
    if (eerder) lopend.push(eerder);
  }
  return lopend.map((p) => p.id);
}
