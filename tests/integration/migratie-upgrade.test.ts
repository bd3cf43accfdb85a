import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runMigrations } from "../../db/migrate";
import * as schema from "../../db/schema";
import { seedDemo } from "../../db/seed";
import { BASE_DB, DEMO_PASSWORD } from "../helpers/paths";
import { FIXTURE, VORIGE_RELEASE_MIGRATIES } from "../fixtures/db/maak-fixture";

type Rij = Record<string, unknown>;

let map: string;
let bestand: string;

beforeEach(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-"));
  bestand = path.join(map, "app.db");
  fs.copyFileSync(FIXTURE, bestand);
});

afterEach(() => {
  fs.rmSync(map, { recursive: true, force: true });
});

function open(file: string, opties: Database.Options = {}) {
  const connection = new Database(file, opties);
  connection.pragma("foreign_keys = ON");
  return connection;
}

function tabellen(connection: Database.Database): string[] {
  return (
    connection
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations' ORDER BY name")
      .all() as { name: string }[]
  ).map((r) => r.name);
}

function kolommen(connection: Database.Database, tabel: string): string[] {
  return (connection.pragma(`table_info(${tabel})`) as { name: string }[]).map((k) => k.name);
}

function rijen(connection: Database.Database, tabel: string, namen = kolommen(connection, tabel)): Rij[] {
  const lijst = namen.map((n) => `"${n}"`).join(", ");
  return connection.prepare(`SELECT ${lijst} FROM "${tabel}" ORDER BY rowid`).all() as Rij[];
}

/** Every table with its columns and rows, as the previous release left them. */
function inhoud(file: string) {
  const connection = open(file, { readonly: true });
  try {
    return Object.fromEntries(tabellen(connection).map((t) => [t, { kolommen: kolommen(connection, t), rijen: rijen(connection, t) }]));
  } finally {
    connection.close();
  }
}

function upgrade(file: string) {
  const connection = open(file);
  connection.pragma("journal_mode = WAL");
  runMigrations(drizzle(connection, { schema }));
  return connection;
}

/** The structure SQLite reports, per table: what a fresh install and an upgrade must agree on. */
function structuur(connection: Database.Database) {
  const objecten = connection
    .prepare("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all();
  const tabelKolommen = Object.fromEntries(
    tabellen(connection).map((t) => [
      t,
      (connection.pragma(`table_info(${t})`) as { name: string; type: string; notnull: number; pk: number }[])
        .map((k) => `${k.name} ${k.type}${k.notnull ? " not null" : ""}${k.pk ? " pk" : ""}`)
        .sort(),
    ]),
  );
  const foreignKeys = Object.fromEntries(tabellen(connection).map((t) => [t, connection.pragma(`foreign_key_list(${t})`)]));
  return { objecten, tabelKolommen, foreignKeys };
}

describe("upgrade van een database van de vorige release", () => {
  it("gaat uit van een fixture met precies de migraties van de vorige release, ongewijzigd", () => {
    const connection = open(FIXTURE, { readonly: true });
    const geregistreerd = connection.prepare("SELECT hash FROM __drizzle_migrations ORDER BY created_at").all() as { hash: string }[];
    connection.close();
    // drizzle only compares timestamps, so an edited released migration would silently never reach old databases.
    const huidig = VORIGE_RELEASE_MIGRATIES.map((tag) =>
      crypto.createHash("sha256").update(fs.readFileSync(path.resolve("db/migrations", `${tag}.sql`), "utf8")).digest("hex"),
    );
    expect(geregistreerd.map((r) => r.hash)).toEqual(huidig);
  });

  it("behoudt elke rij van elke tabel met dezelfde waarden", () => {
    const voor = inhoud(bestand);
    expect(Object.keys(voor).length).toBeGreaterThanOrEqual(20);
    for (const [tabel, { rijen: oud }] of Object.entries(voor)) expect(oud.length, `fixture-tabel ${tabel} is leeg`).toBeGreaterThan(0);

    const connection = upgrade(bestand);
    try {
      for (const [tabel, oud] of Object.entries(voor)) {
        expect(rijen(connection, tabel, oud.kolommen), `tabel ${tabel}`).toEqual(oud.rijen);
      }
    } finally {
      connection.close();
    }
  });

  it("geeft de nieuwe kolommen hun standaardwaarde en laat de nieuwe tabellen leeg", () => {
    const voor = inhoud(bestand);
    const connection = upgrade(bestand);
    try {
      expect(connection.prepare("SELECT DISTINCT uitvoering_per_gemeente AS u, status_overschreven AS s FROM actie").all()).toEqual([{ u: 0, s: 0 }]);
      expect(
        connection
          .prepare("SELECT DISTINCT digest_frequentie AS d, agenda_token_hash AS a, mfa_secret AS m, mfa_actief_sinds AS ma, mfa_laatste_stap AS ml FROM gebruiker")
          .all(),
      ).toEqual([{ d: "wekelijks", a: null, m: null, ma: null, ml: null }]);
      expect(connection.prepare("SELECT DISTINCT mfa_voltooid AS v FROM sessie").all()).toEqual([{ v: 1 }]);
      expect(connection.prepare("SELECT besluitnummer AS b, verzonden_op AS v FROM uitvoeringsplan ORDER BY id").all()).toEqual([
        { b: null, v: null },
        { b: null, v: null },
      ]);

      const nieuw = tabellen(connection).filter((t) => !(t in voor));
      expect(nieuw).toEqual(expect.arrayContaining(["actie_uitvoering", "plan_vaststelling", "reactie", "lokale_kamer", "mijlpaal", "advies"]));
      for (const tabel of nieuw) expect(rijen(connection, tabel), `nieuwe tabel ${tabel}`).toEqual([]);
    } finally {
      connection.close();
    }
  });

  it("eindigt met dezelfde structuur als een nieuwe installatie, consistent en met alle migraties geregistreerd", () => {
    const connection = upgrade(bestand);
    const vers = open(BASE_DB, { readonly: true });
    try {
      expect(structuur(connection)).toEqual(structuur(vers));
      expect(connection.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(connection.pragma("foreign_key_check")).toEqual([]);
      const aantalMigraties = fs.readdirSync("db/migrations").filter((f) => f.endsWith(".sql")).length;
      expect(connection.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get()).toEqual({ n: aantalMigraties });
    } finally {
      connection.close();
      vers.close();
    }
  });

  it("kan daarna gewoon door de app gebruikt worden: geen nieuwe demodata, rijen leesbaar via het schema", async () => {
    const connection = upgrade(bestand);
    try {
      const database = drizzle(connection, { schema });
      const { seeded } = await seedDemo(database, { password: DEMO_PASSWORD });
      expect(seeded).toBe(false);
      const acties = database.select({ code: schema.actie.code, status: schema.actie.status, version: schema.actie.version }).from(schema.actie).all();
      expect(acties).toHaveLength(4);
      expect(database.select().from(schema.voortgang).all().map((v) => v.idempotencyKey)).toContain("voortgang-fixture-0003");
      // A second start migrates nothing and changes nothing.
      const voor = inhoud(bestand);
      runMigrations(database);
      expect(inhoud(bestand)).toEqual(voor);
    } finally {
      connection.close();
    }
  });
});
