/**
 * Builds a benchmark database: migrations, the demo data (for its accounts), then generated regio's
 * at the size DESIGN §7 budgets for.
 *
 *   npx tsx bench/generate-dataset.ts --schaal regio --out data/bench-regio.db
 *   npx tsx bench/generate-dataset.ts --schaal nationaal --out data/bench-nationaal.db
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { legeTelling, type RegioOpdracht, RegioVuller } from "./dataset/regio-vuller";
import { schuifDeadlinesNaVaststelling } from "./dataset/vaststellingen";
import { Willekeur } from "./dataset/willekeur";

const { values } = parseArgs({
  options: {
    schaal: { type: "string", default: "regio" },
    out: { type: "string" },
    zaad: { type: "string", default: "20240101" },
  },
});
const schaal = values.schaal;
if (schaal !== "regio" && schaal !== "nationaal") throw new Error('--schaal moet "regio" of "nationaal" zijn');
const uit = values.out ?? `data/bench-${schaal}.db`;

for (const bestand of [uit, `${uit}-wal`, `${uit}-shm`]) fs.rmSync(bestand, { force: true });
// db/index.ts opens DATABASE_PATH when it is first imported, so it must be set before that.
process.env.DATABASE_PATH = uit;
const { db, sqlite } = await import("../db/index");
const { runMigrations } = await import("../db/migrate");
const { seedDemo } = await import("../db/seed");
const { vandaag } = await import("../app/domain/format");
const { legVaststellingenVast } = await import("../db/seed-data/actualisatie");

const start = performance.now();
runMigrations(db);
await seedDemo(db, { password: process.env.DEMO_PASSWORD || "regiovisie-demo" });

// Hashing a password per generated account would cost seconds each (argon2); one shared hash will do.
const { password_hash: passwordHash } = sqlite
  .prepare("select password_hash from gebruiker where email = ?")
  .get("coordinator@leiden.example") as { password_hash: string };

// Durability is not needed while building a file that is thrown away on failure; the app sets FULL again.
sqlite.pragma("synchronous = OFF");

const telling = legeTelling();
const vuller = new RegioVuller(sqlite, telling);
const w = new Willekeur(Number(values.zaad));
const basis = {
  jaren: [2024, 2025, 2026, 2027, 2028],
  actiesPerPlan: 300,
  passwordHash,
  vandaag: vandaag(),
  aantalOrganisaties: 10,
} satisfies Partial<RegioOpdracht>;

const opdrachten: RegioOpdracht[] =
  schaal === "regio"
    ? [{ ...basis, slug: "bench-regio", naam: "Benchmarkregio", domein: "bench.example", aantalGemeenten: 20, voortgangPerActie: () => 30 }]
    : Array.from({ length: 35 }, (_, i) => {
        const n = String(i + 1).padStart(2, "0");
        // The first regio keeps the slug and accounts of the regio dataset, so bench/run.ts needs no options.
        return {
          ...basis,
          slug: i === 0 ? "bench-regio" : `bench-regio-${n}`,
          naam: i === 0 ? "Benchmarkregio" : `Benchmarkregio ${n}`,
          domein: i === 0 ? "bench.example" : `bench-${n}.example`,
          aantalGemeenten: 10,
          // 0–19, on average 9.5: 52 500 acties give about 500 000 voortgang rows.
          voortgangPerActie: (r: Willekeur) => r.geheel(0, 19),
        };
      });

for (const opdracht of opdrachten) {
  vuller.vul(opdracht, w);
  process.stdout.write(`\r${telling.regios}/${opdrachten.length} regio's, ${telling.voortgang} voortgang`);
}
process.stdout.write("\n");
// Every vastgesteld plan has the snapshot the app stores at vaststelling; the plan page compares with it.
const vaststellingen = sqlite.transaction(() => {
  const aantal = legVaststellingenVast(db);
  schuifDeadlinesNaVaststelling(sqlite, w);
  return aantal;
})();
console.log(`${vaststellingen} vastgestelde plannen met hun momentopname`);

sqlite.pragma("wal_checkpoint(TRUNCATE)");
sqlite.pragma("synchronous = FULL");
sqlite.close();

const seconden = ((performance.now() - start) / 1000).toFixed(1);
const mb = (fs.statSync(uit).size / 1024 / 1024).toFixed(1);
console.log(`Dataset "${schaal}" in ${uit}: ${mb} MB, ${seconden} s`);
console.table(telling);
