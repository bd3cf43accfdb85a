import type { ActieStatus } from "../../../db/enums";

/**
 * Names, labels and types of the plan page's filters, without Zod, so the filter form can import
 * them without pulling the parser into the browser bundle.
 */

export const SORTERINGEN = ["code", "deadline", "status", "laatste-voortgang", "titel"] as const;
export type Sortering = (typeof SORTERINGEN)[number];
export type Richting = "op" | "af";
export type Niveau = "regionaal" | "lokaal";

export const SORTERING_LABELS: Record<Sortering, string> = {
  code: "Code",
  deadline: "Deadline",
  status: "Status",
  "laatste-voortgang": "Laatste voortgang",
  titel: "Titel",
};

export interface Trekker {
  soort: "g" | "o";
  id: number;
}

export interface PlanFilters {
  actielijn?: number;
  doelstelling?: number;
  status: ActieStatus[];
  trekker?: Trekker;
  eigenaar?: number;
  niveau?: Niveau;
  gemeente?: number;
  van?: string;
  tot?: string;
  overDeadline: boolean;
  nietBijgewerkt: boolean;
  q?: string;
  sort: Sortering;
  richting: Richting;
}

/** Query-string names, as the filter form submits them. */
export const PARAM = {
  actielijn: "actielijn",
  doelstelling: "doelstelling",
  status: "status",
  trekker: "trekker",
  eigenaar: "eigenaar",
  niveau: "niveau",
  gemeente: "gemeente",
  van: "van",
  tot: "tot",
  overDeadline: "over-deadline",
  nietBijgewerkt: "niet-bijgewerkt",
  q: "q",
  sort: "sort",
  richting: "richting",
} as const satisfies Record<keyof PlanFilters, string>;

export type FilterNaam = keyof PlanFilters;

export const FILTER_LABELS: Record<FilterNaam, string> = {
  actielijn: "Actielijn",
  doelstelling: "Doelstelling",
  status: "Status",
  trekker: "Trekker",
  eigenaar: "Eigenaar",
  niveau: "Niveau",
  gemeente: "Gemeente",
  van: "Deadline vanaf",
  tot: "Deadline tot en met",
  overDeadline: "Over deadline",
  nietBijgewerkt: "Niet bijgewerkt",
  q: "Zoeken",
  sort: "Sorteren op",
  richting: "Volgorde",
};

export function ongeldigMelding(naam: FilterNaam): string {
  return `Het filter ${FILTER_LABELS[naam]} is ongeldig en genegeerd.`;
}

export function trekkerWaarde(trekker: Trekker): string {
  return `${trekker.soort}:${trekker.id}`;
}
