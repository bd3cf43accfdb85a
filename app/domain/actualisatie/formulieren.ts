import { ACTUALISATIE_BESLUITEN, REACTIE_AFHANDELINGEN } from "../../../db/enums";
import type { FieldErrors } from "../../components/form";
import { vandaag } from "../format";
import { vrijeTekst } from "../vrije-tekst";
import { z } from "../zod";

/** The forms of the actualisatie; pure, so the pages and the server share them. */

const FORMULIER_ONVOLLEDIG = "Het formulier is onvolledig; laad de pagina opnieuw.";

const idVeld = (melding: string) => z.string({ error: melding }).trim().regex(/^\d{1,12}$/, melding).transform(Number);

export const idempotencyKeyVeld = z
  .string({ error: FORMULIER_ONVOLLEDIG })
  .regex(/^[A-Za-z0-9_-]{8,100}$/, FORMULIER_ONVOLLEDIG);

export const ReactieSchema = z.object({
  tekst: vrijeTekst({ max: 4000, verplicht: "Schrijf uw reactie.", label: "De reactie" }),
  actieId: z
    .string({ error: "Kies de actie uit de lijst." })
    .trim()
    .regex(/^\d{0,12}$/, "Kies de actie uit de lijst.")
    .optional()
    .transform((v) => (v ? Number(v) : null)),
  idempotencyKey: idempotencyKeyVeld,
});
export type ReactieInvoer = z.infer<typeof ReactieSchema>;

export const AntwoordSchema = z.object({
  reactieId: idVeld("Deze reactie bestaat niet."),
  afhandeling: z.enum(REACTIE_AFHANDELINGEN, { error: "Kies hoe de reactie is verwerkt." }),
  antwoord: vrijeTekst({ max: 4000, verplicht: "Schrijf een antwoord op de reactie.", label: "Het antwoord" }),
});
export type AntwoordInvoer = z.infer<typeof AntwoordSchema>;

export const VaststelSchema = z.object({
  datum: z.iso
    .date({ error: "Vul de datum van vaststelling in (dag-maand-jaar)." })
    .refine((d) => d >= "2000-01-01", "Vul een geldige datum in.")
    .refine((d) => d <= vandaag(), "De datum van vaststelling kan niet in de toekomst liggen."),
  besluit: vrijeTekst({ max: 500, verplicht: "Beschrijf het besluit, zoals ‘Ambtelijk beleidsoverleg 12 december 2025’.", label: "Het besluit" }),
  besluitnummer: vrijeTekst({ max: 100, label: "Het besluit- of zaaknummer" })
    .optional()
    .transform((v) => v || null),
});
export type VaststelInvoer = z.infer<typeof VaststelSchema>;

export interface BesluitRij {
  actieId: number;
  /** null: no decision (any earlier one is withdrawn). */
  besluit: (typeof ACTUALISATIE_BESLUITEN)[number] | null;
  reden: string | null;
  deadline: string | null;
  eigenaarId: number | null;
}

const rijSchema = (planJaar: number) =>
  z
    .object({
      besluit: z
        .enum(["", ...ACTUALISATIE_BESLUITEN], { error: "Kies een besluit uit de lijst." })
        .optional()
        .transform((v) => (v ? v : null)),
      reden: vrijeTekst({ max: 1000, label: "De reden" }).optional().transform((v) => v || null),
      deadline: z
        .union([z.literal(""), z.iso.date({ error: "Vul een geldige deadline in (dag-maand-jaar)." })], {
          error: "Vul een geldige deadline in (dag-maand-jaar).",
        })
        .optional()
        .transform((v) => v || null)
        .refine(
          (d) => d === null || (d >= `${planJaar - 1}-01-01` && d <= `${planJaar + 1}-12-31`),
          `De deadline moet tussen 1 januari ${planJaar - 1} en 31 december ${planJaar + 1} liggen.`,
        ),
      eigenaarId: z
        .string({ error: "Kies een eigenaar uit de lijst." })
        .trim()
        .regex(/^\d{0,12}$/, "Kies een eigenaar uit de lijst.")
        .optional()
        .transform((v) => (v ? Number(v) : null)),
    })
    .superRefine((v, ctx) => {
      if (v.besluit === "vervallen" && !v.reden) {
        ctx.addIssue({ code: "custom", path: ["reden"], message: "Geef de reden waarom de actie vervalt." });
      }
    });

export const MAX_BESLUIT_RIJEN = 2000;

/**
 * The decision screen posts one row per actie: `rij` (the actie id) and per id the fields
 * `besluit-<id>`, `reden-<id>`, `deadline-<id>` and `eigenaar-<id>`. Errors come back under the
 * same names, so each message sits next to its own control.
 */
export function leesBesluitRijen(
  formData: FormData,
  planJaar: number,
): { ok: true; rijen: BesluitRij[] } | { ok: false; errors: FieldErrors; values: Record<string, string> } {
  const errors: FieldErrors = {};
  const values: Record<string, string> = {};
  const ids = formData.getAll("rij");
  if (ids.length === 0 || ids.length > MAX_BESLUIT_RIJEN || !ids.every((id) => typeof id === "string" && /^\d{1,12}$/.test(id))) {
    return { ok: false, errors: { form: FORMULIER_ONVOLLEDIG }, values };
  }
  const schema = rijSchema(planJaar);
  const rijen: BesluitRij[] = [];
  for (const id of new Set(ids as string[])) {
    const veld = (naam: string) => {
      const waarde = formData.get(`${naam}-${id}`);
      if (typeof waarde === "string") values[`${naam}-${id}`] = waarde;
      return typeof waarde === "string" ? waarde : undefined;
    };
    const resultaat = schema.safeParse({ besluit: veld("besluit"), reden: veld("reden"), deadline: veld("deadline"), eigenaarId: veld("eigenaar") });
    if (!resultaat.success) {
      for (const issue of resultaat.error.issues) {
        const naam = issue.path[0] === "eigenaarId" ? "eigenaar" : String(issue.path[0] ?? "besluit");
        errors[`${naam}-${id}`] ??= issue.message;
      }
      continue;
    }
    rijen.push({ actieId: Number(id), ...resultaat.data });
  }
  if (Object.keys(errors).length) return { ok: false, errors, values };
  return { ok: true, rijen };
}
