import type { ActieStatus, Financiering } from "../../../db/enums";

/**
 * The content of a plan in a self-contained shape: ids together with the names they had, so a
 * vaststelling snapshot still reads correctly after a person, gemeente or doelstelling changes.
 * The same shape serves the living plan, so snapshot and current state compare field by field.
 */

export interface InhoudBetrokkene {
  soort: "gemeente" | "organisatie";
  id: number;
  naam: string;
}

export interface InhoudDoelstelling {
  id: number;
  code: string;
  tekst: string;
  actielijnId: number;
}

export interface InhoudActielijn {
  id: number;
  code: string;
  titel: string;
}

export interface InhoudActie {
  id: number;
  code: string;
  titel: string;
  omschrijving: string | null;
  niveau: "regionaal" | "lokaal";
  gemeente: { id: number; naam: string } | null;
  eigenaar: { id: number; naam: string };
  trekker: InhoudBetrokkene | null;
  partners: InhoudBetrokkene[];
  deadline: string;
  status: ActieStatus;
  beoogdResultaat: string | null;
  indicator: string | null;
  financiering: Financiering | null;
  bedragCenten: number | null;
  herkomstActieId: number | null;
  /** In visie order. */
  doelstellingen: InhoudDoelstelling[];
}

export interface PlanInhoud {
  versie: 1;
  plan: { id: number; jaar: number; visieId: number; visieTitel: string };
  actielijnen: InhoudActielijn[];
  acties: InhoudActie[];
}
