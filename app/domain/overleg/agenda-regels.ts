import type { ActieStatus } from "../../../db/enums";
import { formatDatum } from "../format";
import {
  grensDatum,
  isAfgesloten,
  isNietBijgewerktSinds,
  isOverDeadline,
} from "../acties/status-regels";

/** How many weeks ahead an overleg looks for deadlines, unless the coordinator chooses otherwise. */
export const STANDAARD_VOORUITKIJK_WEKEN = 6;

/** Why an actie is on the agenda of an overleg; an actie can have several reasons. */
export const AGENDA_REDENEN = [
  "aandacht",
  "vertraagd",
  "over_deadline",
  "niet_bijgewerkt",
  "deadline_binnenkort",
  "handmatig",
] as const;
export type AgendaReden = (typeof AGENDA_REDENEN)[number];

export interface AgendaMoment {
  /** The date of the overleg: every rule is judged on that day, not on today. */
  datum: string;
  vooruitkijkWeken: number;
  nietBijgewerktWeken: number;
}

export interface AgendaKandidaat {
  /** The status at the start of the overleg, so an update made in the meeting keeps the actie on it. */
  status: ActieStatus;
  deadline: string;
  laatsteVoortgang: string | null;
  aangemaaktOp: string;
  handmatig: boolean;
}

/** The calendar date N weeks after `datum` ("YYYY-MM-DD"). */
export function datumPlusWeken(datum: string, weken: number): string {
  const d = new Date(`${datum}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weken * 7);
  return d.toISOString().slice(0, 10);
}

/** The dates the rules compare with, worked out once for an agenda of hundreds of acties. */
export interface AgendaPeil {
  datum: string;
  nietBijgewerktGrens: string;
  deadlineHorizon: string;
}

export function agendaPeil(moment: AgendaMoment): AgendaPeil {
  return {
    datum: moment.datum,
    nietBijgewerktGrens: grensDatum(moment.datum, moment.nietBijgewerktWeken),
    deadlineHorizon: datumPlusWeken(moment.datum, moment.vooruitkijkWeken),
  };
}

/** Why an actie is on the agenda of an overleg with this peil; empty when it is not. */
export function redenenOpPeil(
  actie: AgendaKandidaat,
  peil: AgendaPeil,
): AgendaReden[] {
  const redenen: AgendaReden[] = [];
  if (actie.status === "aandacht") redenen.push("aandacht");
  if (actie.status === "vertraagd") redenen.push("vertraagd");
  if (isOverDeadline(actie, peil.datum)) redenen.push("over_deadline");
  if (isNietBijgewerktSinds(actie, peil.nietBijgewerktGrens))
    redenen.push("niet_bijgewerkt");
  if (
    !isAfgesloten(actie.status) &&
    actie.deadline >= peil.datum &&
    actie.deadline <= peil.deadlineHorizon
  ) {
    redenen.push("deadline_binnenkort");
  }
  if (actie.handmatig) redenen.push("handmatig");
  return redenen;
}

export function redenLabel(
  reden: AgendaReden,
  vooruitkijkWeken: number,
): string {
  switch (reden) {
    case "aandacht":
      return "Aandacht nodig";
    case "vertraagd":
      return "Vertraagd";
    case "over_deadline":
      return "Over deadline";
    case "niet_bijgewerkt":
      return "Niet bijgewerkt";
    case "deadline_binnenkort":
      return `Deadline binnen ${vooruitkijkWeken} ${vooruitkijkWeken === 1 ? "week" : "weken"}`;
    case "handmatig":
      return "Handmatig toegevoegd";
  }
}

export interface ActielijnKop {
  id: number;
  code: string;
  titel: string;
  volgorde: number;
}

export interface Groep<T> {
  actielijn: ActielijnKop | null;
  items: T[];
}

/** Actie codes in reading order ("1.2.10" after "1.2.9"); made once, a Collator is costly to build. */
export const codeVolgorde = new Intl.Collator("nl", { numeric: true });

/**
 * Groups items by actielijn in the visie's order, items by code ("1.2.10" after "1.2.9"); items
 * without an actielijn come last.
 */
export function groepeerPerActielijn<
  T extends { actielijn: ActielijnKop | null; code: string },
>(items: T[]): Groep<T>[] {
  const groepen = new Map<number | null, Groep<T>>();
  for (const item of items) {
    const sleutel = item.actielijn?.id ?? null;
    let groep = groepen.get(sleutel);
    if (!groep) {
      groep = { actielijn: item.actielijn, items: [] };
      groepen.set(sleutel, groep);
    }
    groep.items.push(item);
  }
  const lijst = [...groepen.values()];
  for (const groep of lijst)
    groep.items.sort((a, b) => codeVolgorde.compare(a.code, b.code));
  return lijst.sort(volgensActielijn);
}

/** Sort order of groups: the visie's order of actielijnen, a group without actielijn last. */
export function volgensActielijn(
  a: { actielijn: ActielijnKop | null },
  b: { actielijn: ActielijnKop | null },
): number {
  if (!a.actielijn) return b.actielijn ? 1 : 0;
  if (!b.actielijn) return -1;
  return (
    a.actielijn.volgorde - b.actielijn.volgorde ||
    a.actielijn.id - b.actielijn.id
  );
}

/** "Ambtelijk beleidsoverleg november 2026" for an overleg on 12 November 2026. */
export function standaardTitel(datum: string): string {
  return `Ambtelijk beleidsoverleg ${formatDatum(datum).replace(/^\d+\s+/, "")}`;
}
