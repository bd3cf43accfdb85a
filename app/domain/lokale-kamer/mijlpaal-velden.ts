/**
 * The labels and limits of the lokale kamer forms, apart from their Zod schemas (formulieren.ts)
 * so the pages that show them do not load Zod in the browser.
 */

export const MIJLPAAL_VELD_LABELS = {
  titel: "Titel",
  status: "Status",
  streefdatum: "Streefdatum",
  gereedOp: "Gereed op",
  toelichting: "Toelichting",
  documentUrl: "Link naar het document",
  nieuweTitel: "Titel van de mijlpaal",
  nieuweStreefdatum: "Streefdatum",
  sjabloonTitel: "Titel",
  sjabloonOmschrijving: "Omschrijving",
} as const;

export const MAX_TITEL = 200;
export const MAX_TOELICHTING = 2000;
export const MAX_URL = 500;
