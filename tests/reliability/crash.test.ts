import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { vandaag } from "../../app/domain/format";
import { openLezen } from "./processen";
import { actieIds, eigenDatabase, pauze, postForm, sessieCookie, TestServer, vrijePoort } from "./server";

// Kills in the middle of a write load; CRASH_KEREN raises it for a longer run by hand.
const KEREN = Number(process.env.CRASH_KEREN) || 20;
const CLIENTS = 6;

const omgeving = eigenDatabase("crash-");

describe("crashbestendigheid", () => {
  it(`verliest na ${KEREN} keer SIGKILL midden in het schrijven geen bevestigde voortgang en maakt bij opnieuw proberen geen dubbele`, async () => {
    const port = await vrijePoort();
    const origin = TestServer.origin(port);
    const cookie = sessieCookie(omgeving.database, "coordinator@leiden.example");
    const acties = actieIds(omgeving.database, "hollands-midden").slice(0, 8);
    expect(acties.length).toBeGreaterThan(0);
    const datum = vandaag();
    const run = crypto.randomUUID().slice(0, 8);

    const bevestigd = new Map<string, number>();
    const onbevestigd = new Map<string, number>();
    const fouten: string[] = [];
    let volgnummer = 0;

    async function post(sleutel: string, actieId: number) {
      // The page's script posts with a fetcher to the `.data` URL: the action alone, no page render.
      const res = await postForm(
        origin,
        `/r/hollands-midden/acties/${actieId}.data`,
        { intent: "voortgang", status: "op_schema", datum, toelichting: `Crashtest ${sleutel}`, idempotencyKey: sleutel, antwoord: "fetcher" },
        cookie,
      );
      await res.arrayBuffer();
      return res.status;
    }

    /** One client: new voortgang after new voortgang, until the server dies under it. */
    async function client(stop: { nu: boolean }) {
      while (!stop.nu) {
        volgnummer += 1;
        const sleutel = `crash-${run}-${volgnummer}`;
        const actieId = acties[volgnummer % acties.length];
        onbevestigd.set(sleutel, actieId);
        try {
          const status = await post(sleutel, actieId);
          if (status >= 200 && status < 300) {
            bevestigd.set(sleutel, actieId);
            onbevestigd.delete(sleutel);
          } else fouten.push(`${sleutel}: HTTP ${status}`);
        } catch {
          // No answer: the client does not know whether it was saved, and keeps the key to retry.
        }
      }
    }

    /** What a user does after "the connection was lost": send the same form again, same key. */
    let opnieuwVerstuurd = 0;
    async function probeerOpnieuw() {
      opnieuwVerstuurd += onbevestigd.size;
      await Promise.all(
        [...onbevestigd].map(async ([sleutel, actieId]) => {
          let status = 0;
          for (let poging = 0; poging < 5 && status === 0; poging++) {
            status = await post(sleutel, actieId).catch(() => 0);
            if (status === 0) await pauze(50);
          }
          expect(status, `opnieuw proberen van ${sleutel}`).toBe(200);
          bevestigd.set(sleutel, actieId);
          onbevestigd.delete(sleutel);
        }),
      );
    }

    let welOpgeslagenZonderAntwoord = 0;
    for (let keer = 1; keer <= KEREN; keer++) {
      omgeving.server = await TestServer.start({ database: omgeving.database, port });
      await probeerOpnieuw();

      const stop = { nu: false };
      const voorLast = bevestigd.size;
      const clients = Array.from({ length: CLIENTS }, () => client(stop));
      // Once writes are flowing, at a random moment: mid-request, mid-transaction or between two.
      while (bevestigd.size < voorLast + 3 && fouten.length === 0 && omgeving.server.leeft) await pauze(5);
      await pauze(Math.random() * 400);
      const leefde = omgeving.server.leeft;
      // Clients start nothing new; the requests in flight stay in flight and die with the server.
      stop.nu = true;
      await omgeving.server.kill("SIGKILL");
      await Promise.all(clients);
      expect(leefde, `de server viel zelf om:\n${omgeving.server.log}`).toBe(true);
      omgeving.server = null;

      // Some writes committed although their answer was lost; the retry must recognise them.
      const db = openLezen(omgeving.database);
      const bestaat = db.prepare("SELECT 1 FROM voortgang WHERE idempotency_key = ?");
      welOpgeslagenZonderAntwoord += [...onbevestigd.keys()].filter((k) => bestaat.get(k)).length;
      db.close();
    }

    omgeving.server = await TestServer.start({ database: omgeving.database, port });
    await probeerOpnieuw();
    await omgeving.server.kill("SIGTERM");
    omgeving.server = null;

    expect(fouten).toEqual([]);
    expect(onbevestigd.size).toBe(0);
    expect(bevestigd.size).toBeGreaterThanOrEqual(KEREN * 3);

    const db = openLezen(omgeving.database);
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
      const rijen = db.prepare("SELECT idempotency_key AS sleutel, actie_id AS actieId FROM voortgang WHERE idempotency_key LIKE ?").all(`crash-${run}-%`) as {
        sleutel: string;
        actieId: number;
      }[];
      // Exactly one row per key: every acknowledged write is there, and no retry made a second one.
      expect(rijen.length).toBe(bevestigd.size);
      expect(new Map(rijen.map((r) => [r.sleutel, r.actieId]))).toEqual(bevestigd);
      const audits = db
        .prepare("SELECT count(*) AS n FROM audit WHERE actie = 'voortgang.plaatsen' AND json_extract(na, '$.voortgangId') IN (SELECT id FROM voortgang WHERE idempotency_key LIKE ?)")
        .get(`crash-${run}-%`) as { n: number };
      expect(audits.n).toBe(bevestigd.size);
    } finally {
      db.close();
    }
    console.info(
      `crashtest: ${KEREN} keer SIGKILL, ${bevestigd.size} voortgangsupdates bevestigd; ${opnieuwVerstuurd} zonder antwoord opnieuw verstuurd, ` +
        `waarvan ${welOpgeslagenZonderAntwoord} al opgeslagen waren: geen dubbele`,
    );
  }, 180_000);
});
