import fs from "node:fs";
import { BASE_DB, DEMO_PASSWORD, TMP_DIR } from "./paths";

/** Builds one migrated and seeded database; every test starts from a copy of it. */
export default async function setup() {
  process.env.TEST_RUN_DIR = TMP_DIR;
  fs.mkdirSync(TMP_DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(BASE_DB + suffix, { force: true });
  process.env.DATABASE_PATH = BASE_DB;
  const { db, sqlite } = await import("../../db");
  const { runMigrations } = await import("../../db/migrate");
  const { seedDemo } = await import("../../db/seed");
  runMigrations(db);
  await seedDemo(db, { password: DEMO_PASSWORD });
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  return () => fs.rmSync(TMP_DIR, { recursive: true, force: true });
}
