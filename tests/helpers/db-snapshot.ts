import { createHash } from "node:crypto";
import * as database from "../../db";

export type Snapshot = Record<string, { count: number; hash: string }>;

/**
 * Row count and a hash of every row, per table: two snapshots are equal only when no row was
 * added, removed or changed. Tables in `zonder` are left out — refusals are audited and a
 * request may touch its session, which are not changes to the data under test.
 */
export function snapshot(
  zonder: string[] = ["audit", "sessie", "inlogpoging"],
): Snapshot {
  // Through the namespace: db-per-test replaces the connection before every test.
  const sqlite = database.sqlite;
  const tabellen = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  const uit: Snapshot = {};
  for (const { name } of tabellen) {
    if (zonder.includes(name) || name.startsWith("__")) continue;
    const rows = sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    const hash = createHash("sha256");
    for (const row of rows) {
      hash.update(
        JSON.stringify(row, (_k, v: unknown) =>
          Buffer.isBuffer(v) ? v.toString("hex") : v,
        ),
      );
    }
    uit[name] = { count: rows.length, hash: hash.digest("hex") };
  }
  return uit;
}

/** Audit rows that record a change that went through; refusals ("geweigerd") are allowed. */
export function geslaagdeAuditRegels(): number {
  const row = database.sqlite
    .prepare("SELECT count(*) AS n FROM audit WHERE resultaat = 'ok'")
    .get() as { n: number };
  return row.n;
}
