import { ACTIE_STATUSSEN, type ActieStatus } from "../../../db/enums";
import { PARAM, SORTERINGEN, type FilterNaam, type PlanFilters, type Trekker } from "./plan-filter-namen";
import { vrijeTekst } from "../vrije-tekst";
import { z } from "../zod";

/**
 * The filters of the plan page live in the query string, so a filtered view can be bookmarked,
 * shared and reached with the back button, and the form works without JavaScript. A value that
 * does not parse is ignored and reported; it never breaks the page.
 */

export const STANDAARD_FILTERS: PlanFilters = {
  status: [],
  overDeadline: false,
  nietBijgewerkt: false,
  sort: "code",
  richting: "op",
};

const id = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number);
const vinkje = z.enum(["1", "on", "true"]).transform(() => true);

const SCHEMAS = {
  actielijn: id,
  doelstelling: id,
  trekker: z
    .string()
    .regex(/^[go]:[1-9]\d{0,9}$/)
    .transform((v): Trekker => ({ soort: v[0] as "g" | "o", id: Number(v.slice(2)) })),
  eigenaar: id,
  niveau: z.enum(["regionaal", "lokaal"]),
  gemeente: id,
  van: z.iso.date(),
  tot: z.iso.date(),
  overDeadline: vinkje,
  nietBijgewerkt: vinkje,
  q: vrijeTekst({ max: 200, label: "De zoektekst" }),
  sort: z.enum(SORTERINGEN),
  richting: z.enum(["op", "af"]),
} satisfies Partial<Record<FilterNaam, z.ZodType>>;

export interface GelezenFilters {
  filters: PlanFilters;
  ongeldig: FilterNaam[];
}

/** Reads the filters from the query string; each bad value is dropped and named in `ongeldig`. */
export function leesPlanFilters(params: URLSearchParams): GelezenFilters {
  const filters: PlanFilters = { ...STANDAARD_FILTERS, status: [] };
  const ongeldig: FilterNaam[] = [];
  const waarden = filters as unknown as Record<string, unknown>;

  for (const [naam, schema] of Object.entries(SCHEMAS) as [keyof typeof SCHEMAS, z.ZodType][]) {
    const ruw = params.get(PARAM[naam])?.trim();
    if (!ruw) continue;
    const uitkomst = schema.safeParse(ruw);
    if (uitkomst.success) waarden[naam] = uitkomst.data;
    else ongeldig.push(naam);
  }

  for (const ruw of params.getAll(PARAM.status)) {
    if (ruw === "") continue;
    if ((ACTIE_STATUSSEN as readonly string[]).includes(ruw)) {
      if (!filters.status.includes(ruw as ActieStatus)) filters.status.push(ruw as ActieStatus);
    } else if (!ongeldig.includes("status")) {
      ongeldig.push("status");
    }
  }

  if (filters.van && filters.tot && filters.van > filters.tot) {
    delete filters.tot;
    ongeldig.push("tot");
  }
  return { filters, ongeldig };
}

/** The ids a user may pick from: only this regio's own actielijnen, gemeenten, organisaties and people. */
export interface FilterKeuzes {
  actielijnen: ReadonlySet<number>;
  doelstellingen: ReadonlySet<number>;
  gemeenten: ReadonlySet<number>;
  organisaties: ReadonlySet<number>;
  eigenaren: ReadonlySet<number>;
}

/**
 * Drops ids that are not among this regio's choices. An id of another regio is reported exactly
 * like an id that does not exist, so nothing about other regio's leaks.
 */
export function toetsAanKeuzes({ filters, ongeldig }: GelezenFilters, keuzes: FilterKeuzes): GelezenFilters {
  const uit: PlanFilters = { ...filters };
  const fout = [...ongeldig];
  const toets = (naam: "actielijn" | "doelstelling" | "eigenaar" | "gemeente", set: ReadonlySet<number>) => {
    const waarde = uit[naam];
    if (waarde !== undefined && !set.has(waarde)) {
      delete uit[naam];
      fout.push(naam);
    }
  };
  toets("actielijn", keuzes.actielijnen);
  toets("doelstelling", keuzes.doelstellingen);
  toets("eigenaar", keuzes.eigenaren);
  toets("gemeente", keuzes.gemeenten);
  if (uit.trekker) {
    const set = uit.trekker.soort === "g" ? keuzes.gemeenten : keuzes.organisaties;
    if (!set.has(uit.trekker.id)) {
      delete uit.trekker;
      fout.push("trekker");
    }
  }
  return { filters: uit, ongeldig: fout };
}

/** True when any filter narrows the list (sorting alone does not). */
export function isGefilterd(filters: PlanFilters): boolean {
  return (
    filters.actielijn !== undefined ||
    filters.doelstelling !== undefined ||
    filters.status.length > 0 ||
    filters.trekker !== undefined ||
    filters.eigenaar !== undefined ||
    filters.niveau !== undefined ||
    filters.gemeente !== undefined ||
    filters.van !== undefined ||
    filters.tot !== undefined ||
    filters.overDeadline ||
    filters.nietBijgewerkt ||
    filters.q !== undefined
  );
}

/** `%` and `_` in what the user typed are literal characters, not LIKE wildcards. */
export function likePatroon(zoektekst: string): string {
  return `%${zoektekst.replace(/[\\%_]/g, (teken) => `\\${teken}`)}%`;
}

export const LIKE_ESCAPE = "\\";

export type { FilterNaam, PlanFilters };
