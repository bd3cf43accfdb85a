import { and, count, eq, or } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as database from "../../db";
import {
  actie,
  actieDoelstelling,
  actielijn,
  agendapunt,
  audit,
  doelstelling,
  gebruiker,
  gemeente,
  overleg,
  regio,
  regiovisie,
  uitvoeringsplan,
  voortgang,
  type ActieStatus,
} from "../../db/schema";
import { berekenAgenda } from "../../app/domain/overleg/agenda.server";
import { findOverleg } from "../../app/domain/overleg/overleggen.server";
import { action, loader } from "../../app/routes/regio/overleg";
import { leesJsonTekst } from "../../app/domain/json-tekst";
import {
  cookieFor,
  getRequest,
  postRequest,
  run,
  testContext,
} from "../helpers/http";
import { telQueries } from "../helpers/queries-tellen";

// The overleg of these tests: Tuesday 15 September 2026, 6 weeks ahead (deadline up to 27 October),
// Hollands Midden's 8 weeks without voortgang (last voortgang before 21 July).
const DATUM = "2026-09-15";
const RECENT = "2026-09-01";

function regioId(slug: string): number {
  return database.db
    .select({ id: regio.id })
    .from(regio)
    .where(eq(regio.slug, slug))
    .get()!.id;
}

function planId(slug: string, jaar: number): number {
  const bestaand = database.db
    .select({ id: uitvoeringsplan.id })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(
      and(
        eq(regiovisie.regioId, regioId(slug)),
        eq(uitvoeringsplan.jaar, jaar),
      ),
    )
    .get();
  if (bestaand) return bestaand.id;
  const visie = database.db
    .select({ id: regiovisie.id })
    .from(regiovisie)
    .where(eq(regiovisie.regioId, regioId(slug)))
    .get()!;
  return database.db
    .insert(uitvoeringsplan)
    .values({ visieId: visie.id, jaar })
    .returning({ id: uitvoeringsplan.id })
    .get().id;
}

/** The first doelstelling of actielijn `code` of the regio's visie. */
function doelstellingVan(slug: string, code: string): number {
  return database.db
    .select({ id: doelstelling.id })
    .from(doelstelling)
    .innerJoin(actielijn, eq(actielijn.id, doelstelling.actielijnId))
    .innerJoin(regiovisie, eq(regiovisie.id, actielijn.visieId))
    .where(and(eq(regiovisie.regioId, regioId(slug)), eq(actielijn.code, code)))
    .orderBy(doelstelling.volgorde)
    .get()!.id;
}

function gebruikerId(email: string): number {
  return database.db
    .select({ id: gebruiker.id })
    .from(gebruiker)
    .where(eq(gebruiker.email, email))
    .get()!.id;
}

let volgnummer = 0;

interface TestActie {
  slug?: string;
  jaar?: number;
  status?: ActieStatus;
  deadline?: string;
  laatsteVoortgang?: string | null;
  aangemaaktOp?: string;
  actielijnen?: string[];
  herkomstActieId?: number;
}

/** An actie with one voortgang on `laatsteVoortgang` (none when null); quiet by default: op schema, bijgewerkt, deadline far. */
function maakActie(t: TestActie = {}): number {
  const slug = t.slug ?? "hollands-midden";
  const status = t.status ?? "op_schema";
  volgnummer += 1;
  const id = database.db
    .insert(actie)
    .values({
      planId: planId(slug, t.jaar ?? 2026),
      code: `T-${String(volgnummer).padStart(2, "0")}`,
      titel: `Testactie ${volgnummer}`,
      niveau: "regionaal",
      eigenaarId: gebruikerId("coordinator@leiden.example"),
      deadline: t.deadline ?? "2026-12-31",
      status,
      herkomstActieId: t.herkomstActieId ?? null,
      aangemaaktOp: t.aangemaaktOp ?? "2025-11-15T09:00:00.000Z",
    })
    .returning({ id: actie.id })
    .get().id;
  for (const lijn of t.actielijnen ?? ["1"]) {
    database.db
      .insert(actieDoelstelling)
      .values({ actieId: id, doelstellingId: doelstellingVan(slug, lijn) })
      .run();
  }
  const laatste =
    t.laatsteVoortgang === undefined ? RECENT : t.laatsteVoortgang;
  if (laatste) {
    database.db
      .insert(voortgang)
      .values({
        actieId: id,
        auteurId: gebruikerId("coordinator@leiden.example"),
        datum: laatste,
        statusVan: "niet_gestart",
        statusNaar: status,
        toelichting: "Test",
      })
      .run();
  }
  return id;
}

function maakOverleg(
  slug = "hollands-midden",
  datum = DATUM,
  vooruitkijkWeken = 6,
) {
  const id = database.db
    .insert(overleg)
    .values({
      regioId: regioId(slug),
      datum,
      titel: "Testoverleg",
      vooruitkijkWeken,
    })
    .returning({ id: overleg.id })
    .get().id;
  return findOverleg(regioId(slug), id)!;
}

function agendaVan(o = maakOverleg()) {
  return berekenAgenda(
    { id: regioId("hollands-midden"), nietBijgewerktWeken: 8 },
    o,
    { metOverige: true },
  );
}

function redenenPerActie(
  agenda: ReturnType<typeof agendaVan>,
): Map<number, string[]> {
  return new Map(
    agenda.groepen.flatMap((g) =>
      g.items.map((i) => [i.id, i.redenen] as const),
    ),
  );
}

describe("agenda van het overleg", () => {
  it("zet acties met aandacht nodig of vertraagd op de agenda, een actie op schema niet", () => {
    const aandacht = maakActie({ status: "aandacht" });
    const vertraagd = maakActie({ status: "vertraagd" });
    const rustig = maakActie();
    const redenen = redenenPerActie(agendaVan());
    expect(redenen.get(aandacht)).toEqual(["aandacht"]);
    expect(redenen.get(vertraagd)).toEqual(["vertraagd"]);
    expect(redenen.has(rustig)).toBe(false);
  });

  it("zet acties over de deadline op de agenda, maar niet als ze afgerond of vervallen zijn", () => {
    const over = maakActie({ deadline: "2026-09-14" });
    const afgerond = maakActie({ deadline: "2026-09-01", status: "afgerond" });
    const vervallen = maakActie({
      deadline: "2026-09-01",
      status: "vervallen",
    });
    const redenen = redenenPerActie(agendaVan());
    expect(redenen.get(over)).toEqual(["over_deadline"]);
    expect(redenen.has(afgerond)).toBe(false);
    expect(redenen.has(vervallen)).toBe(false);
  });

  it("zet acties op de agenda die N weken vóór het overleg niet zijn bijgewerkt, gerekend vanaf aanmaken als er geen voortgang is", () => {
    const oud = maakActie({ laatsteVoortgang: "2026-07-20" });
    const opDeGrens = maakActie({ laatsteVoortgang: "2026-07-21" });
    const nooitBijgewerkt = maakActie({
      laatsteVoortgang: null,
      aangemaaktOp: "2026-01-10T09:00:00.000Z",
    });
    const netAangemaakt = maakActie({
      laatsteVoortgang: null,
      aangemaaktOp: "2026-08-20T09:00:00.000Z",
    });
    const redenen = redenenPerActie(agendaVan());
    expect(redenen.get(oud)).toEqual(["niet_bijgewerkt"]);
    expect(redenen.has(opDeGrens)).toBe(false);
    expect(redenen.get(nooitBijgewerkt)).toEqual(["niet_bijgewerkt"]);
    expect(redenen.has(netAangemaakt)).toBe(false);
  });

  it("zet acties met een deadline binnen de vooruitkijkweken op de agenda, daarna niet", () => {
    const binnen = maakActie({ deadline: "2026-10-27" });
    const erna = maakActie({ deadline: "2026-10-28" });
    const redenen = redenenPerActie(agendaVan());
    expect(redenen.get(binnen)).toEqual(["deadline_binnenkort"]);
    expect(redenen.has(erna)).toBe(false);

    const ruimer = redenenPerActie(
      agendaVan(maakOverleg("hollands-midden", DATUM, 7)),
    );
    expect(ruimer.get(erna)).toEqual(["deadline_binnenkort"]);
  });

  it("neemt de nog open acties van het vorige plan mee, maar geen afgeronde, overgezette of die van eerdere jaren", () => {
    const open = maakActie({ jaar: 2025, deadline: "2025-12-31" });
    const afgerond = maakActie({
      jaar: 2025,
      deadline: "2025-12-31",
      status: "afgerond",
    });
    const overgezet = maakActie({ jaar: 2025, deadline: "2025-12-31" });
    const opvolger = maakActie({
      jaar: 2026,
      herkomstActieId: overgezet,
      status: "aandacht",
    });
    const oudJaar = maakActie({ jaar: 2024, status: "aandacht" });
    const redenen = redenenPerActie(agendaVan());
    expect(redenen.get(open)).toEqual(["over_deadline"]);
    expect(redenen.has(afgerond)).toBe(false);
    expect(redenen.has(overgezet)).toBe(false);
    expect(redenen.get(opvolger)).toEqual(["aandacht"]);
    expect(redenen.has(oudJaar)).toBe(false);
  });

  it("toont nooit acties van een andere regio", () => {
    const haaglanden = maakActie({ slug: "haaglanden", status: "aandacht" });
    const agenda = agendaVan();
    expect(redenenPerActie(agenda).has(haaglanden)).toBe(false);
    expect(agenda.overige?.some((a) => a.id === haaglanden)).toBe(false);
  });

  it("houdt een actie op de agenda als haar status tijdens het overleg wordt bijgewerkt", () => {
    const id = maakActie({ status: "aandacht" });
    const o = maakOverleg();
    database.db
      .insert(voortgang)
      .values({
        actieId: id,
        auteurId: gebruikerId("coordinator@leiden.example"),
        datum: RECENT,
        statusVan: "aandacht",
        statusNaar: "op_schema",
        toelichting: "Opgelost",
        overlegId: o.id,
      })
      .run();
    database.db
      .update(actie)
      .set({ status: "op_schema" })
      .where(eq(actie.id, id))
      .run();
    const item = agendaVan(o)
      .groepen.flatMap((g) => g.items)
      .find((i) => i.id === id);
    expect(item?.redenen).toEqual(["aandacht"]);
    expect(item?.status).toBe("op_schema");
    expect(item?.laatsteVoortgang?.toelichting).toBe("Opgelost");
  });

  it("zet een met de hand toegevoegde actie op de agenda en laat haar uit de keuzelijst", () => {
    const id = maakActie();
    const o = maakOverleg();
    expect(agendaVan(o).overige?.some((a) => a.id === id)).toBe(true);
    database.db
      .insert(agendapunt)
      .values({ overlegId: o.id, actieId: id })
      .run();
    const agenda = agendaVan(o);
    expect(redenenPerActie(agenda).get(id)).toEqual(["handmatig"]);
    expect(agenda.overige?.some((a) => a.id === id)).toBe(false);
  });

  it("groepeert per actielijn van de eerste doelstelling, in de volgorde van de visie", () => {
    const inLijn2 = maakActie({ status: "aandacht", actielijnen: ["2"] });
    const inLijn3en1 = maakActie({
      status: "aandacht",
      actielijnen: ["3", "1"],
    });
    const agenda = agendaVan();
    expect(agenda.groepen.map((g) => g.actielijn?.code)).toEqual([
      "1",
      "2",
      "3",
    ]);
    const groepVan = (id: number) =>
      agenda.groepen.find((g) => g.items.some((i) => i.id === id))?.actielijn
        ?.code;
    expect(groepVan(inLijn2)).toBe("2");
    expect(groepVan(inLijn3en1)).toBe("1");
    expect(agenda.aantal).toBe(
      agenda.groepen.reduce((n, g) => n + g.items.length, 0),
    );
  });

  it("berekent de agenda met een vast aantal queries, hoeveel acties er ook op staan", async () => {
    maakActie();
    const o = maakOverleg();
    const hm = { id: regioId("hollands-midden"), nietBijgewerktWeken: 8 };
    const tel = async (opties?: { metOverige: boolean }) => {
      let punten = 0;
      const aantal = await telQueries(() => {
        punten = berekenAgenda(hm, o, opties).aantal;
      });
      return { aantal, punten };
    };
    const voor = await tel();
    for (let i = 0; i < 25; i++)
      maakActie({
        status: "vertraagd",
        laatsteVoortgang: i % 2 ? "2026-01-05" : RECENT,
      });
    const na = await tel();
    expect(na.punten).toBe(voor.punten + 25);
    expect(na.aantal).toBe(voor.aantal);
    expect(na.aantal).toBeLessThanOrEqual(2);
    // The "Agenda aanvullen" list costs one query more, whatever its length.
    expect((await tel({ metOverige: true })).aantal).toBe(na.aantal + 1);
  });
});

describe("agenda op de overlegpagina", () => {
  const pad = (id: number) => `/r/hollands-midden/overleg/${id}`;
  const open = (id: number, email: string) =>
    run(() =>
      loader({
        request: getRequest(pad(id), cookieFor(email)),
        params: { regio: "hollands-midden", id: String(id) },
        context: testContext,
      } as any),
    );
  const post = (
    id: number,
    email: string,
    velden: Record<string, string>,
    regioSlug = "hollands-midden",
  ) =>
    run(() =>
      action({
        request: postRequest(pad(id), velden, cookieFor(email)),
        params: { regio: regioSlug, id: String(id) },
        context: testContext,
      } as any),
    );
  const agendapunten = () =>
    database.db.select({ n: count() }).from(agendapunt).get()!.n;

  it("laat elke rol van de regio de agenda zien, met een voortgangsformulier alleen waar die rol mag bijwerken", async () => {
    const o = maakOverleg("hollands-midden", "2026-11-25");
    const uit = await open(o.id, "beleid@voorschoten.example");
    expect(uit.status).toBe(200);
    const items = leesJsonTekst<any>((uit.data as any).vergadering).groepen.flatMap(
      (g: any) => g.items,
    );
    expect(items.length).toBeGreaterThan(5);
    // DESIGN §4: acties of their own gemeente (as gemeente or trekker), or that they own.
    const voorschoten = database.db
      .select({ id: gemeente.id })
      .from(gemeente)
      .where(eq(gemeente.naam, "Voorschoten"))
      .get()!.id;
    const eigen = database.db
      .select({ id: actie.id })
      .from(actie)
      .where(
        or(
          eq(actie.gemeenteId, voorschoten),
          eq(actie.trekkerGemeenteId, voorschoten),
          eq(actie.eigenaarId, gebruikerId("beleid@voorschoten.example")),
        ),
      )
      .all()
      .map((r) => r.id);
    for (const item of items)
      expect(item.magBijwerken).toBe(eigen.includes(item.id));
    expect(items.some((i: any) => i.magBijwerken)).toBe(true);
    expect((uit.data as any).magBeheren).toBe(false);

    const lezer = await open(o.id, "wethouder@leiden.example");
    expect(
      leesJsonTekst<any>((lezer.data as any).vergadering).groepen
        .flatMap((g: any) => g.items)
        .every((i: any) => !i.magBijwerken),
    ).toBe(true);
  });

  it("stuurt de keuzelijst voor het aanvullen alleen mee als de coördinator erom vraagt (?aanvullen)", async () => {
    const o = maakOverleg();
    const nietOpAgenda = maakActie();
    const vergaderingVan = async (email: string, zoek = "") => {
      const uit = await run(() =>
        loader({
          request: getRequest(`${pad(o.id)}${zoek}`, cookieFor(email)),
          params: { regio: "hollands-midden", id: String(o.id) },
          context: testContext,
        } as any),
      );
      return leesJsonTekst<any>((uit.data as any).vergadering);
    };
    const zonder = await vergaderingVan("coordinator@leiden.example");
    expect(zonder.overige).toBeNull();
    const metLijst = await vergaderingVan("coordinator@leiden.example", "?aanvullen");
    expect(metLijst.overige.some((a: any) => a.id === nietOpAgenda)).toBe(true);
    expect(zonder.aantalOverige).toBe(metLijst.overige.length);
    expect(metLijst.groepen).toEqual(zonder.groepen);
    // Only who may add to the agenda gets the list.
    expect((await vergaderingVan("beleid@voorschoten.example", "?aanvullen")).overige).toBeNull();
  });

  it("geeft 404 voor een overleg van een andere regio en 403 voor een gebruiker van een andere regio", async () => {
    const haaglanden = maakOverleg("haaglanden");
    expect(
      (await open(haaglanden.id, "coordinator@leiden.example")).status,
    ).toBe(404);
    expect((await open(999999, "coordinator@leiden.example")).status).toBe(404);
    const hm = maakOverleg();
    expect((await open(hm.id, "coordinator@denhaag.example")).status).toBe(403);
  });

  it("voegt een actie met de hand toe op code of uit de lijst, en haalt haar er weer af", async () => {
    const o = maakOverleg();
    const opCode = maakActie();
    const uitLijst = maakActie();
    const code = database.db
      .select({ code: actie.code })
      .from(actie)
      .where(eq(actie.id, opCode))
      .get()!.code;

    const viaCode = await post(o.id, "coordinator@leiden.example", {
      intent: "agendapunt-toevoegen",
      code: code.toLowerCase(),
      actieId: "",
    });
    expect(viaCode.status).toBe(302);
    expect(viaCode.location).toBe(`${pad(o.id)}#actie-${opCode}`);
    const viaLijst = await post(o.id, "coordinator@gouda.example", {
      intent: "agendapunt-toevoegen",
      actieId: String(uitLijst),
      code: "",
    });
    expect(viaLijst.status).toBe(302);
    expect(redenenPerActie(agendaVan(o)).get(uitLijst)).toEqual(["handmatig"]);
    expect(agendapunten()).toBe(2);

    const weg = await post(o.id, "coordinator@leiden.example", {
      intent: "agendapunt-verwijderen",
      actieId: String(uitLijst),
    });
    expect(weg.status).toBe(302);
    expect(agendapunten()).toBe(1);
    expect(redenenPerActie(agendaVan(o)).has(uitLijst)).toBe(false);
    const logregels = database.db
      .select({ actie: audit.actie })
      .from(audit)
      .where(eq(audit.entiteit, "overleg"))
      .all()
      .map((r) => r.actie);
    expect(logregels).toEqual([
      "agendapunt.toevoegen",
      "agendapunt.toevoegen",
      "agendapunt.verwijderen",
    ]);
  });

  it("weigert een onbekende code, een dubbele, een actie van een andere regio of van een oud plan, en niets gekozen", async () => {
    const o = maakOverleg();
    const id = maakActie();
    database.db
      .insert(agendapunt)
      .values({ overlegId: o.id, actieId: id })
      .run();
    const haaglanden = maakActie({ slug: "haaglanden" });
    const oud = maakActie({ jaar: 2024 });
    const gevallen: [Record<string, string>, string][] = [
      [{ code: "BESTAAT-NIET" }, "code"],
      [{ actieId: String(id) }, "actieId"],
      [{ actieId: String(haaglanden) }, "actieId"],
      [{ actieId: String(oud) }, "actieId"],
      [{ actieId: "abc" }, "actieId"],
      [{ actieId: "", code: "" }, "actieId"],
      [{ code: "x".repeat(100_000) }, "code"],
    ];
    for (const [velden, veld] of gevallen) {
      const uit = await post(o.id, "coordinator@leiden.example", {
        intent: "agendapunt-toevoegen",
        ...velden,
      });
      expect(uit.status).toBe(400);
      expect((uit.data as any).errors[veld]).toBeTruthy();
    }
    expect(agendapunten()).toBe(1);
  });

  it("weigert een niet met de hand toegevoegde actie van de agenda te halen", async () => {
    const o = maakOverleg();
    const id = maakActie({ status: "aandacht" });
    const uit = await post(o.id, "coordinator@leiden.example", {
      intent: "agendapunt-verwijderen",
      actieId: String(id),
    });
    expect(uit.status).toBe(400);
    expect(redenenPerActie(agendaVan(o)).get(id)).toEqual(["aandacht"]);
  });

  it("laat alleen coördinatoren en beheerders de agenda aanvullen", async () => {
    const o = maakOverleg();
    const id = maakActie();
    for (const email of [
      "wethouder@leiden.example",
      "beleid@voorschoten.example",
      "partner@veiligthuis.example",
    ]) {
      const uit = await post(o.id, email, {
        intent: "agendapunt-toevoegen",
        actieId: String(id),
      });
      expect(uit.status).toBe(403);
    }
    expect(
      (
        await post(o.id, "coordinator@denhaag.example", {
          intent: "agendapunt-toevoegen",
          actieId: String(id),
        })
      ).status,
    ).toBe(403);
    expect(agendapunten()).toBe(0);
    expect(
      (
        await post(o.id, "beheerder@demo.example", {
          intent: "agendapunt-toevoegen",
          actieId: String(id),
        })
      ).status,
    ).toBe(302);
  });
});
