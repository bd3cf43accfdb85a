/**
 * Load scenarios against the production server on a benchmark database (see bench/README.md).
 *
 *   npx tsx bench/run.ts --db data/bench-regio.db [--duur 10] [--verbindingen 10,50]
 *       [--scenarios plan,voortgang-data] [--label regio] [--build]
 *
 * Works on a copy of the database, so every run starts from the same data.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { zoekDoelen } from "./lib/doelen";
import { meetBelasting, meetSequentieel, type Verbinding } from "./lib/meting";
import { alsMarkdown, schrijfSectie, type Uitslag } from "./lib/rapport";
import { maakScenarios } from "./lib/scenarios";
import { startServer, zorgVoorBuild } from "./lib/server";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    duur: { type: "string", default: "10" },
    verbindingen: { type: "string", default: "10,50" },
    scenarios: { type: "string" },
    regio: { type: "string", default: "bench-regio" },
    email: { type: "string", default: "coordinator@bench.example" },
    jaar: { type: "string" },
    aantal: { type: "string", default: "200" },
    opwarmen: { type: "string", default: "20" },
    poort: { type: "string", default: "3300" },
    label: { type: "string" },
    rapport: { type: "string", default: "bench/RESULTS.md" },
    build: { type: "boolean", default: false },
    houd: { type: "boolean", default: false },
  },
});
if (!values.db || !fs.existsSync(values.db)) throw new Error("Geef met --db een bestaande benchmarkdatabase (bench/generate-dataset.ts)");
const bron = values.db;
const duur = Number(values.duur);
const verbindingen = values.verbindingen.split(",").map(Number);
const poort = Number(values.poort);
const origin = `http://localhost:${poort}`;
const label = values.label ?? path.basename(bron, ".db");

zorgVoorBuild(values.build);
const bezet = await fetch(`${origin}/login`).then(
  () => true,
  () => false,
);
if (bezet) throw new Error(`Poort ${poort} is al in gebruik; kies een andere met --poort`);

// Fold the WAL into the file first, so one copy holds everything.
const bronDb = new Database(bron);
bronDb.pragma("wal_checkpoint(TRUNCATE)");
bronDb.close();
const kopie = path.join(os.tmpdir(), `bench-run-${process.pid}.db`);
fs.copyFileSync(bron, kopie);

// db/index.ts and the session module read these when first imported.
process.env.DATABASE_PATH = kopie;
process.env.PUBLIC_ORIGIN = origin;
const { sqlite } = await import("../db/index");
const { createSession, sessionCookieName } = await import("../app/auth/session.server");
const { vandaag } = await import("../app/domain/format");

const jaar = Number(values.jaar ?? vandaag().slice(0, 4));
const doelen = zoekDoelen(sqlite, values.regio, values.email, jaar);
const { token } = createSession(doelen.gebruikerId);
const verbinding: Verbinding = { origin, cookie: `${sessionCookieName()}=${token}` };

const tel = (tabel: string) => (sqlite.prepare(`select count(*) as n from ${tabel}`).get() as { n: number }).n;
const dataset =
  `${path.basename(bron)}, ${(fs.statSync(bron).size / 1024 / 1024).toFixed(0)} MB: ` +
  `${tel("regio")} regio's, ${tel("gemeente")} gemeenten, ${tel("uitvoeringsplan")} plannen, ${tel("actie")} acties, ` +
  `${tel("voortgang")} voortgang, ${tel("audit")} audit; gemeten regio \`${doelen.regioSlug}\`, plan ${jaar}`;

const gekozen = values.scenarios?.split(",");
const scenarios = maakScenarios(doelen, vandaag(), Date.now().toString(36)).filter(
  (s) => !gekozen || gekozen.includes(s.naam) || s.naam === "vloer",
);

const server = await startServer({ database: kopie, poort, origin });
const bijStart = server.geheugen();
const uitslagen: Uitslag[] = [];
let eind = bijStart;
const aantal = Number(values.aantal);
try {
  for (const scenario of scenarios) {
    const sequentieel = await meetSequentieel(scenario, verbinding, aantal, Number(values.opwarmen));
    console.log(`${scenario.naam}: servertijd p50 ${sequentieel.p50.toFixed(1)} ms, p95 ${sequentieel.p95.toFixed(1)} ms`);
    const belasting = [];
    for (const n of verbindingen) {
      const b = await meetBelasting(scenario, verbinding, n, duur);
      console.log(`  ${n} verbindingen: ${b.perSeconde.toFixed(0)} req/s, p50 ${b.p50} ms, p99 ${b.p99} ms, niet-2xx ${b.niet2xx}`);
      belasting.push(b);
    }
    uitslagen.push({ scenario, sequentieel, belasting });
  }
} finally {
  eind = server.geheugen();
  await server.stop();
  sqlite.close();
  if (!values.houd) for (const f of [kopie, `${kopie}-wal`, `${kopie}-shm`]) fs.rmSync(f, { force: true });
}

const cpu = os.cpus()[0]?.model ?? "onbekende cpu";
const markdown = alsMarkdown(
  {
    label,
    commando: `npx tsx bench/run.ts ${process.argv.slice(2).join(" ")}`,
    datum: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    machine: `${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, load bij start ${os.loadavg()[0].toFixed(2)}`,
    dataset,
    geheugen: `RSS ${bijStart.rssMb} MB na start, ${eind.rssMb} MB aan het eind, piek ${eind.piekMb} MB`,
    duur,
    aantalSequentieel: aantal,
  },
  uitslagen,
);
console.log(`\n${markdown}`);
schrijfSectie(values.rapport, label, markdown);
console.log(`\nGeschreven naar ${values.rapport}`);
