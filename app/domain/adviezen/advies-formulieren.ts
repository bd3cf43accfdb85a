import { ADVIES_SOORTEN, ADVIESPUNT_VERWERKINGEN } from "../../../db/enums";
import { MAX_ADVIESRAAD, MAX_ONDERWERP, MAX_PUNT, MAX_PUNTEN, MAX_TOELICHTING } from "./advies-labels";
import { vandaag } from "../format";
import { vrijeTekst } from "../vrije-tekst";
import { z } from "../zod";

/** The forms of the adviezen register (server side: the actions parse with these). */


const FORMULIER_MELDING = "Het formulier is onvolledig; laad de pagina opnieuw.";

const idVeld = (melding: string) =>
  z
    .string({ error: melding })
    .trim()
    .regex(/^\d{1,12}$/, melding)
    .transform(Number);

const optioneelIdVeld = (melding: string) =>
  z
    .string({ error: melding })
    .trim()
    .regex(/^\d{0,12}$/, melding)
    .transform((v) => (v === "" ? undefined : Number(v)))
    .optional();

/** One point per line; empty lines are ignored, so pasted text with blank lines works. */
export function puntenUitTekst(tekst: string): string[] {
  return tekst
    .split(/\r?\n/)
    .map((regel) => regel.trim())
    .filter((regel) => regel.length > 0);
}

export const NieuwAdviesSchema = z
  .object({
    soort: z.enum(ADVIES_SOORTEN, { error: "Kies of het een advies van een adviesraad of een zienswijze is." }),
    adviesraad: vrijeTekst({ max: MAX_ADVIESRAAD, label: "De naam" }).optional(),
    gemeenteId: optioneelIdVeld("Kies een gemeente uit de lijst."),
    datum: z.iso
      .date({ error: "Vul een geldige datum in (dag-maand-jaar)." })
      .refine((d) => d >= "1990-01-01", "Kies een datum na 1990.")
      // Computed per request: an advies is registered after it was given, never ahead of time.
      .refine((d) => d <= vandaag(), "De datum mag niet in de toekomst liggen."),
    onderwerp: vrijeTekst({ max: MAX_ONDERWERP, verplicht: "Vul het onderwerp in.", label: "Het onderwerp" }),
    punten: vrijeTekst({
      max: MAX_PUNTEN * (MAX_PUNT + 2),
      verplicht: "Vul ten minste één adviespunt in.",
      label: "De adviespunten",
    })
      .transform(puntenUitTekst)
      .superRefine((punten, ctx) => {
        if (punten.length === 0) ctx.addIssue({ code: "custom", message: "Vul ten minste één adviespunt in." });
        if (punten.length > MAX_PUNTEN)
          ctx.addIssue({ code: "custom", message: `Een advies heeft hoogstens ${MAX_PUNTEN} punten.` });
        const teLang = punten.findIndex((p) => p.length > MAX_PUNT);
        if (teLang >= 0)
          ctx.addIssue({
            code: "custom",
            message: `Punt ${teLang + 1} is te lang: een adviespunt is hoogstens ${MAX_PUNT} tekens.`,
          });
      }),
  })
  .superRefine((v, ctx) => {
    if (v.soort === "zienswijze" && v.gemeenteId === undefined)
      ctx.addIssue({ code: "custom", path: ["gemeenteId"], message: "Kies de gemeente die de zienswijze gaf." });
    if (v.soort === "adviesraad" && !v.adviesraad)
      ctx.addIssue({ code: "custom", path: ["adviesraad"], message: "Vul de naam van de adviesraad in." });
  });
export type NieuwAdviesInvoer = z.infer<typeof NieuwAdviesSchema>;

export const PuntIdSchema = z.object({ puntId: idVeld("Dit adviespunt bestaat niet.") });

const puntTekst = vrijeTekst({ max: MAX_PUNT, verplicht: "Vul de tekst van het adviespunt in.", label: "Het adviespunt" });

export const PuntToevoegenSchema = z.object({ tekst: puntTekst });

export const PuntWijzigenSchema = z.object({ puntId: idVeld("Dit adviespunt bestaat niet."), tekst: puntTekst });

export const PuntVerplaatsenSchema = z.object({
  puntId: idVeld("Dit adviespunt bestaat niet."),
  richting: z.enum(["omhoog", "omlaag"], { error: FORMULIER_MELDING }),
});

export const VerwerkingSchema = z
  .object({
    puntId: idVeld("Dit adviespunt bestaat niet."),
    // Empty means "nog open": a verwerking can be undone when it was recorded by mistake.
    verwerking: z
      .union([z.enum(ADVIESPUNT_VERWERKINGEN), z.literal("")], { error: "Kies hoe het punt is verwerkt." })
      .transform((v) => (v === "" ? null : v)),
    toelichting: vrijeTekst({ max: MAX_TOELICHTING, label: "De toelichting" }).optional(),
  })
  .transform((v) => ({ ...v, toelichting: v.toelichting ? v.toelichting : null }))
  .superRefine((v, ctx) => {
    if ((v.verwerking === "deels" || v.verwerking === "niet") && !v.toelichting)
      ctx.addIssue({
        code: "custom",
        path: ["toelichting"],
        message: "Licht toe waarom het punt niet of deels is overgenomen.",
      });
  });
export type VerwerkingInvoer = z.infer<typeof VerwerkingSchema>;

export const KoppelenSchema = z
  .object({
    puntId: idVeld("Dit adviespunt bestaat niet."),
    actieIds: z
      .union([z.string(), z.array(z.string())], { error: "Kies acties uit de lijst." })
      .transform((v) => (Array.isArray(v) ? v : [v]).filter((s) => s.trim() !== ""))
      .pipe(
        z
          .array(z.string().trim().regex(/^\d{1,12}$/, "Kies acties uit de lijst."))
          .max(200, "Kies hoogstens 200 acties tegelijk.")
          .transform((ids) => [...new Set(ids.map(Number))]),
      )
      .optional(),
    code: z.string().trim().max(50, "Een actiecode is hoogstens 50 tekens lang.").optional(),
  })
  .transform((v) => ({ puntId: v.puntId, actieIds: v.actieIds ?? [], code: v.code ? v.code : undefined }))
  .refine((v) => v.actieIds.length > 0 || v.code !== undefined, {
    path: ["actieIds"],
    message: "Kies een of meer acties uit de lijst of vul een actiecode in.",
  });
export type KoppelInvoer = z.infer<typeof KoppelenSchema>;

export const OntkoppelenSchema = z.object({
  puntId: idVeld("Dit adviespunt bestaat niet."),
  actieId: idVeld("Deze actie is niet aan het punt gekoppeld."),
});

/** Open-only filter of the register, from the query string. */
export function alleenOpenUit(url: URL): boolean {
  return url.searchParams.get("open") === "1";
}
