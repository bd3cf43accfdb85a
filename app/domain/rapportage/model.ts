import type { ActieStatus, Financiering, PlanStatus } from "../../../db/enums";
import type { StatusTelling } from "../dashboard/stand";
import type { Fase } from "../lokale-kamer/fase";

/**
 * The one data structure behind the yearly progress report: the page and the .docx both render
 * this, so what a wethouder reads on screen and what goes to the raad can never drift apart.
 */

export interface RapportageVoortgang {
  datum: string;
  statusVan: ActieStatus;
  statusNaar: ActieStatus;
  toelichting: string;
}

export interface RapportageActie {
  id: number;
  code: string;
  titel: string;
  niveau: "regionaal" | "lokaal";
  /** The gemeente of a lokale actie. */
  gemeente: string | null;
  status: ActieStatus;
  /** The last toelichting given up to the end of the year (any year: it explains the current status). */
  laatsteToelichting: string | null;
  /** When it was afgerond within the year, if it was. */
  afgerondOp: string | null;
  /** The last voortgang lines dated within the year, newest first (at most MAX_VOORTGANG_PER_ACTIE). */
  voortgang: RapportageVoortgang[];
  financiering: Financiering | null;
  bedragCenten: number | null;
}

export interface KostenPost {
  financiering: Financiering;
  aantal: number;
  bedragCenten: number;
  /** Acties with this financiering whose amount is not known. */
  zonderBedrag: number;
}

export interface Kosten {
  posten: KostenPost[];
  /** Acties for which no financiering was recorded. */
  onbekend: number;
  totaalCenten: number;
}

export interface RapportageActielijn {
  code: string;
  titel: string;
  doelstellingen: { code: string; tekst: string }[];
  acties: RapportageActie[];
  telling: StatusTelling;
  kosten: Kosten;
}

export interface GemeenteBijlage {
  gemeente: { naam: string; slug: string };
  /** Its lokale acties and its own parts of regional acties carried out per gemeente. */
  acties: { code: string; titel: string; status: ActieStatus; soort: "lokaal" | "uitvoering" }[];
  dekking: { gedekt: number; totaal: number };
  lokaleKamer: { gestart: boolean; fase: Fase; gereed: number; totaal: number; teLaat: number };
}

export interface Rapportage {
  regio: { naam: string; slug: string };
  jaar: number;
  titel: string;
  gemeente: { naam: string; slug: string } | null;
  plan: {
    status: PlanStatus;
    vastgesteldOp: string | null;
    besluit: string | null;
    besluitnummer: string | null;
  };
  samenvatting: { telling: StatusTelling; totaal: number; pctAfgerond: number; afgerondInJaar: number };
  actielijnen: RapportageActielijn[];
  kosten: Kosten;
  bijlagen: GemeenteBijlage[];
}

export const MAX_VOORTGANG_PER_ACTIE = 3;

export function rapportageTitel(jaar: number, gemeente: string | null): string {
  return gemeente ? `Lokale voortgang ${gemeente} ${jaar}` : `Voortgangsrapportage ${jaar}`;
}

export function rapportagePad(regioSlug: string, jaar: number, gemeenteSlug: string | null, docx = false): string {
  const pad = `/r/${regioSlug}/rapportage/${jaar}${docx ? "/rapportage.docx" : ""}`;
  return gemeenteSlug ? `${pad}?gemeente=${encodeURIComponent(gemeenteSlug)}` : pad;
}
