/**
 * The query plans of the pages with a budget (DESIGN §7), on a benchmark database:
 *
 *   npx tsx bench/query-plannen.ts --db data/bench-nationaal.db [--label query-plannen]
 *
 * Runs the real loaders and action in this process with a query hook on the connection (drizzle's
 * logger, opt-in through reopenDatabase),
 * prints EXPLAIN QUERY PLAN and the time of every distinct statement, flags a SCAN of a big table
 * and queries that run once per row, and writes a section into bench/RESULTS.md. Works on copies,
 * the given database is not changed. See bench/README.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { zoekDoelen } from "./lib/doelen";
import { speelNa } from "./lib/naspelen";
import { type PaginaUitslag, plannenAlsMarkdown, type StatementUitslag } from "./lib/plan-rapport";
import { bezwaren, kortPlan, leesPlan, type PlanRegel, telRijen, toegangen } from "./lib/query-plan";
import { schrijfSectie } from "./lib/rapport";
import { type Gevangen, groepeer, sjabloon } from "./lib/sql-sjabloon";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    regio: { type: "string", default: "bench-regio" },
    email: { type: "string", default: "coordinator@bench.example" },
    jaar: { type: "string" },
    herhaal: { type: "string", default: "20" },
    // From this many rows a table counts as big: a scan of it is flagged.
    groot: { type: "string", default: "10000" },
    // A statement that runs this often for one request is probably a query per row.
    "per-rij": { type: "string", default: "10" },
    label: { type: "string", default: "query-plannen" },
    rapport: { type: "string", default: "bench/RESULTS.md" },
  },
});
if (!values.db || !fs.existsSync(values.db)) throw new Error("Geef met --db een bestaande benchmarkdatabase (bench/generate-dataset.ts)");
const bron = values.db;
const herhaal = Math.max(1, Number(values.herhaal));
const groot = Number(values.groot);
const perRij = Number(values["per-rij"]);

// Fold the WAL into the file, so one copy holds everything.
const bronDb = new Database(bron);
bronDb.pragma("wal_checkpoint(TRUNCATE)");
bronDb.close();
const werk = path.join(os.tmpdir(), `bench-plannen-${process.pid}.db`);
const naspeel = path.join(os.tmpdir(), `bench-plannen-${process.pid}-naspeel.db`);
// Also when something below throws: two copies of a national dataset are half a gigabyte.
process.on("exit", () => {
  for (const f of [werk, naspeel]) for (const s of ["", "-wal", "-shm"]) fs.rmSync(f + s, { force: true });
});
fs.copyFileSync(bron, werk);

process.env.DATABASE_PATH = werk;
process.env.PUBLIC_ORIGIN = "http://localhost:3300";
const dbModule = await import("../db/index");
// As the server does at start: a dataset made before the latest migration gets its indexes.
const { runMigrations } = await import("../db/migrate");
runMigrations(dbModule.db);
const { createSession, sessionCookieName } = await import("../app/auth/session.server");
const { vandaag } = await import("../app/domain/format");

const jaar = Number(values.jaar ?? vandaag().slice(0, 4));
const doelen = zoekDoelen(dbModule.sqlite, values.regio, values.email, jaar);
const { token } = createSession(doelen.gebruikerId);
// The replay copy must hold the session too, so its lookups find what the app found.
dbModule.sqlite.pragma("wal_checkpoint(TRUNCATE)");
fs.copyFileSync(werk, naspeel);

let vangst: Gevangen[] | null = null;
dbModule.reopenDatabase(werk, { trace: (sql, params) => vangst?.push({ sql, params }) });
const { paginaAanroepen } = await import("./lib/pagina-aanroepen");

const naspeelDb = new Database(naspeel);
naspeelDb.pragma("foreign_keys = ON");
const tabellen = telRijen(naspeelDb);
const runId = Date.now().toString(36);

const paginas: PaginaUitslag[] = [];
try {
  for (const aanroep of paginaAanroepen(doelen, `${sessionCookieName()}=${token}`, vandaag(), runId)) {
    vangst = [];
    await aanroep.voer(0);
    const gevangen: Gevangen[] = vangst;
    vangst = null;

    // As many runs to warm up (JIT, page cache) as are timed: a server has done this page before.
    const tijden: number[] = [];
    for (let k = 1; k <= 2 * herhaal; k++) {
      const start = performance.now();
      await aanroep.voer(k);
      if (k > herhaal) tijden.push(performance.now() - start);
    }
    tijden.sort((a, b) => a - b);

    const gemeten = speelNa(naspeelDb, gevangen, herhaal);
    const uitslagen: StatementUitslag[] = groepeer(gevangen).map((groep) => {
      const runs = gemeten.filter((g) => sjabloon(g.sql) === groep.sjabloon);
      let plan: PlanRegel[] | null = null;
      let fout = runs.find((r) => r.fout)?.fout ?? null;
      try {
        plan = leesPlan(naspeelDb, groep.uitvoeringen[0].sql, groep.uitvoeringen[0].params);
      } catch (e) {
        fout ??= e instanceof Error ? e.message : String(e);
      }
      const toegang = plan ? toegangen(plan, groep.sjabloon, tabellen) : [];
      const keer = groep.uitvoeringen.length;
      return {
        sjabloon: groep.sjabloon,
        keer,
        ms: runs.reduce((som, r) => som + r.ms, 0),
        maxMs: Math.max(...runs.map((r) => r.ms)),
        plan,
        kortPlan: kortPlan(toegang),
        bezwaren: [...bezwaren(toegang, tabellen, groot), ...(keer >= perRij ? [`${keer}× per verzoek: een query per rij?`] : [])],
        fout,
      };
    });
    paginas.push({
      naam: aanroep.naam,
      verzoek: aanroep.verzoek,
      loaderMs: tijden[Math.floor((tijden.length - 1) / 2)],
      statements: gemeten.length,
      uitslagen,
    });
    console.log(`${aanroep.naam}: ${gemeten.length} statements, ${uitslagen.length} verschillend`);
  }
} finally {
  naspeelDb.close();
  dbModule.sqlite.close();
}

const aantal = (t: string) => (tabellen.get(t) ?? 0).toLocaleString("nl-NL");
const omstandigheden = {
  label: values.label,
  commando: ["npx tsx bench/query-plannen.ts", ...process.argv.slice(2)].join(" "),
  datum: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
  dataset:
    `${path.basename(bron)}, ${(fs.statSync(bron).size / 1024 / 1024).toFixed(0)} MB, SQLite ${naspeelVersie()}: ` +
    `${aantal("regio")} regio's, ${aantal("actie")} acties, ${aantal("voortgang")} voortgang, ${aantal("audit")} audit; ` +
    `regio \`${doelen.regioSlug}\`, plan ${jaar}, als ${values.email}`,
  groteTabellen:
    [...tabellen]
      .filter(([, n]) => n >= groot)
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `${t} ${n.toLocaleString("nl-NL")}`)
      .join(", ") + ` (≥ ${groot.toLocaleString("nl-NL")} rijen; een SCAN daarvan is een bezwaar, net als een statement dat ≥ ${perRij}× per verzoek draait)`,
  herhaal,
};

function naspeelVersie(): string {
  const db = new Database(":memory:");
  const versie = db.prepare("select sqlite_version()").pluck().get() as string;
  db.close();
  return versie;
}

console.log(`\n${plannenAlsMarkdown(omstandigheden, paginas, true)}`);
schrijfSectie(values.rapport, values.label, plannenAlsMarkdown(omstandigheden, paginas));
console.log(`\nGeschreven naar ${values.rapport}`);
const bezwaarlijk = paginas.flatMap((p) => p.uitslagen.filter((u) => u.bezwaren.length).map((u) => `${p.naam}: ${u.bezwaren.join("; ")}`));
if (bezwaarlijk.length) console.log(`\nBezwaren:\n${bezwaarlijk.join("\n")}`);
