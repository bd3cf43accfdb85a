import { vi } from "vitest";
import * as database from "../../db";

const UITVOEREN = ["all", "get", "run", "iterate"] as const;

/**
 * How many SQL statements `doe` runs. Counted per execution, not per prepare: a query prepared
 * once per connection (db/prepared.ts) and then run once per row must still count once per row.
 */
export async function telQueries(doe: () => unknown): Promise<number> {
  const statement = Object.getPrototypeOf(database.sqlite.prepare("select 1")) as Record<(typeof UITVOEREN)[number], () => unknown>;
  const spionnen = UITVOEREN.map((methode) => vi.spyOn(statement, methode));
  try {
    await doe();
    return spionnen.reduce((n, spion) => n + spion.mock.calls.length, 0);
  } finally {
    for (const spion of spionnen) spion.mockRestore();
  }
}
