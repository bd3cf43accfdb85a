import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { actieDoelstelling, actielijn, audit, doelstelling, regio, regiovisie, uitgangspunt } from "../../db/schema";
import { loader as visieLoader } from "../../app/routes/regio/visie";
import { action, loader } from "../../app/routes/regio/visie-bewerken";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const LEIDEN = "coordinator@leiden.example";
const GOUDA = "coordinator@gouda.example";
const DEN_HAAG = "coordinator@denhaag.example";
const HM = "hollands-midden";
const PAD = `/r/${HM}/visie/bewerken`;
const BSN = "Gezin met BSN 123456782 besproken";

function openPagina(email?: string, slug = HM) {
  return run(() =>
    loader({
      request: getRequest(`/r/${slug}/visie/bewerken`, email ? cookieFor(email) : undefined),
      params: { regio: slug },
      context: testContext,
    } as any),
  );
}

function verstuur(fields: Record<string, string | string[]>, email: string | null = LEIDEN, slug = HM) {
  return run(() =>
    action({
      request: postRequest(`/r/${slug}/visie/bewerken`, fields, email ? cookieFor(email) : undefined),
      params: { regio: slug },
      context: testContext,
    } as any),
  );
}

function visieVan(slug: string) {
  return db
    .select()
    .from(regiovisie)
    .innerJoin(regio, eq(regio.id, regiovisie.regioId))
    .where(eq(regio.slug, slug))
    .get()!.regiovisie;
}

/** Actielijnen in order, each with its doelstellingen in order, as [code, [codes]]. */
function indeling(slug = HM) {
  const visie = visieVan(slug);
  const lijnen = db
    .select({ id: actielijn.id, code: actielijn.code, titel: actielijn.titel })
    .from(actielijn)
    .where(eq(actielijn.visieId, visie.id))
    .orderBy(asc(actielijn.volgorde))
    .all();
  return lijnen.map((l) => ({
    ...l,
    doelstellingen: db
      .select({ id: doelstelling.id, code: doelstelling.code, tekst: doelstelling.tekst, ingetrokken: doelstelling.ingetrokken })
      .from(doelstelling)
      .where(eq(doelstelling.actielijnId, l.id))
      .orderBy(asc(doelstelling.volgorde))
      .all(),
  }));
}

function uitgangspunten(slug = HM) {
  return db
    .select({ id: uitgangspunt.id, tekst: uitgangspunt.tekst, volgorde: uitgangspunt.volgorde })
    .from(uitgangspunt)
    .where(eq(uitgangspunt.visieId, visieVan(slug).id))
    .orderBy(asc(uitgangspunt.volgorde))
    .all();
}

/** Everything the page can change, to prove that a refused request changed nothing. */
function stand() {
  return JSON.stringify({
    visies: db.select().from(regiovisie).orderBy(regiovisie.id).all(),
    punten: db.select().from(uitgangspunt).orderBy(uitgangspunt.id).all(),
    lijnen: db.select().from(actielijn).orderBy(actielijn.id).all(),
    doelen: db.select().from(doelstelling).orderBy(doelstelling.id).all(),
  });
}

function auditRijen(entiteit: string) {
  return db.select().from(audit).where(and(eq(audit.entiteit, entiteit), eq(audit.resultaat, "ok"))).orderBy(audit.id).all();
}

function aantalAudit(): number {
  return db.select({ n: sql<number>`count(*)` }).from(audit).get()!.n;
}

function fouten(uit: { data?: unknown }) {
  return (uit.data as { errors: Record<string, string> }).errors;
}

const geldigeGegevens = {
  intent: "visie-bewerken",
  titel: "Regiovisie Hollands Midden 2024-2029",
  periodeStart: "2024",
  periodeEind: "2029",
  centraleAmbitie: "Huiselijk geweld voorkomen en sneller stoppen.",
  vorige: "Regiovisie Geweld hoort nergens thuis 2019-2023",
};

describe("toegang tot het bewerken van de regiovisie", () => {
  it.each([LEIDEN, GOUDA, "beheerder@demo.example"])("%s mag de regiovisie van Hollands Midden bewerken", async (email) => {
    const uit = await openPagina(email);
    expect(uit.status).toBe(200);
    const visie = (uit.data as any).visie;
    expect(visie.actielijnen.map((l: any) => l.code)).toEqual(["1", "2", "3"]);
    expect(visie.actielijnen[0].doelstellingen[0].aantalActies).toBeGreaterThan(0);
    expect(visie.actielijnen[0].verwijderbaar).toBe(false);
    expect(visie.planjaren).toEqual([2024, 2025, 2026]);
  });

  it.each([
    "beleid@voorschoten.example",
    "procesregisseur@voorschoten.example",
    "partner@veiligthuis.example",
    "wethouder@leiden.example",
  ])("weigert %s de bewerkpagina en het opslaan met 403", async (email) => {
    expect((await openPagina(email)).status).toBe(403);
    const voor = stand();
    const uit = await verstuur({ intent: "uitgangspunt-toevoegen", tekst: "Nieuw" }, email);
    expect(uit.status).toBe(403);
    expect(stand()).toBe(voor);
    const weigering = db.select().from(audit).where(eq(audit.resultaat, "geweigerd")).all();
    expect(weigering.map((r) => r.actie)).toContain("visie.bewerken");
  });

  it("weigert de coördinator van Haaglanden op Hollands Midden met 403", async () => {
    expect((await openPagina(DEN_HAAG)).status).toBe(403);
    const voor = stand();
    expect((await verstuur({ intent: "uitgangspunt-toevoegen", tekst: "Nieuw" }, DEN_HAAG)).status).toBe(403);
    expect(stand()).toBe(voor);
  });

  it("stuurt een anonieme bezoeker naar de loginpagina en verandert niets bij een POST", async () => {
    const pagina = await openPagina();
    expect(pagina.status).toBe(302);
    expect(pagina.location).toBe(`/login?redirectTo=${encodeURIComponent(PAD)}`);
    const voor = stand();
    const uit = await verstuur({ intent: "uitgangspunt-toevoegen", tekst: "Nieuw" }, null);
    expect(uit.status).toBe(302);
    expect(uit.location).toBe("/login");
    expect(stand()).toBe(voor);
  });

  it("toont de link 'Regiovisie bewerken' alleen aan wie mag bewerken", async () => {
    const open = (email: string) =>
      run(() => visieLoader({ request: getRequest(`/r/${HM}/visie`, cookieFor(email)), params: { regio: HM }, context: testContext } as any));
    expect(((await open(LEIDEN)).data as any).magBewerken).toBe(true);
    expect(((await open("wethouder@leiden.example")).data as any).magBewerken).toBe(false);
    expect(((await open("beleid@voorschoten.example")).data as any).magBewerken).toBe(false);
  });
});

describe("titel, periode en centrale ambitie", () => {
  it("slaat de gegevens op en legt voor en na vast in het auditlog", async () => {
    const uit = await verstuur(geldigeGegevens);
    expect(uit.status).toBe(200);
    expect((uit.data as any).melding).toMatch(/opgeslagen/);
    const visie = visieVan(HM);
    expect(visie).toMatchObject({ titel: geldigeGegevens.titel, periodeStart: 2024, periodeEind: 2029 });
    const rij = auditRijen("regiovisie");
    expect(rij).toHaveLength(1);
    expect(rij[0]).toMatchObject({ entiteitId: String(visie.id), actie: "gewijzigd", ip: testContext.ip });
    expect((rij[0].voor as any).periodeEind).toBe(2028);
    expect((rij[0].na as any).periodeEind).toBe(2029);
  });

  it("maakt een lege 'vorige' leeg in de database", async () => {
    expect((await verstuur({ ...geldigeGegevens, vorige: "" })).status).toBe(200);
    expect(visieVan(HM).vorige).toBeNull();
  });

  it.each([
    ["een lege titel", { titel: "  " }, "titel", /titel/],
    ["een lege centrale ambitie", { centraleAmbitie: "" }, "centraleAmbitie", /centrale ambitie/],
    ["een ambitie van 100 kB", { centraleAmbitie: "x".repeat(100_000) }, "centraleAmbitie", /hoogstens 4000/],
    ["een titel van 201 tekens", { titel: "t".repeat(201) }, "titel", /hoogstens 200/],
    ["een titel als lijst", { titel: ["een", "twee"] }, "titel", /./],
    ["een BSN in de ambitie", { centraleAmbitie: BSN }, "centraleAmbitie", /BSN/],
    ["een jaartal dat geen getal is", { periodeStart: "twintig" }, "periodeStart", /jaartal/],
    ["een jaartal na 2100", { periodeEind: "2101" }, "periodeEind", /2100/],
    ["een eindjaar voor het beginjaar", { periodeStart: "2027", periodeEind: "2026" }, "periodeEind", /beginjaar/],
    ["een periode zonder planjaar 2024", { periodeStart: "2025" }, "periodeStart", /2024, 2025 en 2026/],
    ["een periode zonder planjaar 2026", { periodeEind: "2025" }, "periodeEind", /uitvoeringsplannen voor 2024, 2025 en 2026/],
  ])("weigert %s met 400 en verandert niets", async (_naam, wijziging, veld, melding) => {
    const voor = stand();
    const audits = aantalAudit();
    const uit = await verstuur({ ...geldigeGegevens, ...wijziging } as Record<string, string | string[]>);
    expect(uit.status).toBe(400);
    expect(fouten(uit)[veld]).toMatch(melding);
    expect((uit.data as any).intent).toBe("visie-bewerken");
    expect(stand()).toBe(voor);
    expect(aantalAudit()).toBe(audits);
  });

  it("houdt bij een fout de ingevulde tekst vast", async () => {
    const uit = await verstuur({ ...geldigeGegevens, periodeStart: "2025", titel: "Mijn nieuwe titel" });
    expect((uit.data as any).values.titel).toBe("Mijn nieuwe titel");
  });

  it("weigert een onbekende handeling met 400", async () => {
    const voor = stand();
    const uit = await verstuur({ intent: "alles-wissen" });
    expect(uit.status).toBe(400);
    expect(fouten(uit).intent).toBe("Onbekende handeling.");
    expect(stand()).toBe(voor);
  });
});

describe("uitgangspunten", () => {
  it("voegt een uitgangspunt achteraan toe", async () => {
    const uit = await verstuur({ intent: "uitgangspunt-toevoegen", tekst: "Kinderen altijd in beeld." });
    expect(uit.status).toBe(200);
    const punten = uitgangspunten();
    expect(punten).toHaveLength(7);
    expect(punten.at(-1)).toMatchObject({ tekst: "Kinderen altijd in beeld.", volgorde: 7 });
    expect(auditRijen("uitgangspunt")[0]).toMatchObject({ actie: "aangemaakt", entiteitId: String(punten.at(-1)!.id) });
  });

  it("wijzigt de tekst van een uitgangspunt", async () => {
    const [eerste] = uitgangspunten();
    expect((await verstuur({ intent: "uitgangspunt-bewerken", id: String(eerste.id), tekst: "Vertrouwen." })).status).toBe(200);
    expect(uitgangspunten()[0].tekst).toBe("Vertrouwen.");
    const rij = auditRijen("uitgangspunt")[0];
    expect(rij.voor).toEqual({ tekst: eerste.tekst });
    expect(rij.na).toEqual({ tekst: "Vertrouwen." });
  });

  it("verplaatst een uitgangspunt omhoog en omlaag", async () => {
    const ids = uitgangspunten().map((p) => p.id);
    expect((await verstuur({ intent: "uitgangspunt-verplaatsen", id: String(ids[2]), richting: "omhoog" })).status).toBe(200);
    expect(uitgangspunten().map((p) => p.id)).toEqual([ids[0], ids[2], ids[1], ...ids.slice(3)]);
    expect((await verstuur({ intent: "uitgangspunt-verplaatsen", id: String(ids[0]), richting: "omlaag" })).status).toBe(200);
    expect(uitgangspunten().map((p) => p.id)).toEqual([ids[2], ids[0], ids[1], ...ids.slice(3)]);
    expect(uitgangspunten().map((p) => p.volgorde)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(auditRijen("uitgangspunt").map((r) => r.actie)).toEqual(["verplaatst", "verplaatst"]);
  });

  it("weigert het eerste uitgangspunt omhoog te verplaatsen", async () => {
    const voor = stand();
    const [eerste] = uitgangspunten();
    const uit = await verstuur({ intent: "uitgangspunt-verplaatsen", id: String(eerste.id), richting: "omhoog" });
    expect(uit.status).toBe(400);
    expect(fouten(uit).form).toMatch(/bovenaan/);
    expect(stand()).toBe(voor);
  });

  it("verwijdert een uitgangspunt en nummert de rest aansluitend", async () => {
    const ids = uitgangspunten().map((p) => p.id);
    expect((await verstuur({ intent: "uitgangspunt-verwijderen", id: String(ids[1]) })).status).toBe(200);
    const na = uitgangspunten();
    expect(na.map((p) => p.id)).toEqual([ids[0], ...ids.slice(2)]);
    expect(na.map((p) => p.volgorde)).toEqual([1, 2, 3, 4, 5]);
    expect(auditRijen("uitgangspunt")[0]).toMatchObject({ actie: "verwijderd", entiteitId: String(ids[1]) });
  });

  it.each([
    ["leeg", { tekst: "" }, /Vul de tekst/],
    ["100 kB", { tekst: "u".repeat(100_000) }, /hoogstens 1000/],
    ["met een BSN", { tekst: BSN }, /BSN/],
  ])("weigert een uitgangspunt dat %s is", async (_naam, velden, melding) => {
    const voor = stand();
    const uit = await verstuur({ intent: "uitgangspunt-toevoegen", ...velden });
    expect(uit.status).toBe(400);
    expect(fouten(uit).tekst).toMatch(melding);
    expect(stand()).toBe(voor);
  });
});

describe("actielijnen", () => {
  it("voegt een actielijn toe met de volgende code", async () => {
    const uit = await verstuur({ intent: "actielijn-toevoegen", titel: "Nazorg", omschrijving: "" });
    expect(uit.status).toBe(200);
    const lijnen = indeling();
    expect(lijnen.map((l) => l.code)).toEqual(["1", "2", "3", "4"]);
    expect(lijnen[3]).toMatchObject({ titel: "Nazorg", doelstellingen: [] });
    expect(auditRijen("actielijn")[0]).toMatchObject({ actie: "aangemaakt", entiteitId: String(lijnen[3].id) });
  });

  it("wijzigt titel en omschrijving van een actielijn", async () => {
    const lijn = indeling()[1];
    const uit = await verstuur({ intent: "actielijn-bewerken", id: String(lijn.id), titel: "Stoppen", omschrijving: "Snel en duurzaam." });
    expect(uit.status).toBe(200);
    const rij = db.select().from(actielijn).where(eq(actielijn.id, lijn.id)).get()!;
    expect(rij).toMatchObject({ titel: "Stoppen", omschrijving: "Snel en duurzaam.", code: "2" });
    expect((auditRijen("actielijn")[0].voor as any).titel).toBe(lijn.titel);
  });

  it("nummert bij het omhoog verplaatsen van actielijn 3 haar doelstellingen 3.x naar 2.x en die van 2 naar 3.x", async () => {
    const [een, twee, drie] = indeling();
    const uit = await verstuur({ intent: "actielijn-verplaatsen", id: String(drie.id), richting: "omhoog" });
    expect(uit.status).toBe(200);
    const na = indeling();
    expect(na.map((l) => [l.id, l.code])).toEqual([
      [een.id, "1"],
      [drie.id, "2"],
      [twee.id, "3"],
    ]);
    expect(na[1].doelstellingen.map((d) => [d.id, d.code])).toEqual(drie.doelstellingen.map((d, i) => [d.id, `2.${i + 1}`]));
    expect(na[2].doelstellingen.map((d) => [d.id, d.code])).toEqual(twee.doelstellingen.map((d, i) => [d.id, `3.${i + 1}`]));
    expect(na[0].doelstellingen.map((d) => d.code)).toEqual(een.doelstellingen.map((d) => d.code));
    const rij = auditRijen("actielijn")[0];
    expect(rij.actie).toBe("verplaatst");
    expect((rij.na as any).hernummerd).toContainEqual({ soort: "doelstelling", id: twee.doelstellingen[2].id, van: "2.3", naar: "3.3" });
  });

  it("verplaatst een actielijn omlaag, ook als een andere coördinator net iets verplaatste", async () => {
    const [een, twee, drie] = indeling();
    // Gouda moves 1 down; Leiden, with the old page, moves 1 down again: the move uses the current order.
    expect((await verstuur({ intent: "actielijn-verplaatsen", id: String(een.id), richting: "omlaag" }, GOUDA)).status).toBe(200);
    expect((await verstuur({ intent: "actielijn-verplaatsen", id: String(een.id), richting: "omlaag" }, LEIDEN)).status).toBe(200);
    expect(indeling().map((l) => [l.id, l.code])).toEqual([
      [twee.id, "1"],
      [drie.id, "2"],
      [een.id, "3"],
    ]);
    const uit = await verstuur({ intent: "actielijn-verplaatsen", id: String(een.id), richting: "omlaag" });
    expect(uit.status).toBe(400);
    expect(fouten(uit).form).toMatch(/onderaan/);
  });

  it("weigert een actielijn te verwijderen waarvan doelstellingen acties hebben", async () => {
    const voor = stand();
    const lijn = indeling()[0];
    const uit = await verstuur({ intent: "actielijn-verwijderen", id: String(lijn.id) });
    expect(uit.status).toBe(400);
    expect(fouten(uit).form).toMatch(/Actielijn 1 kan niet worden verwijderd: de doelstellingen 1\.1, 1\.2, 1\.3, 1\.4 hebben acties/);
    expect(stand()).toBe(voor);
  });

  it("verwijdert een actielijn zonder acties met haar doelstellingen en nummert de rest opnieuw", async () => {
    await verstuur({ intent: "actielijn-toevoegen", titel: "Tijdelijk", omschrijving: "" });
    const tijdelijk = indeling()[3];
    await verstuur({ intent: "doelstelling-toevoegen", actielijnId: String(tijdelijk.id), tekst: "Iets" });
    await verstuur({ intent: "actielijn-verplaatsen", id: String(tijdelijk.id), richting: "omhoog" });
    expect(indeling().map((l) => l.titel)[2]).toBe("Tijdelijk");
    const doelenVoor = db.select({ n: sql<number>`count(*)` }).from(doelstelling).get()!.n;

    const uit = await verstuur({ intent: "actielijn-verwijderen", id: String(tijdelijk.id) });
    expect(uit.status).toBe(200);
    const na = indeling();
    expect(na.map((l) => l.code)).toEqual(["1", "2", "3"]);
    expect(na[2].doelstellingen.map((d) => d.code)).toEqual(["3.1", "3.2", "3.3"]);
    expect(db.select({ n: sql<number>`count(*)` }).from(doelstelling).get()!.n).toBe(doelenVoor - 1);
    const rij = auditRijen("actielijn").find((r) => r.actie === "verwijderd")!;
    expect((rij.voor as any).doelstellingen).toHaveLength(1);
  });

  it.each([
    ["een lege titel", { titel: "" }, "titel", /Vul de titel/],
    ["een titel van 100 kB", { titel: "a".repeat(100_000) }, "titel", /hoogstens 200/],
    ["een BSN in de omschrijving", { titel: "Nazorg", omschrijving: "BSN 111222333" }, "omschrijving", /BSN/],
    ["een titel als lijst", { titel: ["a", "b"] }, "titel", /./],
  ])("weigert een actielijn met %s", async (_naam, velden, veld, melding) => {
    const voor = stand();
    const uit = await verstuur({ intent: "actielijn-toevoegen", ...velden } as Record<string, string | string[]>);
    expect(uit.status).toBe(400);
    expect(fouten(uit)[veld]).toMatch(melding);
    expect(stand()).toBe(voor);
  });
});

describe("doelstellingen", () => {
  it("voegt een doelstelling toe onder een actielijn met de volgende code", async () => {
    const lijn = indeling()[1];
    const uit = await verstuur({ intent: "doelstelling-toevoegen", actielijnId: String(lijn.id), tekst: "Minder herhaald geweld." });
    expect(uit.status).toBe(200);
    const na = indeling()[1].doelstellingen;
    expect(na.map((d) => d.code)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5"]);
    expect(na.at(-1)!.tekst).toBe("Minder herhaald geweld.");
    expect(auditRijen("doelstelling")[0]).toMatchObject({ actie: "aangemaakt", entiteitId: String(na.at(-1)!.id) });
  });

  it("wijzigt de tekst van een doelstelling", async () => {
    const doel = indeling()[1].doelstellingen[2];
    expect((await verstuur({ intent: "doelstelling-bewerken", id: String(doel.id), tekst: "Nieuwe tekst." })).status).toBe(200);
    expect(indeling()[1].doelstellingen[2]).toMatchObject({ id: doel.id, code: "2.3", tekst: "Nieuwe tekst." });
    expect(auditRijen("doelstelling")[0].voor).toEqual({ tekst: doel.tekst });
  });

  it("verplaatst een doelstelling omhoog en omlaag binnen haar actielijn en wisselt de codes", async () => {
    const [d1, d2, d3] = indeling()[1].doelstellingen;
    expect((await verstuur({ intent: "doelstelling-verplaatsen", id: String(d3.id), richting: "omhoog" })).status).toBe(200);
    expect(indeling()[1].doelstellingen.slice(0, 3).map((d) => [d.id, d.code])).toEqual([
      [d1.id, "2.1"],
      [d3.id, "2.2"],
      [d2.id, "2.3"],
    ]);
    expect((await verstuur({ intent: "doelstelling-verplaatsen", id: String(d1.id), richting: "omlaag" })).status).toBe(200);
    expect(indeling()[1].doelstellingen.slice(0, 3).map((d) => [d.id, d.code])).toEqual([
      [d3.id, "2.1"],
      [d1.id, "2.2"],
      [d2.id, "2.3"],
    ]);
  });

  it("weigert de laatste doelstelling omlaag te verplaatsen", async () => {
    const voor = stand();
    const laatste = indeling()[0].doelstellingen.at(-1)!;
    const uit = await verstuur({ intent: "doelstelling-verplaatsen", id: String(laatste.id), richting: "omlaag" });
    expect(uit.status).toBe(400);
    expect(fouten(uit).form).toMatch(/onderaan/);
    expect(stand()).toBe(voor);
  });

  it("verplaatst een doelstelling naar een andere actielijn en nummert beide actielijnen opnieuw", async () => {
    const [een, twee] = indeling();
    const doel = een.doelstellingen[1];
    const uit = await verstuur({ intent: "doelstelling-naar-actielijn", id: String(doel.id), actielijnId: String(twee.id) });
    expect(uit.status).toBe(200);
    const [naEen, naTwee] = indeling();
    expect(naEen.doelstellingen.map((d) => [d.id, d.code])).toEqual([
      [een.doelstellingen[0].id, "1.1"],
      [een.doelstellingen[2].id, "1.2"],
      [een.doelstellingen[3].id, "1.3"],
    ]);
    expect(naTwee.doelstellingen.at(-1)).toMatchObject({ id: doel.id, code: "2.5" });
    // Its acties keep pointing at the same doelstelling.
    const koppelingen = db.select().from(actieDoelstelling).where(eq(actieDoelstelling.doelstellingId, doel.id)).all();
    expect(koppelingen.length).toBeGreaterThan(0);
    expect(auditRijen("doelstelling")[0]).toMatchObject({ actie: "verplaatst", entiteitId: String(doel.id) });
  });

  it("weigert verplaatsen naar de actielijn waar de doelstelling al onder staat", async () => {
    const voor = stand();
    const een = indeling()[0];
    const uit = await verstuur({ intent: "doelstelling-naar-actielijn", id: String(een.doelstellingen[0].id), actielijnId: String(een.id) });
    expect(uit.status).toBe(400);
    expect(fouten(uit).actielijnId).toMatch(/Kies een andere actielijn/);
    expect(stand()).toBe(voor);
  });

  it("weigert een doelstelling met acties te verwijderen en biedt intrekken aan", async () => {
    const voor = stand();
    const doel = indeling()[1].doelstellingen[2];
    const uit = await verstuur({ intent: "doelstelling-verwijderen", id: String(doel.id) });
    expect(uit.status).toBe(400);
    expect(fouten(uit).form).toBe(
      "Deze doelstelling heeft acties en kan niet worden verwijderd. Trek haar in: dan blijft ze zichtbaar bij bestaande acties, maar komt ze niet meer in nieuwe plannen.",
    );
    expect(stand()).toBe(voor);
  });

  it("trekt een doelstelling in en activeert haar weer; ze houdt haar code", async () => {
    const doel = indeling()[1].doelstellingen[2];
    expect((await verstuur({ intent: "doelstelling-intrekken", id: String(doel.id) })).status).toBe(200);
    expect(indeling()[1].doelstellingen[2]).toMatchObject({ id: doel.id, code: "2.3", ingetrokken: true });
    const pagina = await openPagina(LEIDEN);
    expect((pagina.data as any).visie.actielijnen[1].doelstellingen[2].ingetrokken).toBe(true);

    expect((await verstuur({ intent: "doelstelling-intrekken", id: String(doel.id) })).status).toBe(400);
    expect((await verstuur({ intent: "doelstelling-activeren", id: String(doel.id) })).status).toBe(200);
    expect(indeling()[1].doelstellingen[2].ingetrokken).toBe(false);
    expect(auditRijen("doelstelling").map((r) => r.actie)).toEqual(["ingetrokken", "geactiveerd"]);
  });

  it("houdt een ingetrokken doelstelling op haar plaats bij hernummeren", async () => {
    const [, twee, drie] = indeling();
    await verstuur({ intent: "doelstelling-intrekken", id: String(twee.doelstellingen[1].id) });
    await verstuur({ intent: "actielijn-verplaatsen", id: String(drie.id), richting: "omhoog" });
    expect(indeling()[2].doelstellingen.map((d) => [d.code, d.ingetrokken])).toEqual([
      ["3.1", false],
      ["3.2", true],
      ["3.3", false],
      ["3.4", false],
    ]);
  });

  it("verwijdert een doelstelling zonder acties en nummert de rest aansluitend", async () => {
    const lijn = indeling()[0];
    await verstuur({ intent: "doelstelling-toevoegen", actielijnId: String(lijn.id), tekst: "Extra" });
    await verstuur({ intent: "doelstelling-toevoegen", actielijnId: String(lijn.id), tekst: "Nog een" });
    const extra = indeling()[0].doelstellingen[4];
    expect(extra.code).toBe("1.5");
    expect((await verstuur({ intent: "doelstelling-verwijderen", id: String(extra.id) })).status).toBe(200);
    const na = indeling()[0].doelstellingen;
    expect(na.map((d) => d.code)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5"]);
    expect(na.at(-1)!.tekst).toBe("Nog een");
    expect(auditRijen("doelstelling").find((r) => r.actie === "verwijderd")).toMatchObject({ entiteitId: String(extra.id) });
  });

  it.each([
    ["leeg", { tekst: " " }, /Vul de tekst/],
    ["2001 tekens", { tekst: "d".repeat(2001) }, /hoogstens 2000/],
    ["100 kB", { tekst: "d".repeat(100_000) }, /hoogstens 2000/],
    ["met een BSN met punten", { tekst: "Casus 123.456.782" }, /BSN/],
  ])("weigert een doelstellingstekst die %s is", async (_naam, velden, melding) => {
    const voor = stand();
    const lijn = indeling()[0];
    const uit = await verstuur({ intent: "doelstelling-toevoegen", actielijnId: String(lijn.id), ...velden });
    expect(uit.status).toBe(400);
    expect(fouten(uit).tekst).toMatch(melding);
    expect((uit.data as any).doel).toBe(String(lijn.id));
    expect(stand()).toBe(voor);
  });

  it.each([
    ["geen getal", "abc"],
    ["leeg", ""],
    ["een lijst", ["1", "2"]],
  ])("weigert een id dat %s is met 400", async (_naam, id) => {
    const voor = stand();
    const uit = await verstuur({ intent: "doelstelling-intrekken", id });
    expect(uit.status).toBe(400);
    expect(fouten(uit).id).toMatch(/Onbekende doelstelling/);
    expect(stand()).toBe(voor);
  });
});

describe("ids van een andere regio", () => {
  const haaglanden = () => indeling("haaglanden");
  const haaglandenPunt = () => uitgangspunten("haaglanden")[0];

  it.each([
    ["uitgangspunt bewerken", () => ({ intent: "uitgangspunt-bewerken", id: String(haaglandenPunt().id), tekst: "Overgenomen" })],
    ["uitgangspunt verplaatsen", () => ({ intent: "uitgangspunt-verplaatsen", id: String(haaglandenPunt().id), richting: "omlaag" })],
    ["uitgangspunt verwijderen", () => ({ intent: "uitgangspunt-verwijderen", id: String(haaglandenPunt().id) })],
    ["actielijn bewerken", () => ({ intent: "actielijn-bewerken", id: String(haaglanden()[0].id), titel: "Overgenomen" })],
    ["actielijn verplaatsen", () => ({ intent: "actielijn-verplaatsen", id: String(haaglanden()[0].id), richting: "omlaag" })],
    ["actielijn verwijderen", () => ({ intent: "actielijn-verwijderen", id: String(haaglanden()[1].id) })],
    ["doelstelling toevoegen", () => ({ intent: "doelstelling-toevoegen", actielijnId: String(haaglanden()[0].id), tekst: "Erbij" })],
    ["doelstelling bewerken", () => ({ intent: "doelstelling-bewerken", id: String(haaglanden()[0].doelstellingen[0].id), tekst: "X" })],
    [
      "doelstelling verplaatsen",
      () => ({ intent: "doelstelling-verplaatsen", id: String(haaglanden()[0].doelstellingen[0].id), richting: "omlaag" }),
    ],
    ["doelstelling verwijderen", () => ({ intent: "doelstelling-verwijderen", id: String(haaglanden()[0].doelstellingen[0].id) })],
    ["doelstelling intrekken", () => ({ intent: "doelstelling-intrekken", id: String(haaglanden()[0].doelstellingen[0].id) })],
    [
      "eigen doelstelling naar een actielijn van Haaglanden",
      () => ({ intent: "doelstelling-naar-actielijn", id: String(indeling()[0].doelstellingen[0].id), actielijnId: String(haaglanden()[0].id) }),
    ],
    [
      "doelstelling van Haaglanden naar een eigen actielijn",
      () => ({ intent: "doelstelling-naar-actielijn", id: String(haaglanden()[0].doelstellingen[0].id), actielijnId: String(indeling()[0].id) }),
    ],
  ])("%s: geeft 404 en verandert niets", async (_naam, velden) => {
    const voor = stand();
    const audits = aantalAudit();
    const uit = await verstuur(velden());
    expect(uit.status).toBe(404);
    expect(fouten(uit).form).toMatch(/bestaat niet \(meer\)/);
    expect(stand()).toBe(voor);
    expect(aantalAudit()).toBe(audits);
  });

  it("geeft ook de beheerder 404 voor een id van Haaglanden op de pagina van Hollands Midden", async () => {
    const voor = stand();
    const uit = await verstuur(
      { intent: "actielijn-verwijderen", id: String(haaglanden()[1].id) },
      "beheerder@demo.example",
    );
    expect(uit.status).toBe(404);
    expect(stand()).toBe(voor);
  });

  it("laat de coördinator van Haaglanden de eigen visie bewerken", async () => {
    const lijn = haaglanden()[1];
    const uit = await verstuur({ intent: "actielijn-verwijderen", id: String(lijn.id) }, DEN_HAAG, "haaglanden");
    expect(uit.status).toBe(200);
    expect(haaglanden().map((l) => l.code)).toEqual(["1", "2", "3", "4", "5"]);
    expect(indeling().map((l) => l.code)).toEqual(["1", "2", "3"]);
  });
});
