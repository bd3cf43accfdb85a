import type Database from "better-sqlite3";

/**
 * EXPLAIN QUERY PLAN of one statement, and what in it would not hold at national scale: a SCAN
 * (every row, also "USING COVERING INDEX") or an automatic index (built from every row, on each
 * run) on a big table. SEARCH … USING INDEX / PRIMARY KEY is what we want.
 */

export interface PlanRegel {
  diepte: number;
  tekst: string;
}

interface EqpRij {
  id: number;
  parent: number;
  detail: string;
}

/** With the parameters bound, as the app runs it. */
export function leesPlan(sqlite: Database.Database, sql: string, params: unknown[]): PlanRegel[] {
  const rijen = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as EqpRij[];
  const diepte = new Map<number, number>([[0, -1]]);
  return rijen.map((r) => {
    const d = (diepte.get(r.parent) ?? -1) + 1;
    diepte.set(r.id, d);
    return { diepte: d, tekst: r.detail };
  });
}

/** Row count per table, to tell the big ones from lookup tables a scan of which costs nothing. */
export function telRijen(sqlite: Database.Database): Map<string, number> {
  const tabellen = sqlite.prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%'").pluck().all() as string[];
  return new Map(tabellen.map((t) => [t, sqlite.prepare(`select count(*) from "${t}"`).pluck().get() as number]));
}

// Keywords that can follow a table name where an alias could stand.
const GEEN_ALIAS = new Set([
  "where", "on", "left", "right", "inner", "outer", "cross", "full", "join", "natural", "group", "order", "limit",
  "using", "set", "values", "union", "select", "default", "indexed", "not", "returning", "except", "intersect",
]);

/**
 * Which table a name in the plan stands for: the plan speaks of aliases ("SCAN a"), so the FROM,
 * JOIN, UPDATE and INTO clauses of the SQL are read for `table [as] alias`. A name that is neither
 * (a CTE, a subquery) is no table.
 */
export function tabelVan(naam: string, sql: string, tabellen: Map<string, number>): string | null {
  if (tabellen.has(naam)) return naam;
  const clausule = /\b(?:from|join|update|into)\s+"?(\w+)"?(?:\s+(?:as\s+)?"?(\w+)"?)?/gi;
  for (const m of sql.matchAll(clausule)) {
    const [, tabel, alias] = m;
    if (alias && alias === naam && !GEEN_ALIAS.has(alias.toLowerCase()) && tabellen.has(tabel)) return tabel;
  }
  return null;
}

export interface Toegang {
  soort: "SCAN" | "SEARCH";
  naam: string;
  tabel: string | null;
  /** Index or key used, when any. */
  via: string | null;
  automatisch: boolean;
}

export function toegangen(plan: PlanRegel[], sql: string, tabellen: Map<string, number>): Toegang[] {
  const uit: Toegang[] = [];
  for (const { tekst } of plan) {
    // E.g. "SEARCH a USING INDEX actie_plan (plan_id=?)", "SCAN v LEFT-JOIN", "SCAN CONSTANT ROW".
    const m = /^(SCAN|SEARCH) (\S+)(.*)$/.exec(tekst);
    if (!m || m[2] === "CONSTANT") continue;
    const [, soort, naam, rest] = m;
    const using = /USING (.*?)(?: LEFT-JOIN| RIGHT-JOIN)?$/.exec(rest)?.[1];
    const via = using
      ? using.includes("PRIMARY KEY")
        ? "primary key"
        : (/INDEX (\S+)/.exec(using)?.[1] ?? using).replace(/^\(|\)$/g, "")
      : null;
    uit.push({ soort: soort as Toegang["soort"], naam, tabel: tabelVan(naam, sql, tabellen), via, automatisch: using?.includes("AUTOMATIC") ?? false });
  }
  return uit;
}

/** The findings that matter at national scale; empty when every big table is reached by a seek. */
export function bezwaren(toegang: Toegang[], tabellen: Map<string, number>, grens: number): string[] {
  const uit: string[] = [];
  for (const t of toegang) {
    const rijen = t.tabel ? (tabellen.get(t.tabel) ?? 0) : 0;
    if (rijen < grens) continue;
    if (t.soort === "SCAN") uit.push(`SCAN van ${t.tabel} (${rijen.toLocaleString("nl-NL")} rijen)${t.via ? ` via ${t.via}` : ""}`);
    else if (t.automatisch) uit.push(`automatische index op ${t.tabel} (${rijen.toLocaleString("nl-NL")} rijen), elke keer opnieuw gebouwd`);
  }
  return uit;
}

/** "SEARCH actie (actie_plan), SCAN k" — the plan in one line, tables instead of aliases. */
export function kortPlan(toegang: Toegang[]): string {
  return toegang
    .map((t) => {
      const naam = t.tabel && t.tabel !== t.naam ? `${t.tabel} ${t.naam}` : t.naam;
      return `${t.soort} ${naam}${t.via ? ` (${t.automatisch ? "automatische index" : t.via})` : ""}`;
    })
    .join(", ");
}
