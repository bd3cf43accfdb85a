import crypto from "node:crypto";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { describe, expect, it } from "vitest";
import { leesSnapshot } from "../../app/domain/acties/actie-opslaan.server";
import { snapshotAlsWaarden } from "../../app/domain/acties/actie-schema";
import { vandaag } from "../../app/domain/format";
import * as schema from "../../db/schema";
import { openLezen } from "./processen";
import { actieIds, eigenDatabase, pauze, postForm, sessieCookie, TestServer, vrijePoort } from "./server";

// 10 s in npm test; SOAK_SECONDEN=60 for the full minute of issue 7.
const SECONDEN = Number(process.env.SOAK_SECONDEN) || 10;
const CLIENTS = 20;

const omgeving = eigenDatabase("gelijktijdig-");

describe("gelijktijdig gebruik", () => {
  it(`houdt met ${CLIENTS} gelijktijdige gebruikers elke geaccepteerde voortgang en weigert elke verouderde bewerking met 409`, async () => {
    const port = await vrijePoort();
    const origin = TestServer.origin(port);
    const cookie = sessieCookie(omgeving.database, "coordinator@leiden.example");
    const alle = actieIds(omgeving.database, "hollands-midden");
    // A few acties get all edits (and voortgang too), so clients really collide.
    const bewerkActies = alle.slice(0, 3);
    const voortgangActies = alle.slice(0, 10);
    const run = crypto.randomUUID().slice(0, 8);
    const datum = vandaag();

    const lezer = new Database(omgeving.database, { readonly: true, fileMustExist: true });
    const orm = drizzle(lezer, { schema });
    const versieVan = lezer.prepare("SELECT version FROM actie WHERE id = ?");
    const beginVersie = new Map(bewerkActies.map((id) => [id, (versieVan.get(id) as { version: number }).version]));
    const wijzigingen = lezer.prepare("SELECT count(*) AS n FROM audit WHERE entiteit = 'actie' AND entiteit_id = ? AND actie = 'gewijzigd' AND resultaat = 'ok'");
    const aantalWijzigingen = (actieId: number) => (wijzigingen.get(String(actieId)) as { n: number }).n;
    const beginWijzigingen = new Map(bewerkActies.map((id) => [id, aantalWijzigingen(id)]));

    const voortgangGeaccepteerd: string[] = [];
    const bewerkingGeaccepteerd = new Map<number, number>(bewerkActies.map((id) => [id, 0]));
    let geweigerd409 = 0;
    const onverwacht: string[] = [];

    omgeving.server = await TestServer.start({ database: omgeving.database, port });
    const einde = Date.now() + SECONDEN * 1000;

    async function plaatsVoortgang(client: number, n: number) {
      const sleutel = `soak-${run}-${client}-${n}`;
      const actieId = voortgangActies[(client + n) % voortgangActies.length];
      // Mostly as the page's script posts (a fetcher to `.data`), sometimes as a form without JavaScript.
      const metScript = n % 4 !== 0;
      const res = await postForm(
        origin,
        `/r/hollands-midden/acties/${actieId}${metScript ? ".data" : ""}`,
        { intent: "voortgang", status: n % 2 ? "op_schema" : "niet_gestart", datum, toelichting: `Gelijktijdig ${client}-${n}`, idempotencyKey: sleutel, antwoord: "fetcher" },
        cookie,
      );
      await res.arrayBuffer();
      if (res.status === 200) voortgangGeaccepteerd.push(sleutel);
      else onverwacht.push(`voortgang ${sleutel}: HTTP ${res.status}`);
    }

    async function bewerk(client: number, n: number) {
      const actieId = bewerkActies[(client + n) % bewerkActies.length];
      // What the edit form shows: the stored values and their version, read together.
      const { waarden, versie } = lezer.transaction(() => ({
        waarden: snapshotAlsWaarden(leesSnapshot(orm, actieId)!),
        versie: (versieVan.get(actieId) as { version: number }).version,
      }))();
      const titel = `${String(waarden.titel).replace(/ \(bewerking [^)]*\)$/, "")} (bewerking ${client}-${n})`;
      await pauze(Math.random() * 30);
      const metScript = n % 4 !== 0;
      const res = await postForm(
        origin,
        `/r/hollands-midden/acties/${actieId}/bewerken${metScript ? ".data" : ""}`,
        { ...waarden, titel, version: String(versie), intent: "opslaan" },
        cookie,
      );
      await res.arrayBuffer();
      // Saved: a redirect to the actie (302 for a plain form, 202 with the redirect for a fetcher).
      if (res.status === (metScript ? 202 : 302)) bewerkingGeaccepteerd.set(actieId, bewerkingGeaccepteerd.get(actieId)! + 1);
      else if (res.status === 409) geweigerd409 += 1;
      else onverwacht.push(`bewerking ${actieId} versie ${versie}: HTTP ${res.status}`);
    }

    /** Readers during the writes: the actie page (voortgang timeline, history) must keep answering. */
    async function lees(client: number, n: number) {
      const actieId = bewerkActies[(client + n) % bewerkActies.length];
      const res = await fetch(`${origin}/r/hollands-midden/acties/${actieId}`, { headers: { Cookie: cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) onverwacht.push(`actiepagina ${actieId}: HTTP ${res.status}`);
    }

    async function client(nummer: number) {
      let n = 0;
      while (Date.now() < einde) {
        n += 1;
        try {
          const kans = Math.random();
          await (kans < 0.45 ? plaatsVoortgang(nummer, n) : kans < 0.9 ? bewerk(nummer, n) : lees(nummer, n));
        } catch (error) {
          onverwacht.push(`client ${nummer}: ${(error as Error).message}`);
        }
      }
    }

    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i + 1)));
    await omgeving.server.kill("SIGTERM");
    omgeving.server = null;

    try {
      expect(onverwacht).toEqual([]);
      expect(voortgangGeaccepteerd.length).toBeGreaterThan(0);
      expect(geweigerd409).toBeGreaterThan(0);

      const opgeslagen = lezer.prepare("SELECT idempotency_key AS k FROM voortgang WHERE idempotency_key LIKE ?").all(`soak-${run}-%`) as { k: string }[];
      expect(opgeslagen.map((r) => r.k).sort()).toEqual([...voortgangGeaccepteerd].sort());

      // No lost update: each accepted save raised the version by exactly one, each with its audit row.
      for (const actieId of bewerkActies) {
        const geaccepteerd = bewerkingGeaccepteerd.get(actieId)!;
        expect((versieVan.get(actieId) as { version: number }).version, `versie van actie ${actieId}`).toBe(beginVersie.get(actieId)! + geaccepteerd);
        expect(aantalWijzigingen(actieId) - beginWijzigingen.get(actieId)!, `auditregels van actie ${actieId}`).toBe(geaccepteerd);
      }
    } finally {
      lezer.close();
    }
    const db = openLezen(omgeving.database);
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
    } finally {
      db.close();
    }
    const bewerkt = [...bewerkingGeaccepteerd.values()].reduce((a, b) => a + b, 0);
    console.info(
      `gelijktijdig: ${SECONDEN} s, ${CLIENTS} clients, ${voortgangGeaccepteerd.length} voortgangsupdates, ${bewerkt} bewerkingen opgeslagen, ${geweigerd409} met 409 geweigerd`,
    );
  }, (SECONDEN + 90) * 1000);
});
