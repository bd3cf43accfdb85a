import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import {
  actie,
  actieDoelstelling,
  actielijn,
  actiePartner,
  actieUitvoering,
  doelstelling,
  gebruiker,
  gemeente,
  lokaleKamer,
  mijlpaal,
  regio,
  regiovisie,
  uitvoeringsplan,
  voortgang,
  type ActieStatus,
  type Financiering,
} from "../../db/schema";
import { laadRapportage } from "../../app/domain/rapportage/rapportage.server";
import type { Rapportage } from "../../app/domain/rapportage/model";
import { loader as docxLoader } from "../../app/routes/regio/rapportage-docx";
import { loader } from "../../app/routes/regio/rapportage";
import { cookieFor, getRequest, run, testContext } from "../helpers/http";
import { telQueries } from "../helpers/queries-tellen";

const VANDAAG = "2026-11-22";

/** A small regio built by hand, so every line of the report is known in advance. */
function bouwRegio() {
  const eigenaar = db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, "beheerder@demo.example")).get()!.id;
  const r = db.insert(regio).values({ slug: "rapportregio", naam: "Rapportregio" }).returning().get();
  const [alpha, beta] = ["Alphen", "Bodegraven"].map((naam) =>
    db.insert(gemeente).values({ regioId: r.id, naam, slug: naam.toLowerCase() }).returning().get(),
  );
  const v = db
    .insert(regiovisie)
    .values({ regioId: r.id, titel: "Visie", periodeStart: 2024, periodeEind: 2027, centraleAmbitie: "Veilig thuis" })
    .returning()
    .get();
  const lijnen = [1, 2].map((n) =>
    db.insert(actielijn).values({ visieId: v.id, code: String(n), titel: n === 1 ? "Preventie" : "Lokale kamers", volgorde: n }).returning().get(),
  );
  const doelen = lijnen.map((l) =>
    db.insert(doelstelling).values({ actielijnId: l.id, code: `${l.code}.1`, tekst: `Doel van lijn ${l.code}`, volgorde: 1 }).returning().get(),
  );
  const plan = db
    .insert(uitvoeringsplan)
    .values({ visieId: v.id, jaar: 2026, status: "vastgesteld", vastgesteldOp: "2026-02-10", besluit: "Vastgesteld door het PHO", besluitnummer: "PHO-2026-7" })
    .returning()
    .get();

  let n = 0;
  function maak(
    lijn: number,
    status: ActieStatus,
    opties: {
      financiering?: Financiering;
      bedragCenten?: number;
      lokaalVoor?: number;
      trekker?: number;
      partner?: number;
      voortgang?: [string, ActieStatus, string][];
    } = {},
  ) {
    const a = db
      .insert(actie)
      .values({
        planId: plan.id,
        code: `A-${++n}`,
        titel: `Actie ${n}`,
        niveau: opties.lokaalVoor ? "lokaal" : "regionaal",
        gemeenteId: opties.lokaalVoor ?? null,
        trekkerGemeenteId: opties.trekker ?? null,
        eigenaarId: eigenaar,
        deadline: "2026-12-31",
        status,
        financiering: opties.financiering ?? null,
        bedragCenten: opties.bedragCenten ?? null,
      })
      .returning()
      .get();
    db.insert(actieDoelstelling).values({ actieId: a.id, doelstellingId: doelen[lijn].id }).run();
    if (opties.partner) db.insert(actiePartner).values({ actieId: a.id, gemeenteId: opties.partner }).run();
    let van: ActieStatus = "niet_gestart";
    for (const [datum, naar, toelichting] of opties.voortgang ?? []) {
      db.insert(voortgang).values({ actieId: a.id, auteurId: eigenaar, datum, statusVan: van, statusNaar: naar, toelichting }).run();
      van = naar;
    }
    return a;
  }

  const acties = {
    nietGestart: maak(0, "niet_gestart", { financiering: "du_vo" }),
    opSchema: maak(0, "op_schema", {
      financiering: "du_vo",
      bedragCenten: 1_000_000,
      trekker: alpha.id,
      voortgang: [
        ["2025-12-15", "op_schema", "Voorbereiding vorig jaar"],
        ["2026-03-01", "op_schema", "Eerste bijeenkomst"],
        ["2026-06-01", "op_schema", "Tweede bijeenkomst"],
        ["2026-09-01", "op_schema", "Derde bijeenkomst"],
        ["2026-10-01", "op_schema", "Vierde bijeenkomst"],
      ],
    }),
    aandacht: maak(0, "aandacht", { financiering: "gemeentelijk", bedragCenten: 250_050, partner: beta.id, voortgang: [["2026-05-01", "aandacht", "Capaciteit ontbreekt"]] }),
    vertraagd: maak(0, "vertraagd", { financiering: "anders", bedragCenten: 75_000, voortgang: [["2026-04-01", "vertraagd", "Leverancier failliet"]] }),
    afgerond: maak(1, "afgerond", {
      financiering: "du_vo",
      bedragCenten: 500_000,
      voortgang: [
        ["2026-02-01", "op_schema", "Gestart"],
        ["2026-11-10", "afgerond", "Opgeleverd"],
      ],
    }),
    vorigJaarAfgerond: maak(1, "vervallen", { voortgang: [["2025-11-01", "afgerond", "Vorig jaar klaar"], ["2026-01-20", "vervallen", "Niet meer nodig"]] }),
    lokaalAlpha: maak(1, "op_schema", { lokaalVoor: alpha.id, financiering: "gemeentelijk", voortgang: [["2026-07-01", "op_schema", "Lokaal gestart"]] }),
    lokaalBeta: maak(0, "afgerond", { lokaalVoor: beta.id, financiering: "gemeentelijk", bedragCenten: 10_000, voortgang: [["2026-08-01", "afgerond", "Lokaal klaar"]] }),
  };
  // A regional actie carried out per gemeente: Bodegraven's own part is vertraagd.
  const perGemeente = db
    .insert(actie)
    .values({ planId: plan.id, code: "A-9", titel: "Actie 9", niveau: "regionaal", eigenaarId: eigenaar, deadline: "2026-12-31", status: "op_schema", uitvoeringPerGemeente: true })
    .returning()
    .get();
  db.insert(actieDoelstelling).values({ actieId: perGemeente.id, doelstellingId: doelen[1].id }).run();
  db.insert(actieUitvoering).values({ actieId: perGemeente.id, gemeenteId: beta.id, status: "vertraagd" }).run();

  // Alphen's lokale kamer: 1 of 2 gereed, the other late; Bodegraven has not started.
  const kamer = db.insert(lokaleKamer).values({ gemeenteId: alpha.id }).returning().get();
  db.insert(mijlpaal).values({ lokaleKamerId: kamer.id, titel: "Startgesprek", volgorde: 1, status: "gereed", gereedOp: "2026-03-01" }).run();
  db.insert(mijlpaal).values({ lokaleKamerId: kamer.id, titel: "Werkafspraken", volgorde: 2, status: "open", streefdatum: "2026-06-01" }).run();

  return { r, alpha, beta, acties, perGemeente };
}

function rapport(r: { id: number; naam: string; slug: string }, gemeente: string | null = null): Rapportage {
  const uit = laadRapportage(r, 2026, gemeente, VANDAAG);
  if (!uit.ok) throw new Error(uit.reden);
  return uit.rapportage;
}

const beheerder = () => cookieFor("beheerder@demo.example");

describe("voortgangsrapportage: inhoud", () => {
  it("vat het plan samen met de telling per status, het percentage afgerond en de vaststelling", () => {
    const { r } = bouwRegio();
    const rap = rapport(r);
    expect(rap.titel).toBe("Voortgangsrapportage 2026");
    expect(rap.samenvatting.telling).toEqual({ niet_gestart: 1, op_schema: 3, aandacht: 1, vertraagd: 1, afgerond: 2, vervallen: 1 });
    expect(rap.samenvatting.totaal).toBe(9);
    expect(rap.samenvatting.pctAfgerond).toBe(25); // 2 of the 8 that are not vervallen
    expect(rap.samenvatting.afgerondInJaar).toBe(2);
    expect(rap.plan).toEqual({ status: "vastgesteld", vastgesteldOp: "2026-02-10", besluit: "Vastgesteld door het PHO", besluitnummer: "PHO-2026-7" });
  });

  it("geeft per actielijn de doelstellingen, de acties met laatste toelichting en alleen de voortgang van het jaar", () => {
    const { r } = bouwRegio();
    const [lijn1, lijn2] = rapport(r).actielijnen;
    expect(lijn1.titel).toBe("Preventie");
    expect(lijn1.doelstellingen).toEqual([{ code: "1.1", tekst: "Doel van lijn 1" }]);
    expect(lijn1.acties.map((a) => a.code)).toEqual(["A-1", "A-2", "A-3", "A-4", "A-8"]);

    const opSchema = lijn1.acties.find((a) => a.code === "A-2")!;
    expect(opSchema.laatsteToelichting).toBe("Vierde bijeenkomst");
    // At most three lines, newest first, and nothing from the year before.
    expect(opSchema.voortgang.map((v) => v.toelichting)).toEqual(["Vierde bijeenkomst", "Derde bijeenkomst", "Tweede bijeenkomst"]);
    expect(lijn1.acties.find((a) => a.code === "A-3")!.laatsteToelichting).toBe("Capaciteit ontbreekt");

    const afgerond = lijn2.acties.find((a) => a.code === "A-5")!;
    expect(afgerond.afgerondOp).toBe("2026-11-10");
    const vervallen = lijn2.acties.find((a) => a.code === "A-6")!;
    // Afgerond in 2025 is not an achievement of 2026.
    expect(vervallen.afgerondOp).toBeNull();
    expect(vervallen.voortgang.map((v) => v.datum)).toEqual(["2026-01-20"]);
    expect(lijn2.acties.find((a) => a.code === "A-8")).toBeUndefined();
    expect(lijn2.telling.afgerond).toBe(1);
  });

  it("telt de kosten per financiering met bekende bedragen en acties zonder bedrag", () => {
    const { r } = bouwRegio();
    const rap = rapport(r);
    const post = (f: Financiering) => rap.kosten.posten.find((p) => p.financiering === f)!;
    expect(post("du_vo")).toEqual({ financiering: "du_vo", aantal: 3, bedragCenten: 1_500_000, zonderBedrag: 1 });
    expect(post("gemeentelijk")).toEqual({ financiering: "gemeentelijk", aantal: 3, bedragCenten: 260_050, zonderBedrag: 1 });
    expect(post("anders")).toEqual({ financiering: "anders", aantal: 1, bedragCenten: 75_000, zonderBedrag: 0 });
    expect(rap.kosten.onbekend).toBe(2);
    expect(rap.kosten.totaalCenten).toBe(1_835_050);
    const lijn1 = rap.actielijnen[0].kosten;
    expect(lijn1.posten.find((p) => p.financiering === "du_vo")).toMatchObject({ aantal: 2, bedragCenten: 1_000_000, zonderBedrag: 1 });
  });

  it("heeft een bijlage per gemeente met lokale invulling, dekking en lokale kamer", () => {
    const { r } = bouwRegio();
    const [alphen, bodegraven] = rapport(r).bijlagen;
    expect(alphen.gemeente.naam).toBe("Alphen");
    expect(alphen.acties).toEqual([{ code: "A-7", titel: "Actie 7", status: "op_schema", soort: "lokaal" }]);
    expect(alphen.dekking).toEqual({ gedekt: 1, totaal: 2 });
    expect(alphen.lokaleKamer).toMatchObject({ gestart: true, gereed: 1, totaal: 2, teLaat: 1 });
    expect(bodegraven.acties).toEqual([
      { code: "A-8", titel: "Actie 8", status: "afgerond", soort: "lokaal" },
      { code: "A-9", titel: "Actie 9", status: "vertraagd", soort: "uitvoering" },
    ]);
    expect(bodegraven.dekking).toEqual({ gedekt: 2, totaal: 2 });
    expect(bodegraven.lokaleKamer.gestart).toBe(false);
  });

  it("beperkt zich met een gemeentefilter tot de acties en de bijlage van die gemeente", () => {
    const { r } = bouwRegio();
    const rap = rapport(r, "bodegraven");
    expect(rap.titel).toBe("Lokale voortgang Bodegraven 2026");
    const acties = rap.actielijnen.flatMap((l) => l.acties.map((a) => [a.code, a.status]));
    // Partner of A-3, its own lokale actie A-8, and its own (vertraagd) part of A-9.
    expect(acties).toEqual([
      ["A-3", "aandacht"],
      ["A-8", "afgerond"],
      ["A-9", "vertraagd"],
    ]);
    expect(rap.bijlagen.map((b) => b.gemeente.naam)).toEqual(["Bodegraven"]);
    expect(rapport(r, "alphen").actielijnen[0].acties.map((a) => a.code)).toEqual(["A-2"]);
  });
});

describe("voortgangsrapportage: pagina en Word-bestand", () => {
  it("toont de rapportage van Hollands Midden aan de wethouder", async () => {
    const uit = await run(() =>
      loader({ request: getRequest("/r/hollands-midden/rapportage/2025", cookieFor("wethouder@leiden.example")), params: { regio: "hollands-midden", jaar: "2025" }, context: testContext } as never),
    );
    expect(uit.status).toBe(200);
    const rap = (uit.data as { rapportage: Rapportage }).rapportage;
    expect(rap.actielijnen.length).toBeGreaterThan(0);
    expect(rap.bijlagen.length).toBeGreaterThan(1);
  });

  it("geeft 404 voor een jaar zonder plan, een onzinjaar en een onbekende gemeente", async () => {
    const cookie = cookieFor("wethouder@leiden.example");
    const status = async (pad: string, jaar: string) =>
      (await run(() => loader({ request: getRequest(pad, cookie), params: { regio: "hollands-midden", jaar }, context: testContext } as never))).status;
    expect(await status("/r/hollands-midden/rapportage/1999", "1999")).toBe(404);
    expect(await status("/r/hollands-midden/rapportage/abc", "abc")).toBe(404);
    expect(await status("/r/hollands-midden/rapportage/2025?gemeente=den-haag", "2025")).toBe(404);
  });

  it("weigert een gebruiker van Haaglanden de rapportage van Hollands Midden, ook als Word-bestand", async () => {
    const cookie = cookieFor("coordinator@denhaag.example");
    const pagina = await run(() => loader({ request: getRequest("/r/hollands-midden/rapportage/2025", cookie), params: { regio: "hollands-midden", jaar: "2025" }, context: testContext } as never));
    expect(pagina.status).toBe(403);
    const docx = await run(() =>
      docxLoader({ request: getRequest("/r/hollands-midden/rapportage/2025/rapportage.docx", cookie), params: { regio: "hollands-midden", jaar: "2025" }, context: testContext } as never),
    );
    expect(docx.status).toBe(403);
  });

  it("levert een geldig Word-bestand met elke actielijn en de acties", async () => {
    const { r } = bouwRegio();
    const antwoord = (await docxLoader({
      request: getRequest(`/r/${r.slug}/rapportage/2026/rapportage.docx`, beheerder()),
      params: { regio: r.slug, jaar: "2026" },
      context: testContext,
    } as never)) as Response;
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(antwoord.headers.get("Content-Disposition")).toBe('attachment; filename="voortgangsrapportage-rapportregio-2026.docx"');
    const xml = strFromU8(unzipSync(new Uint8Array(await antwoord.arrayBuffer()))["word/document.xml"]);
    for (const tekst of ["Actielijn 1 Preventie", "Actielijn 2 Lokale kamers", "A-2 Actie 2", "Wat wilden we bereiken", "Wat hebben we gedaan", "Wat kostte het", "Bodegraven"])
      expect(xml).toContain(tekst);
    expect(xml).toContain("Heading1");
  });

  it("noemt het Word-bestand van een gemeente naar die gemeente", async () => {
    const { r } = bouwRegio();
    const antwoord = (await docxLoader({
      request: getRequest(`/r/${r.slug}/rapportage/2026/rapportage.docx?gemeente=alphen`, beheerder()),
      params: { regio: r.slug, jaar: "2026" },
      context: testContext,
    } as never)) as Response;
    expect(antwoord.headers.get("Content-Disposition")).toBe('attachment; filename="voortgangsrapportage-rapportregio-2026-alphen.docx"');
    const xml = strFromU8(unzipSync(new Uint8Array(await antwoord.arrayBuffer()))["word/document.xml"]);
    expect(xml).toContain("Lokale voortgang Alphen 2026");
    expect(xml).not.toContain("Bodegraven");
  });
});

describe("voortgangsrapportage: vast aantal queries", () => {
  it("doet evenveel queries, hoeveel acties en gemeenten er ook bij komen", async () => {
    const { r, alpha } = bouwRegio();
    const tel = () => telQueries(() => rapport(r));
    const voor = await tel();
    const planId = db.select({ planId: actie.planId }).from(actie).where(eq(actie.code, "A-1")).all().at(-1)!.planId;
    const eigenaar = db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, "beheerder@demo.example")).get()!.id;
    const doel = db.select({ id: actieDoelstelling.doelstellingId }).from(actieDoelstelling).all().at(-1)!.id;
    for (let i = 0; i < 5; i++) {
      const g = db.insert(gemeente).values({ regioId: r.id, naam: `Extra ${i}`, slug: `extra-${i}` }).returning().get();
      db.insert(lokaleKamer).values({ gemeenteId: g.id }).run();
      const a = db
        .insert(actie)
        .values({ planId, code: `X-${i}`, titel: `Extra ${i}`, niveau: "lokaal", gemeenteId: g.id, trekkerGemeenteId: alpha.id, eigenaarId: eigenaar, deadline: "2026-12-31" })
        .returning()
        .get();
      db.insert(actieDoelstelling).values({ actieId: a.id, doelstellingId: doel }).run();
      db.insert(voortgang).values({ actieId: a.id, auteurId: eigenaar, datum: "2026-05-05", statusVan: "niet_gestart", statusNaar: "op_schema", toelichting: "Loopt" }).run();
    }
    expect(rapport(r).bijlagen).toHaveLength(7);
    expect(await tel()).toBe(voor);
  });
});
