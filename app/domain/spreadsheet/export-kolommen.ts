import { STATUS_LABELS } from "../status";
import type { ExportRij } from "./export-gegevens.server";

/**
 * The columns of an export, in the order of the plan table, shared by the .xlsx and the CSV so both
 * carry the same headers (which the import recognises again).
 */

export type Kolomsoort = "tekst" | "datum" | "bedrag" | "janee";

export interface ExportKolom {
  kop: string;
  breedte: number;
  soort: Kolomsoort;
  waarde: (rij: ExportRij) => string | number | boolean | null;
}

export const EXPORT_KOLOMMEN: ExportKolom[] = [
  { kop: "Code", breedte: 10, soort: "tekst", waarde: (r) => r.code },
  { kop: "Titel", breedte: 48, soort: "tekst", waarde: (r) => r.titel },
  { kop: "Actielijn", breedte: 30, soort: "tekst", waarde: (r) => r.actielijn },
  { kop: "Doelstellingen", breedte: 14, soort: "tekst", waarde: (r) => r.doelstellingen },
  { kop: "Niveau", breedte: 11, soort: "tekst", waarde: (r) => r.niveau },
  { kop: "Gemeente", breedte: 16, soort: "tekst", waarde: (r) => r.gemeente },
  { kop: "Trekker", breedte: 26, soort: "tekst", waarde: (r) => r.trekker },
  { kop: "Eigenaar", breedte: 22, soort: "tekst", waarde: (r) => r.eigenaar },
  { kop: "Partners", breedte: 34, soort: "tekst", waarde: (r) => r.partners },
  { kop: "Deadline", breedte: 12, soort: "datum", waarde: (r) => r.deadline },
  { kop: "Kwartaal", breedte: 10, soort: "tekst", waarde: (r) => r.kwartaal },
  { kop: "Status", breedte: 15, soort: "tekst", waarde: (r) => STATUS_LABELS[r.status] },
  { kop: "Laatste voortgang", breedte: 14, soort: "datum", waarde: (r) => r.laatsteVoortgang?.slice(0, 10) ?? null },
  { kop: "Over deadline", breedte: 10, soort: "janee", waarde: (r) => r.overDeadline },
  { kop: "Niet bijgewerkt", breedte: 10, soort: "janee", waarde: (r) => r.nietBijgewerkt },
  { kop: "Beoogd resultaat", breedte: 40, soort: "tekst", waarde: (r) => r.beoogdResultaat },
  { kop: "Financiering", breedte: 22, soort: "tekst", waarde: (r) => r.financiering },
  { kop: "Bedrag", breedte: 14, soort: "bedrag", waarde: (r) => r.bedragCenten },
  { kop: "Omschrijving", breedte: 48, soort: "tekst", waarde: (r) => r.omschrijving },
];
