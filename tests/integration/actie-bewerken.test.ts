import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as database from "../../db";
import { db } from "../../db";
import {
  actie,
  actieDoelstelling,
  actiePartner,
  actielijn,
  audit,
  besluit,
  doelstelling,
  gebruiker,
  gemeente,
  organisatie,
  overleg,
  regio,
  regiovisie,
  uitvoeringsplan,
  voortgang,
} from "../../db/schema";
import { ALLEEN_CONCEPT } from "../../app/domain/acties/actie-schema";
import { action, loader } from "../../app/routes/regio/actie-bewerken";
import { loader as actieLoader } from "../../app/routes/regio/actie";
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
function actieId(jaar: number, code: string) {
  return db
    .select({ id: actie.id })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, regioId(HM)), eq(uitvoeringsplan.jaar, jaar), eq(actie.code, code)))
    .get()!.id;
}
function rij(id: number) {
  return db.select().from(actie).where(eq(actie.id, id)).get();
}
function doelenVan(id: number) {
  return db
    .select({ id: actieDoelstelling.doelstellingId })
    .from(actieDoelstelling)
    .where(eq(actieDoelstelling.actieId, id))
    .all()
    .map((d) => d.id)
    .sort((a, b) => a - b);
}
function aantalAudit() {
  return db.select({ n: sql<number>`count(*)` }).from(audit).get()!.n;
}
/** Everything an edit could touch, to prove that a refusal changed nothing. */
function toestand(id: number) {
  return {
    actie: rij(id),
    doelen: doelenVan(id),
    partners: db.select().from(actiePartner).where(eq(actiePartner.actieId, id)).all(),
    audit: aantalAudit(),
  };
}

function open(id: number | string, email = COORDINATOR, slug = HM, zoek = "") {
  return run(() =>
    loader({
      request: getRequest(`/r/${slug}/acties/${id}/bewerken${zoek}`, cookieFor(email)),
      params: { regio: slug, id: String(id) },
      context: testContext,
    } as any),
  );
}
function stuur(id: number, velden: Record<string, string | string[]>, email = COORDINATOR, slug = HM) {
  return run(() =>
    action({
      request: postRequest(`/r/${slug}/acties/${id}/bewerken`, velden, cookieFor(email)),
      params: { regio: slug, id: String(id) },
      context: testContext,
    } as any),
  );
}
function bekijk(id: number, email = COORDINATOR) {
  return run(() =>
    actieLoader({
      request: getRequest(`/r/${HM}/acties/${id}`, cookieFor(email)),
      params: { regio: HM, id: String(id) },
      context: testContext,
    } as any),
  );
}

/** The form as the edit page fills it, plus changes: what a browser would send back. */
async function formulier(id: number, wijzig: Record<string, string | string[]> = {}, email = COORDINATOR) {
  const data = (await open(id, email)).data as any;
  return { intent: "opslaan", ...data.waarden, version: String(data.version), ...wijzig } as Record<string, string | string[]>;
}

describe("een actie bewerken", () => {
  it("slaat wijzigingen op, verhoogt de versie en schrijft alleen de gewijzigde velden in het auditlog", async () => {
    const id = actieId(2026, "2.3-04");
    const voor = rij(id)!;
    const uit = await stuur(id, await formulier(id, { titel: "Nieuwe titel", bedrag: "1.234,56" }));
    expect(uit.status).toBe(302);
    expect(uit.location).toBe(`/r/${HM}/acties/${id}?bijgewerkt=1`);
    const na = rij(id)!;
    expect(na).toMatchObject({ titel: "Nieuwe titel", bedragCenten: 123_456, version: voor.version + 1, status: voor.status });
    const regel = db
      .select()
      .from(audit)
      .where(and(eq(audit.entiteitId, String(id)), eq(audit.actie, "gewijzigd")))
      .get()!;
    expect(regel.voor).toEqual({ titel: voor.titel, bedragCenten: voor.bedragCenten, version: voor.version });
    expect(regel.na).toEqual({ titel: "Nieuwe titel", bedragCenten: 123_456, version: voor.version + 1 });
    expect(regel.gebruikerId).toBe(gebruikerId(COORDINATOR));
  });

  it("verplaatst een actie naar een andere doelstelling door de doelstellingen te wijzigen", async () => {
    const id = actieId(2026, "2.3-04");
    const nieuw = doelstellingId(HM, "3.2");
    const uit = await stuur(id, await formulier(id, { doelstellingIds: [String(nieuw)] }));
    expect(uit.status).toBe(302);
    expect(doelenVan(id)).toEqual([nieuw]);
    const regel = db.select().from(audit).where(and(eq(audit.entiteitId, String(id)), eq(audit.actie, "gewijzigd"))).get()!;
    expect(regel.na).toMatchObject({ doelstellingIds: [nieuw] });
  });

  it("wijzigt de status nooit via het bewerkformulier: een meegestuurde status wordt genegeerd", async () => {
    const id = actieId(2026, "2.3-04");
    const voor = rij(id)!;
    const uit = await stuur(id, await formulier(id, { status: "afgerond", titel: "Andere titel" }));
    expect(uit.status).toBe(302);
    expect(rij(id)!.status).toBe(voor.status);
  });

  it("slaat niets op als er niets is gewijzigd", async () => {
    const id = actieId(2026, "2.3-04");
    const voor = toestand(id);
    expect((await stuur(id, await formulier(id))).status).toBe(302);
    expect(toestand(id)).toEqual(voor);
  });

  it("toont in de wijzigingsgeschiedenis oud → nieuw met namen in plaats van ids", async () => {
    const id = actieId(2026, "2.3-04");
    const voorschoten = gemeenteId("Voorschoten");
    await stuur(
      id,
      await formulier(id, {
        eigenaarId: String(gebruikerId("coordinator@leiden.example")),
        trekker: `o:${organisatieId("GGD Hollands Midden")}`,
        partners: [`g:${voorschoten}`],
        doelstellingIds: [String(doelstellingId(HM, "2.3")), String(doelstellingId(HM, "1.1"))],
        deadline: "2026-12-15",
      }),
    );
    const pagina = (await bekijk(id)).data as any;
    const regel = pagina.actie.geschiedenis[0];
    expect(regel.soort).toBe("gewijzigd");
    expect(regel.door).toBe(db.select().from(gebruiker).where(eq(gebruiker.email, COORDINATOR)).get()!.naam);
    const perVeld = Object.fromEntries(regel.wijzigingen.map((w: any) => [w.label, `${w.van} → ${w.naar}`]));
    const eigenaarOud = db.select().from(gebruiker).where(eq(gebruiker.email, "coordinator@gouda.example")).get()!.naam;
    const eigenaarNieuw = db.select().from(gebruiker).where(eq(gebruiker.email, COORDINATOR)).get()!.naam;
    expect(perVeld.Eigenaar).toBe(`${eigenaarOud} → ${eigenaarNieuw}`);
    expect(perVeld.Trekker).toBe("Gouda → GGD Hollands Midden");
    expect(perVeld["Betrokken partners"]).toMatch(/→ Voorschoten$/);
    expect(perVeld.Doelstellingen).toBe("2.3 → 1.1, 2.3");
    expect(perVeld.Deadline).toBe("30 juni 2026 → 15 december 2026");
  });

  it("laat een wijziging van het niveau naar lokaal zien met de naam van de gemeente", async () => {
    const id = actieId(2026, "2.3-04");
    await stuur(id, await formulier(id, { niveau: "lokaal", gemeenteId: String(gemeenteId("Gouda")) }));
    const regel = ((await bekijk(id)).data as any).actie.geschiedenis[0];
    const labels = regel.wijzigingen.map((w: any) => `${w.label}: ${w.van} → ${w.naar}`);
    expect(labels).toContain("Niveau: Regionaal → Lokaal (één gemeente)");
    expect(labels).toContain("Gemeente: (leeg) → Gouda");
  });

  it("weigert een code die al in het plan bestaat, en accepteert een nieuwe unieke code", async () => {
    const id = actieId(2026, "2.3-04");
    const voor = toestand(id);
    const dubbel = await stuur(id, await formulier(id, { code: "2.3-05" }));
    expect(dubbel.status).toBe(400);
    expect((dubbel.data as any).errors.code).toMatch(/al in gebruik/);
    expect(toestand(id)).toEqual(voor);
    expect((await stuur(id, await formulier(id, { code: "2.3-99" }))).status).toBe(302);
    expect(rij(id)!.code).toBe("2.3-99");
  });

  it.each([
    ["een lege titel", { titel: "" }, "titel"],
    ["een ongeldige code", { code: "2.3 04!" }, "code"],
    ["een ontbrekende versie", { version: "" }, "version"],
    ["een gemeente van Haaglanden", () => ({ niveau: "lokaal", gemeenteId: String(gemeenteId("Den Haag")) }), "gemeenteId"],
    ["een doelstelling van Haaglanden", () => ({ doelstellingIds: [String(doelstellingId("haaglanden", "1.1"))] }), "doelstellingIds"],
    ["een eigenaar van Haaglanden", () => ({ eigenaarId: String(gebruikerId("coordinator@denhaag.example")) }), "eigenaarId"],
    ["een organisatie van Haaglanden als trekker", () => ({ trekker: `o:${organisatieId("Veilig Thuis Haaglanden")}` }), "trekker"],
    ["een gemeente van Haaglanden als partner", () => ({ partners: [`g:${gemeenteId("Delft")}`] }), "partners"],
    ["een BSN in het beoogd resultaat", { beoogdResultaat: "Bewoner 111222333" }, "beoogdResultaat"],
  ])("weigert %s met 400 en wijzigt niets", async (_naam, wijzig, veld) => {
    const id = actieId(2026, "2.3-04");
    const voor = toestand(id);
    const extra = typeof wijzig === "function" ? wijzig() : wijzig;
    const uit = await stuur(id, await formulier(id, extra as Record<string, string>));
    expect(uit.status).toBe(400);
    expect((uit.data as any).errors[veld]).toMatch(/[a-z]/);
    expect(toestand(id)).toEqual(voor);
  });
});

describe("gelijktijdig bewerken (optimistic concurrency)", () => {
  it("weigert opslaan op een oude versie met 409, wijzigt niets, houdt de invoer vast en noemt wat de ander wijzigde", async () => {
    const id = actieId(2026, "2.3-04");
    const oudeTitel = rij(id)!.titel;
    const mijnFormulier = await formulier(id, { titel: "Mijn titel", indicator: "Mijn indicator" });
    const anderFormulier = await formulier(id, { titel: "Titel van Gouda" }, "coordinator@gouda.example");
    expect((await stuur(id, anderFormulier, "coordinator@gouda.example")).status).toBe(302);

    const voor = toestand(id);
    const uit = await stuur(id, mijnFormulier);
    expect(uit.status).toBe(409);
    expect(toestand(id)).toEqual(voor);
    expect(rij(id)!.titel).toBe("Titel van Gouda");
    const data = uit.data as any;
    expect(data.values.titel).toBe("Mijn titel");
    expect(data.values.indicator).toBe("Mijn indicator");
    expect(data.errors.form).toMatch(/Iemand anders heeft deze actie gewijzigd/);
    expect(data.conflict.door).toBe(db.select().from(gebruiker).where(eq(gebruiker.email, "coordinator@gouda.example")).get()!.naam);
    expect(data.conflict.op).toBeTruthy();
    expect(data.conflict.wijzigingen).toEqual([{ veld: "titel", label: "Titel", van: oudeTitel, naar: "Titel van Gouda" }]);
    expect(data.version).toBe(rij(id)!.version);
  });

  it("slaat na een conflict wel op als de gebruiker bewust opnieuw verstuurt met de nieuwe versie", async () => {
    const id = actieId(2026, "2.3-04");
    const mijnFormulier = await formulier(id, { titel: "Mijn titel" });
    await stuur(id, await formulier(id, { titel: "Eerst" }, "coordinator@gouda.example"), "coordinator@gouda.example");
    const conflict = await stuur(id, mijnFormulier);
    const opnieuw = await stuur(id, { ...mijnFormulier, version: String((conflict.data as any).version) });
    expect(opnieuw.status).toBe(302);
    expect(rij(id)!.titel).toBe("Mijn titel");
  });

  it("ziet een voortgangsupdate niet als conflict: die wijzigt de versie niet", async () => {
    const id = actieId(2026, "2.3-04");
    const mijnFormulier = await formulier(id, { titel: "Mijn titel" });
    db.update(actie).set({ status: "afgerond" }).where(eq(actie.id, id)).run();
    expect((await stuur(id, mijnFormulier)).status).toBe(302);
  });
});

describe("wie mag bewerken", () => {
  it("laat een gemeente de lokale actie van de eigen gemeente bewerken, maar niet naar een andere gemeente verplaatsen", async () => {
    const id = actieId(2026, "2.3-01");
    expect((await open(id, "beleid@voorschoten.example")).status).toBe(200);
    expect((await stuur(id, await formulier(id, { titel: "Lokaal aangepast" }, "beleid@voorschoten.example"), "beleid@voorschoten.example")).status).toBe(302);
    const voor = toestand(id);
    const naarKatwijk = await stuur(
      id,
      await formulier(id, { gemeenteId: String(gemeenteId("Katwijk")) }, "beleid@voorschoten.example"),
      "beleid@voorschoten.example",
    );
    expect(naarKatwijk.status).toBe(403);
    expect({ ...toestand(id), audit: voor.audit }).toEqual(voor);
  });

  it("weigert een gemeente, ketenpartner en lezer het bewerken van een regionale actie", async () => {
    const id = actieId(2026, "2.3-04");
    const velden = await formulier(id, { titel: "Niet toegestaan" });
    for (const email of ["beleid@voorschoten.example", "partner@veiligthuis.example", "wethouder@leiden.example"]) {
      expect((await open(id, email)).status).toBe(403);
      expect((await stuur(id, velden, email)).status).toBe(403);
    }
    expect(rij(id)!.titel).not.toBe("Niet toegestaan");
  });

  it("toont de knop Bewerken alleen aan wie mag bewerken", async () => {
    const id = actieId(2026, "2.3-04");
    expect(((await bekijk(id, COORDINATOR)).data as any).magBewerken).toBe(true);
    expect(((await bekijk(id, "beleid@voorschoten.example")).data as any).magBewerken).toBe(false);
    expect(((await bekijk(id, "wethouder@leiden.example")).data as any).magVoortgang).toBe(false);
  });

  it("geeft 404 voor een actie van Hollands Midden via Haaglanden", async () => {
    const id = actieId(2026, "2.3-04");
    const voor = toestand(id);
    expect((await open(id, "coordinator@denhaag.example", "haaglanden")).status).toBe(404);
    expect((await stuur(id, { intent: "opslaan", titel: "x" }, "coordinator@denhaag.example", "haaglanden")).status).toBe(404);
    expect((await stuur(id, { intent: "verwijderen" }, "coordinator@denhaag.example", "haaglanden")).status).toBe(404);
    expect(toestand(id)).toEqual(voor);
  });
});

describe("een actie verwijderen", () => {
  it("vraagt eerst om bevestiging", async () => {
    const id = actieId(2026, "2.3-04");
    expect(((await open(id)).data as any).bevestigVerwijderen).toBe(false);
    const bevestig = (await open(id, COORDINATOR, HM, "?verwijderen=1")).data as any;
    expect(bevestig.bevestigVerwijderen).toBe(true);
    expect(bevestig.magVerwijderen).toBe(true);
    expect(rij(id)).toBeDefined();
  });

  it("verwijdert een actie uit een conceptplan met koppelingen en voortgang, en bewaart alles in het auditlog", async () => {
    const id = actieId(2026, "2.3-04");
    const voor = rij(id)!;
    const doelen = doelenVan(id);
    const uit = await stuur(id, { intent: "verwijderen" });
    expect(uit.status).toBe(302);
    expect(uit.location).toBe(`/r/${HM}/plannen/2026`);
    expect(rij(id)).toBeUndefined();
    expect(doelenVan(id)).toEqual([]);
    expect(db.select().from(voortgang).where(eq(voortgang.actieId, id)).all()).toEqual([]);
    const regel = db.select().from(audit).where(and(eq(audit.entiteitId, String(id)), eq(audit.actie, "verwijderd"))).get()!;
    expect(regel.voor).toMatchObject({ code: voor.code, titel: voor.titel, doelstellingIds: doelen, status: voor.status, planJaar: 2026 });
  });

  it("weigert verwijderen in een vastgesteld plan met de uitleg over vervallen", async () => {
    const id = actieId(2025, "2.3-04");
    const voor = toestand(id);
    const uit = await stuur(id, { intent: "verwijderen" });
    expect(uit.status).toBe(400);
    expect((uit.data as any).errors.form).toBe(ALLEEN_CONCEPT);
    expect(toestand(id)).toEqual(voor);
    expect(((await open(id)).data as any).magVerwijderen).toBe(false);
  });

  it("weigert verwijderen als er in een overleg een besluit over de actie is genomen", async () => {
    const id = actieId(2026, "2.3-04");
    const overlegId = db
      .insert(overleg)
      .values({ regioId: regioId(HM), datum: "2026-11-01", titel: "Beleidsoverleg" })
      .returning({ id: overleg.id })
      .get().id;
    db.insert(besluit).values({ overlegId, actieId: id, tekst: "Doorgaan", auteurId: gebruikerId(COORDINATOR) }).run();
    const uit = await stuur(id, { intent: "verwijderen" });
    expect(uit.status).toBe(400);
    expect((uit.data as any).errors.form).toMatch(/besluit/);
    expect(rij(id)).toBeDefined();
  });

  it("weigert een gemeente het verwijderen van een regionale actie", async () => {
    const id = actieId(2026, "2.3-04");
    expect((await stuur(id, { intent: "verwijderen" }, "beleid@voorschoten.example")).status).toBe(403);
    expect(rij(id)).toBeDefined();
  });
});

describe("de actiepagina", () => {
  it("toont de gegevens met namen, doelstellingen, partners en signalen", async () => {
    const id = actieId(2026, "2.3-04");
    const uit = await bekijk(id, "wethouder@leiden.example");
    expect(uit.status).toBe(200);
    const a = (uit.data as any).actie;
    expect(a).toMatchObject({ code: "2.3-04", planJaar: 2026, trekkerNaam: "Gouda", niveau: "regionaal" });
    expect(a.eigenaarNaam).toBe(db.select().from(gebruiker).where(eq(gebruiker.email, "coordinator@gouda.example")).get()!.naam);
    expect(a.doelstellingen.map((d: any) => d.code)).toEqual(["2.3"]);
    // Vertraagd with its deadline (30 June 2026) behind us: over deadline, however late the test runs.
    expect(a.status).toBe("vertraagd");
    expect(a.overDeadline).toBe(true);
    expect(typeof a.nietBijgewerkt).toBe("boolean");
  });

  it("toont de voortgang van eerdere jaren via de herkomst, gemarkeerd met hun jaar, nieuwste eerst", async () => {
    const id = actieId(2026, "3.2-02");
    const a = ((await bekijk(id)).data as any).actie;
    expect(a.herkomst).toMatchObject({ jaar: 2025, code: "3.2-02" });
    const jaren = new Set(a.tijdlijn.filter((t: any) => t.eerder).map((t: any) => t.eerder.jaar));
    expect(jaren).toEqual(new Set([2025, 2024]));
    const data = a.tijdlijn.map((t: any) => t.datum);
    expect(data).toEqual([...data].sort().reverse());
    const eigen = db.select().from(voortgang).where(eq(voortgang.actieId, id)).orderBy(asc(voortgang.datum)).all();
    expect(a.tijdlijn.filter((t: any) => !t.eerder)).toHaveLength(eigen.length);
    expect(a.laatsteVoortgang).toBe(eigen.at(-1)?.datum ?? null);
  });

  it("leest de pagina in een vast aantal queries, hoe lang de geschiedenis ook is", async () => {
    const id = actieId(2026, "2.3-04");
    const tel = async () => {
      const cookie = cookieFor(COORDINATOR);
      const verbinding = database.sqlite;
      const prepare = verbinding.prepare.bind(verbinding);
      let aantal = 0;
      verbinding.prepare = ((bron: string) => {
        aantal += 1;
        return prepare(bron);
      }) as typeof verbinding.prepare;
      try {
        await run(() => actieLoader({ request: getRequest(`/r/${HM}/acties/${id}`, cookie), params: { regio: HM, id: String(id) }, context: testContext } as any));
      } finally {
        verbinding.prepare = prepare;
      }
      return aantal;
    };
    await stuur(id, await formulier(id, { titel: "Eerste", eigenaarId: String(gebruikerId(COORDINATOR)) }));
    const kort = await tel();
    for (let i = 0; i < 5; i++) await stuur(id, await formulier(id, { titel: `Titel ${i}`, eigenaarId: String(gebruikerId(i % 2 ? COORDINATOR : "coordinator@gouda.example")) }));
    for (let i = 0; i < 10; i++) {
      db.insert(voortgang).values({ actieId: id, auteurId: gebruikerId(COORDINATOR), datum: "2026-11-01", statusVan: "op_schema", statusNaar: "op_schema", toelichting: `Stap ${i}` }).run();
    }
    expect(((await bekijk(id)).data as any).actie.geschiedenis).toHaveLength(6);
    expect(await tel()).toBe(kort);
  });

  it("geeft 404 voor een onbekend of niet-numeriek actie-id", async () => {
    expect((await run(() => actieLoader({ request: getRequest(`/r/${HM}/acties/999999`, cookieFor(COORDINATOR)), params: { regio: HM, id: "999999" }, context: testContext } as any))).status).toBe(404);
    expect((await open("1 or 1=1")).status).toBe(404);
  });
});
