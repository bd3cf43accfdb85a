import type Database from "better-sqlite3";
import { type Gevangen, isTransactieBesturing } from "./sql-sjabloon";

/**
 * Times captured statements by running them again, in the order the app ran them, on a copy that
 * was taken before the capture: the writes of an action then meet the same rows as the first
 * time (no duplicate idempotency key), and reads after a write see it. Everything runs inside one
 * transaction that is rolled back, so the copy stays as it was for the next page.
 *
 * The time is prepare + run with the same parameters, as the app pays it (drizzle prepares every
 * query anew). Reading
 * statements run `herhaal` times and count with their median, so one cold page cache does not
 * decide; writing statements run once.
 */
export interface Gemeten extends Gevangen {
  ms: number;
  fout: string | null;
}

export function speelNa(sqlite: Database.Database, gevangen: Gevangen[], herhaal: number): Gemeten[] {
  const uit: Gemeten[] = [];
  sqlite.prepare("BEGIN").run();
  try {
    for (const g of gevangen) {
      if (isTransactieBesturing(g.sql)) continue;
      uit.push(meet(sqlite, g, herhaal));
    }
  } finally {
    sqlite.prepare("ROLLBACK").run();
  }
  return uit;
}

function meet(sqlite: Database.Database, { sql, params }: Gevangen, herhaal: number): Gemeten {
  const tijden: number[] = [];
  try {
    for (let k = 0; k < herhaal; k++) {
      const start = performance.now();
      const statement = sqlite.prepare(sql);
      if (statement.reader) statement.all(...params);
      else statement.run(...params);
      tijden.push(performance.now() - start);
      if (!statement.readonly) break;
    }
  } catch (fout) {
    return { sql, params, ms: Number.NaN, fout: fout instanceof Error ? fout.message : String(fout) };
  }
  tijden.sort((a, b) => a - b);
  return { sql, params, ms: tijden[Math.floor((tijden.length - 1) / 2)], fout: null };
}
