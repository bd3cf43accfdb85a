import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Uitkomst {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript script as `npm run` would (without npm's start-up time) and collects its output. */
export function draaiScript(script: string, args: string[], env: Record<string, string>): Promise<Uitkomst> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export interface Bevestiging {
  volgnummer: number;
  sleutel: string;
  tijd: number;
}

/** The write load of schrijver.mjs; `bevestigd` grows as commits are acknowledged. */
export class Schrijver {
  readonly bevestigd: Bevestiging[] = [];
  private readonly child: ChildProcess;
  private rest = "";
  private readonly einde: Promise<number | null>;

  constructor(database: string, auteurId: number, actieIds: number[], prefix: string) {
    this.child = spawn(process.execPath, [path.join(ROOT, "tests/reliability/schrijver.mjs"), database, String(auteurId), actieIds.join(","), prefix], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    this.child.stdout!.on("data", (d: Buffer) => {
      const regels = (this.rest + d.toString()).split("\n");
      this.rest = regels.pop() ?? "";
      for (const regel of regels) {
        const [volgnummer, sleutel, tijd] = regel.split(" ");
        this.bevestigd.push({ volgnummer: Number(volgnummer), sleutel, tijd: Number(tijd) });
      }
    });
    this.einde = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  async wachtOp(aantal: number, maxMs = 20_000) {
    const tot = Date.now() + maxMs;
    while (this.bevestigd.length < aantal) {
      if (Date.now() > tot) throw new Error(`Schrijver haalde ${aantal} schrijfacties niet (${this.bevestigd.length})`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Stops after the write in progress, so every committed write has been acknowledged. */
  async stop() {
    if (this.child.exitCode === null) this.child.kill("SIGTERM");
    return this.einde;
  }
}

export function openLezen(bestand: string) {
  return new Database(bestand, { readonly: true, fileMustExist: true });
}
