// Starts the production build on a fresh, seeded database for the browser tests.
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";

const file = process.env.DATABASE_PATH;
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
execSync("npx react-router build", { stdio: "inherit" });
const server = spawn("npx", ["tsx", "server/main.ts"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
