import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { databasePath } from "./path";
import * as schema from "./schema";

export type Db = ReturnType<typeof openDrizzle>;

/** For tools only (the app opens the database without options). */
export interface OpenOptions {
  /**
   * Called with the SQL and parameters of every query just before it runs (drizzle's logger, so
   * long values arrive whole); bench/query-plannen.ts collects the queries of real loaders this way.
   */
  trace?: (sql: string, params: unknown[]) => void;
}

function openSqlite(file: string) {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const connection = new Database(file);
  // See DESIGN §6: WAL for readers during writes; FULL because NORMAL may lose a committed
  // transaction on power loss; a busy timeout so concurrent writers wait instead of failing.
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = FULL");
  connection.pragma("foreign_keys = ON");
  connection.pragma("busy_timeout = 5000");
  return connection;
}

function openDrizzle(connection: Database.Database, options: OpenOptions = {}) {
  const { trace } = options;
  return drizzle(connection, { schema, ...(trace ? { logger: { logQuery: trace } } : {}) });
}

export let sqlite = openSqlite(databasePath());
export let db = openDrizzle(sqlite);

/** Points the app at another database file; tests use it to start each test from a fresh copy. */
export function reopenDatabase(file: string, options: OpenOptions = {}) {
  sqlite.close();
  sqlite = openSqlite(file);
  db = openDrizzle(sqlite, options);
}

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Runs a write transaction opened with BEGIN IMMEDIATE: deferred read-then-write transactions
 * fail with SQLITE_BUSY under concurrency, even with a busy timeout (DESIGN §6).
 */
export function writeTransaction<T>(work: (tx: Tx) => T): T {
  return db.transaction(work, { behavior: "immediate" });
}
