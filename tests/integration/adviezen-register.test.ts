import { and, asc, count, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { actie, advies, adviespunt, adviespuntActie, audit, gemeente, regio, regiovisie, uitvoeringsplan } from "../../db/schema";
import { vandaag } from "../../app/domain/format";
import { action, loader } from "../../app/routes/regio/adviezen";
import { loader as adviesLoader } from "../../app/routes/regio/advies";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";
const COORDINATOR = "coordinator@leiden.example";

const regioId = (slug: string) => db.select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
const gemeenteId = (naam: string) => db.select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.naam, naam)).get()!.id;
const aantalAdviezen = () => db.select({ n: count() }).from(advies).get()!.n;
const aantalPunten = () => db.select({ n: count() }).from(adviespunt).get()!.n;
const auditRijen = (actie: string) => db.select().from(audit).where(eq(audit.actie, actie)).all();

const GELDIG = {
  soort: "adviesraad",
  adviesraad: "Adviesraad Sociaal Domein Leiden",
  gemeenteId: "",
  datum: "2025-10-01",
  onderwerp: "Concept-uitvoeringsplan 2026",
  punten: "Betrek ervaringsdeskundigen bij de evaluatie.\n\n  Zorg voor meertalige voorlichting.  \nRapporteer jaarlijks aan de raad.",
};

function registreer(velden: Record<string, string>, email = COORDINATOR, slug = HM) {
  return run(() =>
    action({
      request: postRequest(`/r/${slug}/adviezen`, velden, cookieFor(email)),
      params: { regio: slug },
      context: testContext,
    } as any),
  );
}

function register(email: string, zoek = "", slug = HM) {
  return run(() =>
    loader({
      request: getRequest(`/r/${slug}/adviezen${zoek}`, cookieFor(email)),
      params: { regio: slug },
      context: testContext,
    } as any),
  );
}

type Register = {
  adviezen: { id: number; adviesraad: string; open: number; overgenomen: number; deels: number; niet: number }[];
  magBeheren: boolean;
  gemeenten: { id: number; naam: string }[];
};

describe("adviezen registreren", () => {
  it("registreert een advies van een adviesraad met een punt per regel en legt het vast in het auditlog", async () => {
    const voor = { adviezen: aantalAdviezen(), punten: aantalPunten() };
    const uit = await registreer(GELDIG);
    expect(uit.status).toBe(302);
    const nieuw = db.select().from(advies).where(eq(advies.onderwerp, GELDIG.onderwerp)).get()!;
    expect(uit.location).toBe(`/r/${HM}/adviezen/${nieuw.id}`);
    expect(nieuw).toMatchObject({ regioId: regioId(HM), soort: "adviesraad", adviesraad: GELDIG.adviesraad, gemeenteId: null, datum: "2025-10-01" });
    const punten = db.select().from(adviespunt).where(eq(adviespunt.adviesId, nieuw.id)).orderBy(asc(adviespunt.volgorde)).all();
    expect(punten.map((p) => [p.volgorde, p.tekst, p.verwerking])).toEqual([
      [1, "Betrek ervaringsdeskundigen bij de evaluatie.", null],
      [2, "Zorg voor meertalige voorlichting.", null],
      [3, "Rapporteer jaarlijks aan de raad.", null],
    ]);
    expect(aantalAdviezen()).toBe(voor.adviezen + 1);
    expect(aantalPunten()).toBe(voor.punten + 3);
    const [rij] = auditRijen("advies.registreren");
    expect(rij).toMatchObject({ entiteit: "advies", entiteitId: String(nieuw.id), resultaat: "ok", regioId: regioId(HM), ip: testContext.ip });
  });

  it("registreert een zienswijze van een gemeente van de regio onder de naam van die gemeente", async () => {
    const uit = await registreer({ ...GELDIG, soort: "zienswijze", adviesraad: "", gemeenteId: String(gemeenteId("Katwijk")) });
    expect(uit.status).toBe(302);
    const nieuw = db.select().from(advies).where(eq(advies.onderwerp, GELDIG.onderwerp)).get()!;
    expect(nieuw).toMatchObject({ soort: "zienswijze", adviesraad: "Gemeente Katwijk", gemeenteId: gemeenteId("Katwijk") });
  });

  it("weigert een zienswijze van een gemeente van een andere regio en verandert niets", async () => {
    const voor = aantalAdviezen();
    const uit = await registreer({ ...GELDIG, soort: "zienswijze", gemeenteId: String(gemeenteId("Delft")) });
    expect(uit.status).toBe(400);
    expect((uit.data as { errors: Record<string, string> }).errors.gemeenteId).toBe("Kies een gemeente van deze regio.");
    expect((uit.data as { values: Record<string, string> }).values.onderwerp).toBe(GELDIG.onderwerp);
    expect(aantalAdviezen()).toBe(voor);
    expect(auditRijen("advies.registreren")).toHaveLength(0);
  });

  it.each([
    ["een leeg onderwerp", { onderwerp: "" }, "onderwerp", "Vul het onderwerp in."],
    ["een te lang onderwerp", { onderwerp: "x".repeat(301) }, "onderwerp", "Het onderwerp mag hoogstens 300 tekens lang zijn."],
    ["alleen lege regels als punten", { punten: "  \n \n" }, "punten", "Vul ten minste één adviespunt in."],
    ["een te lang punt", { punten: `Kort punt\n${"y".repeat(1001)}` }, "punten", "Punt 2 is te lang: een adviespunt is hoogstens 1000 tekens."],
    ["een niet-bestaande datum", { datum: "2025-02-30" }, "datum", "Vul een geldige datum in (dag-maand-jaar)."],
    ["tekst als datum", { datum: "morgen" }, "datum", "Vul een geldige datum in (dag-maand-jaar)."],
    ["een datum in de toekomst", { datum: "2999-01-01" }, "datum", "De datum mag niet in de toekomst liggen."],
    ["een onbekende soort", { soort: "petitie" }, "soort", "Kies of het een advies van een adviesraad of een zienswijze is."],
    ["een adviesraad zonder naam", { adviesraad: "" }, "adviesraad", "Vul de naam van de adviesraad in."],
    ["een zienswijze zonder gemeente", { soort: "zienswijze", gemeenteId: "" }, "gemeenteId", "Kies de gemeente die de zienswijze gaf."],
    ["een gemeente-id dat geen getal is", { gemeenteId: "abc" }, "gemeenteId", "Kies een gemeente uit de lijst."],
    ["een onbekende gemeente", { gemeenteId: "999999" }, "gemeenteId", "Kies een gemeente van deze regio."],
    ["een BSN in de punten", { punten: "Zie het dossier van 123456782." }, "punten", "Deze tekst bevat een nummer dat op een BSN lijkt."],
  ])("weigert %s met een melding bij het veld en verandert niets", async (_naam, wijziging, veld, melding) => {
    const voor = { adviezen: aantalAdviezen(), punten: aantalPunten() };
    const uit = await registreer({ ...GELDIG, ...wijziging });
    expect(uit.status).toBe(400);
    expect((uit.data as { errors: Record<string, string> }).errors[veld]).toContain(melding);
    expect({ adviezen: aantalAdviezen(), punten: aantalPunten() }).toEqual(voor);
  });

  it("accepteert een advies van vandaag", async () => {
    const uit = await registreer({ ...GELDIG, datum: vandaag() });
    expect(uit.status).toBe(302);
  });

  it.each(["beleid@voorschoten.example", "procesregisseur@voorschoten.example", "partner@veiligthuis.example", "wethouder@leiden.example"])(
    "weigert registreren door %s met 403 en logt de weigering",
    async (email) => {
      const voor = aantalAdviezen();
      const uit = await registreer(GELDIG, email);
      expect(uit.status).toBe(403);
      expect(aantalAdviezen()).toBe(voor);
      const weigering = db
        .select()
        .from(audit)
        .where(and(eq(audit.actie, "actualisatie.beheren"), eq(audit.resultaat, "geweigerd")))
        .all();
      expect(weigering).toHaveLength(1);
    },
  );

  it("laat de beheerder en beide coördinatoren registreren", async () => {
    for (const [i, email] of ["beheerder@demo.example", "coordinator@gouda.example", COORDINATOR].entries()) {
      const uit = await registreer({ ...GELDIG, onderwerp: `Advies ${i}` }, email);
      expect(uit.status).toBe(302);
    }
  });

  it("weigert een coördinator van een andere regio, ook als hij een advies in die regio wil registreren", async () => {
    const voor = aantalAdviezen();
    expect((await registreer(GELDIG, "coordinator@denhaag.example")).status).toBe(403);
    expect((await register("coordinator@denhaag.example")).status).toBe(403);
    expect(aantalAdviezen()).toBe(voor);
  });
});

describe("het register", () => {
  it("toont iedereen van de regio de adviezen met de punten per verwerking, maar het formulier alleen aan coördinatoren", async () => {
    for (const email of ["wethouder@leiden.example", "beleid@voorschoten.example", "partner@veiligthuis.example"]) {
      const uit = await register(email);
      expect(uit.status).toBe(200);
      const data = uit.data as Register;
      expect(data.magBeheren).toBe(false);
      expect(data.gemeenten).toEqual([]);
      expect(data.adviezen.map((a) => a.adviesraad)).toEqual(["Adviesraad Sociaal Domein Voorschoten", "Adviesraad WMO Leiden"]);
    }
    const coordinator = (await register(COORDINATOR)).data as Register;
    expect(coordinator.magBeheren).toBe(true);
    expect(coordinator.gemeenten.map((g) => g.naam)).toContain("Voorschoten");
    expect(coordinator.gemeenten.map((g) => g.naam)).not.toContain("Delft");
  });

  it("telt per advies de open, overgenomen, deels en niet overgenomen punten (gezaaid)", async () => {
    const data = (await register(COORDINATOR)).data as Register;
    const [voorschoten, leiden] = data.adviezen;
    expect(voorschoten).toMatchObject({ open: 4, overgenomen: 1, deels: 2, niet: 0 });
    expect(leiden).toMatchObject({ open: 1, overgenomen: 3, deels: 0, niet: 0 });
  });

  it("filtert op adviezen met open punten", async () => {
    const leiden = db.select({ id: advies.id }).from(advies).where(eq(advies.adviesraad, "Adviesraad WMO Leiden")).get()!;
    db.update(adviespunt)
      .set({ verwerking: "niet", toelichting: "Past niet in de regiovisie." })
      .where(and(eq(adviespunt.adviesId, leiden.id), isNull(adviespunt.verwerking)))
      .run();
    const alle = (await register(COORDINATOR)).data as Register;
    const open = (await register(COORDINATOR, "?open=1")).data as Register;
    expect(alle.adviezen).toHaveLength(2);
    expect(open.adviezen.map((a) => a.adviesraad)).toEqual(["Adviesraad Sociaal Domein Voorschoten"]);
    expect(alle.adviezen[1]).toMatchObject({ open: 0, niet: 1 });
  });

  it("heeft een lege staat voor een regio zonder adviezen", async () => {
    const uit = await register("beheerder@demo.example", "", "zuid-holland-zuid");
    expect(uit.status).toBe(200);
    expect((uit.data as Register).adviezen).toEqual([]);
  });

  it("zaait het advies van Delft voor Haaglanden met zes open punten", async () => {
    const data = (await register("coordinator@denhaag.example", "", "haaglanden")).data as Register;
    expect(data.adviezen).toEqual([expect.objectContaining({ adviesraad: "Adviesraad Sociaal Domein Delft", open: 6, overgenomen: 0 })]);
  });

  it("koppelt gezaaide punten alleen aan acties van Hollands Midden uit het plan 2026", () => {
    const gekoppeld = db
      .select({ regioId: regiovisie.regioId, jaar: uitvoeringsplan.jaar, gemeenteId: actie.gemeenteId, tekst: adviespunt.tekst })
      .from(adviespuntActie)
      .innerJoin(adviespunt, eq(adviespunt.id, adviespuntActie.adviespuntId))
      .innerJoin(actie, eq(actie.id, adviespuntActie.actieId))
      .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
      .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
      .all();
    expect(gekoppeld.length).toBe(5);
    expect(gekoppeld.every((k) => k.regioId === regioId(HM) && k.jaar === 2026)).toBe(true);
    const lokaalPlan = gekoppeld.filter((k) => /lokaal plan van aanpak/.test(k.tekst));
    expect(lokaalPlan.length).toBe(2);
    expect(lokaalPlan.every((k) => k.gemeenteId === gemeenteId("Voorschoten"))).toBe(true);
  });
});

describe("een advies bekijken", () => {
  function bekijk(email: string, id: number | string, slug = HM) {
    return run(() =>
      adviesLoader({
        request: getRequest(`/r/${slug}/adviezen/${id}`, cookieFor(email)),
        params: { regio: slug, id: String(id) },
        context: testContext,
      } as any),
    );
  }
  const voorschoten = () => db.select({ id: advies.id }).from(advies).where(eq(advies.adviesraad, "Adviesraad Sociaal Domein Voorschoten")).get()!.id;

  it("toont de punten op volgorde met hun verwerking en gekoppelde acties met status", async () => {
    const uit = await bekijk("wethouder@leiden.example", voorschoten());
    expect(uit.status).toBe(200);
    const data = uit.data as {
      magBeheren: boolean;
      actieKeuzes: unknown[];
      punten: { tekst: string; verwerking: string | null; acties: { code: string; jaar: number; status: string }[] }[];
    };
    expect(data.magBeheren).toBe(false);
    expect(data.actieKeuzes).toEqual([]);
    expect(data.punten).toHaveLength(7);
    expect(data.punten[6].tekst).toMatch(/lokaal plan van aanpak/);
    expect(data.punten[6].verwerking).toBe("deels");
    expect(data.punten[6].acties).toHaveLength(2);
    expect(data.punten[6].acties.every((a) => a.jaar === 2026 && a.status)).toBe(true);
    expect(data.punten[0].acties).toEqual([]);
  });

  it("geeft de coördinator de acties van de regio om te koppelen, nieuwste plan eerst", async () => {
    const data = (await bekijk(COORDINATOR, voorschoten())).data as { actieKeuzes: { jaar: number }[] };
    expect(data.actieKeuzes.length).toBeGreaterThan(10);
    expect(data.actieKeuzes[0].jaar).toBe(2026);
    expect(new Set(data.actieKeuzes.map((a) => a.jaar))).toEqual(new Set([2024, 2025, 2026]));
  });

  it("geeft 404 voor een advies van een andere regio en voor een onzinnig id", async () => {
    expect((await bekijk("coordinator@denhaag.example", voorschoten(), "haaglanden")).status).toBe(404);
    expect((await bekijk(COORDINATOR, "abc")).status).toBe(404);
    expect((await bekijk(COORDINATOR, 999999)).status).toBe(404);
  });
});
