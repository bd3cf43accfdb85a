import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { audit, overleg, regio } from "../../db/schema";
import { vandaag } from "../../app/domain/format";
import { action, loader } from "../../app/routes/regio/overleggen";
import {
  cookieFor,
  getRequest,
  postRequest,
  run,
  testContext,
} from "../helpers/http";

const PAD = "/r/hollands-midden/overleg";

const aantalOverleggen = () => db.select({ n: count() }).from(overleg).get()!.n;
const aantalAuditOk = () =>
  db.select({ n: count() }).from(audit).where(eq(audit.resultaat, "ok")).get()!
    .n;

function maak(
  velden: Record<string, string>,
  email = "coordinator@leiden.example",
) {
  return run(() =>
    action({
      request: postRequest(PAD, velden, cookieFor(email)),
      params: { regio: "hollands-midden" },
      context: testContext,
    } as any),
  );
}

function lijst(email: string, slug = "hollands-midden") {
  return run(() =>
    loader({
      request: getRequest(`/r/${slug}/overleg`, cookieFor(email)),
      params: { regio: slug },
      context: testContext,
    } as any),
  );
}

function regioId(slug: string) {
  return db
    .select({ id: regio.id })
    .from(regio)
    .where(eq(regio.slug, slug))
    .get()!.id;
}

describe("overleg aanmaken", () => {
  it("maakt een overleg aan, legt het vast in het auditlog en gaat naar de vergaderpagina", async () => {
    const uit = await maak({
      datum: "2026-12-10",
      titel: "Decemberoverleg",
      vooruitkijkWeken: "8",
    });
    const rij = db.select().from(overleg).get()!;
    expect(uit.status).toBe(302);
    expect(uit.location).toBe(`/r/hollands-midden/overleg/${rij.id}`);
    expect(rij).toMatchObject({
      datum: "2026-12-10",
      titel: "Decemberoverleg",
      vooruitkijkWeken: 8,
      regioId: regioId("hollands-midden"),
    });
    const log = db
      .select()
      .from(audit)
      .where(eq(audit.entiteit, "overleg"))
      .all();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      actie: "overleg.aanmaken",
      entiteitId: String(rij.id),
      ip: testContext.ip,
    });
  });

  it("geeft zonder titel- en wekenveld de standaardtitel en 6 weken vooruit", async () => {
    expect(
      (await maak({ datum: "2026-11-12" }, "beheerder@demo.example")).status,
    ).toBe(302);
    expect(db.select().from(overleg).get()).toMatchObject({
      titel: "Ambtelijk beleidsoverleg november 2026",
      vooruitkijkWeken: 6,
    });
  });

  const fouten: [string, Record<string, string>, string][] = [
    [
      "een onzindatum",
      { datum: "morgen", titel: "Overleg", vooruitkijkWeken: "6" },
      "datum",
    ],
    [
      "een datum die niet bestaat",
      { datum: "2026-13-45", titel: "Overleg", vooruitkijkWeken: "6" },
      "datum",
    ],
    [
      "een lege datum",
      { datum: "", titel: "Overleg", vooruitkijkWeken: "6" },
      "datum",
    ],
    [
      "een lege titel",
      { datum: "2026-12-10", titel: "   ", vooruitkijkWeken: "6" },
      "titel",
    ],
    [
      "een titel van 100 kB",
      {
        datum: "2026-12-10",
        titel: "x".repeat(100_000),
        vooruitkijkWeken: "6",
      },
      "titel",
    ],
    [
      "een titel met een BSN",
      {
        datum: "2026-12-10",
        titel: "Overleg 111222333",
        vooruitkijkWeken: "6",
      },
      "titel",
    ],
    [
      "0 weken vooruit",
      { datum: "2026-12-10", titel: "Overleg", vooruitkijkWeken: "0" },
      "vooruitkijkWeken",
    ],
    [
      "27 weken vooruit",
      { datum: "2026-12-10", titel: "Overleg", vooruitkijkWeken: "27" },
      "vooruitkijkWeken",
    ],
    [
      "weken als tekst",
      { datum: "2026-12-10", titel: "Overleg", vooruitkijkWeken: "zes" },
      "vooruitkijkWeken",
    ],
  ];
  it.each(fouten)(
    "weigert %s met een melding bij het veld en verandert niets",
    async (_naam, velden, veld) => {
      const auditVoor = aantalAuditOk();
      const uit = await maak(velden);
      expect(uit.status).toBe(400);
      const antwoord = uit.data as {
        errors: Record<string, string>;
        values: Record<string, string>;
      };
      expect(antwoord.errors[veld]).toMatch(/\w/);
      expect(antwoord.values.datum).toBe(velden.datum);
      expect(aantalOverleggen()).toBe(0);
      expect(aantalAuditOk()).toBe(auditVoor);
    },
  );

  it.each([
    "wethouder@leiden.example",
    "beleid@voorschoten.example",
    "partner@veiligthuis.example",
    "coordinator@denhaag.example",
  ])("weigert %s met 403 en maakt niets aan", async (email) => {
    const uit = await maak(
      { datum: "2026-12-10", titel: "Overleg", vooruitkijkWeken: "6" },
      email,
    );
    expect(uit.status).toBe(403);
    expect(aantalOverleggen()).toBe(0);
    expect(
      db
        .select({ n: count() })
        .from(audit)
        .where(eq(audit.resultaat, "geweigerd"))
        .get()!.n,
    ).toBe(1);
  });
});

describe("lijst van overleggen", () => {
  it("toont een lege lijst, met het formulier alleen voor wie overleggen beheert", async () => {
    const coordinator = (await lijst("coordinator@gouda.example")).data as any;
    expect(coordinator).toMatchObject({
      komend: [],
      eerder: [],
      magBeheren: true,
    });
    const wethouder = (await lijst("wethouder@leiden.example")).data as any;
    expect(wethouder.magBeheren).toBe(false);
  });

  it("splitst in komende en eerdere overleggen, nieuwste eerst, alleen van de eigen regio", async () => {
    const hm = regioId("hollands-midden");
    const dag = vandaag();
    const jaar = Number(dag.slice(0, 4));
    db.insert(overleg)
      .values([
        { regioId: hm, datum: `${jaar - 1}-03-01`, titel: "Oud" },
        { regioId: hm, datum: `${jaar + 1}-02-01`, titel: "Verst weg" },
        { regioId: hm, datum: dag, titel: "Vandaag" },
        { regioId: hm, datum: `${jaar - 1}-06-01`, titel: "Minder oud" },
        { regioId: regioId("haaglanden"), datum: dag, titel: "Haaglanden" },
      ])
      .run();
    const data = (await lijst("partner@veiligthuis.example")).data as any;
    expect(data.komend.map((o: any) => o.titel)).toEqual([
      "Verst weg",
      "Vandaag",
    ]);
    expect(data.eerder.map((o: any) => o.titel)).toEqual(["Minder oud", "Oud"]);
  });

  it("weigert een gebruiker van een andere regio", async () => {
    expect((await lijst("coordinator@denhaag.example")).status).toBe(403);
  });
});
