import { ROLLEN } from "../../../db/enums";
import { BSN_MELDING, bevatBsn } from "../privacy";
import { z } from "../zod";

/** A select of ids: empty means "none"; anything but digits is not one of our options. */
export const optioneelId = z
  .string({ error: "Kies een waarde uit de lijst." })
  .trim()
  .max(12, "Kies een waarde uit de lijst.")
  .regex(/^\d*$/, "Kies een waarde uit de lijst.")
  .optional()
  .transform((v) => (v ? Number(v) : null));

export function verplichtId(melding: string) {
  return z
    .string({ error: melding })
    .trim()
    .min(1, melding)
    .max(12, melding)
    .regex(/^\d+$/, melding)
    .transform(Number);
}

/** A name (of a person, regio, gemeente or organisatie); like every free text, never a BSN. */
export function naamVeld(leeg: string, max = 200) {
  return z
    .string({ error: leeg })
    .trim()
    .min(1, leeg)
    .max(max, `Gebruik hoogstens ${max} tekens.`)
    .refine((naam) => !bevatBsn(naam), BSN_MELDING);
}

export const emailVeld = z
  .string({ error: "Vul een e-mailadres in." })
  .trim()
  .min(1, "Vul een e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@gemeente.nl."))
  .transform((v) => v.toLowerCase());

export const rolVeld = z.enum(ROLLEN, { error: "Kies een rol uit de lijst." });
