import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";

/** Builds the app when there is no build yet (or when asked), as `npm run build` would. */
export function zorgVoorBuild(opnieuw: boolean): void {
  if (!opnieuw && fs.existsSync("build/server/index.js")) return;
  console.log("App bouwen (npx react-router build)…");
  const uitkomst = spawnSync("npx", ["react-router", "build"], { stdio: "inherit" });
  if (uitkomst.status !== 0) throw new Error("De build is mislukt");
}

export interface Server {
  pid: number;
  /** Resident memory now and at its peak, in MB (VmRSS and VmHWM of /proc/<pid>/status). */
  geheugen(): { rssMb: number; piekMb: number };
  stop(): Promise<void>;
}

/**
 * Starts the production server on the benchmark database. Node runs server/main.ts itself (through
 * tsx's loader) rather than via npx, so the pid is the server's and its memory can be read.
 */
export async function startServer(opties: { database: string; poort: number; origin: string }): Promise<Server> {
  const proces: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_PATH: opties.database,
      PORT: String(opties.poort),
      PUBLIC_ORIGIN: opties.origin,
      SEED_DEMO: "0",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const pid = proces.pid;
  if (pid === undefined) throw new Error("De server kon niet starten");
  const gestopt = new Promise<void>((klaar) => proces.once("exit", () => klaar()));

  const server: Server = {
    pid,
    geheugen() {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = (veld: string) => Number(new RegExp(`^${veld}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
      return { rssMb: Math.round(kb("VmRSS") / 1024), piekMb: Math.round(kb("VmHWM") / 1024) };
    },
    async stop() {
      if (proces.exitCode === null) proces.kill("SIGTERM");
      await gestopt;
    },
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proces.exitCode !== null) throw new Error(`De server stopte meteen (exitcode ${proces.exitCode})`);
    try {
      const antwoord = await fetch(`${opties.origin}/login`);
      await antwoord.arrayBuffer();
      if (antwoord.ok) return server;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error("De server reageerde niet binnen 60 seconden");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
