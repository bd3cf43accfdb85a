import { execSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll } from "vitest";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { createSession, sessionCookieName } from "../../app/auth/session.server";
import * as schema from "../../db/schema";
import { BASE_DB } from "../helpers/paths";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BUILD = path.join(ROOT, "build/server/index.js");

/** The production build the server serves; built once when missing (the e2e setup builds it too). */
export function zorgVoorBuild() {
  if (fs.existsSync(BUILD)) return;
  const slot = path.join(ROOT, "tests/.tmp/build.lock");
  fs.mkdirSync(path.dirname(slot), { recursive: true });
  let eigen = false;
  try {
    fs.writeFileSync(slot, String(process.pid), { flag: "wx" });
    eigen = true;
    execSync("npx react-router build", { cwd: ROOT, stdio: "ignore" });
  } catch (error) {
    if (eigen) throw error;
    // Another test file is building: wait for its result.
    const tot = Date.now() + 180_000;
    while (!fs.existsSync(BUILD) && Date.now() < tot) execSync("sleep 0.5");
  } finally {
    if (eigen) fs.rmSync(slot, { force: true });
  }
}

/** A port nobody listens on now; test runs of several people at once must not share one. */
export function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerOpties {
  database: string;
  port: number;
}

/** The production server (`npm run serve`) as a child process of its own, to be killed at will. */
export class TestServer {
  private uitvoer = "";
  private readonly einde: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on("data", (d) => (this.uitvoer += d));
    child.stderr!.on("data", (d) => (this.uitvoer += d));
    this.einde = new Promise((resolve) => child.on("exit", () => resolve()));
  }

  static origin(port: number) {
    return `http://localhost:${port}`;
  }

  static async start({ database, port }: ServerOpties, maxMs = 30_000): Promise<TestServer> {
    // node itself, not npx/tsx wrappers: a SIGKILL must hit the process that holds the database.
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        DATABASE_PATH: database,
        PUBLIC_ORIGIN: TestServer.origin(port),
        SEED_DEMO: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const server = new TestServer(child);
    const tot = Date.now() + maxMs;
    while (!server.uitvoer.includes("draait op")) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Server stopte bij het starten:\n${server.uitvoer}`);
      if (Date.now() > tot) {
        await server.kill();
        throw new Error(`Server startte niet binnen ${maxMs} ms:\n${server.uitvoer}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    return server;
  }

  get leeft() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get log() {
    return this.uitvoer;
  }

  async kill(signal: NodeJS.Signals = "SIGKILL") {
    if (this.leeft) this.child.kill(signal);
    await this.einde;
  }
}

/** A signed-in cookie made directly in the server's database (CONVENTIONS §15). */
export function sessieCookie(database: string, email: string): string {
  const connection = new Database(database, { fileMustExist: true });
  try {
    connection.pragma("busy_timeout = 5000");
    const orm = drizzle(connection, { schema });
    const gebruiker = connection.prepare("SELECT id FROM gebruiker WHERE email = ?").get(email) as { id: number } | undefined;
    if (!gebruiker) throw new Error(`Onbekend account ${email}`);
    return `${sessionCookieName()}=${createSession(gebruiker.id, new Date(), orm).token}`;
  } finally {
    connection.close();
  }
}

/** The acties of a regio's plans, oldest first. */
export function actieIds(database: string, regioSlug: string): number[] {
  const connection = new Database(database, { readonly: true, fileMustExist: true });
  try {
    return (
      connection
        .prepare(
          `SELECT a.id FROM actie a JOIN uitvoeringsplan p ON p.id = a.plan_id JOIN regiovisie v ON v.id = p.visie_id
           JOIN regio r ON r.id = v.regio_id WHERE r.slug = ? ORDER BY a.id`,
        )
        .all(regioSlug) as { id: number }[]
    ).map((r) => r.id);
  } finally {
    connection.close();
  }
}

/** A browser-like form post of our own origin (the CSRF check wants Origin). */
export function postForm(origin: string, pad: string, velden: Record<string, string | string[]>, cookie: string, signal?: AbortSignal) {
  const body = new URLSearchParams();
  for (const [naam, waarde] of Object.entries(velden)) for (const w of Array.isArray(waarde) ? waarde : [waarde]) body.append(naam, w);
  return fetch(origin + pad, {
    method: "POST",
    body,
    redirect: "manual",
    signal,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: origin, Cookie: cookie },
  });
}

/**
 * A copy of the seeded database in its own temp folder for one test file, built app included;
 * the server a test leaves in `server` is stopped and the folder removed afterwards.
 */
export function eigenDatabase(voorvoegsel: string): { database: string; server: TestServer | null } {
  const omgeving = { database: "", server: null as TestServer | null };
  let map = "";
  beforeAll(() => {
    zorgVoorBuild();
    map = fs.mkdtempSync(path.join(os.tmpdir(), voorvoegsel));
    omgeving.database = path.join(map, "app.db");
    fs.copyFileSync(BASE_DB, omgeving.database);
  }, 240_000);
  afterAll(async () => {
    await omgeving.server?.kill();
    fs.rmSync(map, { recursive: true, force: true });
  });
  return omgeving;
}

export const pauze = (ms: number) => new Promise((r) => setTimeout(r, ms));
