import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { audit } from "../../db/schema";
import { loader as homeLoader } from "../../app/routes/home";
import { loader as layoutLoader } from "../../app/routes/regio/layout";
import { loader as plannenLoader } from "../../app/routes/regio/plannen";
import { loader as startLoader } from "../../app/routes/regio/start";
import { loader as visieLoader } from "../../app/routes/regio/visie";
import { cookieFor, getRequest, run, testContext } from "../helpers/http";

const regioLoaders = { layout: layoutLoader, start: startLoader, visie: visieLoader, plannen: plannenLoader };

function open(loader: (args: any) => unknown, regio: string, email?: string) {
  return run(() =>
    loader({ request: getRequest(`/r/${regio}`, email ? cookieFor(email) : undefined), params: { regio }, context: testContext }),
  );
}

const HM_ROLLEN = [
  "beheerder@demo.example",
  "coordinator@leiden.example",
  "coordinator@gouda.example",
  "beleid@voorschoten.example",
  "procesregisseur@voorschoten.example",
  "partner@veiligthuis.example",
  "wethouder@leiden.example",
];

describe("toegang tot een regio", () => {
  for (const [naam, loader] of Object.entries(regioLoaders)) {
    it.each(HM_ROLLEN)(`${naam}: %s ziet Hollands Midden`, async (email) => {
      expect((await open(loader, "hollands-midden", email)).status).toBe(200);
    });

    it(`${naam}: een gebruiker van Haaglanden krijgt 403 op Hollands Midden`, async () => {
      expect((await open(loader, "hollands-midden", "coordinator@denhaag.example")).status).toBe(403);
    });

    it(`${naam}: een anonieme bezoeker gaat naar de loginpagina, met de weg terug`, async () => {
      const uit = await open(loader, "hollands-midden");
      expect(uit.status).toBe(302);
      expect(uit.location).toBe("/login?redirectTo=%2Fr%2Fhollands-midden");
    });

    it(`${naam}: een onbekende regio geeft 404`, async () => {
      expect((await open(loader, "bestaat-niet", "beheerder@demo.example")).status).toBe(404);
    });
  }

  it("legt een geweigerde toegang vast in het auditlog", async () => {
    await open(visieLoader, "hollands-midden", "coordinator@denhaag.example");
    const rows = db.select().from(audit).where(eq(audit.resultaat, "geweigerd")).all();
    expect(rows).toHaveLength(1);
    expect(rows[0].actie).toBe("regio.bekijken");
    expect(rows[0].ip).toBe(testContext.ip);
  });

  it("toont op de startpagina de centrale ambitie, uitgangspunten, actielijnen met doelstellingen en plannen per jaar", async () => {
    const uit = await open(startLoader, "hollands-midden", "wethouder@leiden.example");
    const data = uit.data as any;
    expect(data.visie.centraleAmbitie).toMatch(/^Huiselijk geweld voorkomen/);
    expect(data.visie.uitgangspunten).toHaveLength(6);
    expect(data.visie.actielijnen.map((l: any) => l.code)).toEqual(["1", "2", "3"]);
    expect(data.visie.actielijnen[1].doelstellingen.map((d: any) => d.code)).toEqual(["2.1", "2.2", "2.3", "2.4"]);
    expect(data.plannen.map((p: any) => [p.jaar, p.status])).toEqual([
      [2026, "concept"],
      [2025, "vastgesteld"],
      [2024, "vastgesteld"],
    ]);
    const totaal = db.get<{ n: number }>(sql`select count(*) as n from actie a join uitvoeringsplan p on p.id = a.plan_id where p.jaar = 2026`);
    expect(data.plannen[0].aantalActies).toBe(totaal.n);
    expect(data.plannen[0].aantalActies).toBeGreaterThanOrEqual(40);
  });

  it("toont elke regio alleen haar eigen visie", async () => {
    const uit = await open(visieLoader, "haaglanden", "coordinator@denhaag.example");
    expect((uit.data as any).visie.titel).toContain("Haaglanden");
  });
});

describe("startpagina /", () => {
  it("stuurt een gebruiker met één regio direct naar die regio", async () => {
    const uit = await run(() => homeLoader({ request: getRequest("/", cookieFor("beleid@voorschoten.example")), params: {}, context: testContext } as any));
    expect(uit.status).toBe(302);
    expect(uit.location).toBe("/r/hollands-midden");
  });

  it("laat een beheerder kiezen uit alle regio's", async () => {
    const uit = await run(() => homeLoader({ request: getRequest("/", cookieFor("beheerder@demo.example")), params: {}, context: testContext } as any));
    expect(uit.status).toBe(200);
    expect((uit.data as any).regios.map((r: any) => r.slug).sort()).toEqual(["haaglanden", "hollands-midden", "zuid-holland-zuid"]);
  });

  it("laat een gebruiker met rollen in meerdere regio's kiezen", async () => {
    const { lidmaatschap, regio, gebruiker } = await import("../../db/schema");
    const haaglanden = db.select().from(regio).where(eq(regio.slug, "haaglanden")).get()!;
    const wethouder = db.select().from(gebruiker).where(eq(gebruiker.email, "wethouder@leiden.example")).get()!;
    db.insert(lidmaatschap).values({ gebruikerId: wethouder.id, regioId: haaglanden.id, rol: "lezer" }).run();
    const uit = await run(() => homeLoader({ request: getRequest("/", cookieFor("wethouder@leiden.example")), params: {}, context: testContext } as any));
    expect(uit.status).toBe(200);
    expect((uit.data as any).regios.map((r: any) => r.slug).sort()).toEqual(["haaglanden", "hollands-midden"]);
  });

  it("stuurt een anonieme bezoeker naar /login", async () => {
    const uit = await run(() => homeLoader({ request: getRequest("/"), params: {}, context: testContext } as any));
    expect(uit.location).toBe("/login");
  });
});
