import { and, count, eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, sqlite } from "../../db";
import {
  actie,
  actieDoelstelling,
  actiePartner,
  actualisatieBesluit,
  audit,
  gebruiker,
  planVaststelling,
  reactie,
  regio,
  regiovisie,
  uitvoeringsplan,
  voortgang,
} from "../../db/schema";
import type { PlanInhoud } from "../../app/domain/actualisatie/inhoud";
import { gewijzigdNaVaststelling } from "../../app/domain/actualisatie/gewijzigd.server";
import { vandaag } from "../../app/domain/format";
import { action as overzichtAction, loader as overzichtLoader } from "../../app/routes/regio/actualisatie";
import { action as besluitenAction, loader as besluitenLoader } from "../../app/routes/regio/actualisatie-besluiten";
import { action as reactiesAction, loader as reactiesLoader } from "../../app/routes/regio/actualisatie-reacties";
import { loader as verschilLoader } from "../../app/routes/regio/actualisatie-verschil";
import { loader as actieLoader } from "../../app/routes/regio/actie";
import { loader as planLoader } from "../../app/routes/regio/plan";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";
const COORDINATOR = "coordinator@leiden.example";

function regioId(slug: string) {
  return db.select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
}

function plan(jaar: number, slug = HM) {
  return db
    .select({ id: uitvoeringsplan.id, status: uitvoeringsplan.status, vorigPlanId: uitvoeringsplan.vorigPlanId, visieId: uitvoeringsplan.visieId, vastgesteldOp: uitvoeringsplan.vastgesteldOp, besluit: uitvoeringsplan.besluit, besluitnummer: uitvoeringsplan.besluitnummer, verzondenOp: uitvoeringsplan.verzondenOp })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, regioId(slug)), eq(uitvoeringsplan.jaar, jaar)))
    .get();
}

function acties(planId: number) {
  return db
    .select({ id: actie.id, code: actie.code, status: actie.status, herkomstActieId: actie.herkomstActieId, deadline: actie.deadline, eigenaarId: actie.eigenaarId, titel: actie.titel })
    .from(actie)
    .where(eq(actie.planId, planId))
    .all();
}

/** The tables of the workflow as text, to prove that a refused request changed nothing. */
function momentopname(): string {
  return ["uitvoeringsplan", "actie", "actie_doelstelling", "actie_partner", "actualisatie_besluit", "reactie", "plan_vaststelling", "voortgang"]
    .map((t) => JSON.stringify(sqlite.prepare(`select * from ${t} order by rowid`).all()))
    .join("\n");
}

function gebruikerId(email: string) {
  return db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get()!.id;
}

const params = (jaar: number, slug = HM) => ({ regio: slug, jaar: String(jaar) });

async function post(module: "overzicht" | "besluiten" | "reacties", jaar: number, velden: Record<string, string | string[]>, email = COORDINATOR, slug = HM) {
  const pad = `/r/${slug}/actualisatie/${jaar}${module === "overzicht" ? "" : `/${module}`}`;
  const actie = { overzicht: overzichtAction, besluiten: besluitenAction, reacties: reactiesAction }[module];
  return run(() => actie({ request: postRequest(pad, velden, cookieFor(email)), params: params(jaar, slug), context: testContext } as any));
}

/** The two open acties of 2025 that the demo leaves without a decision. */
function onbeslist2026() {
  const p = plan(2026)!;
  const besloten = new Set(db.select({ id: actualisatieBesluit.actieId }).from(actualisatieBesluit).where(eq(actualisatieBesluit.planId, p.id)).all().map((b) => b.id));
  return acties(p.vorigPlanId!).filter((a) => a.status !== "afgerond" && a.status !== "vervallen" && !besloten.has(a.id));
}

async function beslisOnbesliste2026() {
  const rijen = onbeslist2026();
  const velden: Record<string, string | string[]> = { intent: "besluiten", rij: rijen.map((r) => String(r.id)) };
  for (const r of rijen) velden[`besluit-${r.id}`] = "doorzetten";
  return post("besluiten", 2026, velden);
}

async function plaatsReactie(email: string, tekst: string, extra: Record<string, string> = {}) {
  return post("reacties", 2026, { intent: "reactie", tekst, idempotencyKey: `sleutel-${email.replace(/\W/g, "_")}-${tekst.length}`, ...extra }, email);
}

/** 2026: decide the last two acties, send, two gemeenten react, answer both, vaststellen. */
async function stel2026Vast() {
  expect((await beslisOnbesliste2026()).status).toBe(302);
  expect((await post("overzicht", 2026, { intent: "verzenden" })).status).toBe(302);
  expect((await plaatsReactie("beleid@voorschoten.example", "Graag de lokale kamer Voorschoten eerder opleveren.")).status).toBe(302);
  expect((await plaatsReactie("beleid@leiden.example", "Leiden steunt het plan.")).status).toBe(302);
  expect(db.select({ n: count() }).from(reactie).get()!.n).toBe(2);
  for (const r of db.select({ id: reactie.id }).from(reactie).all()) {
    expect((await post("reacties", 2026, { intent: "antwoord", reactieId: String(r.id), afhandeling: "overgenomen", antwoord: "Verwerkt in het plan." })).status).toBe(302);
  }
  const uitkomst = await post("overzicht", 2026, { intent: "vaststellen", datum: vandaag(), besluit: "Ambtelijk beleidsoverleg 12 december 2025", besluitnummer: "Z/25/0042" });
  expect(uitkomst.status).toBe(302);
}

describe("de demo-actualisatie van Hollands Midden", () => {
  it("heeft een onveranderlijke vaststelling van elk vastgesteld plan en twee open acties van 2025 zonder besluit", () => {
    const snapshots = db.select({ planId: planVaststelling.planId, inhoud: planVaststelling.inhoud }).from(planVaststelling).all();
    expect(snapshots.map((s) => s.planId).sort()).toEqual([plan(2024)!.id, plan(2025)!.id, plan(2014, "zuid-holland-zuid")!.id].sort());
    const inhoud2025 = snapshots.find((s) => s.planId === plan(2025)!.id)!.inhoud as PlanInhoud;
    expect(inhoud2025.acties).toHaveLength(acties(plan(2025)!.id).length);
    expect(inhoud2025.acties[0]).toMatchObject({ eigenaar: { naam: expect.any(String) }, doelstellingen: expect.any(Array) });
    expect(onbeslist2026()).toHaveLength(2);
  });
});

describe("besluiten over de acties van plan N", () => {
  it("weigert het versturen zolang er open acties zonder besluit zijn, en noemt het aantal", async () => {
    const voor = momentopname();
    const uitkomst = await post("overzicht", 2026, { intent: "verzenden" });
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as any).errors.form).toContain("nog 2 acties uit 2025 zonder besluit");
    expect(momentopname()).toBe(voor);
    expect(plan(2026)!.status).toBe("concept");
    const geweigerd = db.select({ n: count() }).from(audit).where(and(eq(audit.actie, "actualisatie.verzenden"), eq(audit.resultaat, "geweigerd"))).get()!.n;
    expect(geweigerd).toBe(1);
  });

  it("koppelt doorzetten aan de kopie die al in het nieuwe plan staat, zonder een tweede te maken", async () => {
    const [eerste] = onbeslist2026();
    const aantal = acties(plan(2026)!.id).length;
    expect((await beslisOnbesliste2026()).status).toBe(302);
    expect(acties(plan(2026)!.id)).toHaveLength(aantal);
    const besluit = db.select().from(actualisatieBesluit).where(eq(actualisatieBesluit.actieId, eerste!.id)).get()!;
    const kopie = acties(plan(2026)!.id).find((a) => a.herkomstActieId === eerste!.id)!;
    expect(besluit).toMatchObject({ besluit: "doorzetten", nieuweActieId: kopie.id, besluitDoorId: gebruikerId(COORDINATOR) });
    expect(onbeslist2026()).toHaveLength(0);
  });

  it("weigert het terugdraaien van doorzetten als de kopie al voortgang heeft", async () => {
    await beslisOnbesliste2026();
    const [eerste] = acties(plan(2025)!.id).filter((a) => acties(plan(2026)!.id).some((k) => k.herkomstActieId === a.id));
    const voor = momentopname();
    const uitkomst = await post("besluiten", 2026, { intent: "besluiten", rij: String(eerste!.id), [`besluit-${eerste!.id}`]: "afgerond" });
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as any).errors[`besluit-${eerste!.id}`]).toContain("heeft al voortgang");
    expect(momentopname()).toBe(voor);
  });

  it("toont op het besluitscherm hoeveel open acties nog een besluit nodig hebben en welke al afgesloten zijn", async () => {
    const uitkomst = await run(() => besluitenLoader({ request: getRequest("/r/hollands-midden/actualisatie/2026/besluiten", cookieFor(COORDINATOR)), params: params(2026), context: testContext } as any));
    expect(uitkomst.status).toBe(200);
    const data = uitkomst.data as any;
    expect(data.rijen.filter((r: any) => r.onbeslist)).toHaveLength(2);
    expect(data.rijen.filter((r: any) => r.afgesloten).every((r: any) => r.besluit === null)).toBe(true);
  });
});

describe("de hele jaarcyclus", () => {
  it("stelt 2026 vast na de afstemming, met een snapshot van de volledige inhoud", async () => {
    await stel2026Vast();
    const p = plan(2026)!;
    expect(p).toMatchObject({ status: "vastgesteld", vastgesteldOp: vandaag(), besluit: "Ambtelijk beleidsoverleg 12 december 2025", besluitnummer: "Z/25/0042" });
    const snapshot = db.select().from(planVaststelling).where(eq(planVaststelling.planId, p.id)).get()!;
    const inhoud = snapshot.inhoud as PlanInhoud;
    expect(inhoud.acties.map((a) => a.id).sort()).toEqual(acties(p.id).map((a) => a.id).sort());
    const metPartners = inhoud.acties.find((a) => a.partners.length > 0)!;
    expect(metPartners.partners[0]!.naam).toBeTruthy();
    expect(snapshot.vastgesteldDoorId).toBe(gebruikerId(COORDINATOR));
    expect(db.select({ n: count() }).from(audit).where(and(eq(audit.actie, "actualisatie.vaststellen"), eq(audit.resultaat, "ok"))).get()!.n).toBe(1);
  });

  it("start 2027 uit het vastgestelde 2026 zonder iets aan 2026 te veranderen, en zet acties door met hun herkomst", async () => {
    await stel2026Vast();
    const voor2026 = JSON.stringify(acties(plan(2026)!.id));
    const start = await post("overzicht", 2027, { intent: "starten" });
    expect(start.status).toBe(302);
    expect(start.location).toBe("/r/hollands-midden/actualisatie/2027/besluiten?melding=gestart");
    const p2027 = plan(2027)!;
    expect(p2027).toMatchObject({ status: "concept", vorigPlanId: plan(2026)!.id, visieId: plan(2026)!.visieId });
    expect(acties(p2027.id)).toHaveLength(0);

    const open = acties(plan(2026)!.id).filter((a) => a.status !== "afgerond" && a.status !== "vervallen");
    const [door, klaar, weg, ...rest] = open;
    const nieuweEigenaar = gebruikerId("coordinator@gouda.example");
    const velden: Record<string, string | string[]> = {
      intent: "besluiten",
      rij: [door!, klaar!, weg!].map((a) => String(a.id)),
      [`besluit-${door!.id}`]: "doorzetten",
      [`deadline-${door!.id}`]: "2027-06-30",
      [`eigenaar-${door!.id}`]: String(nieuweEigenaar),
      [`besluit-${klaar!.id}`]: "afgerond",
      [`besluit-${weg!.id}`]: "vervallen",
      [`reden-${weg!.id}`]: "",
    };
    const zonderReden = await post("besluiten", 2027, velden);
    expect(zonderReden.status).toBe(400);
    expect((zonderReden.data as any).errors[`reden-${weg!.id}`]).toBe("Geef de reden waarom de actie vervalt.");
    expect((zonderReden.data as any).values[`deadline-${door!.id}`]).toBe("2027-06-30");
    expect(acties(p2027.id)).toHaveLength(0);

    velden[`reden-${weg!.id}`] = "Landelijk opgepakt door het ministerie.";
    expect((await post("besluiten", 2027, velden)).status).toBe(302);
    const kopie = acties(p2027.id).find((a) => a.herkomstActieId === door!.id)!;
    expect(kopie).toMatchObject({ status: "niet_gestart", deadline: "2027-06-30", eigenaarId: nieuweEigenaar, code: door!.code, titel: door!.titel });
    const doelen = (id: number) => db.select({ d: actieDoelstelling.doelstellingId }).from(actieDoelstelling).where(eq(actieDoelstelling.actieId, id)).all().map((r) => r.d).sort();
    const partners = (id: number) => db.select({ g: actiePartner.gemeenteId, o: actiePartner.organisatieId }).from(actiePartner).where(eq(actiePartner.actieId, id)).all();
    expect(doelen(kopie.id)).toEqual(doelen(door!.id));
    expect(partners(kopie.id)).toEqual(partners(door!.id));
    expect(JSON.stringify(acties(plan(2026)!.id))).toBe(voor2026);

    // The actie page of the copy tells the whole story: voortgang of 2026 and before.
    const pagina = await run(() => actieLoader({ request: getRequest(`/r/hollands-midden/acties/${kopie.id}`, cookieFor(COORDINATOR)), params: { regio: HM, id: String(kopie.id) }, context: testContext } as any));
    const eerdere = db.select({ n: count() }).from(voortgang).where(eq(voortgang.actieId, door!.id)).get()!.n;
    expect((pagina.data as any).actie.herkomst.jaar).toBe(2026);
    expect((pagina.data as any).actie.tijdlijn.length).toBeGreaterThanOrEqual(eerdere);

    // Undo the doorzetten while the copy has no voortgang: the copy goes, the decision with it.
    expect((await post("besluiten", 2027, { intent: "besluiten", rij: String(door!.id), [`besluit-${door!.id}`]: "" })).status).toBe(302);
    expect(acties(p2027.id).some((a) => a.id === kopie.id)).toBe(false);
    expect(db.select().from(actualisatieBesluit).where(and(eq(actualisatieBesluit.planId, p2027.id), eq(actualisatieBesluit.actieId, door!.id))).get()).toBeUndefined();

    // The bulk action carries every remaining open actie.
    expect((await post("besluiten", 2027, { intent: "alles-doorzetten" })).status).toBe(302);
    expect(acties(p2027.id)).toHaveLength(rest.length + 1);
    expect(acties(p2027.id).every((a) => a.herkomstActieId !== null)).toBe(true);

    expect((await post("overzicht", 2027, { intent: "verzenden" })).status).toBe(302);
    expect(plan(2027)).toMatchObject({ status: "ter_afstemming", verzondenOp: expect.any(String) });
    expect((await post("overzicht", 2027, { intent: "vaststellen", datum: vandaag(), besluit: "Ambtelijk beleidsoverleg december 2026" })).status).toBe(302);
    expect(plan(2027)!.status).toBe("vastgesteld");

    const verschil = await run(() => verschilLoader({ request: getRequest("/r/hollands-midden/actualisatie/2027/verschil", cookieFor("wethouder@leiden.example")), params: params(2027), context: testContext } as any));
    const { totaal, regels } = (verschil.data as any).verschil;
    expect(totaal.afgerond).toBeGreaterThanOrEqual(1);
    expect(regels.find((r: any) => r.actie.id === weg!.id)).toMatchObject({ soort: "vervallen", reden: "Landelijk opgepakt door het ministerie." });
    expect(regels.find((r: any) => r.actie.id === klaar!.id).soort).toBe("afgerond");
    expect(totaal.doorgezet + totaal.gewijzigd).toBe(rest.length + 1);
    expect(totaal.open).toBe(0);
  });
});

describe("weigeringen van de workflow", () => {
  it("weigert vaststellen van een concept: eerst ter afstemming", async () => {
    await beslisOnbesliste2026();
    const voor = momentopname();
    const uitkomst = await post("overzicht", 2026, { intent: "vaststellen", datum: vandaag(), besluit: "Beleidsoverleg" });
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as any).errors.form).toContain("eerst ter afstemming");
    expect(momentopname()).toBe(voor);
  });

  it("weigert vaststellen zolang er open reacties zijn", async () => {
    await beslisOnbesliste2026();
    await post("overzicht", 2026, { intent: "verzenden" });
    await plaatsReactie("beleid@voorschoten.example", "Een reactie.");
    const voor = momentopname();
    const uitkomst = await post("overzicht", 2026, { intent: "vaststellen", datum: vandaag(), besluit: "Beleidsoverleg" });
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as any).errors.form).toContain("nog 1 reactie niet beantwoord");
    expect(momentopname()).toBe(voor);
    expect(plan(2026)!.status).toBe("ter_afstemming");
  });

  it("weigert een tweede plan in bewerking naast een concept", async () => {
    // 2026 vastgesteld by hand, and an unfinished 2028 under the same visie.
    db.update(uitvoeringsplan).set({ status: "vastgesteld" }).where(eq(uitvoeringsplan.id, plan(2026)!.id)).run();
    db.insert(uitvoeringsplan).values({ visieId: plan(2026)!.visieId, jaar: 2028, status: "concept" }).run();
    const voor = momentopname();
    const uitkomst = await post("overzicht", 2027, { intent: "starten" });
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as any).errors.form).toContain("maar één plan tegelijk in bewerking");
    expect(momentopname()).toBe(voor);
  });

  it("weigert een jaar buiten de periode van de regiovisie", async () => {
    db.update(uitvoeringsplan).set({ status: "vastgesteld" }).where(eq(uitvoeringsplan.id, plan(2026)!.id)).run();
    db.insert(uitvoeringsplan).values({ visieId: plan(2026)!.visieId, jaar: 2028, status: "vastgesteld" }).run();
    const voor = momentopname();
    const uitkomst = await post("overzicht", 2029, { intent: "starten" });
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as any).errors.form).toContain("buiten de periode van de regiovisie (2024–2028)");
    expect(momentopname()).toBe(voor);
  });

  it("weigert een plan te starten uit een plan dat nog niet is vastgesteld, of een jaar dat al bestaat", async () => {
    const voor = momentopname();
    const uitConcept = await post("overzicht", 2027, { intent: "starten" });
    expect((uitConcept.data as any).errors.form).toContain("2026 is nog niet vastgesteld");
    const bestaand = await post("overzicht", 2025, { intent: "starten" });
    expect((bestaand.data as any).errors.form).toBe("Er is al een uitvoeringsplan 2025.");
    expect([uitConcept.status, bestaand.status]).toEqual([400, 400]);
    expect(momentopname()).toBe(voor);
  });

  it("weigert besluiten te wijzigen als het plan geen concept meer is", async () => {
    await beslisOnbesliste2026();
    await post("overzicht", 2026, { intent: "verzenden" });
    const [eerste] = onbesliste2026Alle();
    const voor = momentopname();
    const uitkomst = await post("besluiten", 2026, { intent: "besluiten", rij: String(eerste!.id), [`besluit-${eerste!.id}`]: "" });
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as any).errors.form).toContain("zolang het plan een concept is");
    expect(momentopname()).toBe(voor);
  });

  it("weigert een reactie op een plan dat niet ter afstemming ligt", async () => {
    const voor = momentopname();
    const uitkomst = await plaatsReactie("beleid@voorschoten.example", "Te vroeg.");
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as any).errors.form).toBe("Reageren kan alleen zolang het plan ter afstemming ligt.");
    expect(momentopname()).toBe(voor);
  });

  it("laat een vastgestelde snapshot niet wijzigen of verwijderen: de database weigert het", () => {
    const id = db.select({ id: planVaststelling.id }).from(planVaststelling).limit(1).get()!.id;
    expect(() => sqlite.prepare("update plan_vaststelling set besluit = 'anders' where id = ?").run(id)).toThrow(/onveranderlijk/);
    expect(() => sqlite.prepare("delete from plan_vaststelling where id = ?").run(id)).toThrow(/onveranderlijk/);
    expect(db.select({ besluit: planVaststelling.besluit }).from(planVaststelling).where(eq(planVaststelling.id, id)).get()!.besluit).not.toBe("anders");
  });
});

/** Every open actie of 2025 that has a decision for 2026. */
function onbesliste2026Alle() {
  return db.select({ id: actualisatieBesluit.actieId }).from(actualisatieBesluit).where(isNotNull(actualisatieBesluit.nieuweActieId)).all();
}

describe("reacties en antwoorden", () => {
  it("legt vast welke gemeenten reageerden, houdt reacties open tot ze beantwoord zijn en maakt bij een herhaalde inzending geen tweede", async () => {
    await beslisOnbesliste2026();
    await post("overzicht", 2026, { intent: "verzenden" });
    const eenActie = acties(plan(2026)!.id)[0]!;
    const eerste = await plaatsReactie("beleid@voorschoten.example", "Graag eerder.", { actieId: String(eenActie.id) });
    const nogmaals = await plaatsReactie("beleid@voorschoten.example", "Graag eerder.", { actieId: String(eenActie.id) });
    expect([eerste.status, nogmaals.status]).toEqual([302, 302]);
    expect(db.select({ n: count() }).from(reactie).get()!.n).toBe(1);
    await plaatsReactie("partner@veiligthuis.example", "Veilig Thuis wil trekker worden.");

    const pagina = await run(() => reactiesLoader({ request: getRequest("/r/hollands-midden/actualisatie/2026/reacties", cookieFor(COORDINATOR)), params: params(2026), context: testContext } as any));
    const data = pagina.data as any;
    expect(data.aantalOpen).toBe(2);
    expect(data.gemeenten.filter((g: any) => g.aantal > 0).map((g: any) => g.naam)).toEqual(["Voorschoten"]);
    expect(data.reacties.map((r: any) => r.organisatie ?? r.gemeente)).toEqual(["Voorschoten", "Veilig Thuis Hollands Midden"]);
    expect(data.reacties[0].actieId).toBe(eenActie.id);

    const id = data.reacties[0].id;
    expect((await post("reacties", 2026, { intent: "antwoord", reactieId: String(id), afhandeling: "deels_overgenomen", antwoord: "Deels: de deadline schuift een kwartaal." })).status).toBe(302);
    expect(db.select().from(reactie).where(eq(reactie.id, id)).get()).toMatchObject({
      afhandeling: "deels_overgenomen",
      antwoord: "Deels: de deadline schuift een kwartaal.",
      beantwoordDoorId: gebruikerId(COORDINATOR),
    });
  });

  it("toont wijzigingen na vaststelling op de plan- en actiepagina", async () => {
    const p2025 = plan(2025)!;
    const [eerste] = acties(p2025.id);
    db.update(actie).set({ titel: "Nieuwe titel na vaststelling", deadline: "2025-11-30" }).where(eq(actie.id, eerste!.id)).run();
    const wijzigingen = gewijzigdNaVaststelling(regioId(HM), p2025.id);
    expect(Object.keys(wijzigingen)).toEqual([String(eerste!.id)]);
    expect(wijzigingen[eerste!.id]!.map((w) => w.veld)).toEqual(["titel", "deadline"]);

    const cookie = cookieFor("wethouder@leiden.example");
    const planPagina = await run(() => planLoader({ request: getRequest("/r/hollands-midden/plannen/2025", cookie), params: { regio: HM, jaar: "2025" }, context: testContext } as any));
    expect((planPagina.data as any).actualisatie.gewijzigd[eerste!.id][0]).toMatchObject({ label: "Titel", naar: "Nieuwe titel na vaststelling" });
    const actiePagina = await run(() => actieLoader({ request: getRequest(`/r/hollands-midden/acties/${eerste!.id}`, cookie), params: { regio: HM, id: String(eerste!.id) }, context: testContext } as any));
    expect((actiePagina.data as any).gewijzigdNaVaststelling.wijzigingen).toHaveLength(2);
    const ander = acties(p2025.id)[1]!;
    const ongewijzigd = await run(() => actieLoader({ request: getRequest(`/r/hollands-midden/acties/${ander.id}`, cookie), params: { regio: HM, id: String(ander.id) }, context: testContext } as any));
    expect((ongewijzigd.data as any).gewijzigdNaVaststelling).toBeNull();
  });

  it("toont het overzicht met de stand van de besluiten en de open adviespunten", async () => {
    const uitkomst = await run(() => overzichtLoader({ request: getRequest("/r/hollands-midden/actualisatie/2026", cookieFor(COORDINATOR)), params: params(2026), context: testContext } as any));
    const data = uitkomst.data as any;
    expect(data.overzicht).toMatchObject({ soort: "plan", onbeslist: 2, perBesluit: { doorzetten: 20, afgerond: 0, vervallen: 0 } });
    expect(Array.isArray(data.overzicht.adviespunten)).toBe(true);
  });
});
