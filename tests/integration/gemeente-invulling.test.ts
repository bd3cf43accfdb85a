import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { actie, actieDoelstelling, actiePartner, advies, adviespunt, doelstelling, gebruiker, gemeente, reactie, regio, regiovisie, uitvoeringsplan } from "../../db/schema";
import { loader } from "../../app/routes/regio/gemeente";
import { cookieFor, getRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";

function regioId(slug: string) {
  return db.select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
}

function planId(jaar: number) {
  return db
    .select({ id: uitvoeringsplan.id })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, regioId(HM)), eq(uitvoeringsplan.jaar, jaar)))
    .get()!.id;
}

function doelstellingId(code: string) {
  return db
    .select({ id: doelstelling.id })
    .from(doelstelling)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, planId(2026)))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(doelstelling.code, code), eq(regiovisie.regioId, regioId(HM))))
    .get()!.id;
}

function gemeenteId(naam: string) {
  return db.select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.naam, naam)).get()!.id;
}

function gebruikerId(email: string) {
  return db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get()!.id;
}

function actieId(jaar: number, code: string) {
  return db.select({ id: actie.id }).from(actie).where(and(eq(actie.planId, planId(jaar)), eq(actie.code, code))).get()!.id;
}

/** A lokale actie of a gemeente, made directly: the test is about what the gemeente page makes of it. */
function lokaleActie(jaar: number, naam: string, doelCode: string, code: string, status: "op_schema" | "vertraagd" = "op_schema") {
  const { id } = db
    .insert(actie)
    .values({
      planId: planId(jaar),
      code,
      titel: `Lokale actie ${naam} ${code}`,
      niveau: "lokaal",
      gemeenteId: gemeenteId(naam),
      eigenaarId: gebruikerId("coordinator@leiden.example"),
      trekkerGemeenteId: gemeenteId(naam),
      deadline: `${jaar}-12-31`,
      status,
    })
    .returning({ id: actie.id })
    .get();
  db.insert(actieDoelstelling).values({ actieId: id, doelstellingId: doelstellingId(doelCode) }).run();
  return id;
}

async function pagina(email: string, slug: string, zoek = "", regioSlug = HM) {
  return run(() =>
    loader({ request: getRequest(`/r/${regioSlug}/gemeenten/${slug}${zoek}`, cookieFor(email)), params: { regio: regioSlug, gemeente: slug }, context: testContext } as any),
  );
}

function doelstellingen(data: any): any[] {
  return data.actielijnen.flatMap((l: any) => l.doelstellingen);
}

function doelVan(data: any, code: string) {
  return doelstellingen(data).find((d) => d.code === code);
}

describe("de lokale invulling van een gemeente", () => {
  it("toont lokale acties en de eigen status in regionale acties die per gemeente worden uitgevoerd", async () => {
    const uit = await pagina("beleid@voorschoten.example", "voorschoten");
    expect(uit.status).toBe(200);
    const data = uit.data as any;
    expect(data.gemeente.naam).toBe("Voorschoten");
    expect(data.plan.jaar).toBe(2026);
    expect(data.vorigJaar).toBe(2025);

    const lokaal = doelVan(data, "1.1").acties.find((a: any) => a.code === "1.1-03");
    expect(lokaal).toMatchObject({ lokaal: true, uitvoering: false, status: "op_schema" });
    const perGemeente = doelVan(data, "1.3").acties.find((a: any) => a.code === "1.3-01");
    expect(perGemeente).toMatchObject({ uitvoering: true, lokaal: false, status: "op_schema", laatsteVoortgang: "2026-03-12" });
    const samenwerking = doelVan(data, "2.3").acties.find((a: any) => a.code === "2.3-03");
    expect(samenwerking).toMatchObject({ uitvoering: true, status: "afgerond", laatsteVoortgang: "2026-06-25" });
  });

  it("berekent de dekking met vorig jaar, en telt trekker- of partnerschap niet als lokale invulling", async () => {
    // Hillegom: no lokale acties in the seed, its own part of the two per-gemeente acties in 2026 (1.3; 2.3 and 1.2).
    lokaleActie(2025, "Hillegom", "1.1", "1.1-90");
    lokaleActie(2026, "Hillegom", "3.1", "3.1-90");
    db.insert(actiePartner).values({ actieId: actieId(2026, "2.1-01"), gemeenteId: gemeenteId("Hillegom") }).run();

    const data = (await pagina("coordinator@leiden.example", "hillegom")).data as any;

    expect(data.dekking).toMatchObject({ totaal: 11, gedekt: 4, gedektVorigJaar: 1 });
    expect(doelVan(data, "1.1").dekking).toMatchObject({ ditJaar: false, vorigJaar: true });
    expect(doelVan(data, "3.1").dekking).toMatchObject({ ditJaar: true, vorigJaar: false });
    expect(doelVan(data, "1.3").dekking).toMatchObject({ ditJaar: true, vorigJaar: false });
    expect(doelVan(data, "1.2").dekking.ditJaar).toBe(true);
    const partner = doelVan(data, "2.1");
    expect(partner.dekking).toMatchObject({ ditJaar: false, vorigJaar: false });
    expect(partner.acties.map((a: any) => [a.code, a.partner])).toEqual([["2.1-01", true]]);
    expect(data.dekking.vervallen).toEqual([doelstellingId("1.1")]);
    const zonder = doelstellingen(data).filter((d) => !d.dekking.ditJaar).map((d) => d.code);
    expect(zonder).toEqual(["1.1", "1.4", "2.1", "2.2", "2.4", "3.2", "3.3"]);
  });

  it("wisselt van jaar via de querystring en valt bij een onbekend jaar terug op dit jaar", async () => {
    const vorig = (await pagina("wethouder@leiden.example", "voorschoten", "?jaar=2025")).data as any;
    expect(vorig.plan.jaar).toBe(2025);
    expect(vorig.vorigJaar).toBe(2024);
    expect(vorig.ongeldigJaar).toBe(false);

    const onbekend = (await pagina("wethouder@leiden.example", "voorschoten", "?jaar=1999")).data as any;
    expect(onbekend.plan.jaar).toBe(2026);
    expect(onbekend.ongeldigJaar).toBe(true);
    const onzin = (await pagina("wethouder@leiden.example", "voorschoten", "?jaar=%3Cscript%3E")).data as any;
    expect(onzin.plan.jaar).toBe(2026);
  });

  it("laat alleen de eigen gemeente haar lokale acties beheren; een wethouder leest mee", async () => {
    expect(((await pagina("beleid@voorschoten.example", "voorschoten")).data as any).magLokaleActies).toBe(true);
    expect(((await pagina("procesregisseur@voorschoten.example", "voorschoten")).data as any).magLokaleActies).toBe(true);
    expect(((await pagina("beleid@voorschoten.example", "leiden")).data as any).magLokaleActies).toBe(false);
    const wethouder = await pagina("wethouder@leiden.example", "leiden");
    expect(wethouder.status).toBe(200);
    expect((wethouder.data as any).magLokaleActies).toBe(false);
    expect(((await pagina("coordinator@gouda.example", "voorschoten")).data as any).magLokaleActies).toBe(true);
  });

  it("kent geen gemeente van een andere regio en geen onbekende gemeente", async () => {
    expect((await pagina("coordinator@leiden.example", "den-haag")).status).toBe(404);
    expect((await pagina("coordinator@leiden.example", "bestaat-niet")).status).toBe(404);
    expect((await pagina("coordinator@denhaag.example", "voorschoten", "", "haaglanden")).status).toBe(404);
    expect((await pagina("coordinator@denhaag.example", "voorschoten")).status).toBe(403);
  });

  it("toont alleen de open reacties en adviespunten van deze gemeente", async () => {
    const hillegom = gemeenteId("Hillegom");
    const auteur = gebruikerId("coordinator@leiden.example");
    db.insert(reactie).values({ planId: planId(2026), gemeenteId: hillegom, auteurId: auteur, tekst: "Graag meer aandacht voor ouderen." }).run();
    db.insert(reactie)
      .values({ planId: planId(2026), gemeenteId: hillegom, auteurId: auteur, tekst: "Al afgehandeld.", afhandeling: "overgenomen", antwoord: "Overgenomen." })
      .run();
    db.insert(reactie).values({ planId: planId(2026), gemeenteId: gemeenteId("Lisse"), auteurId: auteur, tekst: "Van Lisse." }).run();
    const { id: adviesId } = db
      .insert(advies)
      .values({ regioId: regioId(HM), soort: "zienswijze", adviesraad: "Gemeente Hillegom", gemeenteId: hillegom, datum: "2026-05-01", onderwerp: "Concept-uitvoeringsplan 2026" })
      .returning({ id: advies.id })
      .get();
    db.insert(adviespunt).values({ adviesId, tekst: "Betrek de huisartsen.", volgorde: 1 }).run();
    db.insert(adviespunt).values({ adviesId, tekst: "Al verwerkt.", volgorde: 2, verwerking: "overgenomen" }).run();
    // An advies in another regio never shows, whatever its gemeente.
    const { id: vreemd } = db
      .insert(advies)
      .values({ regioId: regioId("haaglanden"), adviesraad: "Elders", gemeenteId: hillegom, datum: "2026-05-01", onderwerp: "Elders" })
      .returning({ id: advies.id })
      .get();
    db.insert(adviespunt).values({ adviesId: vreemd, tekst: "Niet van deze regio.", volgorde: 1 }).run();

    const data = (await pagina("coordinator@leiden.example", "hillegom")).data as any;
    expect(data.reacties.map((r: any) => r.tekst)).toEqual(["Graag meer aandacht voor ouderen."]);
    expect(data.adviespunten.map((p: any) => p.tekst)).toEqual(["Betrek de huisartsen."]);
  });
});
