import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import {
  actie,
  actieUitvoering,
  audit,
  gebruiker,
  gemeente,
  regio,
  regiovisie,
  uitvoeringVoortgang,
  uitvoeringsplan,
  voortgang,
} from "../../db/schema";
import { vandaag } from "../../app/domain/format";
import { BSN_MELDING } from "../../app/domain/privacy";
import { action, loader } from "../../app/routes/regio/actie";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";
const COORDINATOR = "coordinator@leiden.example";
const VOORSCHOTEN = "beleid@voorschoten.example";
const WETHOUDER = "wethouder@leiden.example";

function actieVan(code: string, jaar = 2026) {
  return db
    .select({ id: actie.id, status: actie.status, overschreven: actie.statusOverschreven, perGemeente: actie.uitvoeringPerGemeente })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(regio, eq(regio.id, regiovisie.regioId))
    .where(and(eq(regio.slug, HM), eq(uitvoeringsplan.jaar, jaar), eq(actie.code, code)))
    .get()!;
}

function gemeenteId(naam: string) {
  return db.select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.naam, naam)).get()!.id;
}

function gebruikerId(email: string) {
  return db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get()!.id;
}

function uitvoering(actieId: number, naam: string) {
  return db
    .select({ id: actieUitvoering.id, status: actieUitvoering.status, eigenaarId: actieUitvoering.eigenaarId, version: actieUitvoering.version })
    .from(actieUitvoering)
    .where(and(eq(actieUitvoering.actieId, actieId), eq(actieUitvoering.gemeenteId, gemeenteId(naam))))
    .get()!;
}

function tel(tabel: string): number {
  return db.get<{ n: number }>(sql.raw(`select count(*) as n from ${tabel}`)).n;
}

let teller = 0;
const sleutel = () => `uitvoering-test-${Date.now()}-${++teller}`;

async function post(email: string, actieId: number, velden: Record<string, string | string[]>, slug = HM) {
  return run(() =>
    action({ request: postRequest(`/r/${slug}/acties/${actieId}`, velden, cookieFor(email)), params: { regio: slug, id: String(actieId) }, context: testContext } as any),
  );
}

function voortgangVelden(uitvoeringId: number, extra: Record<string, string> = {}) {
  return {
    intent: "uitvoering-voortgang",
    uitvoeringId: String(uitvoeringId),
    status: "op_schema",
    datum: vandaag(),
    toelichting: "Aandachtsfunctionaris is aan de slag.",
    idempotencyKey: sleutel(),
    ...extra,
  };
}

const VERANTWOORDING = {
  oorzaak: "De aandachtsfunctionaris is langdurig afwezig.",
  gevolg: "Signalen worden later opgepakt.",
  bijsturing: "Een collega van het jeugdteam neemt het tijdelijk over.",
};

describe("uitvoering per gemeente inrichten", () => {
  it("laat een coördinator een regionale actie voor alle gemeenten per gemeente uitvoeren, met een afgeleide status via voortgang", async () => {
    const doel = actieVan("1.2-02");
    expect(doel.status).toBe("op_schema");
    const alle = db.select({ id: gemeente.id }).from(gemeente).innerJoin(regio, eq(regio.id, gemeente.regioId)).where(eq(regio.slug, HM)).all();
    const voortgangVoor = tel("voortgang");

    const uit = await post(COORDINATOR, doel.id, { intent: "uitvoering-instellen", gemeenteIds: alle.map((g) => String(g.id)) });

    expect(uit.status).toBe(302);
    expect(uit.location).toBe(`/r/${HM}/acties/${doel.id}?uitvoering=ingericht#uitvoering`);
    const rijen = db.select({ status: actieUitvoering.status }).from(actieUitvoering).where(eq(actieUitvoering.actieId, doel.id)).all();
    expect(rijen).toHaveLength(18);
    expect(rijen.every((r) => r.status === "niet_gestart")).toBe(true);
    const na = actieVan("1.2-02");
    expect(na.perGemeente).toBe(true);
    expect(na.status).toBe("niet_gestart");
    expect(tel("voortgang")).toBe(voortgangVoor + 1);
    const afgeleid = db.select().from(voortgang).where(eq(voortgang.actieId, doel.id)).orderBy(desc(voortgang.id)).get()!;
    expect(afgeleid).toMatchObject({ statusVan: "op_schema", statusNaar: "niet_gestart", auteurId: gebruikerId(COORDINATOR) });
    expect(afgeleid.toelichting).toContain("Afgeleid uit de uitvoering per gemeente: 0 van 18 afgerond, 18 niet gestart");
    const log = db.select({ actie: audit.actie }).from(audit).where(and(eq(audit.entiteit, "actie"), eq(audit.entiteitId, String(doel.id)))).all();
    expect(log.map((l) => l.actie)).toEqual(expect.arrayContaining(["uitvoering.gemeenten", "status.afgeleid"]));
  });

  it("weigert een lokale actie, een lege keuze en een gemeente van een andere regio zonder iets te wijzigen", async () => {
    const lokaal = actieVan("1.1-03");
    const regionaal = actieVan("1.2-02");
    const denHaag = gemeenteId("Den Haag");
    const voor = tel("actie_uitvoering");

    const lokaalUit = await post(COORDINATOR, lokaal.id, { intent: "uitvoering-instellen", gemeenteIds: [String(gemeenteId("Leiden"))] });
    expect(lokaalUit.status).toBe(400);
    expect((lokaalUit.data as any).errors.form).toContain("Alleen een regionale actie");

    const leeg = await post(COORDINATOR, regionaal.id, { intent: "uitvoering-instellen" });
    expect(leeg.status).toBe(400);
    expect((leeg.data as any).errors.gemeenteIds).toBe("Kies minstens één gemeente.");

    const vreemd = await post(COORDINATOR, regionaal.id, { intent: "uitvoering-instellen", gemeenteIds: [String(gemeenteId("Leiden")), String(denHaag)] });
    expect(vreemd.status).toBe(400);
    expect((vreemd.data as any).errors.gemeenteIds).toBe("Kies alleen gemeenten van deze regio.");

    const onzin = await post(COORDINATOR, regionaal.id, { intent: "uitvoering-instellen", gemeenteIds: ["abc"] });
    expect(onzin.status).toBe(400);

    expect(tel("actie_uitvoering")).toBe(voor);
    expect(actieVan("1.2-02").perGemeente).toBe(false);
  });

  it("weigert een gemeentemedewerker die een actie per gemeente wil laten uitvoeren", async () => {
    const doel = actieVan("1.2-02");
    const uit = await post(VOORSCHOTEN, doel.id, { intent: "uitvoering-instellen", gemeenteIds: [String(gemeenteId("Voorschoten"))] });
    expect(uit.status).toBe(403);
    expect(actieVan("1.2-02").perGemeente).toBe(false);
    const geweigerd = db.select().from(audit).where(and(eq(audit.actie, "uitvoering.gemeenten"), eq(audit.resultaat, "geweigerd"))).all();
    expect(geweigerd).toHaveLength(1);
  });

  it("voegt gemeenten toe en verwijdert er alleen een zolang die geen voortgang heeft", async () => {
    const doel = actieVan("1.3-01");
    const huidige = db.select({ gemeenteId: actieUitvoering.gemeenteId }).from(actieUitvoering).where(eq(actieUitvoering.actieId, doel.id)).all();
    const zonder = (naam: string) => huidige.map((h) => h.gemeenteId).filter((id) => id !== gemeenteId(naam)).map(String);

    // Leiden has reported voortgang; Nieuwkoop has not started.
    const weigering = await post(COORDINATOR, doel.id, { intent: "uitvoering-instellen", gemeenteIds: zonder("Leiden") });
    expect(weigering.status).toBe(400);
    expect((weigering.data as any).errors.gemeenteIds).toContain("Leiden heeft al voortgang");
    expect(tel("actie_uitvoering")).toBe(36);

    const ok = await post(COORDINATOR, doel.id, { intent: "uitvoering-instellen", gemeenteIds: zonder("Nieuwkoop") });
    expect(ok.status).toBe(302);
    expect(tel("actie_uitvoering")).toBe(35);
    expect(actieVan("1.3-01").status).toBe("op_schema");
  });
});

describe("voortgang van een gemeente op haar deel", () => {
  it("laat Voorschoten haar eigen deel bijwerken; de roll-up verandert en de actie blijft op schema", async () => {
    const doel = actieVan("1.3-01");
    const deel = uitvoering(doel.id, "Voorschoten");
    const actieVoortgangVoor = tel("voortgang");

    const uit = await post(VOORSCHOTEN, doel.id, voortgangVelden(deel.id, { status: "afgerond", toelichting: "Aandachtsfunctionaris actief." }));

    expect(uit.status).toBe(302);
    expect(uitvoering(doel.id, "Voorschoten")).toMatchObject({ status: "afgerond", version: deel.version + 1 });
    const rij = db.select().from(uitvoeringVoortgang).where(eq(uitvoeringVoortgang.uitvoeringId, deel.id)).orderBy(desc(uitvoeringVoortgang.id)).get()!;
    expect(rij).toMatchObject({ statusVan: "op_schema", statusNaar: "afgerond", auteurId: gebruikerId(VOORSCHOTEN) });
    expect(actieVan("1.3-01").status).toBe("op_schema");
    expect(tel("voortgang")).toBe(actieVoortgangVoor);

    const pagina = await run(() => loader({ request: getRequest(`/r/${HM}/acties/${doel.id}`, cookieFor(WETHOUDER)), params: { regio: HM, id: String(doel.id) }, context: testContext } as any));
    expect((pagina.data as any).uitvoering.rollup).toBe("10 van 18 afgerond, 5 op schema, 3 niet gestart");
  });

  it("zet de actie op vertraagd met een afgeleide voortgang als één gemeente vertraagd meldt", async () => {
    const doel = actieVan("1.3-01");
    const deel = uitvoering(doel.id, "Voorschoten");

    const uit = await post(VOORSCHOTEN, doel.id, voortgangVelden(deel.id, { status: "vertraagd", ...VERANTWOORDING }));

    expect(uit.status).toBe(302);
    expect(actieVan("1.3-01").status).toBe("vertraagd");
    const afgeleid = db.select().from(voortgang).where(eq(voortgang.actieId, doel.id)).orderBy(desc(voortgang.id)).get()!;
    expect(afgeleid).toMatchObject({ statusVan: "op_schema", statusNaar: "vertraagd", auteurId: gebruikerId(VOORSCHOTEN), datum: vandaag() });
    expect(afgeleid.toelichting).toContain("1 vertraagd");
    expect(afgeleid.toelichting).toContain("Aanleiding: voortgang van Voorschoten.");
    expect(afgeleid.oorzaak).toBe("Vertraagd bij: Voorschoten.");
    const rij = db.select().from(uitvoeringVoortgang).where(eq(uitvoeringVoortgang.uitvoeringId, deel.id)).orderBy(desc(uitvoeringVoortgang.id)).get()!;
    expect(rij.oorzaak).toBe(VERANTWOORDING.oorzaak);
  });

  it("weigert dat Voorschoten het deel van Leiden bijwerkt, en legt de weigering vast", async () => {
    const doel = actieVan("1.3-01");
    const leiden = uitvoering(doel.id, "Leiden");
    const voor = tel("uitvoering_voortgang");

    const uit = await post(VOORSCHOTEN, doel.id, voortgangVelden(leiden.id, { status: "vertraagd", ...VERANTWOORDING }));

    expect(uit.status).toBe(403);
    expect(tel("uitvoering_voortgang")).toBe(voor);
    expect(uitvoering(doel.id, "Leiden").status).toBe(leiden.status);
    const geweigerd = db.select().from(audit).where(and(eq(audit.entiteit, "actie_uitvoering"), eq(audit.resultaat, "geweigerd"))).all();
    expect(geweigerd).toHaveLength(1);
  });

  it("weigert een wethouder (lezer) en een ketenpartner", async () => {
    const doel = actieVan("1.3-01");
    const deel = uitvoering(doel.id, "Leiden");
    const voor = tel("uitvoering_voortgang");
    expect((await post(WETHOUDER, doel.id, voortgangVelden(deel.id))).status).toBe(403);
    expect((await post("partner@veiligthuis.example", doel.id, voortgangVelden(deel.id))).status).toBe(403);
    expect(tel("uitvoering_voortgang")).toBe(voor);
  });

  it("maakt bij een dubbel verstuurd formulier maar één voortgang", async () => {
    const doel = actieVan("1.3-01");
    const deel = uitvoering(doel.id, "Voorschoten");
    const velden = voortgangVelden(deel.id, { status: "afgerond" });
    const voor = tel("uitvoering_voortgang");
    expect((await post(VOORSCHOTEN, doel.id, velden)).status).toBe(302);
    expect((await post(VOORSCHOTEN, doel.id, velden)).status).toBe(302);
    expect(tel("uitvoering_voortgang")).toBe(voor + 1);
  });

  it("geeft bij foute invoer een 400 met de melding bij het veld en wijzigt niets", async () => {
    const doel = actieVan("1.3-01");
    const deel = uitvoering(doel.id, "Voorschoten");
    const voor = tel("uitvoering_voortgang");

    const zonderUitleg = await post(VOORSCHOTEN, doel.id, voortgangVelden(deel.id, { status: "aandacht" }));
    expect(zonderUitleg.status).toBe(400);
    expect((zonderUitleg.data as any).errors.oorzaak).toContain("Wat is de oorzaak?");
    expect((zonderUitleg.data as any).values.status).toBe("aandacht");

    const bsn = await post(VOORSCHOTEN, doel.id, voortgangVelden(deel.id, { toelichting: "Casus 111222333 besproken." }));
    expect(bsn.status).toBe(400);
    expect((bsn.data as any).errors.toelichting).toBe(BSN_MELDING);

    const leeg = await post(VOORSCHOTEN, doel.id, voortgangVelden(deel.id, { toelichting: "" }));
    expect((leeg.data as any).errors.toelichting).toBeTruthy();

    const teLang = await post(VOORSCHOTEN, doel.id, voortgangVelden(deel.id, { toelichting: "x".repeat(4001) }));
    expect(teLang.status).toBe(400);

    const onbekendeStatus = await post(VOORSCHOTEN, doel.id, voortgangVelden(deel.id, { status: "klaar" }));
    expect((onbekendeStatus.data as any).errors.status).toBeTruthy();

    const vroeg = await post(VOORSCHOTEN, doel.id, voortgangVelden(deel.id, { datum: "2026-01-01" }));
    expect(vroeg.status).toBe(400);
    expect((vroeg.data as any).errors.datum).toContain("laatste voortgangsupdate van Voorschoten");

    const geenId = await post(VOORSCHOTEN, doel.id, voortgangVelden(deel.id, { uitvoeringId: "abc" }));
    expect(geenId.status).toBe(400);

    expect(tel("uitvoering_voortgang")).toBe(voor);
  });

  it("kent een uitvoering van een andere actie of een onbekende id niet", async () => {
    const doel = actieVan("1.3-01");
    const ander = actieVan("2.3-03");
    const deelAnder = uitvoering(ander.id, "Voorschoten");
    const voor = tel("uitvoering_voortgang");
    expect((await post(VOORSCHOTEN, doel.id, voortgangVelden(deelAnder.id))).status).toBe(404);
    expect((await post(VOORSCHOTEN, doel.id, voortgangVelden(999999))).status).toBe(404);
    expect(tel("uitvoering_voortgang")).toBe(voor);
  });

  it("houdt regio's gescheiden: een coördinator van Haaglanden kan niets in Hollands Midden", async () => {
    const doel = actieVan("1.3-01");
    const deel = uitvoering(doel.id, "Leiden");
    const voor = tel("uitvoering_voortgang");
    // Through the Haaglanden URL the actie of Hollands Midden does not exist.
    expect((await post("coordinator@denhaag.example", doel.id, voortgangVelden(deel.id), "haaglanden")).status).toBe(404);
    // Through the Hollands Midden URL the regio itself is refused.
    expect((await post("coordinator@denhaag.example", doel.id, voortgangVelden(deel.id))).status).toBe(403);
    expect(tel("uitvoering_voortgang")).toBe(voor);
  });

  it("staat geen directe statuswijziging van een afgeleide actie toe, wel een toelichting", async () => {
    const doel = actieVan("1.3-01");
    const velden = { intent: "voortgang", datum: vandaag(), toelichting: "Netwerkbijeenkomst gehouden.", idempotencyKey: sleutel() };
    const wijziging = await post(COORDINATOR, doel.id, { ...velden, status: "afgerond" });
    expect(wijziging.status).toBe(400);
    expect((wijziging.data as any).errors.status).toContain("volgt uit de uitvoering per gemeente");
    expect(actieVan("1.3-01").status).toBe("op_schema");

    const toelichting = await post(COORDINATOR, doel.id, { ...velden, status: "op_schema", idempotencyKey: sleutel() });
    expect(toelichting.status).toBe(302);
  });
});

describe("de status met de hand vastzetten", () => {
  it("laat een coördinator de status overschrijven; updates van gemeenten veranderen hem dan niet, tot de afleiding terug is", async () => {
    const doel = actieVan("1.3-01");
    const voorschoten = uitvoering(doel.id, "Voorschoten");

    const overschrijf = await post(COORDINATOR, doel.id, {
      intent: "status-overschrijven",
      status: "afgerond",
      datum: vandaag(),
      toelichting: "Alle teams hebben in de praktijk een aandachtsfunctionaris; de registratie loopt achter.",
      idempotencyKey: sleutel(),
    });
    expect(overschrijf.status).toBe(302);
    expect(actieVan("1.3-01")).toMatchObject({ status: "afgerond", overschreven: true });
    const handmatig = db.select().from(voortgang).where(eq(voortgang.actieId, doel.id)).orderBy(desc(voortgang.id)).get()!;
    expect(handmatig).toMatchObject({ statusVan: "op_schema", statusNaar: "afgerond" });

    expect((await post(VOORSCHOTEN, doel.id, voortgangVelden(voorschoten.id, { status: "vertraagd", ...VERANTWOORDING }))).status).toBe(302);
    expect(actieVan("1.3-01").status).toBe("afgerond");

    const herstel = await post(COORDINATOR, doel.id, { intent: "afleiding-herstellen" });
    expect(herstel.status).toBe(302);
    expect(actieVan("1.3-01")).toMatchObject({ status: "vertraagd", overschreven: false });
    const afgeleid = db.select().from(voortgang).where(eq(voortgang.actieId, doel.id)).orderBy(desc(voortgang.id)).get()!;
    expect(afgeleid).toMatchObject({ statusVan: "afgerond", statusNaar: "vertraagd" });
    expect(afgeleid.toelichting).toContain("handmatig gezette status is opgeheven");
  });

  it("weigert overschrijven zonder verantwoording, door een gemeente, of bij een actie die niet per gemeente loopt", async () => {
    const doel = actieVan("1.3-01");
    const gewoon = actieVan("1.2-02");
    const velden = { intent: "status-overschrijven", status: "vertraagd", datum: vandaag(), toelichting: "Loopt achter.", idempotencyKey: sleutel() };
    const voor = tel("voortgang");

    const zonderUitleg = await post(COORDINATOR, doel.id, velden);
    expect(zonderUitleg.status).toBe(400);
    expect((zonderUitleg.data as any).errors.bijsturing).toBeTruthy();

    expect((await post(VOORSCHOTEN, doel.id, { ...velden, ...VERANTWOORDING, idempotencyKey: sleutel() })).status).toBe(403);
    const nietPerGemeente = await post(COORDINATOR, gewoon.id, { ...velden, ...VERANTWOORDING, idempotencyKey: sleutel() });
    expect(nietPerGemeente.status).toBe(400);
    expect((await post(COORDINATOR, doel.id, { intent: "afleiding-herstellen" })).status).toBe(400);

    expect(tel("voortgang")).toBe(voor);
    expect(actieVan("1.3-01")).toMatchObject({ status: "op_schema", overschreven: false });
  });
});

describe("eigenaar van het deel van een gemeente", () => {
  it("laat Voorschoten haar procesregisseur als eigenaar kiezen, maar geen medewerker van Leiden", async () => {
    const doel = actieVan("1.3-01");
    const deel = uitvoering(doel.id, "Voorschoten");
    const regisseur = gebruikerId("procesregisseur@voorschoten.example");

    const ok = await post(VOORSCHOTEN, doel.id, { intent: "uitvoering-eigenaar", uitvoeringId: String(deel.id), eigenaarId: String(regisseur), version: String(deel.version) });
    expect(ok.status).toBe(302);
    expect(uitvoering(doel.id, "Voorschoten")).toMatchObject({ eigenaarId: regisseur, version: deel.version + 1 });

    const na = uitvoering(doel.id, "Voorschoten");
    const leiden = await post(VOORSCHOTEN, doel.id, {
      intent: "uitvoering-eigenaar",
      uitvoeringId: String(deel.id),
      eigenaarId: String(gebruikerId("beleid@leiden.example")),
      version: String(na.version),
    });
    expect(leiden.status).toBe(400);
    expect((leiden.data as any).errors.eigenaarId).toBe("Kies een medewerker van Voorschoten.");

    const wethouder = await post(VOORSCHOTEN, doel.id, { intent: "uitvoering-eigenaar", uitvoeringId: String(deel.id), eigenaarId: String(gebruikerId(WETHOUDER)), version: String(na.version) });
    expect(wethouder.status).toBe(400);
    expect(uitvoering(doel.id, "Voorschoten").eigenaarId).toBe(regisseur);
  });

  it("weigert een wijziging op een verouderde versie met 409", async () => {
    const doel = actieVan("1.3-01");
    const deel = uitvoering(doel.id, "Voorschoten");
    const oud = String(deel.version);
    await post(VOORSCHOTEN, doel.id, voortgangVelden(deel.id, { status: "afgerond" }));

    const uit = await post(VOORSCHOTEN, doel.id, { intent: "uitvoering-eigenaar", uitvoeringId: String(deel.id), eigenaarId: "", version: oud });
    expect(uit.status).toBe(409);
    expect((uit.data as any).errors.form).toContain("intussen door iemand anders gewijzigd");
  });
});

describe("de actiepagina", () => {
  it("toont de roll-up en een regel per gemeente, met bijwerkrecht alleen voor de eigen gemeente", async () => {
    const doel = actieVan("1.3-01");
    const uit = await run(() => loader({ request: getRequest(`/r/${HM}/acties/${doel.id}`, cookieFor(VOORSCHOTEN)), params: { regio: HM, id: String(doel.id) }, context: testContext } as any));
    const overzicht = (uit.data as any).uitvoering;
    expect(overzicht.rollup).toBe("9 van 18 afgerond, 6 op schema, 3 niet gestart");
    expect(overzicht.rijen).toHaveLength(18);
    expect(overzicht.magInrichten).toBe(false);
    const magBij = overzicht.rijen.filter((r: any) => r.magBijwerken).map((r: any) => r.gemeenteNaam);
    expect(magBij).toEqual(["Voorschoten"]);
  });

  it("toont een lezer geen inrichtformulier bij een actie die niet per gemeente loopt", async () => {
    const doel = actieVan("1.2-02");
    const lezer = await run(() => loader({ request: getRequest(`/r/${HM}/acties/${doel.id}`, cookieFor(WETHOUDER)), params: { regio: HM, id: String(doel.id) }, context: testContext } as any));
    expect((lezer.data as any).uitvoering).toBeNull();
    const coordinator = await run(() => loader({ request: getRequest(`/r/${HM}/acties/${doel.id}`, cookieFor(COORDINATOR)), params: { regio: HM, id: String(doel.id) }, context: testContext } as any));
    expect((coordinator.data as any).uitvoering).toMatchObject({ perGemeente: false, magInrichten: true });
  });
});
