import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, reopenDatabase, sqlite } from "../../db";
import { actie, actieDoelstelling, actiePartner, gebruiker, gemeente, inhoudVersie, organisatie, planVaststelling } from "../../db/schema";
import { loadRollen } from "../../app/auth/current-user.server";
import { postVoortgang } from "../../app/domain/acties/voortgang.server";
import { vandaag } from "../../app/domain/format";
import { gewijzigdNaVaststelling } from "../../app/domain/actualisatie/gewijzigd.server";
import type { PlanInhoud } from "../../app/domain/actualisatie/inhoud";
import { leesPlanInhoud } from "../../app/domain/actualisatie/plan-inhoud.server";
import { verschilMetVaststelling, type Veldverschil } from "../../app/domain/actualisatie/vergelijken";
import {
  actielijnenVan,
  doelstellingenVan,
  gebruikerId,
  gemeentenVan,
  HAAGLANDEN,
  HM,
  organisatiesVan,
  planId,
  regioId,
} from "../helpers/opzoeken";

/** The comparison of every actie in full, with names: what the plan page showed before it compared by ids first. */
function volledigeVergelijking(regio: number, plan: number): Record<number, Veldverschil[]> {
  const { inhoud } = db.select({ inhoud: planVaststelling.inhoud }).from(planVaststelling).where(eq(planVaststelling.planId, plan)).get()!;
  const snapshot = new Map((inhoud as PlanInhoud).acties.map((a) => [a.id, a]));
  const uit: Record<number, Veldverschil[]> = {};
  for (const actueel of leesPlanInhoud(db, regio, plan)!.acties) {
    const toen = snapshot.get(actueel.id);
    const wijzigingen = toen ? verschilMetVaststelling(toen, actueel) : [{ veld: "actie", label: "Actie", van: "niet in het vastgestelde plan", naar: "later toegevoegd" }];
    if (wijzigingen.length) uit[actueel.id] = wijzigingen;
  }
  return uit;
}

function actiesVan(plan: number) {
  return db.select().from(actie).where(eq(actie.planId, plan)).orderBy(asc(actie.id)).all();
}

const velden = (uitkomst: Record<number, Veldverschil[]>) =>
  Object.fromEntries(Object.entries(uitkomst).map(([id, w]) => [id, w.map((v) => v.veld)]));

describe("gewijzigd na vaststelling", () => {
  it("vindt elke soort wijziging, en precies wat de volledige vergelijking vindt", () => {
    const hm = regioId(HM);
    const plan = planId(HM, 2025);
    expect(db.select().from(planVaststelling).where(eq(planVaststelling.planId, plan)).get()).toBeDefined();
    // Before any change the plan is as it was vastgesteld; the seed changed nothing after it.
    expect(gewijzigdNaVaststelling(hm, plan)).toEqual(volledigeVergelijking(hm, plan));

    const snapshot = (db.select({ inhoud: planVaststelling.inhoud }).from(planVaststelling).where(eq(planVaststelling.planId, plan)).get()!.inhoud as PlanInhoud).acties;
    const [a, b, c, d, e, f, g, h] = actiesVan(plan);
    const gewijzigd = [a, b, c, d, e, f, g, h].map((x) => x!.id);
    const i = snapshot.find((x) => x.partners.length > 0 && !gewijzigd.includes(x.id))!;
    const [leiden, , , gouda] = gemeentenVan(HM);
    const organisaties = organisatiesVan(HM);
    const doelstellingen = doelstellingenVan(actielijnenVan(HM)[1]!);
    const andereEigenaar = gebruikerId("beleid@voorschoten.example");

    db.insert(actiePartner).values({ actieId: a!.id, organisatieId: organisaties.at(-1)! }).run();
    db.delete(actieDoelstelling).where(eq(actieDoelstelling.actieId, b!.id)).run();
    db.insert(actieDoelstelling).values({ actieId: b!.id, doelstellingId: doelstellingen.at(-1)! }).run();
    db.update(actie).set({ trekkerGemeenteId: null, trekkerOrganisatieId: organisaties[0]! }).where(eq(actie.id, c!.id)).run();
    db.update(actie).set({ eigenaarId: d!.eigenaarId === andereEigenaar ? gebruikerId("coordinator@leiden.example") : andereEigenaar }).where(eq(actie.id, d!.id)).run();
    db.update(actie).set({ niveau: "lokaal", gemeenteId: gouda! }).where(eq(actie.id, e!.id)).run();
    db.update(actie).set({ financiering: "gemeentelijk", bedragCenten: 1_250_050 }).where(eq(actie.id, f!.id)).run();
    db.update(actie).set({ code: `${g!.code}-b`, indicator: "Aantal trainingen" }).where(eq(actie.id, g!.id)).run();
    // Not changes of the plan: the status moves by voortgang, a name is not an id, and an empty text is no text.
    db.update(actie).set({ status: h!.status === "afgerond" ? "op_schema" : "afgerond", omschrijving: h!.omschrijving ?? "" }).where(eq(actie.id, h!.id)).run();
    db.update(gemeente).set({ naam: "Leiden (hernoemd)" }).where(eq(gemeente.id, leiden!)).run();
    db.delete(actiePartner).where(eq(actiePartner.actieId, i.id)).run();
    const nieuw = db
      .insert(actie)
      .values({ ...a!, id: undefined, code: "9.9", titel: "Na de vaststelling toegevoegd", version: 1 })
      .returning({ id: actie.id })
      .get();

    const uitkomst = gewijzigdNaVaststelling(hm, plan);
    expect(uitkomst).toEqual(volledigeVergelijking(hm, plan));
    const verwacht: Record<number, string[]> = {
      [a!.id]: ["partners"],
      [b!.id]: ["doelstellingen"],
      [c!.id]: ["trekker"],
      [d!.id]: ["eigenaar"],
      [e!.id]: ["niveau"],
      [f!.id]: ["financiering"],
      [g!.id]: ["code", "indicator"],
      [i.id]: ["partners"],
      [nieuw.id]: ["actie"],
    };
    expect(velden(uitkomst)).toEqual(verwacht);
    // The texts carry the names of now, read for the changed acties only.
    const trekker = db.select({ naam: organisatie.naam }).from(organisatie).where(eq(organisatie.id, organisaties[0]!)).get()!.naam;
    expect(uitkomst[c!.id]![0]).toMatchObject({ label: "Trekker", naar: trekker });
    expect(uitkomst[f!.id]![0]!.naar).toMatch(/^Gemeentelijk budget: €\s12\.500,50$/);
  });

  it("geeft niets voor een plan van een andere regio of een plan zonder vaststelling", () => {
    const plan = planId(HM, 2025);
    db.update(actie).set({ titel: "Gewijzigd" }).where(eq(actie.planId, plan)).run();
    expect(Object.keys(gewijzigdNaVaststelling(regioId(HM), plan)).length).toBeGreaterThan(0);
    expect(gewijzigdNaVaststelling(regioId(HAAGLANDEN), plan)).toEqual({});
    const concept = planId(HM, 2026);
    expect(db.select().from(planVaststelling).where(eq(planVaststelling.planId, concept)).get()).toBeUndefined();
    expect(gewijzigdNaVaststelling(regioId(HM), concept)).toEqual({});
  });

  it("leest de vaststelling opnieuw na een nieuwe verbinding, niet uit het geheugen van de vorige", () => {
    const hm = regioId(HM);
    const plan = planId(HM, 2025);
    const [eerste] = actiesVan(plan);
    expect(gewijzigdNaVaststelling(hm, plan)[eerste!.id]).toBeUndefined();
    // A vaststelling never changes (a trigger refuses it). Changed here anyway, this database stands
    // for another one with the same ids, such as a restored backup opened in the same process.
    sqlite.exec("drop trigger plan_vaststelling_geen_wijziging");
    const { inhoud } = db.select({ inhoud: planVaststelling.inhoud }).from(planVaststelling).where(eq(planVaststelling.planId, plan)).get()!;
    const anders = inhoud as PlanInhoud;
    anders.acties = anders.acties.map((x) => (x.id === eerste!.id ? { ...x, titel: "Titel zoals vastgesteld" } : x));
    db.update(planVaststelling).set({ inhoud: anders }).where(eq(planVaststelling.planId, plan)).run();
    // Same connection: the comparison made before still counts, as no counter of migration 0005 moved.
    expect(gewijzigdNaVaststelling(hm, plan)[eerste!.id]).toBeUndefined();
    reopenDatabase(sqlite.name);
    expect(gewijzigdNaVaststelling(hm, plan)[eerste!.id]!.map((w) => w.veld)).toEqual(["titel"]);
  });

  it("hergebruikt de vergelijking zolang niets wijzigt wat zij vergelijkt; voortgang wijzigt alleen de status", () => {
    const hm = regioId(HM);
    const plan = planId(HM, 2025);
    const [eerste, tweede] = actiesVan(plan);
    const coordinator = { id: gebruikerId("coordinator@leiden.example"), ip: "127.0.0.1", rollen: loadRollen(gebruikerId("coordinator@leiden.example")) };
    const versie = (sleutel: string) => db.select().from(inhoudVersie).where(eq(inhoudVersie.sleutel, sleutel)).get()?.versie ?? 0;

    const voor = gewijzigdNaVaststelling(hm, plan);
    expect(gewijzigdNaVaststelling(hm, plan)).toBe(voor);
    const planVoor = versie(`plan:${plan}`);
    const voortgangUit = postVoortgang(coordinator, hm, eerste!.id, {
      status: "afgerond",
      datum: vandaag(),
      toelichting: "Afgerond na de vaststelling.",
      idempotencyKey: `gewijzigd-${Date.now()}`,
    });
    expect(voortgangUit.ok).toBe(true);
    expect(versie(`plan:${plan}`)).toBe(planVoor);
    expect(gewijzigdNaVaststelling(hm, plan)).toBe(voor);

    // A new name is shown at once: the eigenaar of a changed actie under the name of now.
    const nieuweEigenaar = gebruikerId("beleid@voorschoten.example") === tweede!.eigenaarId ? gebruikerId("coordinator@gouda.example") : gebruikerId("beleid@voorschoten.example");
    db.update(actie).set({ eigenaarId: nieuweEigenaar }).where(eq(actie.id, tweede!.id)).run();
    expect(versie(`plan:${plan}`)).toBeGreaterThan(planVoor);
    const daarna = gewijzigdNaVaststelling(hm, plan);
    expect(daarna).not.toBe(voor);
    const namenVoor = versie("namen");
    db.update(gebruiker).set({ naam: "Iemand met een nieuwe naam" }).where(eq(gebruiker.id, nieuweEigenaar)).run();
    expect(versie("namen")).toBe(namenVoor + 1);
    expect(gewijzigdNaVaststelling(hm, plan)[tweede!.id]).toEqual([expect.objectContaining({ veld: "eigenaar", naar: "Iemand met een nieuwe naam" })]);

    // Removing an actie with partners counts once for the actie; its partners follow by cascade.
    const metPartners = db.select({ actieId: actiePartner.actieId }).from(actiePartner).innerJoin(actie, eq(actie.id, actiePartner.actieId)).where(eq(actie.planId, plan)).get()!;
    const planNuVoor = versie(`plan:${plan}`);
    db.delete(actie).where(eq(actie.id, metPartners.actieId)).run();
    expect(versie(`plan:${plan}`)).toBeGreaterThan(planNuVoor);
    expect(db.select().from(actiePartner).where(eq(actiePartner.actieId, metPartners.actieId)).all()).toEqual([]);
    expect(gewijzigdNaVaststelling(hm, plan)).toEqual(volledigeVergelijking(hm, plan));
  });
});
