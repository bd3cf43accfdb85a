import { MIJLPAAL_STATUSSEN } from "../../../db/enums";
import { vrijeTekst } from "../vrije-tekst";
import { z } from "../zod";
import { MAX_TITEL, MAX_TOELICHTING, MAX_URL } from "./mijlpaal-velden";

/**
 * The forms of the lokale kamer tracker. Pure: shape and plain rules only; whether a mijlpaal
 * belongs to this gemeente and regio is checked by the server modules.
 */

/** "m:12" is an existing mijlpaal; "t:3" is template mijlpaal 3 of a lokale kamer not yet created. */
export const SLEUTEL = /^[mt]:\d{1,12}$/;
export type Sleutel = { soort: "m" | "t"; id: number };

export function leesSleutel(waarde: string | null | undefined): Sleutel | null {
  if (!waarde || !SLEUTEL.test(waarde)) return null;
  return { soort: waarde[0] as "m" | "t", id: Number(waarde.slice(2)) };
}

const DATUM_MELDING = "Vul een geldige datum in (dag-maand-jaar).";
const VROEGSTE = "2000-01-01";
const LAATSTE = "2100-12-31";

/** An optional calendar date: empty becomes null. */
const optioneleDatum = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null)
  .pipe(z.iso.date({ error: DATUM_MELDING }).nullable())
  .refine((v) => v === null || (v >= VROEGSTE && v <= LAATSTE), DATUM_MELDING);

const optioneleTekst = (max: number, label: string) =>
  vrijeTekst({ max, label })
    .optional()
    .transform((v) => v || null);

/** Only http(s) links: a javascript: or data: URL in a proving-document field would be an attack. */
const documentUrl = z
  .string()
  .trim()
  .max(MAX_URL, `De link mag hoogstens ${MAX_URL} tekens lang zijn.`)
  .optional()
  .transform((v) => v || null)
  .refine((v) => {
    if (v === null) return true;
    try {
      const url = new URL(v);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, "Vul een volledige link in die begint met https:// (of http://).");

export function mijlpaalSchema(vandaag: string) {
  return z
    .object({
      sleutel: z.string({ error: "Onbekende mijlpaal." }).regex(SLEUTEL, "Onbekende mijlpaal."),
      version: z
        .string({ error: "Onbekende versie." })
        .regex(/^\d{1,9}$/, "Onbekende versie.")
        .transform(Number),
      titel: optioneleTekst(MAX_TITEL, "De titel"),
      status: z.enum(MIJLPAAL_STATUSSEN, { error: "Kies een status." }),
      streefdatum: optioneleDatum,
      gereedOp: optioneleDatum,
      toelichting: optioneleTekst(MAX_TOELICHTING, "De toelichting"),
      documentUrl,
    })
    .superRefine((v, ctx) => {
      if (v.status === "gereed" && !v.gereedOp) {
        ctx.addIssue({ code: "custom", path: ["gereedOp"], message: "Vul in op welke datum de mijlpaal gereed was." });
      }
      if (v.status !== "gereed" && v.gereedOp) {
        ctx.addIssue({
          code: "custom",
          path: ["gereedOp"],
          message: "Een datum gereed hoort alleen bij de status Gereed: kies die status of maak dit veld leeg.",
        });
      }
      if (v.gereedOp && v.gereedOp > vandaag) {
        ctx.addIssue({ code: "custom", path: ["gereedOp"], message: "De datum gereed kan niet in de toekomst liggen." });
      }
    });
}
export type MijlpaalInvoer = z.infer<ReturnType<typeof mijlpaalSchema>>;

export const nieuweMijlpaalSchema = z.object({
  nieuweTitel: vrijeTekst({ max: MAX_TITEL, label: "De titel", verplicht: "Vul de titel van de mijlpaal in." }),
  nieuweStreefdatum: optioneleDatum,
});
export type NieuweMijlpaalInvoer = z.infer<typeof nieuweMijlpaalSchema>;

export const sjabloonMijlpaalSchema = z.object({
  sjabloonTitel: vrijeTekst({ max: MAX_TITEL, label: "De titel", verplicht: "Vul de titel van de mijlpaal in." }),
  sjabloonOmschrijving: optioneleTekst(MAX_TOELICHTING, "De omschrijving"),
});
export type SjabloonMijlpaalInvoer = z.infer<typeof sjabloonMijlpaalSchema>;

const sjabloonId = z
  .string({ error: "Onbekende mijlpaal van het sjabloon." })
  .regex(/^\d{1,12}$/, "Onbekende mijlpaal van het sjabloon.")
  .transform(Number);

export const sjabloonWijzigSchema = sjabloonMijlpaalSchema.extend({ templateId: sjabloonId });
export const sjabloonIdSchema = z.object({ templateId: sjabloonId });
export const sjabloonVerplaatsSchema = z.object({
  templateId: sjabloonId,
  richting: z.enum(["omhoog", "omlaag"], { error: "Onbekende richting." }),
});
