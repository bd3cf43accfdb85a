import type { ActieStatus } from "../../../db/enums";

/**
 * The most relevant status of a matrix cell with several acties: what needs the regio's
 * attention first. Vertraagd and aandacht before niet gestart (a gap that has not started yet),
 * before op schema, then the closed ones.
 */
export const ERNST: readonly ActieStatus[] = ["vertraagd", "aandacht", "niet_gestart", "op_schema", "afgerond", "vervallen"];

export function meestRelevant(statussen: Iterable<ActieStatus>): ActieStatus | null {
  let beste: ActieStatus | null = null;
  for (const s of statussen) if (beste === null || ERNST.indexOf(s) < ERNST.indexOf(beste)) beste = s;
  return beste;
}

export const WEERGAVEN = ["doelstellingen", "acties"] as const;
export type Weergave = (typeof WEERGAVEN)[number];

export const SORTERINGEN = ["naam", "subregio", "dekking"] as const;
export type Sortering = (typeof SORTERINGEN)[number];

export const SORTERING_LABELS: Record<Sortering, string> = {
  naam: "Gemeente (A–Z)",
  subregio: "Subregio, dan gemeente",
  dekking: "Dekking (minste eerst)",
};

export interface MatrixGemeente {
  naam: string;
  subregio: string | null;
  gedekt: number;
}

/**
 * Sorting for the matrix. Dekking puts the least covered gemeenten first: they are the ones
 * the regio wants to talk to.
 */
export function sorteerGemeenten<T extends MatrixGemeente>(gemeenten: T[], sortering: Sortering): T[] {
  const opNaam = (a: T, b: T) => a.naam.localeCompare(b.naam, "nl");
  const kopie = [...gemeenten];
  if (sortering === "subregio") return kopie.sort((a, b) => (a.subregio ?? "").localeCompare(b.subregio ?? "", "nl") || opNaam(a, b));
  if (sortering === "dekking") return kopie.sort((a, b) => a.gedekt - b.gedekt || opNaam(a, b));
  return kopie.sort(opNaam);
}

export function leesKeuze<T extends string>(waarde: string | null, opties: readonly T[], standaard: T): { keuze: T; ongeldig: boolean } {
  if (waarde === null || waarde === "") return { keuze: standaard, ongeldig: false };
  return (opties as readonly string[]).includes(waarde) ? { keuze: waarde as T, ongeldig: false } : { keuze: standaard, ongeldig: true };
}
