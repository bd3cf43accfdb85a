import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, sqlite } from "../../db";
import { actie, actualisatieBesluit, audit, reactie, regio, regiovisie, uitvoeringsplan } from "../../db/schema";
import { action as overzichtAction, loader as overzichtLoader } from "../../app/routes/regio/actualisatie";
import { action as besluitenAction, loader as besluitenLoader } from "../../app/routes/regio/actualisatie-besluiten";
import { action as reactiesAction, loader as reactiesLoader } from "../../app/routes/regio/actualisatie-reacties";
import { loader as verschilLoader } from "../../app/routes/regio/actualisatie-verschil";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";
const COORDINATOR = "coordinator@leiden.example";

function planId(jaar: number, slug = HM) {
  return db
    .select({ id: uitvoeringsplan.id })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(regio, eq(regio.id, regiovisie.regioId))
    .where(and(eq(regio.slug, slug), eq(uitvoeringsplan.jaar, jaar)))
    .get()!.id;
}

function momentopname(): string {
  return ["uitvoeringsplan", "actie", "actie_doelstelling", "actie_partner", "actualisatie_besluit", "reactie", "plan_vaststelling"]
    .map((t) => JSON.stringify(sqlite.prepare(`select * from ${t} order by rowid`).all()))
    .join("\n");
}

const params = (jaar: number, slug = HM) => ({ regio: slug, jaar: String(jaar) });
const pad = (jaar: number, sub = "", slug = HM) => `/r/${slug}/actualisatie/${jaar}${sub}`;

function post(module: "overzicht" | "besluiten" | "reacties", jaar: number, velden: Record<string, string | string[]>, email: string, slug = HM) {
  const actie = { overzicht: overzichtAction, besluiten: besluitenAction, reacties: reactiesAction }[module];
  return run(() => actie({ request: postRequest(pad(jaar, module === "overzicht" ? "" : `/${module}`, slug), velden, cookieFor(email)), params: params(jaar, slug), context: testContext } as any));
}

function get(loader: (args: any) => unknown, jaar: number, sub: string, email: string, slug = HM) {
  return run(() => loader({ request: getRequest(pad(jaar, sub, slug), cookieFor(email)), params: params(jaar, slug), context: testContext }));
}

/** The open 2025 acties without a decision (the seed leaves two), decided as doorzetten, then sent. */
async function terAfstemming() {
  const besloten = new Set(db.select({ id: actualisatieBesluit.actieId }).from(actualisatieBesluit).all().map((b) => b.id));
  const open = db.select({ id: actie.id, status: actie.status }).from(actie).where(eq(actie.planId, planId(2025))).all().filter((a) => a.status !== "afgerond" && a.status !== "vervallen" && !besloten.has(a.id));
  const velden: Record<string, string | string[]> = { intent: "besluiten", rij: open.map((a) => String(a.id)) };
  for (const a of open) velden[`besluit-${a.id}`] = "doorzetten";
  expect((await post("besluiten", 2026, velden, COORDINATOR)).status).toBe(302);
  expect((await post("overzicht", 2026, { intent: "verzenden" }, COORDINATOR)).status).toBe(302);
}

describe("rechten per rol", () => {
  it("laat alleen coördinatoren en beheerders de actualisatie beheren", async () => {
    for (const email of ["beleid@voorschoten.example", "procesregisseur@voorschoten.example", "partner@veiligthuis.example", "wethouder@leiden.example"]) {
      const voor = momentopname();
      expect((await get(besluitenLoader, 2026, "/besluiten", email)).status).toBe(403);
      expect((await post("overzicht", 2026, { intent: "verzenden" }, email)).status).toBe(403);
      expect((await post("besluiten", 2026, { intent: "alles-doorzetten" }, email)).status).toBe(403);
      expect(momentopname()).toBe(voor);
    }
    expect((await get(besluitenLoader, 2026, "/besluiten", "beheerder@demo.example")).status).toBe(200);
    expect((await post("besluiten", 2026, { intent: "alles-doorzetten" }, "coordinator@gouda.example")).status).toBe(302);
    const geweigerd = db.select({ n: count() }).from(audit).where(and(eq(audit.entiteit, "autorisatie"), eq(audit.actie, "actualisatie.beheren"), eq(audit.resultaat, "geweigerd"))).get()!.n;
    expect(geweigerd).toBe(12);
  });

  it("laat iedereen van de regio het overzicht, de reacties en het verschil lezen", async () => {
    for (const [loader, sub] of [[overzichtLoader, ""], [reactiesLoader, "/reacties"], [verschilLoader, "/verschil"]] as const) {
      expect((await get(loader, 2026, sub, "wethouder@leiden.example")).status).toBe(200);
    }
  });

  it("toont de startpagina van een nieuw jaar alleen aan wie mag beheren", async () => {
    expect((await get(overzichtLoader, 2027, "", "wethouder@leiden.example")).status).toBe(404);
    const coordinator = await get(overzichtLoader, 2027, "", COORDINATOR);
    expect(coordinator.status).toBe(200);
    expect((coordinator.data as any).overzicht).toMatchObject({ soort: "start", belemmering: expect.stringContaining("2026 is nog niet vastgesteld") });
  });

  it("laat lezers, coördinatoren en beheerders niet reageren, en gemeenten en partners niet antwoorden", async () => {
    await terAfstemming();
    for (const email of ["wethouder@leiden.example", COORDINATOR, "beheerder@demo.example"]) {
      const uitkomst = await post("reacties", 2026, { intent: "reactie", tekst: "Mag dit?", idempotencyKey: "sleutel-12345678" }, email);
      expect(uitkomst.status).toBe(403);
    }
    expect((await post("reacties", 2026, { intent: "reactie", tekst: "Procesregie reageert.", idempotencyKey: "sleutel-procesregie" }, "procesregisseur@voorschoten.example")).status).toBe(302);
    const id = db.select({ id: reactie.id }).from(reactie).get()!.id;
    const voor = momentopname();
    for (const email of ["beleid@voorschoten.example", "partner@veiligthuis.example"]) {
      expect((await post("reacties", 2026, { intent: "antwoord", reactieId: String(id), afhandeling: "overgenomen", antwoord: "Zelf beantwoord" }, email)).status).toBe(403);
    }
    expect(momentopname()).toBe(voor);
  });
});

describe("scheiding tussen regio's", () => {
  it("weigert een gebruiker van een andere regio bij elke handeling en verandert niets", async () => {
    await terAfstemming();
    const voor = momentopname();
    const denHaag = "coordinator@denhaag.example";
    expect((await get(overzichtLoader, 2026, "", denHaag)).status).toBe(403);
    expect((await get(reactiesLoader, 2026, "/reacties", denHaag)).status).toBe(403);
    expect((await post("overzicht", 2027, { intent: "starten" }, denHaag)).status).toBe(403);
    expect((await post("reacties", 2026, { intent: "reactie", tekst: "Van buiten", idempotencyKey: "sleutel-buiten-1" }, denHaag)).status).toBe(403);
    // Their own regio has no plan 2026: nothing to find there either.
    expect((await post("reacties", 2026, { intent: "reactie", tekst: "Van buiten", idempotencyKey: "sleutel-buiten-2" }, denHaag, "haaglanden")).status).toBe(403);
    expect((await post("overzicht", 2026, { intent: "verzenden" }, denHaag, "haaglanden")).status).toBe(404);
    expect(momentopname()).toBe(voor);
  });

  it("weigert ids van een andere regio in de formulieren", async () => {
    const zhzActie = db.select({ id: actie.id }).from(actie).where(eq(actie.planId, planId(2014, "zuid-holland-zuid"))).get()!.id;
    const voor = momentopname();
    const besluit = await post("besluiten", 2026, { intent: "besluiten", rij: String(zhzActie), [`besluit-${zhzActie}`]: "doorzetten" }, COORDINATOR);
    expect(besluit.status).toBe(400);
    expect((besluit.data as any).errors[`besluit-${zhzActie}`]).toContain("hoort niet bij het uitvoeringsplan 2025");

    await terAfstemming();
    const naVerzenden = momentopname();
    const opActie = await post("reacties", 2026, { intent: "reactie", tekst: "Over een andere regio", actieId: String(zhzActie), idempotencyKey: "sleutel-andere-regio" }, "beleid@voorschoten.example");
    expect(opActie.status).toBe(400);
    expect((opActie.data as any).errors.actieId).toContain("Kies een actie uit het uitvoeringsplan 2026");

    const zhzReactie = db
      .insert(reactie)
      .values({ planId: planId(2014, "zuid-holland-zuid"), auteurId: 1, tekst: "Reactie in ZHZ" })
      .returning({ id: reactie.id })
      .get().id;
    const antwoord = await post("reacties", 2026, { intent: "antwoord", reactieId: String(zhzReactie), afhandeling: "overgenomen", antwoord: "Ja" }, COORDINATOR);
    expect(antwoord.status).toBe(404);
    expect(db.select({ a: reactie.afhandeling }).from(reactie).where(eq(reactie.id, zhzReactie)).get()!.a).toBeNull();
    db.delete(reactie).where(eq(reactie.id, zhzReactie)).run();
    expect(momentopname()).toBe(naVerzenden);
    expect(voor).not.toBe(naVerzenden);
  });

  it("weigert een eigenaar die geen rol in de regio heeft", async () => {
    const open = db.select({ id: actie.id }).from(actie).where(and(eq(actie.planId, planId(2025)), eq(actie.status, "op_schema"))).get()!.id;
    const denHaagId = db.select({ id: actie.eigenaarId }).from(actie).where(eq(actie.planId, planId(2014, "zuid-holland-zuid"))).get()!.id;
    const voor = momentopname();
    const uitkomst = await post("besluiten", 2026, { intent: "besluiten", rij: String(open), [`besluit-${open}`]: "doorzetten", [`eigenaar-${open}`]: String(denHaagId) }, COORDINATOR);
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as any).errors[`eigenaar-${open}`]).toBe("Kies als eigenaar iemand met een rol in deze regio.");
    expect(momentopname()).toBe(voor);
  });
});

describe("onzinnige invoer geeft 400 met een melding, nooit 500", () => {
  it("weigert kapotte besluitformulieren", async () => {
    const voor = momentopname();
    const gevallen: Record<string, string | string[]>[] = [
      { intent: "besluiten" },
      { intent: "besluiten", rij: "abc" },
      { intent: "besluiten", rij: "1", "besluit-1": "weggooien" },
      { intent: "besluiten", rij: "1", "besluit-1": "doorzetten", "deadline-1": "morgen" },
      { intent: "besluiten", rij: "1", "besluit-1": "afgerond", "reden-1": "x".repeat(1001) },
      { intent: "iets-anders" },
    ];
    for (const velden of gevallen) {
      const uitkomst = await post("besluiten", 2026, velden, COORDINATOR);
      expect(uitkomst.status, JSON.stringify(velden)).toBe(400);
    }
    expect(momentopname()).toBe(voor);
  });

  it("weigert een lege of te lange reactie, een BSN en een kapotte sleutel", async () => {
    await terAfstemming();
    const voor = momentopname();
    const gevallen: [Record<string, string>, string][] = [
      [{ tekst: "", idempotencyKey: "sleutel-leeg-123" }, "tekst"],
      [{ tekst: "x".repeat(4001), idempotencyKey: "sleutel-lang-123" }, "tekst"],
      [{ tekst: "Inwoner 111222333 heeft last", idempotencyKey: "sleutel-bsn-1234" }, "tekst"],
      [{ tekst: "Goed plan", idempotencyKey: "kort" }, "idempotencyKey"],
      [{ tekst: "Goed plan", actieId: "abc", idempotencyKey: "sleutel-actie-12" }, "actieId"],
      [{ tekst: "Goed plan", actieId: "999999", idempotencyKey: "sleutel-actie-13" }, "actieId"],
    ];
    for (const [velden, veld] of gevallen) {
      const uitkomst = await post("reacties", 2026, { intent: "reactie", ...velden }, "beleid@voorschoten.example");
      expect(uitkomst.status, JSON.stringify(velden).slice(0, 80)).toBe(400);
      expect((uitkomst.data as any).errors[veld]).toBeTruthy();
    }
    expect(momentopname()).toBe(voor);
  });

  it("weigert een antwoord zonder tekst of verwerking, of op een onbekende reactie", async () => {
    await terAfstemming();
    await post("reacties", 2026, { intent: "reactie", tekst: "Graag meer aandacht voor ouderen.", idempotencyKey: "sleutel-ouderen" }, "beleid@voorschoten.example");
    const id = String(db.select({ id: reactie.id }).from(reactie).get()!.id);
    const voor = momentopname();
    expect((await post("reacties", 2026, { intent: "antwoord", reactieId: id, afhandeling: "overgenomen", antwoord: " " }, COORDINATOR)).status).toBe(400);
    expect((await post("reacties", 2026, { intent: "antwoord", reactieId: id, afhandeling: "misschien", antwoord: "Ja" }, COORDINATOR)).status).toBe(400);
    expect((await post("reacties", 2026, { intent: "antwoord", reactieId: "x", afhandeling: "overgenomen", antwoord: "Ja" }, COORDINATOR)).status).toBe(400);
    expect((await post("reacties", 2026, { intent: "antwoord", reactieId: "99999", afhandeling: "overgenomen", antwoord: "Ja" }, COORDINATOR)).status).toBe(404);
    expect(momentopname()).toBe(voor);
  });

  it("weigert een vaststelling zonder besluit, met een datum in de toekomst of een ongeldige datum", async () => {
    await terAfstemming();
    const voor = momentopname();
    const gevallen: Record<string, string>[] = [
      { datum: "2026-01-05", besluit: "" },
      { datum: "2999-01-01", besluit: "Beleidsoverleg" },
      { datum: "5 januari", besluit: "Beleidsoverleg" },
      { datum: "2026-01-05", besluit: "Beleidsoverleg", besluitnummer: "y".repeat(101) },
    ];
    for (const velden of gevallen) {
      const uitkomst = await post("overzicht", 2026, { intent: "vaststellen", ...velden }, COORDINATOR);
      expect(uitkomst.status).toBe(400);
      expect((uitkomst.data as any).values.besluit).toBe(velden.besluit);
    }
    expect(momentopname()).toBe(voor);
  });

  it("geeft 404 bij een jaar dat geen jaar is of een plan dat niet bestaat", async () => {
    expect((await get(overzichtLoader, 0, "", COORDINATOR)).status).toBe(404);
    const nietJaar = await run(() => overzichtLoader({ request: getRequest(pad(2026), cookieFor(COORDINATOR)), params: { regio: HM, jaar: "twintig" }, context: testContext } as any));
    expect(nietJaar.status).toBe(404);
    expect((await get(overzichtLoader, 2031, "", COORDINATOR)).status).toBe(404);
    expect((await get(besluitenLoader, 2024, "/besluiten", COORDINATOR)).status).toBe(404);
    expect((await get(verschilLoader, 2024, "/verschil", COORDINATOR)).status).toBe(404);
  });
});
