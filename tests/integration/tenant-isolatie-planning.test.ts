import { and, eq, gt, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { actie, actieUitvoering, actualisatieBesluit, advies, adviespunt, uitvoeringsplan } from "../../db/schema";
import { leesSnapshot } from "../../app/domain/acties/actie-opslaan.server";
import { snapshotAlsWaarden } from "../../app/domain/acties/actie-schema";
import { vandaag } from "../../app/domain/format";
import { action as actieBewerken } from "../../app/routes/regio/actie-bewerken";
import { action as actiePagina } from "../../app/routes/regio/actie";
import { action as besluiten } from "../../app/routes/regio/actualisatie-besluiten";
import { action as reacties } from "../../app/routes/regio/actualisatie-reacties";
import { action as adviezen } from "../../app/routes/regio/adviezen";
import { action as adviesPagina } from "../../app/routes/regio/advies";
import { action as planImport } from "../../app/routes/regio/plan-import";
import { sessieUit, upload } from "../fixtures/spreadsheets/import-stappen";
import { ZHZ_COORDINATOR, importSessieVan, zhzActieMetCode, zhzDoelstelling, zhzReactie, zhzUitvoering } from "../helpers/andere-regio";
import {
  HAAGLANDEN,
  HM,
  ZHZ,
  actieId,
  eenActieVan,
  gebruikerId,
  gemeenteId,
  gemeentenVan,
  organisatiesVan,
  planId,
  regioId,
} from "../helpers/opzoeken";
import { verwachtGeaccepteerd, verwachtWeigering, type Formvelden, type Inzending } from "../helpers/weigering";

/**
 * Tenant isolation of the planning forms (issue 7): the afstemming, the decisions of the
 * actualisatie, the spreadsheet import, the adviezen register, the uitvoering per gemeente and
 * the actie form. A coordinator (or gemeente) of Hollands Midden submits ids of Zuid-Holland Zuid
 * or Haaglanden: refused, nothing changed; the same form with an own id goes through.
 */

const COORDINATOR = "coordinator@leiden.example";
const VOORSCHOTEN = "beleid@voorschoten.example";
const REGIONAAL = "1.1-02";

function terAfstemming() {
  db.update(uitvoeringsplan).set({ status: "ter_afstemming" }).where(eq(uitvoeringsplan.id, planId(HM, 2026))).run();
}

describe("tenant-isolatie: afstemming van het plan", () => {
  const reactie = (email: string, velden: Formvelden): Inzending => ({
    email,
    action: reacties,
    pad: `/r/${HM}/actualisatie/2026/reacties`,
    params: { regio: HM, jaar: "2026" },
    velden,
  });

  it("weigert een reactie op een actie van een andere regio of van een ander plan; op een eigen actie lukt ze", async () => {
    terAfstemming();
    const velden = (id: number, sleutel: string) => ({ intent: "reactie", tekst: "Wij doen graag mee.", actieId: String(id), idempotencyKey: sleutel });
    const vreemd = await verwachtWeigering(reactie(VOORSCHOTEN, velden(eenActieVan(ZHZ).id, "tenant-reactie-01")));
    expect(vreemd.status).toBe(400);
    await verwachtWeigering(reactie(VOORSCHOTEN, velden(actieId("3.2-04", 2025), "tenant-reactie-02")));
    await verwachtGeaccepteerd(reactie(VOORSCHOTEN, velden(actieId(REGIONAAL), "tenant-reactie-03")));
  });

  it("weigert een antwoord op een reactie bij het plan van een andere regio; een eigen reactie wordt beantwoord", async () => {
    terAfstemming();
    const vreemd = zhzReactie();
    const antwoord = (reactieId: number) => reactie(COORDINATOR, { intent: "antwoord", reactieId: String(reactieId), afhandeling: "overgenomen", antwoord: "Dank, verwerkt." });
    expect((await verwachtWeigering(antwoord(vreemd))).status).toBe(404);

    const eigen = await verwachtGeaccepteerd(
      reactie(VOORSCHOTEN, { intent: "reactie", tekst: "Graag in de avond.", actieId: "", idempotencyKey: "tenant-reactie-04" }),
    );
    const eigenId = Number(/reactie-(\d+)/.exec(eigen.location ?? "")?.[1]);
    await verwachtGeaccepteerd(antwoord(eigenId));
  });

  it("laat de coördinator van een andere regio niet reageren of antwoorden op het plan van Hollands Midden", async () => {
    terAfstemming();
    await verwachtWeigering(reactie(ZHZ_COORDINATOR, { intent: "reactie", tekst: "Van buiten.", actieId: "", idempotencyKey: "tenant-reactie-05" }), [403]);
    await verwachtWeigering(reactie(ZHZ_COORDINATOR, { intent: "antwoord", reactieId: "1", afhandeling: "overgenomen", antwoord: "Nee." }), [403]);
  });
});

describe("tenant-isolatie: besluiten over de acties van vorig jaar", () => {
  const besluit = (email: string, slug: string, velden: Formvelden): Inzending => ({
    email,
    action: besluiten,
    pad: `/r/${slug}/actualisatie/2026/besluiten`,
    params: { regio: slug, jaar: "2026" },
    velden,
  });
  const rij = (id: number, extra: Record<string, string> = {}) => ({
    intent: "besluiten",
    rij: String(id),
    [`besluit-${id}`]: "doorzetten",
    [`reden-${id}`]: "",
    [`deadline-${id}`]: "2026-12-15",
    [`eigenaar-${id}`]: "",
    ...extra,
  });
  const open2025 = () => actieId("3.2-04", 2025);

  it("weigert een besluit over een actie van een andere regio; over een eigen actie lukt het", async () => {
    const vreemd = eenActieVan(ZHZ).id;
    const uit = await verwachtWeigering(besluit(COORDINATOR, HM, rij(vreemd)));
    expect(uit.status).toBe(400);
    // A second row with an own actie does not smuggle the foreign one in.
    await verwachtWeigering(besluit(COORDINATOR, HM, { ...rij(open2025()), rij: [String(open2025()), String(vreemd)], [`besluit-${vreemd}`]: "afgerond" }));
    await verwachtGeaccepteerd(besluit(COORDINATOR, HM, rij(open2025())));
  });

  it("weigert een eigenaar uit een andere regio voor de doorgezette actie", async () => {
    const id = open2025();
    const uit = await verwachtWeigering(besluit(COORDINATOR, HM, rij(id, { [`eigenaar-${id}`]: String(gebruikerId("coordinator@denhaag.example")) })));
    expect(uit.status).toBe(400);
    await verwachtGeaccepteerd(besluit(COORDINATOR, HM, rij(id, { [`eigenaar-${id}`]: String(gebruikerId("coordinator@gouda.example")) })));
  });

  it("laat niemand de besluiten of de bulkactie van een andere regio uitvoeren", async () => {
    await verwachtWeigering(besluit(ZHZ_COORDINATOR, HM, { intent: "alles-doorzetten" }), [403]);
    await verwachtWeigering(besluit(ZHZ_COORDINATOR, HM, rij(open2025())), [403]);
    await verwachtWeigering(besluit(COORDINATOR, ZHZ, { intent: "alles-doorzetten" }), [403]);
  });

  it("de bulkactie van Hollands Midden besluit alleen over acties van Hollands Midden", async () => {
    const andereActies = () => db.select().from(actie).where(sql`${actie.planId} <> ${planId(HM, 2026)}`).all();
    const voor = andereActies();
    const hoogste = db.select({ max: sql<number>`coalesce(max(${actualisatieBesluit.id}), 0)` }).from(actualisatieBesluit).get()!.max;
    await verwachtGeaccepteerd(besluit(COORDINATOR, HM, { intent: "alles-doorzetten" }));
    expect(andereActies()).toEqual(voor);
    const nieuw = db
      .select({ planId: actualisatieBesluit.planId, vanPlan: actie.planId })
      .from(actualisatieBesluit)
      .innerJoin(actie, eq(actie.id, actualisatieBesluit.actieId))
      .where(gt(actualisatieBesluit.id, hoogste))
      .all();
    expect(nieuw.length).toBeGreaterThan(0);
    expect(nieuw.every((b) => b.planId === planId(HM, 2026) && b.vanPlan === planId(HM, 2025))).toBe(true);
  });
});

describe("tenant-isolatie: spreadsheet-import", () => {
  const importeer = (velden: Formvelden, jaar = "2026"): Inzending => ({
    email: COORDINATOR,
    action: planImport,
    pad: `/r/${HM}/plannen/${jaar}/import`,
    params: { regio: HM, jaar },
    velden,
  });
  const csv = (rij: string) => new TextEncoder().encode(`Actie;Doelstelling;Trekker;Deadline;Betrokken partners;Eigenaar\r\n${rij}\r\n`);
  async function sessie(rij: string): Promise<number> {
    const uit = await upload("plan.csv", csv(rij));
    expect(uit.status, JSON.stringify(uit.data)).toBe(302);
    return sessieUit(uit.location);
  }

  it("weigert de import-sessie van een plan van een andere regio en die van een collega; de eigen sessie lukt", async () => {
    const vreemd = importSessieVan(planId(ZHZ, 2014), ZHZ_COORDINATOR);
    const vanCollega = importSessieVan(planId(HM, 2026), "coordinator@gouda.example");
    const vanMijInAndereRegio = importSessieVan(planId(ZHZ, 2014), COORDINATOR);
    for (const id of [vreemd, vanCollega, vanMijInAndereRegio]) {
      for (const intent of ["koppeling", "importeren"]) {
        const uit = await verwachtWeigering(importeer({ intent, sessie: String(id), "kolom-0": "titel", "kolom-1": "doelstellingen", "kolom-2": "trekker", "kolom-3": "deadline" }));
        expect(uit.status).toBe(404);
      }
    }
    const eigen = await sessie("Training signaleren;2.3;Leiden;31-10-2026;;");
    await verwachtGeaccepteerd(importeer({ intent: "importeren", sessie: String(eigen) }));
  });

  it("weigert het plan van een andere regio via de URL", async () => {
    await verwachtWeigering(importeer({ intent: "importeren", sessie: "1" }, "2014"), [404]);
  });

  it.each([
    ["een doelstelling die alleen Zuid-Holland Zuid heeft", "Training;9.9;Leiden;31-10-2026;;"],
    ["een trekker-gemeente van Zuid-Holland Zuid", "Training;2.3;Dordrecht;31-10-2026;;"],
    ["een trekker-organisatie van Haaglanden", "Training;2.3;Veilig Thuis Haaglanden;31-10-2026;;"],
    ["een partner van Haaglanden", "Training;2.3;Leiden;31-10-2026;Den Haag;"],
  ])("importeert niets bij %s", async (_naam, rij) => {
    zhzDoelstelling("9.9");
    const id = await sessie(rij);
    const uit = await verwachtWeigering(importeer({ intent: "importeren", sessie: String(id) }));
    expect(uit.status).toBe(400);
  });

  it("maakt een eigenaar uit een andere regio niet tot eigenaar: de importeur wordt het", async () => {
    const id = await sessie("Training signaleren;2.3;Leiden;31-10-2026;;coordinator@denhaag.example");
    const hoogste = db.select({ max: sql<number>`max(${actie.id})` }).from(actie).get()!.max;
    await verwachtGeaccepteerd(importeer({ intent: "importeren", sessie: String(id) }));
    const nieuw = db.select({ eigenaarId: actie.eigenaarId }).from(actie).where(gt(actie.id, hoogste)).all();
    expect(nieuw).toEqual([{ eigenaarId: gebruikerId(COORDINATOR) }]);
  });
});

describe("tenant-isolatie: adviezen", () => {
  const hmAdvies = () => db.select({ id: advies.id }).from(advies).where(eq(advies.regioId, regioId(HM))).get()!.id;
  const punt = (adviesId: number) => db.select({ id: adviespunt.id }).from(adviespunt).where(eq(adviespunt.adviesId, adviesId)).get()!.id;
  const opAdvies = (adviesId: number, velden: Formvelden): Inzending => ({
    email: COORDINATOR,
    action: adviesPagina,
    pad: `/r/${HM}/adviezen/${adviesId}`,
    params: { regio: HM, id: String(adviesId) },
    velden,
  });

  it("weigert een actie van een andere regio te koppelen, ook via haar code; een eigen actie lukt", async () => {
    const a = hmAdvies();
    const p = String(punt(a));
    zhzActieMetCode("ZHZ-99");
    const uitIds = await verwachtWeigering(opAdvies(a, { intent: "koppelen", puntId: p, actieIds: [String(actieId(REGIONAAL)), String(eenActieVan(ZHZ).id)], code: "" }));
    expect(uitIds.status).toBe(400);
    const uitCode = await verwachtWeigering(opAdvies(a, { intent: "koppelen", puntId: p, code: "ZHZ-99" }));
    expect(uitCode.status).toBe(400);
    await verwachtWeigering(opAdvies(a, { intent: "ontkoppelen", puntId: p, actieId: String(eenActieVan(ZHZ).id) }));
    await verwachtGeaccepteerd(opAdvies(a, { intent: "koppelen", puntId: p, actieIds: [String(actieId(REGIONAAL))], code: "" }));
  });

  it.each([
    ["punt-wijzigen", { tekst: "Overgenomen tekst." }],
    ["punt-verwijderen", {}],
    ["punt-verplaatsen", { richting: "omhoog" }],
    ["verwerking", { verwerking: "overgenomen", toelichting: "" }],
    ["koppelen", { actieIds: "1" }],
    ["ontkoppelen", { actieId: "1" }],
  ])("weigert %s op een adviespunt van een andere regio", async (intent, extra) => {
    const vreemdAdvies = db.select({ id: advies.id }).from(advies).where(eq(advies.regioId, regioId(HAAGLANDEN))).get()!.id;
    const vreemdPunt = String(punt(vreemdAdvies));
    // Through the own advies with a foreign point, and through the foreign advies itself.
    expect((await verwachtWeigering(opAdvies(hmAdvies(), { intent, puntId: vreemdPunt, ...extra }))).status).toBe(404);
    expect((await verwachtWeigering(opAdvies(vreemdAdvies, { intent, puntId: vreemdPunt, ...extra }))).status).toBe(404);
  });

  it("weigert een zienswijze van een gemeente van een andere regio", async () => {
    const zienswijze = (gemeente: number): Inzending => ({
      email: COORDINATOR,
      action: adviezen,
      pad: `/r/${HM}/adviezen`,
      params: { regio: HM },
      velden: { soort: "zienswijze", adviesraad: "", gemeenteId: String(gemeente), datum: "2026-10-01", onderwerp: "Zienswijze op het plan", punten: "Meer aandacht voor ouderen." },
    });
    expect((await verwachtWeigering(zienswijze(gemeenteId("Dordrecht")))).status).toBe(400);
    await verwachtGeaccepteerd(zienswijze(gemeenteId("Katwijk")));
  });
});

describe("tenant-isolatie: uitvoering per gemeente", () => {
  const opActie = (id: number, velden: Formvelden): Inzending => ({
    email: COORDINATOR,
    action: actiePagina,
    pad: `/r/${HM}/acties/${id}`,
    params: { regio: HM, id: String(id) },
    velden,
  });
  const voortgang = (sleutel: string) => ({ status: "op_schema", datum: vandaag(), toelichting: "Gestart.", idempotencyKey: sleutel });
  const uitvoeringVan = (code: string, gemeente: string) =>
    db
      .select({ id: actieUitvoering.id, version: actieUitvoering.version })
      .from(actieUitvoering)
      .where(and(eq(actieUitvoering.actieId, actieId(code)), eq(actieUitvoering.gemeenteId, gemeenteId(gemeente))))
      .get()!;

  it("weigert gemeenten van een andere regio in de uitvoering; eigen gemeenten lukken", async () => {
    const id = actieId("1.2-02");
    const eigen = gemeentenVan(HM).slice(0, 2).map(String);
    expect((await verwachtWeigering(opActie(id, { intent: "uitvoering-instellen", gemeenteIds: [...eigen, String(gemeenteId("Dordrecht"))] }))).status).toBe(400);
    await verwachtGeaccepteerd(opActie(id, { intent: "uitvoering-instellen", gemeenteIds: eigen }));
  });

  it("weigert voortgang op de uitvoering van een actie van een andere regio, of van een andere eigen actie", async () => {
    const vreemd = zhzUitvoering();
    const eigenActie = actieId("1.3-01");
    expect((await verwachtWeigering(opActie(eigenActie, { intent: "uitvoering-voortgang", uitvoeringId: String(vreemd.uitvoeringId), ...voortgang("tenant-uitv-01") }))).status).toBe(404);
    expect((await verwachtWeigering(opActie(eigenActie, { intent: "uitvoering-voortgang", uitvoeringId: String(uitvoeringVan("2.3-03", "Leiden").id), ...voortgang("tenant-uitv-02") }))).status).toBe(404);
    await verwachtGeaccepteerd(opActie(eigenActie, { intent: "uitvoering-voortgang", uitvoeringId: String(uitvoeringVan("1.3-01", "Leiden").id), ...voortgang("tenant-uitv-03") }));
  });

  it("weigert een eigenaar uit een andere regio voor het deel van een gemeente", async () => {
    const id = actieId("1.3-01");
    const deel = uitvoeringVan("1.3-01", "Voorschoten");
    const eigenaar = (gebruiker: number) => opActie(id, { intent: "uitvoering-eigenaar", uitvoeringId: String(deel.id), eigenaarId: String(gebruiker), version: String(deel.version) });
    expect((await verwachtWeigering(eigenaar(gebruikerId("coordinator@denhaag.example")))).status).toBe(400);
    expect((await verwachtWeigering(eigenaar(gebruikerId(ZHZ_COORDINATOR)))).status).toBe(400);
    await verwachtGeaccepteerd(eigenaar(gebruikerId("procesregisseur@voorschoten.example")));
  });

  it.each([
    ["uitvoering-instellen", { gemeenteIds: String(gemeenteId("Dordrecht")) }],
    ["uitvoering-stoppen", {}],
    ["uitvoering-voortgang", { uitvoeringId: "UITVOERING", ...{ status: "op_schema", toelichting: "x", idempotencyKey: "tenant-uitv-04" } }],
    ["uitvoering-eigenaar", { uitvoeringId: "UITVOERING", eigenaarId: "", version: "1" }],
    ["status-overschrijven", { status: "op_schema", toelichting: "Met de hand.", idempotencyKey: "tenant-uitv-05" }],
    ["afleiding-herstellen", {}],
    ["voortgang", { status: "op_schema", toelichting: "Via de URL van Hollands Midden.", idempotencyKey: "tenant-uitv-06" }],
  ])("weigert %s op een actie van een andere regio via de URL van Hollands Midden", async (intent, extra) => {
    const vreemd = zhzUitvoering();
    db.update(actie).set({ statusOverschreven: true }).where(eq(actie.id, vreemd.actieId)).run();
    const velden: Formvelden = { intent, datum: vandaag(), ...extra };
    if (velden.uitvoeringId === "UITVOERING") velden.uitvoeringId = String(vreemd.uitvoeringId);
    expect((await verwachtWeigering(opActie(vreemd.actieId, velden))).status).toBe(404);
  });
});

describe("tenant-isolatie: een bestaande actie bewerken", () => {
  const bewerk = (extra: Formvelden): Inzending => {
    const id = actieId(REGIONAAL);
    const version = db.select({ version: actie.version }).from(actie).where(eq(actie.id, id)).get()!.version;
    return {
      email: COORDINATOR,
      action: actieBewerken,
      pad: `/r/${HM}/acties/${id}/bewerken`,
      params: { regio: HM, id: String(id) },
      velden: { ...snapshotAlsWaarden(leesSnapshot(db, id)!), intent: "opslaan", version: String(version), ...extra },
    };
  };
  const zhzDoel = () => {
    const id = zhzDoelstelling("9.9");
    return String(id);
  };

  it.each([
    ["een doelstelling van Zuid-Holland Zuid", () => ({ doelstellingIds: [zhzDoel()] })],
    ["een gemeente van Zuid-Holland Zuid (lokale actie)", () => ({ niveau: "lokaal", gemeenteId: String(gemeenteId("Dordrecht")) })],
    ["een eigenaar uit Haaglanden", () => ({ eigenaarId: String(gebruikerId("coordinator@denhaag.example")) })],
    ["een trekker-gemeente van Zuid-Holland Zuid", () => ({ trekker: `g:${gemeenteId("Dordrecht")}` })],
    ["een trekker-organisatie van Haaglanden", () => ({ trekker: `o:${organisatiesVan(HAAGLANDEN)[0]}` })],
    ["een partnergemeente van Haaglanden", () => ({ partners: [`g:${gemeenteId("Den Haag")}`] })],
    ["een partnerorganisatie van Zuid-Holland Zuid", () => ({ partners: [`o:${organisatiesVan(ZHZ)[0]}`] })],
  ])("weigert bij het bewerken %s", async (_naam, extra) => {
    expect((await verwachtWeigering(bewerk(extra()))).status).toBe(400);
  });

  it("accepteert hetzelfde formulier met ids van de eigen regio", async () => {
    await verwachtGeaccepteerd(
      bewerk({ titel: "Bewerkt", trekker: `o:${organisatiesVan(HM)[0]}`, partners: [`g:${gemeenteId("Gouda")}`], eigenaarId: String(gebruikerId("coordinator@gouda.example")) }),
    );
  });

  it("verwijdert geen actie van een andere regio via de URL van Hollands Midden", async () => {
    const vreemd = eenActieVan(ZHZ).id;
    const uit = await verwachtWeigering({
      email: COORDINATOR,
      action: actieBewerken,
      pad: `/r/${HM}/acties/${vreemd}/bewerken`,
      params: { regio: HM, id: String(vreemd) },
      velden: { intent: "verwijderen" },
    });
    expect(uit.status).toBe(404);
    expect(db.select({ id: actie.id }).from(actie).where(eq(actie.id, vreemd)).get()).toBeDefined();
  });
});
