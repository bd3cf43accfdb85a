/**
 * Groups captured queries by their SQL text. Drizzle binds every value as a parameter, so the same
 * query for two acties has the same text; only IN lists differ in length, and are folded. A query
 * that runs once per row then shows up as one statement run N times.
 */

export interface Gevangen {
  sql: string;
  params: unknown[];
}

const LIJST = /\bin\s*\(\s*\?(?:\s*,\s*\?)*\s*\)/gi;

export function sjabloon(sql: string): string {
  return sql.replace(LIJST, "in (?, …)").replace(/\s+/g, " ").trim();
}

/** Savepoints of drizzle's nested transactions: counted, not planned or replayed. */
export function isTransactieBesturing(sql: string): boolean {
  return /^\s*(begin|commit|end|rollback|savepoint|release)\b/i.test(sql);
}

export interface Groep {
  sjabloon: string;
  /** Every run of this statement, in the order they ran. */
  uitvoeringen: Gevangen[];
}

/** Statements in the order they first ran, each with all of its runs. */
export function groepeer(gevangen: Gevangen[]): Groep[] {
  const groepen = new Map<string, Groep>();
  for (const g of gevangen) {
    if (isTransactieBesturing(g.sql)) continue;
    const vorm = sjabloon(g.sql);
    const groep = groepen.get(vorm) ?? { sjabloon: vorm, uitvoeringen: [] };
    groep.uitvoeringen.push(g);
    groepen.set(vorm, groep);
  }
  return [...groepen.values()];
}
