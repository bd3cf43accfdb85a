import { vrijeTekst } from "../vrije-tekst";
import { z } from "../zod";

const DATUM_MELDING = "Vul een geldige datum in (dag-maand-jaar).";
const WEKEN_MELDING = "Kies een aantal weken van 1 tot en met 26.";
const FORMULIER_MELDING =
  "Het formulier is onvolledig; laad de pagina opnieuw.";

// Lives with the agenda rules, so the overleg page can show it without loading Zod in the browser.
import { STANDAARD_VOORUITKIJK_WEKEN } from "./agenda-regels";
export { STANDAARD_VOORUITKIJK_WEKEN };

/** A form's numeric id field; anything else is reported on that field, never a 500. */
const idVeld = (melding: string) =>
  z
    .string({ error: melding })
    .trim()
    .regex(/^\d{1,12}$/, melding)
    .transform(Number);

/** An optional id from a select whose empty option means "none". */
const optioneelIdVeld = (melding: string) =>
  z
    .string({ error: melding })
    .trim()
    .regex(/^\d{0,12}$/, melding)
    .transform((v) => (v === "" ? undefined : Number(v)))
    .optional();

export const idempotencyKeyVeld = z
  .string({ error: FORMULIER_MELDING })
  .regex(/^[A-Za-z0-9_-]{8,100}$/, FORMULIER_MELDING);

/**
 * A new overleg. The form pre-fills the titel with the default for the chosen date; a request
 * without a titel field gets that default, an emptied field is an error.
 */
export const NieuwOverlegSchema = z.object({
  datum: z.iso
    .date({ error: DATUM_MELDING })
    .refine(
      (d) => d >= "2000-01-01" && d <= "2100-12-31",
      "Kies een datum tussen 2000 en 2100.",
    ),
  titel: vrijeTekst({
    max: 200,
    verplicht: "Vul een titel in.",
    label: "De titel",
  }).optional(),
  vooruitkijkWeken: z
    .string({ error: WEKEN_MELDING })
    .trim()
    .regex(/^\d{1,2}$/, WEKEN_MELDING)
    .transform(Number)
    .pipe(z.number().min(1, WEKEN_MELDING).max(26, WEKEN_MELDING))
    .optional()
    .transform((v) => v ?? STANDAARD_VOORUITKIJK_WEKEN),
});
export type NieuwOverlegInvoer = z.infer<typeof NieuwOverlegSchema>;

export const AgendapuntToevoegenSchema = z
  .object({
    actieId: optioneelIdVeld("Kies een actie uit de lijst."),
    code: z
      .string()
      .trim()
      .max(50, "Een actiecode is hoogstens 50 tekens lang.")
      .optional(),
  })
  .transform((v) => ({ actieId: v.actieId, code: v.code ? v.code : undefined }))
  .refine((v) => v.actieId !== undefined || v.code !== undefined, {
    path: ["actieId"],
    message: "Kies een actie uit de lijst of vul een actiecode in.",
  });
export type AgendapuntKeuze = z.infer<typeof AgendapuntToevoegenSchema>;

export const AgendapuntVerwijderenSchema = z.object({
  actieId: idVeld("Deze actie staat niet op de agenda."),
});

export const BesluitSchema = z.object({
  tekst: vrijeTekst({
    max: 4000,
    verplicht: "Vul het besluit in.",
    label: "Het besluit",
  }),
  actieId: optioneelIdVeld("Deze actie bestaat niet."),
  idempotencyKey: idempotencyKeyVeld,
});
export type BesluitInvoer = z.infer<typeof BesluitSchema>;

/** Which actie an inline voortgang form is about. */
export const VoortgangActieSchema = z.object({
  actieId: idVeld("Deze actie bestaat niet (meer)."),
});
