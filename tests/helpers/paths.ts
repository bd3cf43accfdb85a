import path from "node:path";

// One directory per test run (set by the global setup), so runs at the same time don't collide.
export const TMP_DIR = process.env.TEST_RUN_DIR ?? path.resolve("tests/.tmp", `run-${process.pid}`);
export const BASE_DB = path.join(TMP_DIR, "base.db");
export const DEMO_PASSWORD = "regiovisie-demo";
