import { z } from "../zod";

/** The hidden `intent` values of the uitvoering forms on the actie page. */
export const UITVOERING_INTENTS = [
  "uitvoering-instellen",
  "uitvoering-stoppen",
  "uitvoering-voortgang",
  "uitvoering-eigenaar",
  "status-overschrijven",
  "afleiding-herstellen",
] as const;
export type UitvoeringIntent = (typeof UITVOERING_INTENTS)[number];

export function isUitvoeringIntent(waarde: unknown): waarde is UitvoeringIntent {
  return typeof waarde === "string" && (UITVOERING_INTENTS as readonly string[]).includes(waarde);
}

const id = (melding: string) =>
  z.string({ error: melding }).regex(/^\d{1,12}$/, melding).transform(Number);

/** A form sends one value as a string and several as an array; both mean a list here. */
const lijst = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const GemeentenKeuzeSchema = z.object({
  gemeenteIds: lijst(id("Kies gemeenten uit de lijst.")).refine((ids) => ids.length > 0, "Kies minstens één gemeente."),
});

export const UitvoeringIdSchema = z.object({
  uitvoeringId: id("Deze uitvoering bestaat niet (meer)."),
});

export const EigenaarSchema = z.object({
  uitvoeringId: id("Deze uitvoering bestaat niet (meer)."),
  eigenaarId: z
    .string({ error: "Kies een eigenaar." })
    .regex(/^(\d{1,12})?$/, "Kies een eigenaar uit de lijst.")
    .transform((v) => (v === "" ? null : Number(v))),
  version: id("Het formulier is onvolledig; laad de pagina opnieuw."),
});

export type FormFouten = Partial<Record<string, string>>;

/** What the actie route answers to a failed uitvoering form, so the right form shows the errors. */
export interface UitvoeringAntwoord {
  soort: "uitvoering";
  intent: UitvoeringIntent;
  uitvoeringId: number | null;
  ok: false;
  errors: FormFouten;
  values?: Record<string, string>;
}
