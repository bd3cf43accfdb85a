import type { ADVIES_SOORTEN, ADVIESPUNT_VERWERKINGEN } from "../../../db/enums";

/**
 * The labels and limits of the adviezen forms, apart from their Zod schemas (advies-formulieren.ts)
 * so the pages that show them do not load Zod in the browser.
 */

export type AdviesSoort = (typeof ADVIES_SOORTEN)[number];
export type Verwerking = (typeof ADVIESPUNT_VERWERKINGEN)[number];

export const SOORT_LABELS: Record<AdviesSoort, string> = {
  adviesraad: "Advies van een adviesraad",
  zienswijze: "Zienswijze van een gemeente",
};

export const VERWERKING_LABELS: Record<Verwerking, string> = {
  overgenomen: "Overgenomen",
  deels: "Deels overgenomen",
  niet: "Niet overgenomen",
};

export const MAX_PUNT = 1000;
export const MAX_PUNTEN = 100;
export const MAX_ONDERWERP = 300;
export const MAX_ADVIESRAAD = 200;
export const MAX_TOELICHTING = 2000;
