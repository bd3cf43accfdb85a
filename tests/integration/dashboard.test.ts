import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import {
  actie,
  actieDoelstelling,
  actielijn,
  doelstelling,
  gebruiker,
  overleg,
  regio,
  regiovisie,
  uitvoeringsplan,
  voortgang,
  type ActieStatus,
} from "../../db/schema";
import { laadDashboard } from "../../app/domain/dashboard/dashboard.server";
import { loader as startLoader } from "../../app/routes/regio/start";
import { cookieFor, getRequest, run, testContext } from "../helpers/http";

/** A small regio built by hand, so every number on the dashboard is known in advance. */
function bouwRegio() {
  const eigenaar = db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, "beheerder@demo.example")).get()!.id;
  const r = db.insert(regio).values({ slug: "testregio", naam: "Testregio", nietBijgewerktWeken: 8 }).returning().get();
  const v = db
    .insert(regiovisie)
    .values({ regioId: r.id, titel: "Visie", periodeStart: 2024, periodeEind: 2027, centraleAmbitie: "Ambitie" })
    .returning()
    .get();
  const lijnen = [1, 2].map((n) =>
    db.insert(actielijn).values({ visieId: v.id, code: String(n), titel: `Lijn ${n}`, volgorde: n }).returning().get(),
  );
  const doelen = lijnen.map((l) =>
    db.insert(doelstelling).values({ actielijnId: l.id, code: `${l.code}.1`, tekst: "Doel", volgorde: 1 }).returning().get(),
  );
  const plan2025 = db.insert(uitvoeringsplan).values({ visieId: v.id, jaar: 2025, status: "vastgesteld" }).returning().get();
  const plan2026 = db.insert(uitvoeringsplan).values({ visieId: v.id, jaar: 2026, status: "vastgesteld" }).returning().get();

  let n = 0;
  function maak(planId: number, lijnIdx: number[], status: ActieStatus, opties: { deadline?: string; voortgang?: [string, ActieStatus, string][] } = {}) {
    const a = db
      .insert(actie)
      .values({
        planId,
        code: `A-${++n}`,
        titel: `Actie ${n}`,
        niveau: "regionaal",
        eigenaarId: eigenaar,
        deadline: opties.deadline ?? "2026-12-31",
        status,
        aangemaaktOp: "2026-01-05T09:00:00.000Z",
      })
      .returning()
      .get();
    for (const i of lijnIdx) db.insert(actieDoelstelling).values({ actieId: a.id, doelstellingId: doelen[i].id }).run();
    let van: ActieStatus = "niet_gestart";
    for (const [datum, naar, toelichting] of opties.voortgang ?? []) {
      db.insert(voortgang).values({ actieId: a.id, auteurId: eigenaar, datum, statusVan: van, statusNaar: naar, toelichting }).run();
      van = naar;
    }
    return a;
  }

  // 2026, actielijn 1: one of every status; actielijn 2: two afgerond (one also under lijn 1).
  maak(plan2026.id, [0], "niet_gestart");
  maak(plan2026.id, [0], "op_schema", { voortgang: [["2026-10-01", "op_schema", "Loopt"]] });
  maak(plan2026.id, [0], "aandacht", { deadline: "2026-06-30", voortgang: [["2026-11-01", "aandacht", "Capaciteit ontbreekt"]] });
  maak(plan2026.id, [0], "vertraagd", { voortgang: [["2026-03-01", "vertraagd", "Leverancier failliet"]] });
  maak(plan2026.id, [0, 1], "afgerond", {
    voortgang: [
      ["2026-02-01", "op_schema", "Gestart"],
      ["2026-11-10", "afgerond", "Klaar"],
    ],
  });
  maak(plan2026.id, [0], "vervallen", { voortgang: [["2026-05-01", "vervallen", "Niet meer nodig"]] });
  maak(plan2026.id, [1], "afgerond", { voortgang: [["2026-09-01", "afgerond", "Klaar"]] });
  // 2025: lijn 1 had 1 of 4 afgerond.
  maak(plan2025.id, [0], "afgerond", { voortgang: [["2025-06-01", "afgerond", "Klaar"]] });
  for (let i = 0; i < 3; i++) maak(plan2025.id, [0], "op_schema", { voortgang: [["2025-06-01", "op_schema", "Loopt"]] });

  db.insert(overleg).values({ regioId: r.id, datum: "2026-10-15", titel: "Overleg oktober" }).run();
  return r;
}

describe("dashboard van de wethouder", () => {
  it("telt per actielijn elke status, het percentage afgerond en de verandering sinds vorig jaar en het laatste overleg", () => {
    const r = bouwRegio();
    const d = laadDashboard({ id: r.id, nietBijgewerktWeken: 8 }, null, "2026-11-22")!;
    expect(d.jaar).toBe(2026);
    expect(d.vorigJaar).toBe(2025);
    expect(d.laatsteOverleg?.datum).toBe("2026-10-15");

    const [lijn1, lijn2] = d.actielijnen;
    expect(lijn1.telling).toEqual({ niet_gestart: 1, op_schema: 1, aandacht: 1, vertraagd: 1, afgerond: 1, vervallen: 1 });
    expect(lijn1.totaal).toBe(6);
    expect(lijn1.pctAfgerond).toBe(20); // 1 of the 5 that are not vervallen
    expect(lijn1.pctAfgerondVorigJaar).toBe(25);
    // On 15 October the actie afgerond on 10 November was still op schema.
    expect(lijn1.pctAfgerondBijOverleg).toBe(0);
    expect(lijn2.telling.afgerond).toBe(2);
    expect(lijn2.pctAfgerond).toBe(100);
    expect(lijn2.pctAfgerondBijOverleg).toBe(50);
    expect(lijn2.pctAfgerondVorigJaar).toBeNull();

    // The total counts an actie under two actielijnen once.
    expect(d.totaal.totaal).toBe(7);
    expect(d.totaal.telling.afgerond).toBe(2);
  });

  it("somt op wat aandacht vraagt, met de laatste toelichting", () => {
    const r = bouwRegio();
    const d = laadDashboard({ id: r.id, nietBijgewerktWeken: 8 }, 2026, "2026-11-22")!;
    expect(d.aandacht.map((a) => [a.status, a.toelichting])).toEqual([
      ["aandacht", "Capaciteit ontbreekt"],
      ["vertraagd", "Leverancier failliet"],
    ]);
    expect(d.overDeadline.map((a) => a.status)).toEqual(["aandacht"]);
    // niet gestart (never updated since 5 January) and vertraagd (1 March) are older than 8 weeks.
    expect(d.nietBijgewerkt.map((a) => a.status).sort()).toEqual(["niet_gestart", "vertraagd"]);
  });

  it("toont een ander jaar op verzoek en valt terug op het nieuwste plan", () => {
    const r = bouwRegio();
    expect(laadDashboard({ id: r.id, nietBijgewerktWeken: 8 }, 2025, "2026-11-22")!.jaar).toBe(2025);
    expect(laadDashboard({ id: r.id, nietBijgewerktWeken: 8 }, 1999, "2026-11-22")!.jaar).toBe(2026);
  });

  it("laadt het dashboard van Hollands Midden met lokale kamers en open adviespunten voor de wethouder", async () => {
    const uit = await run(() =>
      startLoader({
        request: getRequest("/r/hollands-midden?jaar=2025", cookieFor("wethouder@leiden.example")),
        params: { regio: "hollands-midden" },
        context: testContext,
      } as any),
    );
    expect(uit.status).toBe(200);
    const d = (uit.data as any).dashboard;
    expect(d.jaar).toBe(2025);
    const gemeenten = db.get<{ n: number }>(sql`select count(*) as n from gemeente g join regio r on r.id = g.regio_id where r.slug = 'hollands-midden'`).n;
    expect(d.lokaleKamers).toHaveLength(gemeenten);
    const open = db.get<{ n: number }>(sql`select count(*) as n from adviespunt p join advies a on a.id = p.advies_id join regio r on r.id = a.regio_id where r.slug = 'hollands-midden' and p.verwerking is null`).n;
    expect(d.adviespunten).toHaveLength(open);
  });
});
