/** The confirmation shown after an uitvoering form, keyed by the `uitvoering` query parameter. */
export const UITVOERING_MELDINGEN = {
  ingericht: "De gemeenten van de uitvoering per gemeente zijn opgeslagen.",
  gestopt: "De actie wordt niet langer per gemeente uitgevoerd.",
  voortgang: "De voortgang van de gemeente is opgeslagen.",
  eigenaar: "De eigenaar is opgeslagen.",
  overschreven: "De status is met de hand vastgezet.",
  hersteld: "De status volgt weer uit de uitvoering per gemeente.",
} as const;

export type UitvoeringMeldingCode = keyof typeof UITVOERING_MELDINGEN;

export function uitvoeringMelding(code: string | null): string | null {
  return code && code in UITVOERING_MELDINGEN ? UITVOERING_MELDINGEN[code as UitvoeringMeldingCode] : null;
}
