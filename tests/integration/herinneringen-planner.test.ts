import { afterEach, describe, expect, it, vi } from "vitest";
import * as database from "../../db";
import { startDigestPlanner, type DigestPlanner } from "../../app/domain/herinneringen/planner.server";

function aantal(tabel: string): number {
  return (database.sqlite.prepare(`SELECT count(*) AS n FROM ${tabel}`).get() as { n: number }).n;
}

let planner: DigestPlanner | undefined;
afterEach(() => {
  planner?.stop();
  vi.restoreAllMocks();
});

describe("de planner van de herinneringen", () => {
  it("verstuurt vanaf maandag 07:00 één keer per week en niet eerder", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    planner = startDigestPlanner();
    const voor = aantal("digest_verzonden");

    planner.controleer(new Date("2026-11-23T05:45:00Z")); // Monday 06:45
    expect(aantal("digest_verzonden")).toBe(voor);

    planner.controleer(new Date("2026-11-23T06:00:00Z")); // Monday 07:00
    const naMaandag = aantal("digest_verzonden");
    expect(naMaandag).toBeGreaterThan(voor);
    const outbox = aantal("outbox");
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Herinneringen 2026-W48: \d+ verstuurd/));

    planner.controleer(new Date("2026-11-23T06:15:00Z"));
    planner.controleer(new Date("2026-11-25T12:00:00Z"));
    expect(aantal("outbox")).toBe(outbox);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it("laat de server niet vallen als het versturen mislukt", () => {
    const fout = vi.spyOn(console, "error").mockImplementation(() => {});
    planner = startDigestPlanner();
    database.sqlite.exec("ALTER TABLE digest_verzonden RENAME TO digest_weg");
    expect(() => planner!.controleer(new Date("2026-11-23T08:00:00Z"))).not.toThrow();
    expect(fout).toHaveBeenCalledWith(expect.stringMatching(/^Herinneringen versturen is mislukt/));
  });
});
