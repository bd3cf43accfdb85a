import { FILTER_LABELS, SORTERING_LABELS, type PlanFilters } from "../plan/plan-filter-namen";
import { formatDatum } from "../format";
import { STATUS_LABELS } from "../status";

/**
 * The applied filters in words, for the summary of an export: whoever opens the file later must
 * see that it is a selection, and which.
 */

export interface FilterNamen {
  actielijnen: { id: number; code: string; titel: string }[];
  doelstellingen: { id: number; code: string }[];
  gemeenten: { id: number; naam: string }[];
  organisaties: { id: number; naam: string }[];
  eigenaren: { id: number; naam: string }[];
}

export function beschrijfFilters(filters: PlanFilters, namen: FilterNamen): string[] {
  const naam = <T extends { id: number }>(lijst: T[], id: number, tekst: (x: T) => string) => {
    const x = lijst.find((y) => y.id === id);
    return x ? tekst(x) : String(id);
  };
  const regels: string[] = [];
  const regel = (veld: keyof typeof FILTER_LABELS, waarde: string) => regels.push(`${FILTER_LABELS[veld]}: ${waarde}`);

  if (filters.actielijn !== undefined) regel("actielijn", naam(namen.actielijnen, filters.actielijn, (l) => `${l.code} ${l.titel}`));
  if (filters.doelstelling !== undefined) regel("doelstelling", naam(namen.doelstellingen, filters.doelstelling, (d) => d.code));
  if (filters.status.length > 0) regel("status", filters.status.map((s) => STATUS_LABELS[s]).join(", "));
  if (filters.trekker) {
    const lijst = filters.trekker.soort === "g" ? namen.gemeenten : namen.organisaties;
    regel("trekker", naam(lijst, filters.trekker.id, (x) => x.naam));
  }
  if (filters.eigenaar !== undefined) regel("eigenaar", naam(namen.eigenaren, filters.eigenaar, (e) => e.naam));
  if (filters.niveau) regel("niveau", filters.niveau === "regionaal" ? "Regionaal" : "Lokaal");
  if (filters.gemeente !== undefined) regel("gemeente", naam(namen.gemeenten, filters.gemeente, (g) => g.naam));
  if (filters.van) regel("van", formatDatum(filters.van));
  if (filters.tot) regel("tot", formatDatum(filters.tot));
  if (filters.overDeadline) regel("overDeadline", "ja");
  if (filters.nietBijgewerkt) regel("nietBijgewerkt", "ja");
  if (filters.q) regel("q", `"${filters.q}"`);
  if (filters.sort !== "code" || filters.richting !== "op") {
    regel("sort", `${SORTERING_LABELS[filters.sort]} (${filters.richting === "af" ? "aflopend" : "oplopend"})`);
  }
  return regels;
}
