import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { controleerDatabase, maakBackup } from "../../db/backup";
import { BASE_DB } from "../helpers/paths";
import { draaiScript, openLezen, Schrijver, type Bevestiging } from "../reliability/processen";

let map: string;
let bron: string;
let schrijver: Schrijver | null = null;

beforeEach(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "backup-"));
  bron = path.join(map, "app.db");
  fs.copyFileSync(BASE_DB, bron);
});

afterEach(async () => {
  await schrijver?.stop();
  schrijver = null;
  fs.rmSync(map, { recursive: true, force: true });
});

/** The coordinator of Hollands Midden and a few of its acties: whom the write load writes as. */
function belastingDoel(bestand: string) {
  const connection = openLezen(bestand);
  try {
    const { id } = connection.prepare("SELECT id FROM gebruiker WHERE email = 'coordinator@leiden.example'").get() as { id: number };
    const acties = (
      connection
        .prepare(
          `SELECT a.id FROM actie a JOIN uitvoeringsplan p ON p.id = a.plan_id JOIN regiovisie v ON v.id = p.visie_id
           JOIN regio r ON r.id = v.regio_id WHERE r.slug = 'hollands-midden' ORDER BY a.id LIMIT 5`,
        )
        .all() as { id: number }[]
    ).map((r) => r.id);
    return { auteurId: id, acties };
  } finally {
    connection.close();
  }
}

function startSchrijver(bestand: string, prefix = "backup") {
  const { auteurId, acties } = belastingDoel(bestand);
  schrijver = new Schrijver(bestand, auteurId, acties, prefix);
  return schrijver;
}

/** Makes VACUUM INTO take long enough that the write load visibly goes on meanwhile. */
function vulAuditlog(bestand: string, rijen: number) {
  const connection = new Database(bestand);
  connection.pragma("journal_mode = WAL");
  const insert = connection.prepare("INSERT INTO audit (entiteit, actie, na) VALUES ('test', 'opvulling', ?)");
  connection.transaction(() => {
    for (let i = 0; i < rijen; i++) insert.run(`{"opvulling":"${"x".repeat(400)}","i":${i}}`);
  })();
  connection.close();
}

function sleutelsIn(bestand: string, prefix: string): Set<string> {
  const connection = openLezen(bestand);
  try {
    const rijen = connection.prepare("SELECT idempotency_key AS k FROM voortgang WHERE idempotency_key LIKE ?").all(`${prefix}-%`) as { k: string }[];
    return new Set(rijen.map((r) => r.k));
  } finally {
    connection.close();
  }
}

/** Row counts of every table and a checksum of the voortgang: what a restore must bring back exactly. */
function vingerafdruk(bestand: string) {
  const connection = openLezen(bestand);
  try {
    const tabellen = (connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
    const aantallen = Object.fromEntries(tabellen.map((t) => [t, (connection.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
    const hash = crypto.createHash("sha256");
    for (const r of connection.prepare("SELECT id, actie_id, idempotency_key, status_naar FROM voortgang ORDER BY id").all()) hash.update(JSON.stringify(r));
    for (const r of connection.prepare("SELECT id, status, version FROM actie ORDER BY id").all()) hash.update(JSON.stringify(r));
    return { aantallen, voortgang: hash.digest("hex") };
  } finally {
    connection.close();
  }
}

/**
 * A consistent snapshot holds exactly the first k committed writes (k ≥ those acknowledged before
 * the backup started), and for each its actie status and audit row: never half a transaction.
 */
function verwachtMomentopname(backup: string, bevestigd: Bevestiging[], voorStart: number, prefix: string) {
  const inBackup = sleutelsIn(backup, prefix);
  const k = inBackup.size;
  expect(k).toBeGreaterThanOrEqual(bevestigd.filter((b) => b.tijd < voorStart).length);
  expect(k).toBeLessThanOrEqual(bevestigd.length);
  for (const b of bevestigd) expect(inBackup.has(b.sleutel), `schrijfactie ${b.volgnummer}`).toBe(b.volgnummer <= k);

  const connection = openLezen(backup);
  try {
    const audits = connection.prepare("SELECT count(*) AS n FROM audit WHERE json_extract(na, '$.sleutel') LIKE ?").get(`${prefix}-%`) as { n: number };
    expect(audits.n).toBe(k);
    const laatste = connection
      .prepare(
        `SELECT a.status, (SELECT v.status_naar FROM voortgang v WHERE v.actie_id = a.id ORDER BY v.id DESC LIMIT 1) AS laatste
         FROM actie a WHERE a.id IN (SELECT actie_id FROM voortgang WHERE idempotency_key LIKE ?)`,
      )
      .all(`${prefix}-%`) as { status: string; laatste: string }[];
    for (const rij of laatste) expect(rij.status).toBe(rij.laatste);
  } finally {
    connection.close();
  }
}

describe("backup terwijl de app schrijft", () => {
  it("maakt met VACUUM INTO een consistente momentopname zonder de schrijvers op te houden", async () => {
    vulAuditlog(bron, 40_000);
    const load = startSchrijver(bron);
    await load.wachtOp(30);

    const doel = path.join(map, "backups", "momentopname.db");
    const start = Date.now();
    const { pad, bytes } = maakBackup(bron, doel);
    const klaar = Date.now();
    await load.wachtOp(load.bevestigd.length + 30);
    await load.stop();

    expect(pad).toBe(doel);
    expect(fs.statSync(doel).mode & 0o777).toBe(0o600);
    expect(bytes).toBe(fs.statSync(doel).size);
    expect(controleerDatabase(doel)).toMatchObject({ integriteit: "ok", foreignKeyFouten: 0 });
    verwachtMomentopname(doel, load.bevestigd, start, "backup");
    // The writer went on while the copy was made: no stop-the-world backup.
    expect(load.bevestigd.filter((b) => b.tijd > start && b.tijd < klaar).length).toBeGreaterThan(0);
    // The backup is one file, without a WAL beside it, and no temporary file is left behind.
    expect(fs.readdirSync(path.dirname(doel))).toEqual(["momentopname.db"]);
  }, 60_000);

  it("npm run backup en npm run restore brengen de database terug zoals hij bij de backup was", async () => {
    const load = startSchrijver(bron);
    await load.wachtOp(30);
    const start = Date.now();
    const backup = await draaiScript("scripts/backup.ts", ["--naar", path.join(map, "backups") + "/"], { DATABASE_PATH: bron });
    await load.wachtOp(load.bevestigd.length + 20);
    await load.stop();

    expect(backup.code, backup.stderr).toBe(0);
    const gemeld = /Backup gemaakt: (\S+) \((\d+(,\d)? [kMG]?B|\d+ bytes)\)/.exec(backup.stdout);
    expect(gemeld, backup.stdout).not.toBeNull();
    const backupPad = gemeld![1];
    expect(path.basename(backupPad)).toMatch(/^app-\d{8}-\d{6}\.db$/);
    verwachtMomentopname(backupPad, load.bevestigd, start, "backup");

    // Restore into a server whose database has since moved on (here: a different database).
    const doelMap = path.join(map, "server");
    fs.mkdirSync(doelMap);
    const database = path.join(doelMap, "app.db");
    fs.copyFileSync(BASE_DB, database);
    const oud = vingerafdruk(database);

    const herstel = await draaiScript("scripts/restore.ts", [backupPad], { DATABASE_PATH: database });
    expect(herstel.code, herstel.stderr).toBe(0);
    expect(herstel.stdout).toContain("teruggezet");

    expect(vingerafdruk(database)).toEqual(vingerafdruk(backupPad));
    expect(controleerDatabase(database)).toMatchObject({ integriteit: "ok", foreignKeyFouten: 0 });
    const opzij = fs.readdirSync(doelMap).filter((f) => f.startsWith("app.db.voor-herstel-"));
    expect(opzij).toHaveLength(1);
    expect(opzij[0]).toMatch(/^app\.db\.voor-herstel-\d{8}-\d{6}$/);
    expect(vingerafdruk(path.join(doelMap, opzij[0]))).toEqual(oud);
    expect(fs.readdirSync(doelMap).filter((f) => f.endsWith("-wal") || f.includes(".herstel-"))).toEqual([]);
  }, 60_000);

  it("weigert terug te zetten zolang de database in gebruik is, en verandert dan niets", async () => {
    const backup = path.join(map, "backup.db");
    maakBackup(bron, backup);
    const load = startSchrijver(bron, "in-gebruik");
    await load.wachtOp(10);

    const herstel = await draaiScript("scripts/restore.ts", [backup], { DATABASE_PATH: bron });
    await load.stop();

    expect(herstel.code).not.toBe(0);
    expect(herstel.stderr).toContain("Herstel mislukt. De database is nog in gebruik");
    expect(fs.readdirSync(map).filter((f) => f.includes("voor-herstel"))).toEqual([]);
    // The live database kept every write of the app.
    expect(sleutelsIn(bron, "in-gebruik").size).toBe(load.bevestigd.length);
  }, 60_000);

  it("weigert een kapotte backup en laat de huidige database staan", async () => {
    const kapot = path.join(map, "kapot.db");
    fs.writeFileSync(kapot, "dit is geen database");
    const voor = vingerafdruk(bron);

    const [herstel, zonderArgument] = await Promise.all([
      draaiScript("scripts/restore.ts", [kapot], { DATABASE_PATH: bron }),
      draaiScript("scripts/restore.ts", [], { DATABASE_PATH: bron }),
    ]);
    expect(herstel.code).not.toBe(0);
    expect(herstel.stderr).toContain("geen leesbare SQLite-database");
    expect(vingerafdruk(bron)).toEqual(voor);
    expect(fs.readdirSync(map).filter((f) => f.includes("voor-herstel"))).toEqual([]);

    expect(zonderArgument.code).not.toBe(0);
    expect(zonderArgument.stderr).toContain("Geef het backupbestand op");
  }, 60_000);

  it("overschrijft nooit een bestaand bestand en meldt een ontbrekende database", async () => {
    const bestaand = path.join(map, "bestaand.db");
    fs.writeFileSync(bestaand, "eerdere backup");
    const [overschrijven, ontbreekt] = await Promise.all([
      draaiScript("scripts/backup.ts", ["--naar", bestaand], { DATABASE_PATH: bron }),
      draaiScript("scripts/backup.ts", ["--naar", path.join(map, "x.db")], { DATABASE_PATH: path.join(map, "bestaat-niet.db") }),
    ]);
    expect(overschrijven.code).not.toBe(0);
    expect(overschrijven.stderr).toContain("bestaat al");
    expect(fs.readFileSync(bestaand, "utf8")).toBe("eerdere backup");

    expect(ontbreekt.code).not.toBe(0);
    expect(ontbreekt.stderr).toContain("bestaat niet");
    expect(fs.existsSync(path.join(map, "x.db"))).toBe(false);
    expect(fs.existsSync(path.join(map, "bestaat-niet.db"))).toBe(false);
  }, 60_000);
});
