/**
 * The fields of an actie a sheet's column can be imported into, with their labels for the mapping
 * step. Plain data, so the browser bundle can use it.
 */
export const DOELVELDEN = [
  "titel",
  "omschrijving",
  "doelstellingen",
  "niveau",
  "gemeente",
  "trekker",
  "eigenaar",
  "partners",
  "deadline",
  "status",
  "toelichting",
  "beoogdResultaat",
  "financiering",
  "bedrag",
] as const;
export type Doelveld = (typeof DOELVELDEN)[number];

export const DOELVELD_LABELS: Record<Doelveld, string> = {
  titel: "Titel van de actie",
  omschrijving: "Omschrijving",
  doelstellingen: "Doelstelling(en)",
  niveau: "Niveau (regionaal of lokaal)",
  gemeente: "Gemeente (bij een lokale actie)",
  trekker: "Trekker",
  eigenaar: "Eigenaar",
  partners: "Betrokken partners",
  deadline: "Deadline",
  status: "Status",
  toelichting: "Toelichting bij de status",
  beoogdResultaat: "Beoogd resultaat",
  financiering: "Financiering",
  bedrag: "Bedrag",
};

/** Without these the import cannot make a valid actie. */
export const VERPLICHTE_DOELVELDEN: readonly Doelveld[] = ["titel", "doelstellingen", "trekker", "deadline"];

/** Per column of the sheet: the field it goes to, or null for "niet importeren". */
export type Koppeling = (Doelveld | null)[];

export function isDoelveld(waarde: string): waarde is Doelveld {
  return (DOELVELDEN as readonly string[]).includes(waarde);
}
