import { FINANCIERINGEN, type Financiering } from "../../../db/enums";
import { vrijeTekst } from "../vrije-tekst";
import { z } from "../zod";

/**
 * The form of an actie (DESIGN §3), shared by "nieuwe actie" and "actie bewerken". Pure: checks
 * shape and plain rules only; whether an id belongs to this regio is checked by actie-opslaan.
 * There is deliberately no `status` field: a status only changes through a voortgangsupdate.
 */

export const NIVEAU_LABELS = { regionaal: "Regionaal", lokaal: "Lokaal (één gemeente)" } as const;
export type Niveau = keyof typeof NIVEAU_LABELS;

export const FINANCIERING_LABELS: Record<Financiering, string> = {
  du_vo: "DU VO (regionaal budget)",
  gemeentelijk: "Gemeentelijk budget",
  anders: "Anders",
};

/** Readable names of the fields, for error summaries, the field history and conflict messages. */
export const VELD_LABELS = {
  code: "Code",
  titel: "Titel",
  omschrijving: "Omschrijving",
  niveau: "Niveau",
  gemeenteId: "Gemeente",
  doelstellingIds: "Doelstellingen",
  eigenaarId: "Eigenaar",
  trekker: "Trekker",
  partners: "Betrokken partners",
  deadline: "Deadline",
  beoogdResultaat: "Beoogd resultaat",
  indicator: "Indicator",
  financiering: "Financiering",
  bedragCenten: "Bedrag",
  bedrag: "Bedrag",
} as const;

export const MAX_BEDRAG_CENTEN = 100_000_000 * 100;

const BEDRAG_MELDING = "Vul een bedrag in euro's in, zoals 25.000 of 1.234,56.";

/**
 * Reads an amount as a Dutch person types it ("1.234,56", "€ 25.000", "25000", "€ 25.000,-") into
 * cents. A dot is a thousands separator, a comma the decimal sign, as on every Dutch invoice.
 */
export function leesBedrag(invoer: string): { ok: true; centen: number } | { ok: false; melding: string } {
  const kaal = invoer.replace(/[\s\u00a0€]/g, "").replace(/,-{1,2}$/, "");
  if (kaal.startsWith("-")) return { ok: false, melding: "Het bedrag kan niet negatief zijn." };
  const metPunten = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/;
  const zonderPunten = /^\d{1,12}(,\d{1,2})?$/;
  if (!metPunten.test(kaal) && !zonderPunten.test(kaal)) return { ok: false, melding: BEDRAG_MELDING };
  const [euros, decimalen = ""] = kaal.replace(/\./g, "").split(",");
  const centen = Number(euros) * 100 + Number(decimalen.padEnd(2, "0"));
  if (centen > MAX_BEDRAG_CENTEN) return { ok: false, melding: "Het bedrag mag hoogstens € 100.000.000 zijn." };
  return { ok: true, centen };
}

/** The inverse of leesBedrag, to fill the form again: 2500000 → "25.000", 123456 → "1.234,56". */
export function bedragAlsInvoer(centen: number | null): string {
  if (centen === null) return "";
  const decimalen = centen % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat("nl-NL", { minimumFractionDigits: decimalen, maximumFractionDigits: 2 }).format(centen / 100);
}

const id = (melding: string) => z.string({ error: melding }).trim().regex(/^\d{1,12}$/, melding).transform(Number);

/** Checkboxes arrive as nothing, one string or several strings. */
function lijst<T extends z.ZodType>(element: T, max: number, teVeel: string) {
  return z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(element).max(max, teVeel),
  );
}

const BETROKKENE = /^[go]:\d{1,12}$/;

function velden(planJaar: number) {
  const eerste = `${planJaar - 1}-01-01`;
  const laatste = `${planJaar + 1}-12-31`;
  return {
    titel: vrijeTekst({ max: 200, verplicht: "Vul een titel in.", label: "De titel" }),
    omschrijving: vrijeTekst({ max: 4000, label: "De omschrijving" }).optional(),
    niveau: z.enum(["regionaal", "lokaal"], { error: "Kies of de actie regionaal of lokaal is." }),
    gemeenteId: z
      .string({ error: "Kies een gemeente uit de lijst." })
      .trim()
      .regex(/^\d{0,12}$/, "Kies een gemeente uit de lijst.")
      .optional()
      .transform((v) => (v ? Number(v) : null)),
    doelstellingIds: lijst(id("Kies doelstellingen uit de lijst."), 50, "Kies hoogstens 50 doelstellingen.").pipe(
      z.array(z.number()).min(1, "Kies ten minste één doelstelling."),
    ),
    eigenaarId: id("Kies de eigenaar van de actie."),
    trekker: z
      .string({ error: "Kies de trekker van de actie." })
      .trim()
      .min(1, "Kies de trekker van de actie.")
      .regex(BETROKKENE, "Kies de trekker uit de lijst."),
    partners: lijst(
      z.string({ error: "Kies partners uit de lijst." }).regex(BETROKKENE, "Kies partners uit de lijst."),
      100,
      "Kies hoogstens 100 partners.",
    ),
    deadline: z.iso
      .date({ error: "Vul een geldige deadline in (dag-maand-jaar)." })
      .refine((d) => d >= eerste && d <= laatste, `De deadline moet tussen 1 januari ${planJaar - 1} en 31 december ${planJaar + 1} liggen.`),
    beoogdResultaat: vrijeTekst({ max: 2000, label: "Het beoogd resultaat" }).optional(),
    indicator: vrijeTekst({ max: 1000, label: "De indicator" }).optional(),
    financiering: z
      .enum(["", ...FINANCIERINGEN], { error: "Kies een vorm van financiering uit de lijst." })
      .optional()
      .transform((v): Financiering | null => (v ? v : null)),
    bedrag: z
      .string({ error: BEDRAG_MELDING })
      .max(40, BEDRAG_MELDING)
      .optional()
      .transform((v, ctx): number | null => {
        if (!v || v.trim() === "") return null;
        const gelezen = leesBedrag(v);
        if (gelezen.ok) return gelezen.centen;
        ctx.addIssue({ code: "custom", message: gelezen.melding });
        return z.NEVER;
      }),
  };
}

interface Regelbaar {
  niveau: Niveau;
  gemeenteId: number | null;
  trekker: string;
  partners: string[];
}

function regels(v: Regelbaar, ctx: z.RefinementCtx) {
  if (v.niveau === "lokaal" && v.gemeenteId === null) {
    ctx.addIssue({ code: "custom", path: ["gemeenteId"], message: "Kies de gemeente van deze lokale actie." });
  }
  if (v.partners.includes(v.trekker)) {
    ctx.addIssue({ code: "custom", path: ["partners"], message: "De trekker kan niet ook betrokken partner zijn." });
  }
}

/** The rest of the app sees clean values: no empty strings, no gemeente on a regional actie, no duplicate partners. */
function opgeschoond<T extends Regelbaar & { omschrijving?: string; beoogdResultaat?: string; indicator?: string; doelstellingIds: number[] }>(v: T) {
  return {
    ...v,
    omschrijving: v.omschrijving || null,
    beoogdResultaat: v.beoogdResultaat || null,
    indicator: v.indicator || null,
    gemeenteId: v.niveau === "lokaal" ? v.gemeenteId : null,
    doelstellingIds: [...new Set(v.doelstellingIds)],
    partners: [...new Set(v.partners)],
  };
}

export function nieuweActieSchema(planJaar: number) {
  return z.object(velden(planJaar)).superRefine(regels).transform(opgeschoond);
}

export const CODE_PATROON = /^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/;

export function bewerkActieSchema(planJaar: number) {
  return z
    .object({
      ...velden(planJaar),
      code: z
        .string({ error: "Vul een code in." })
        .trim()
        .min(1, "Vul een code in.")
        .regex(CODE_PATROON, "Een code bestaat uit hoogstens 20 letters, cijfers, punten en streepjes, zoals 2.3-04."),
      version: z
        .string({ error: "Het formulier is onvolledig; laad de pagina opnieuw." })
        .regex(/^\d{1,9}$/, "Het formulier is onvolledig; laad de pagina opnieuw.")
        .transform(Number),
    })
    .superRefine(regels)
    .transform(opgeschoond);
}

export type NieuweActieInvoer = z.infer<ReturnType<typeof nieuweActieSchema>>;
export type BewerkActieInvoer = z.infer<ReturnType<typeof bewerkActieSchema>>;

/** "g:12" → gemeente 12; "o:3" → organisatie 3. */
export function leesBetrokkene(waarde: string): { gemeenteId: number | null; organisatieId: number | null } {
  const [soort, nummer] = waarde.split(":");
  return soort === "g" ? { gemeenteId: Number(nummer), organisatieId: null } : { gemeenteId: null, organisatieId: Number(nummer) };
}

export function betrokkeneWaarde(b: { gemeenteId: number | null; organisatieId: number | null }): string {
  return b.gemeenteId !== null ? `g:${b.gemeenteId}` : `o:${b.organisatieId}`;
}

/** The options of the form; the same lists decide on the server what is a valid choice. */
export interface ActieKeuzes {
  actielijnen: {
    id: number;
    code: string;
    titel: string;
    doelstellingen: { id: number; code: string; tekst: string; ingetrokken: boolean }[];
  }[];
  gebruikers: { id: number; naam: string }[];
  gemeenten: { id: number; naam: string }[];
  organisaties: { id: number; naam: string }[];
}

/** What the user may choose as niveau: regional acties, and lokale acties of these gemeenten. */
export interface BewerkRuimte {
  regionaal: boolean;
  lokaleGemeenteIds: number[];
}

/** The editable content of an actie as stored, in the shape of the form; also what the audit log records. */
export interface ActieSnapshot {
  code: string;
  titel: string;
  omschrijving: string | null;
  niveau: Niveau;
  gemeenteId: number | null;
  doelstellingIds: number[];
  eigenaarId: number;
  trekker: string;
  partners: string[];
  deadline: string;
  beoogdResultaat: string | null;
  indicator: string | null;
  financiering: Financiering | null;
  bedragCenten: number | null;
}

export type FormWaarden = Record<string, string | string[]>;

export function snapshotAlsWaarden(s: ActieSnapshot): FormWaarden {
  return {
    code: s.code,
    titel: s.titel,
    omschrijving: s.omschrijving ?? "",
    niveau: s.niveau,
    gemeenteId: s.gemeenteId?.toString() ?? "",
    doelstellingIds: s.doelstellingIds.map(String),
    eigenaarId: String(s.eigenaarId),
    trekker: s.trekker,
    partners: s.partners,
    deadline: s.deadline,
    beoogdResultaat: s.beoogdResultaat ?? "",
    indicator: s.indicator ?? "",
    financiering: s.financiering ?? "",
    bedrag: bedragAlsInvoer(s.bedragCenten),
  };
}

/** What the user typed, to show the form again as it was sent (a 400 or a 409 keeps the input). */
export function formulierWaarden(formData: FormData): FormWaarden {
  const waarden: FormWaarden = {};
  for (const [naam, waarde] of formData.entries()) {
    if (typeof waarde !== "string" || naam === "intent") continue;
    const eerder = waarden[naam];
    waarden[naam] = eerder === undefined ? waarde : [...(Array.isArray(eerder) ? eerder : [eerder]), waarde];
  }
  return waarden;
}

export const ALLEEN_CONCEPT =
  "Acties in een vastgesteld plan kunnen niet worden verwijderd; zet de status op vervallen via een voortgangsupdate.";
