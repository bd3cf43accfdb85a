import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { audit, gemeente, organisatie, regio } from "../../db/schema";
import { queueMail } from "../../app/domain/mail.server";
import { loader as auditLoader } from "../../app/routes/beheer/audit";
import { loader as outboxLoader } from "../../app/routes/beheer/outbox";
import { action as regioAction } from "../../app/routes/beheer/regio";
import { action as regiosAction, loader as regiosLoader } from "../../app/routes/beheer/regios";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const BEHEERDER = "beheerder@demo.example";

function regioId(slug: string): number {
  return db.select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
}

function tel(tabel: typeof regio | typeof gemeente | typeof organisatie | typeof audit): number {
  return db.select({ n: sql<number>`count(*)` }).from(tabel).get()!.n;
}

function maakRegio(fields: Record<string, string | string[]>, email = BEHEERDER) {
  return run(() =>
    regiosAction({ request: postRequest("/beheer/regios", fields, cookieFor(email)), params: {}, context: testContext } as any),
  );
}

function bewerkRegio(id: number, fields: Record<string, string | string[]>, email = BEHEERDER) {
  return run(() =>
    regioAction({
      request: postRequest(`/beheer/regios/${id}`, fields, cookieFor(email)),
      params: { id: String(id) },
      context: testContext,
    } as any),
  );
}

describe("regio's beheren", () => {
  it("maakt een regio aan, legt het vast en toont hem met tellingen", async () => {
    const uit = await maakRegio({ naam: "Twente", slug: "twente" });
    expect(uit.status).toBe(302);
    const id = regioId("twente");
    expect(uit.location).toBe(`/beheer/regios/${id}?aangemaakt=1`);
    expect(db.select().from(audit).where(and(eq(audit.entiteit, "regio"), eq(audit.entiteitId, String(id)))).get()?.actie).toBe(
      "aangemaakt",
    );
    const lijst = await run(() =>
      regiosLoader({ request: getRequest("/beheer/regios", cookieFor(BEHEERDER)), params: {}, context: testContext } as any),
    );
    const hm = (lijst.data as any).regios.find((r: any) => r.slug === "hollands-midden");
    expect(hm.aantalGemeenten).toBeGreaterThan(10);
    expect(hm.aantalGebruikers).toBeGreaterThanOrEqual(7);
    expect((lijst.data as any).regios.find((r: any) => r.slug === "twente")).toMatchObject({ aantalGemeenten: 0, aantalGebruikers: 0 });
  });

  it.each([
    ["een slug die al bestaat", { naam: "Nog een Hollands Midden", slug: "hollands-midden" }, "slug", /al in gebruik/],
    ["hoofdletters en spaties in de slug", { naam: "Twente", slug: "Twente Oost" }, "slug", /kleine letters/],
    ["een lege naam", { naam: "", slug: "twente" }, "naam", /Vul de naam/],
    ["een naam van 100 kB", { naam: "x".repeat(100_000), slug: "twente" }, "naam", /hoogstens/],
    ["lijsten in plaats van tekst", { naam: ["a", "b"], slug: "twente" }, "naam", /.+/],
  ])("weigert %s met 400 en maakt niets aan", async (_naam, velden, veld, melding) => {
    const voor = tel(regio);
    const uit = await maakRegio(velden);
    expect(uit.status).toBe(400);
    expect((uit.data as any).errors[veld]).toMatch(melding);
    expect(tel(regio)).toBe(voor);
  });

  it("een regiocoördinator mag geen regio aanmaken", async () => {
    const voor = tel(regio);
    expect((await maakRegio({ naam: "Twente", slug: "twente" }, "coordinator@leiden.example")).status).toBe(403);
    expect(tel(regio)).toBe(voor);
  });

  it("wijzigt naam en 'niet bijgewerkt na' binnen 1 tot en met 52 weken", async () => {
    const id = regioId("zuid-holland-zuid");
    const goed = await bewerkRegio(id, { intent: "regio-bewerken", naam: "Zuid-Holland Zuid", nietBijgewerktWeken: "12" });
    expect(goed.status).toBe(200);
    expect(db.select().from(regio).where(eq(regio.id, id)).get()!.nietBijgewerktWeken).toBe(12);
    for (const weken of ["0", "53", "acht", "-1", ""]) {
      const fout = await bewerkRegio(id, { intent: "regio-bewerken", naam: "Zuid-Holland Zuid", nietBijgewerktWeken: weken });
      expect(fout.status, weken).toBe(400);
      expect((fout.data as any).errors.nietBijgewerktWeken).toMatch(/1 tot en met 52/);
    }
    expect(db.select().from(regio).where(eq(regio.id, id)).get()!.nietBijgewerktWeken).toBe(12);
  });

  it("voegt een gemeente toe met een afgeleide slug en weigert een dubbele naam", async () => {
    const id = regioId("haaglanden");
    const uit = await bewerkRegio(id, { intent: "gemeente-toevoegen", gemeenteNaam: "Súdwest Fryslân", centrumgemeente: "ja" });
    expect(uit.status).toBe(200);
    const nieuw = db.select().from(gemeente).where(and(eq(gemeente.regioId, id), eq(gemeente.naam, "Súdwest Fryslân"))).get()!;
    expect(nieuw).toMatchObject({ slug: "sudwest-fryslan", isCentrumgemeente: true });

    const voor = tel(gemeente);
    const dubbel = await bewerkRegio(id, { intent: "gemeente-toevoegen", gemeenteNaam: "Den Haag" });
    expect(dubbel.status).toBe(400);
    expect((dubbel.data as any).errors.gemeenteNaam).toMatch(/al een gemeente/);
    expect(tel(gemeente)).toBe(voor);
  });

  it("voegt een organisatie toe en weigert een onbekende soort", async () => {
    const id = regioId("haaglanden");
    const uit = await bewerkRegio(id, { intent: "organisatie-toevoegen", organisatieNaam: "Reclassering Haaglanden", soort: "politie_justitie" });
    expect(uit.status).toBe(200);
    expect(db.select().from(organisatie).where(eq(organisatie.naam, "Reclassering Haaglanden")).get()?.regioId).toBe(id);

    const voor = tel(organisatie);
    const fout = await bewerkRegio(id, { intent: "organisatie-toevoegen", organisatieNaam: "Iets", soort: "geheime_dienst" });
    expect(fout.status).toBe(400);
    expect((fout.data as any).errors.soort).toMatch(/Kies een soort/);
    expect(tel(organisatie)).toBe(voor);
  });

  it("geeft 404 voor een regio die niet bestaat", async () => {
    expect((await bewerkRegio(999999, { intent: "regio-bewerken", naam: "X", nietBijgewerktWeken: "8" })).status).toBe(404);
  });
});

describe("outbox", () => {
  it("toont mail uit de outbox, nieuwste eerst, met tekst en status", async () => {
    const eerste = queueMail(db, { aan: "eerste@test.example", onderwerp: "Eerste", tekst: "Regel 1\nRegel 2" });
    const tweede = queueMail(db, { aan: "tweede@test.example", onderwerp: "Tweede", tekst: "Hallo" });
    const uit = await run(() =>
      outboxLoader({ request: getRequest("/beheer/outbox", cookieFor(BEHEERDER)), params: {}, context: testContext } as any),
    );
    expect(uit.status).toBe(200);
    const mails = (uit.data as any).mails;
    expect(mails.slice(0, 2).map((m: any) => m.id)).toEqual([tweede, eerste]);
    expect(mails[1]).toMatchObject({ aan: "eerste@test.example", tekst: "Regel 1\nRegel 2", verzondenOp: null });
    expect((uit.data as any).smtp).toBe(false);
  });

  it("pagineert per 50", async () => {
    for (let i = 0; i < 60; i++) queueMail(db, { aan: `m${i}@test.example`, onderwerp: `Mail ${i}`, tekst: "." });
    const pagina = async (zoek: string) =>
      (await run(() =>
        outboxLoader({ request: getRequest(`/beheer/outbox${zoek}`, cookieFor(BEHEERDER)), params: {}, context: testContext } as any),
      )).data as any;
    const een = await pagina("");
    const twee = await pagina("?pagina=2");
    expect(een.mails).toHaveLength(50);
    expect(twee.mails.length).toBe(een.totaal - 50);
    expect((await pagina("?pagina=abc")).pagina).toBe(1);
  });
});

describe("auditlog", () => {
  function leesAudit(zoek: string, email: string) {
    return run(() =>
      auditLoader({ request: getRequest(`/beheer/audit${zoek}`, cookieFor(email)), params: {}, context: testContext } as any),
    );
  }

  function schrijf(regioId: number | null, entiteit: string, resultaat: "ok" | "geweigerd" = "ok") {
    db.insert(audit).values({ regioId, entiteit, actie: "test", resultaat }).run();
  }

  it("toont een coördinator alleen de regels van de eigen regio", async () => {
    schrijf(regioId("hollands-midden"), "actie");
    schrijf(regioId("haaglanden"), "actie");
    schrijf(null, "sessie");
    const uit = await leesAudit("", "coordinator@denhaag.example");
    expect(uit.status).toBe(200);
    const rijen = (uit.data as any).rijen;
    expect(rijen.length).toBeGreaterThan(0);
    expect(rijen.every((r: any) => r.regioNaam === "Haaglanden")).toBe(true);
    expect((uit.data as any).entiteiten).not.toContain("sessie");
  });

  it("weigert een coördinator het log van een andere regio via ?regio=", async () => {
    expect((await leesAudit("?regio=hollands-midden", "coordinator@denhaag.example")).status).toBe(404);
  });

  it("laat de beheerder filteren op regio, entiteit en resultaat, nieuwste eerst", async () => {
    schrijf(regioId("hollands-midden"), "voortgang", "ok");
    schrijf(regioId("hollands-midden"), "voortgang", "geweigerd");
    schrijf(regioId("haaglanden"), "voortgang", "geweigerd");
    const uit = await leesAudit("?regio=hollands-midden&entiteit=voortgang&resultaat=geweigerd", BEHEERDER);
    const rijen = (uit.data as any).rijen;
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({ entiteit: "voortgang", resultaat: "geweigerd", regioNaam: "Hollands Midden" });

    const alles = (await leesAudit("", BEHEERDER)).data as any;
    // Newest first by the moment it happened (seeded history can be dated back), then by id.
    const volgorde = alles.rijen.map((r: any) => [r.tijdstip, r.id] as [string, number]);
    const verwacht = [...volgorde].sort((a, b) => (a[0] === b[0] ? b[1] - a[1] : a[0] < b[0] ? 1 : -1));
    expect(volgorde).toEqual(verwacht);
    expect(alles.totaal).toBe(tel(audit));
  });
});
