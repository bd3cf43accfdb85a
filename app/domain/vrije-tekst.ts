import { BSN_MELDING, bevatBsn } from "./privacy";
import { z } from "./zod";

/**
 * A free-text form field: trimmed, bounded, and refused when it contains a BSN-like number.
 * Every free-text field of the app goes through here (DESIGN §3 privacy rule).
 */
export function vrijeTekst(options: { max: number; verplicht?: string; label?: string }) {
  const basis = z
    .string({ error: options.verplicht ?? "Vul dit veld in." })
    .trim()
    .max(options.max, `${options.label ?? "Deze tekst"} mag hoogstens ${options.max} tekens lang zijn.`)
    .refine((tekst) => !bevatBsn(tekst), BSN_MELDING);
  return options.verplicht ? basis.refine((t) => t.length > 0, options.verplicht) : basis;
}
