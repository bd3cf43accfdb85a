import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach } from "vitest";
import { BASE_DB, TMP_DIR } from "./paths";

// Each worker gets its own file, reset from the seeded base before every test.
const workerDb = path.join(TMP_DIR, `worker-${process.env.VITEST_POOL_ID ?? "0"}.db`);
process.env.DATABASE_PATH = workerDb;

function freshCopy() {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(workerDb + suffix, { force: true });
  fs.copyFileSync(BASE_DB, workerDb);
}

freshCopy();
// The namespace object, not destructured bindings: `sqlite` is replaced on every reopen.
const database = await import("../../db");

beforeEach(() => {
  database.sqlite.close();
  freshCopy();
  database.reopenDatabase(workerDb);
});

afterAll(() => {
  database.sqlite.close();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(workerDb + suffix, { force: true });
});
