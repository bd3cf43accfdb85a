import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import {
  actie,
  actieDoelstelling,
  actiePartner,
  actielijn,
  audit,
  doelstelling,
  gebruiker,
  gemeente,
  organisatie,
  regio,
  regiovisie,
} from "../../db/schema";
import { leesBedrag, bedragAlsInvoer } from "../../app/domain/acties/actie-schema";
import { BSN_MELDING } from "../../app/domain/privacy";
import { action, loader } from "../../app/routes/regio/actie-nieuw";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";
const COORDINATOR = "coordinator@leiden.example";

function regioId(slug: string) {
  return db.select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
}
function gemeenteId(naam: string) {
  return db.select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.naam, naam)).get()!.id;
}
function organisatieId(naam: string) {
  return db.select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.naam, naam)).get()!.id;
}
function gebruikerId(email: string) {
  return db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get()!.id;
}
function doelstellingId(slug: string, code: string) {
  return db
    .select({ id: doelstelling.id })
    .from(doelstelling)
    .innerJoin(actielijn, eq(actielijn.id, doelstelling.actielijnId))
    .innerJoin(regiovisie, eq(regiovisie.id, actielijn.visieId))
    .where(and(eq(regiovisie.regioId, regioId(slug)), eq(doelstelling.code, code)))
    .get()!.id;
}
function aantal(tabel: typeof actie | typeof actieDoelstelling | typeof actiePartner | typeof audit): number {
  return db.select({ n: sql<number>`count(*)` }).from(tabel).get()!.n;
}
function tellingen() {
  return { acties: aantal(actie), doelen: aantal(actieDoelstelling), partners: aantal(actiePartner) };
}

function geldig(extra: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    intent: "opslaan",
    titel: "Training signaleren voor huisartsen",
    omschrijving: "Twee trainingen per subregio.",
    niveau: "regionaal",
    gemeenteId: "",
    doelstellingIds: [String(doelstellingId(HM, "2.3"))],
    eigenaarId: String(gebruikerId(COORDINATOR)),
    trekker: `g:${gemeenteId("Leiden")}`,
    partners: [`o:${organisatieId("Veilig Thuis Hollands Midden")}`, `g:${gemeenteId("Gouda")}`],
    deadline: "2026-10-31",
    beoogdResultaat: "Huisartsen herkennen signalen eerder.",
    indicator: "Aantal getrainde huisartsen",
    financiering: "du_vo",
    bedrag: "€ 25.000",
    ...extra,
  };
}

function maak(velden: Record<string, string | string[]>, email = COORDINATOR, jaar = "2026") {
  return run(() =>
    action({
      request: postRequest(`/r/${HM}/plannen/${jaar}/acties/nieuw`, velden, cookieFor(email)),
      params: { regio: HM, jaar },
      context: testContext,
    } as any),
  );
}

function open(email: string, jaar = "2026", slug = HM) {
  return run(() =>
    loader({
      request: getRequest(`/r/${slug}/plannen/${jaar}/acties/nieuw`, cookieFor(email)),
      params: { regio: slug, jaar },
      context: testContext,
    } as any),
  );
}

function nieuwsteActie() {
  return db.select().from(actie).orderBy(sql`${actie.id} desc`).get()!;
}

describe("een actie aanmaken", () => {
  it("maakt een regionale actie met code, status niet gestart, versie 1, koppelingen en een auditregel", async () => {
    const voor = tellingen();
    const uit = await maak(geldig());
    const nieuw = nieuwsteActie();
    expect(uit.status).toBe(302);
    expect(uit.location).toBe(`/r/${HM}/acties/${nieuw.id}?aangemaakt=1`);
    expect(nieuw).toMatchObject({
      code: "2.3-11",
      titel: "Training signaleren voor huisartsen",
      niveau: "regionaal",
      gemeenteId: null,
      status: "niet_gestart",
      version: 1,
      trekkerGemeenteId: gemeenteId("Leiden"),
      trekkerOrganisatieId: null,
      financiering: "du_vo",
      bedragCenten: 2_500_000,
      deadline: "2026-10-31",
    });
    expect(tellingen()).toEqual({ acties: voor.acties + 1, doelen: voor.doelen + 1, partners: voor.partners + 2 });
    const rij = db
      .select()
      .from(audit)
      .where(and(eq(audit.entiteit, "actie"), eq(audit.entiteitId, String(nieuw.id)), eq(audit.actie, "aangemaakt")))
      .get()!;
    expect(rij.regioId).toBe(regioId(HM));
    expect(rij.na).toMatchObject({ code: "2.3-11", titel: "Training signaleren voor huisartsen", bedragCenten: 2_500_000, version: 1 });
  });

  it("neemt de eerste doelstelling in de volgorde van de visie voor de code, en telt door", async () => {
    await maak(geldig({ doelstellingIds: [String(doelstellingId(HM, "3.1")), String(doelstellingId(HM, "1.4"))] }));
    expect(nieuwsteActie().code).toBe("1.4-04");
    await maak(geldig({ doelstellingIds: [String(doelstellingId(HM, "1.4"))] }));
    expect(nieuwsteActie().code).toBe("1.4-05");
  });

  it("negeert een meegestuurde status: een nieuwe actie begint altijd als niet gestart", async () => {
    await maak(geldig({ status: "afgerond" }));
    expect(nieuwsteActie().status).toBe("niet_gestart");
  });

  it("laat een gemeente een lokale actie voor de eigen gemeente maken", async () => {
    const voorschoten = gemeenteId("Voorschoten");
    const uit = await maak(
      geldig({ niveau: "lokaal", gemeenteId: String(voorschoten), trekker: `g:${voorschoten}`, partners: [], eigenaarId: String(gebruikerId("beleid@voorschoten.example")) }),
      "beleid@voorschoten.example",
    );
    expect(uit.status).toBe(302);
    expect(nieuwsteActie()).toMatchObject({ niveau: "lokaal", gemeenteId: voorschoten });
  });

  it("weigert een gemeente een regionale actie of een lokale actie van een andere gemeente (403, niets aangemaakt)", async () => {
    const voor = tellingen();
    const regionaal = await maak(geldig(), "beleid@voorschoten.example");
    expect(regionaal.status).toBe(403);
    expect((regionaal.data as any).errors.niveau).toMatch(/eigen gemeente/);
    const katwijk = await maak(geldig({ niveau: "lokaal", gemeenteId: String(gemeenteId("Katwijk")) }), "beleid@voorschoten.example");
    expect(katwijk.status).toBe(403);
    expect((katwijk.data as any).errors.gemeenteId).toMatch(/eigen gemeente/);
    expect(tellingen()).toEqual(voor);
    const geweigerd = db.select({ n: sql<number>`count(*)` }).from(audit).where(eq(audit.resultaat, "geweigerd")).get()!.n;
    expect(geweigerd).toBe(2);
  });

  it("weigert een lezer en een ketenpartner het formulier en het aanmaken", async () => {
    const voor = tellingen();
    for (const email of ["wethouder@leiden.example", "partner@veiligthuis.example"]) {
      expect((await open(email)).status).toBe(403);
      expect((await maak(geldig(), email)).status).toBe(403);
    }
    expect(tellingen()).toEqual(voor);
  });

  it("biedt een gemeente alleen lokale acties van de eigen gemeente aan", async () => {
    const uit = await open("beleid@voorschoten.example");
    const data = uit.data as any;
    expect(uit.status).toBe(200);
    expect(data.ruimte).toEqual({ regionaal: false, lokaleGemeenteIds: [gemeenteId("Voorschoten")] });
    expect(data.waarden).toMatchObject({ niveau: "lokaal", gemeenteId: String(gemeenteId("Voorschoten")) });
  });

  it("toont de coördinator alle keuzes van de eigen regio en niets van een andere", async () => {
    const data = (await open(COORDINATOR)).data as any;
    const gemeenteNamen = data.keuzes.gemeenten.map((g: any) => g.naam);
    expect(gemeenteNamen).toContain("Voorschoten");
    expect(gemeenteNamen).not.toContain("Den Haag");
    expect(data.keuzes.organisaties.map((o: any) => o.naam)).not.toContain("Veilig Thuis Haaglanden");
    expect(data.keuzes.gebruikers.map((g: any) => g.id)).not.toContain(gebruikerId("coordinator@denhaag.example"));
    expect(data.keuzes.actielijnen.map((l: any) => l.code)).toEqual(["1", "2", "3"]);
    expect(data.ruimte.regionaal).toBe(true);
  });

  it("geeft 404 voor een plan dat niet bestaat, en voor een jaar dat geen jaar is", async () => {
    expect((await open(COORDINATOR, "2031")).status).toBe(404);
    expect((await open(COORDINATOR, "abc")).status).toBe(404);
    expect((await maak(geldig(), COORDINATOR, "2031")).status).toBe(404);
    expect((await open("coordinator@denhaag.example", "2026", "haaglanden")).status).toBe(404);
  });
});

describe("invoercontrole bij aanmaken: 400 met een Nederlandse melding bij het veld, niets aangemaakt", () => {
  const haaglanden = () => ({
    gemeente: gemeenteId("Den Haag"),
    organisatie: organisatieId("Veilig Thuis Haaglanden"),
    doel: doelstellingId("haaglanden", "1.1"),
    eigenaar: gebruikerId("coordinator@denhaag.example"),
  });

  const gevallen: [string, () => Record<string, string | string[]>, string, RegExp][] = [
    ["een lege titel", () => ({ titel: "  " }), "titel", /Vul een titel in/],
    ["een te lange titel", () => ({ titel: "x".repeat(201) }), "titel", /hoogstens 200/],
    ["een BSN in de titel", () => ({ titel: "Actie voor 111222333" }), "titel", new RegExp(BSN_MELDING.slice(0, 30))],
    ["een te lange omschrijving", () => ({ omschrijving: "x".repeat(4001) }), "omschrijving", /hoogstens 4000/],
    ["een BSN in de omschrijving", () => ({ omschrijving: "nummer 111.222.333" }), "omschrijving", /BSN/],
    ["een onbekend niveau", () => ({ niveau: "provinciaal" }), "niveau", /regionaal of lokaal/],
    ["een lokale actie zonder gemeente", () => ({ niveau: "lokaal", gemeenteId: "" }), "gemeenteId", /gemeente van deze lokale actie/],
    ["een gemeente-id dat geen getal is", () => ({ niveau: "lokaal", gemeenteId: "Leiden" }), "gemeenteId", /uit de lijst/],
    ["een gemeente van Haaglanden", () => ({ niveau: "lokaal", gemeenteId: String(haaglanden().gemeente) }), "gemeenteId", /van deze regio/],
    ["een onbekende gemeente", () => ({ niveau: "lokaal", gemeenteId: "999999" }), "gemeenteId", /van deze regio/],
    ["geen doelstelling", () => ({ doelstellingIds: [] }), "doelstellingIds", /ten minste één doelstelling/],
    ["een doelstelling-id dat geen getal is", () => ({ doelstellingIds: ["2.3"] }), "doelstellingIds", /uit de lijst/],
    ["een onbekende doelstelling", () => ({ doelstellingIds: ["999999"] }), "doelstellingIds", /regiovisie van dit uitvoeringsplan/],
    ["een doelstelling van Haaglanden", () => ({ doelstellingIds: [String(haaglanden().doel)] }), "doelstellingIds", /regiovisie van dit uitvoeringsplan/],
    ["geen eigenaar", () => ({ eigenaarId: "" }), "eigenaarId", /eigenaar/],
    ["een eigenaar zonder rol in de regio", () => ({ eigenaarId: String(haaglanden().eigenaar) }), "eigenaarId", /rol in deze regio/],
    ["een onbekende eigenaar", () => ({ eigenaarId: "999999" }), "eigenaarId", /rol in deze regio/],
    ["geen trekker", () => ({ trekker: "" }), "trekker", /trekker/],
    ["een trekker in een onbekend formaat", () => ({ trekker: "x:1" }), "trekker", /uit de lijst/],
    ["een gemeente van Haaglanden als trekker", () => ({ trekker: `g:${haaglanden().gemeente}` }), "trekker", /van deze regio/],
    ["een organisatie van Haaglanden als trekker", () => ({ trekker: `o:${haaglanden().organisatie}` }), "trekker", /van deze regio/],
    ["een organisatie van Haaglanden als partner", () => ({ partners: [`o:${haaglanden().organisatie}`] }), "partners", /van deze regio/],
    ["de trekker ook als partner", () => ({ partners: [`g:${gemeenteId("Leiden")}`] }), "partners", /trekker kan niet ook/],
    ["een partner in een onbekend formaat", () => ({ partners: ["Leiden"] }), "partners", /uit de lijst/],
    ["geen deadline", () => ({ deadline: "" }), "deadline", /geldige deadline/],
    ["een deadline in Nederlandse notatie", () => ({ deadline: "31-12-2026" }), "deadline", /geldige deadline/],
    ["een deadline ver na het planjaar", () => ({ deadline: "2030-01-01" }), "deadline", /tussen 1 januari 2025 en 31 december 2027/],
    ["een te lang beoogd resultaat", () => ({ beoogdResultaat: "x".repeat(2001) }), "beoogdResultaat", /hoogstens 2000/],
    ["een te lange indicator", () => ({ indicator: "x".repeat(1001) }), "indicator", /hoogstens 1000/],
    ["een onbekende financiering", () => ({ financiering: "subsidie" }), "financiering", /financiering uit de lijst/],
    ["een negatief bedrag", () => ({ bedrag: "-500" }), "bedrag", /negatief/],
    ["een bedrag boven 100 miljoen", () => ({ bedrag: "€ 100.000.000,01" }), "bedrag", /hoogstens € 100.000.000/],
    ["een bedrag dat geen bedrag is", () => ({ bedrag: "veel" }), "bedrag", /zoals 25.000/],
    ["een titel als lijst in plaats van tekst", () => ({ titel: ["a", "b"] }), "titel", /./],
  ];

  it.each(gevallen)("weigert %s", async (_naam, extra, veld, melding) => {
    const voor = tellingen();
    const velden = geldig(extra());
    const uit = await maak(velden);
    expect(uit.status).toBe(400);
    expect((uit.data as any).errors[veld]).toMatch(melding);
    expect(tellingen()).toEqual(voor);
  });

  it("houdt bij een fout de invoer vast, ook de aangevinkte doelstellingen en partners", async () => {
    const velden = geldig({ titel: "" });
    const uit = await maak(velden);
    const values = (uit.data as any).values;
    expect(values.omschrijving).toBe("Twee trainingen per subregio.");
    expect(values.partners).toEqual(velden.partners);
    expect(values.bedrag).toBe("€ 25.000");
  });
});

describe("bedragen lezen zoals een Nederlander ze typt", () => {
  it.each([
    ["1.234,56", 123_456],
    ["€ 25.000", 2_500_000],
    ["25000", 2_500_000],
    ["€ 25.000,-", 2_500_000],
    ["0,5", 50],
    ["100.000.000", 10_000_000_000],
  ])("leest %s als %i cent", (invoer, centen) => {
    expect(leesBedrag(invoer)).toEqual({ ok: true, centen });
  });

  it.each(["1,234.56", "12.34", "€ -5", "1.2345", "abc"])("weigert %s", (invoer) => {
    expect(leesBedrag(invoer).ok).toBe(false);
  });

  it("schrijft een bedrag terug zoals het werd ingevuld", () => {
    expect(bedragAlsInvoer(2_500_000)).toBe("25.000");
    expect(bedragAlsInvoer(123_456)).toBe("1.234,56");
    expect(bedragAlsInvoer(null)).toBe("");
  });
});
