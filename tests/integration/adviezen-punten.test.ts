import { and, asc, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { actie, advies, adviespunt, adviespuntActie, audit, gemeente, regio, regiovisie, uitvoeringsplan } from "../../db/schema";
import { openAdviespunten } from "../../app/domain/adviezen/adviezen.server";
import { action } from "../../app/routes/regio/advies";
import { cookieFor, postRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";
const COORDINATOR = "coordinator@leiden.example";

const regioId = (slug: string) => db.select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
const gemeenteId = (naam: string) => db.select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.naam, naam)).get()!.id;
const adviesVan = (adviesraad: string) => db.select({ id: advies.id }).from(advies).where(eq(advies.adviesraad, adviesraad)).get()!.id;
const VOORSCHOTEN = () => adviesVan("Adviesraad Sociaal Domein Voorschoten");
const LEIDEN = () => adviesVan("Adviesraad WMO Leiden");
const DELFT = () => adviesVan("Adviesraad Sociaal Domein Delft");

const punten = (adviesId: number) =>
  db.select().from(adviespunt).where(eq(adviespunt.adviesId, adviesId)).orderBy(asc(adviespunt.volgorde)).all();
const koppelingen = (puntId: number) =>
  db.select({ actieId: adviespuntActie.actieId }).from(adviespuntActie).where(eq(adviespuntActie.adviespuntId, puntId)).all().map((r) => r.actieId).sort((a, b) => a - b);
const aantalAudit = () => db.select({ n: count() }).from(audit).get()!.n;
const auditRijen = (soort: string) => db.select().from(audit).where(eq(audit.actie, soort)).all();

/** Everything of the register, to show that a refused request changed nothing. */
function stand() {
  return {
    punten: db.select().from(adviespunt).orderBy(asc(adviespunt.id)).all(),
    koppelingen: db.select().from(adviespuntActie).all().length,
    adviezen: db.select({ n: count() }).from(advies).get()!.n,
  };
}

/** An actie of a regio's plan of a year: the first by code, or the one with this code. */
function actieVan(slug: string, jaar: number, code?: string) {
  return db
    .select({ id: actie.id, code: actie.code })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, regioId(slug)), eq(uitvoeringsplan.jaar, jaar), code ? eq(actie.code, code) : undefined))
    .orderBy(asc(actie.code))
    .get()!;
}

function post(adviesId: number, velden: Record<string, string | string[]>, email = COORDINATOR, slug = HM) {
  return run(() =>
    action({
      request: postRequest(`/r/${slug}/adviezen/${adviesId}`, velden, cookieFor(email)),
      params: { regio: slug, id: String(adviesId) },
      context: testContext,
    } as any),
  );
}

const fouten = (uit: { data?: unknown }) => (uit.data as { errors: Record<string, string> }).errors;

describe("verwerking van een adviespunt", () => {
  it("legt overgenomen vast zonder toelichting, met een auditregel van voor en na", async () => {
    const punt = punten(VOORSCHOTEN())[0];
    const uit = await post(VOORSCHOTEN(), { intent: "verwerking", puntId: String(punt.id), verwerking: "overgenomen", toelichting: "" });
    expect(uit.status).toBe(302);
    expect(uit.location).toBe(`/r/${HM}/adviezen/${VOORSCHOTEN()}#punt-${punt.id}`);
    expect(punten(VOORSCHOTEN())[0]).toMatchObject({ verwerking: "overgenomen", toelichting: null });
    const [rij] = auditRijen("adviespunt.verwerken");
    expect(rij).toMatchObject({ entiteit: "adviespunt", entiteitId: String(punt.id), resultaat: "ok" });
    expect(rij.voor).toEqual({ verwerking: null, toelichting: null });
    expect(rij.na).toEqual({ verwerking: "overgenomen", toelichting: null });
  });

  it.each(["deels", "niet"])("eist een toelichting bij %s en verandert anders niets", async (verwerking) => {
    const punt = punten(VOORSCHOTEN())[0];
    const voor = stand();
    const auditVoor = aantalAudit();
    const uit = await post(VOORSCHOTEN(), { intent: "verwerking", puntId: String(punt.id), verwerking, toelichting: "   " });
    expect(uit.status).toBe(400);
    expect(fouten(uit).toelichting).toBe("Licht toe waarom het punt niet of deels is overgenomen.");
    expect((uit.data as { puntId: number }).puntId).toBe(punt.id);
    expect(stand()).toEqual(voor);
    expect(aantalAudit()).toBe(auditVoor);

    const goed = await post(VOORSCHOTEN(), { intent: "verwerking", puntId: String(punt.id), verwerking, toelichting: "Past deels in de regionale aanpak." });
    expect(goed.status).toBe(302);
    expect(punten(VOORSCHOTEN())[0]).toMatchObject({ verwerking, toelichting: "Past deels in de regionale aanpak." });
  });

  it("zet een verwerking terug naar open", async () => {
    const punt = punten(LEIDEN())[0];
    expect(punt.verwerking).toBe("overgenomen");
    const uit = await post(LEIDEN(), { intent: "verwerking", puntId: String(punt.id), verwerking: "", toelichting: "" });
    expect(uit.status).toBe(302);
    expect(punten(LEIDEN())[0]).toMatchObject({ verwerking: null, toelichting: null });
  });

  it.each([
    ["een onbekende verwerking", { verwerking: "misschien" }, "verwerking", "Kies hoe het punt is verwerkt."],
    ["een te lange toelichting", { verwerking: "niet", toelichting: "z".repeat(2001) }, "toelichting", "De toelichting mag hoogstens 2000 tekens lang zijn."],
    ["een BSN in de toelichting", { verwerking: "niet", toelichting: "Zie 123 456 782." }, "toelichting", "BSN"],
  ])("weigert %s met een melding bij het veld", async (_naam, velden, veld, melding) => {
    const punt = punten(VOORSCHOTEN())[0];
    const voor = stand();
    const uit = await post(VOORSCHOTEN(), { intent: "verwerking", puntId: String(punt.id), toelichting: "", ...velden });
    expect(uit.status).toBe(400);
    expect(fouten(uit)[veld]).toContain(melding);
    expect(stand()).toEqual(voor);
  });
});

describe("acties koppelen aan een adviespunt", () => {
  it("koppelt meer acties uit de lijst in één keer, ook uit verschillende planjaren", async () => {
    const punt = punten(VOORSCHOTEN())[0];
    const a = actieVan(HM, 2026);
    const b = actieVan(HM, 2025);
    const uit = await post(VOORSCHOTEN(), { intent: "koppelen", puntId: String(punt.id), actieIds: [String(a.id), String(b.id)], code: "" });
    expect(uit.status).toBe(302);
    expect(koppelingen(punt.id)).toEqual([a.id, b.id].sort((x, y) => x - y));
    const [rij] = auditRijen("adviespunt.koppelen");
    expect(rij).toMatchObject({ entiteitId: String(punt.id), resultaat: "ok" });
    expect((rij.na as { acties: number[] }).acties.sort()).toEqual([a.id, b.id].sort());
  });

  it("koppelt op actiecode de actie uit het nieuwste plan", async () => {
    const punt = punten(VOORSCHOTEN())[0];
    const in2025 = actieVan(HM, 2025);
    const nieuwste = actieVan(HM, 2026, in2025.code);
    const uit = await post(VOORSCHOTEN(), { intent: "koppelen", puntId: String(punt.id), code: in2025.code.toLowerCase() });
    expect(nieuwste.id).not.toBe(in2025.id);
    expect(uit.status).toBe(302);
    expect(koppelingen(punt.id)).toEqual([nieuwste.id]);
  });

  it("weigert een actie van Zuid-Holland-Zuid en verandert niets", async () => {
    const punt = punten(VOORSCHOTEN())[0];
    const zhz = actieVan("zuid-holland-zuid", 2014);
    const eigen = actieVan(HM, 2026);
    const voor = stand();
    const auditVoor = aantalAudit();
    const uit = await post(VOORSCHOTEN(), { intent: "koppelen", puntId: String(punt.id), actieIds: [String(eigen.id), String(zhz.id)] });
    expect(uit.status).toBe(400);
    expect(fouten(uit).actieIds).toBe("Kies alleen acties van deze regio uit de lijst.");
    expect(stand()).toEqual(voor);
    expect(aantalAudit()).toBe(auditVoor);
  });

  it("weigert een onbekende code, een onzinnig id en een lege keuze met een melding bij het veld", async () => {
    const punt = punten(VOORSCHOTEN())[0];
    const voor = stand();
    const onbekend = await post(VOORSCHOTEN(), { intent: "koppelen", puntId: String(punt.id), code: "9.9-99" });
    expect(onbekend.status).toBe(400);
    expect(fouten(onbekend).code).toBe('Er is geen actie met code "9.9-99" in de plannen van deze regio.');
    const onzin = await post(VOORSCHOTEN(), { intent: "koppelen", puntId: String(punt.id), actieIds: "drie" });
    expect(onzin.status).toBe(400);
    expect(fouten(onzin).actieIds).toBe("Kies acties uit de lijst.");
    const leeg = await post(VOORSCHOTEN(), { intent: "koppelen", puntId: String(punt.id), code: "" });
    expect(leeg.status).toBe(400);
    expect(fouten(leeg).actieIds).toBe("Kies een of meer acties uit de lijst of vul een actiecode in.");
    expect(stand()).toEqual(voor);
  });

  it("meldt een actiecode die al gekoppeld is en dubbelt niets bij een lijstkeuze", async () => {
    const punt = punten(VOORSCHOTEN())[6];
    const [eerste] = koppelingen(punt.id);
    const code = db.select({ code: actie.code }).from(actie).where(eq(actie.id, eerste)).get()!.code;
    const opCode = await post(VOORSCHOTEN(), { intent: "koppelen", puntId: String(punt.id), code });
    expect(opCode.status).toBe(400);
    expect(fouten(opCode).code).toMatch(/is al aan dit punt gekoppeld/);
    const opnieuw = await post(VOORSCHOTEN(), { intent: "koppelen", puntId: String(punt.id), actieIds: String(eerste) });
    expect(opnieuw.status).toBe(302);
    expect(koppelingen(punt.id)).toHaveLength(2);
  });

  it("ontkoppelt een actie en weigert een actie die niet gekoppeld is", async () => {
    const punt = punten(VOORSCHOTEN())[6];
    const [eerste, tweede] = koppelingen(punt.id);
    const uit = await post(VOORSCHOTEN(), { intent: "ontkoppelen", puntId: String(punt.id), actieId: String(eerste) });
    expect(uit.status).toBe(302);
    expect(koppelingen(punt.id)).toEqual([tweede]);
    expect(auditRijen("adviespunt.ontkoppelen")[0].voor).toEqual({ actieId: eerste });
    const nogmaals = await post(VOORSCHOTEN(), { intent: "ontkoppelen", puntId: String(punt.id), actieId: String(eerste) });
    expect(nogmaals.status).toBe(400);
    expect(fouten(nogmaals).actieId).toBe("Deze actie is niet aan het punt gekoppeld.");
  });
});

describe("adviespunten toevoegen, wijzigen, verplaatsen en verwijderen", () => {
  it("voegt een punt achteraan toe", async () => {
    const voor = punten(LEIDEN());
    const uit = await post(LEIDEN(), { intent: "punt-toevoegen", tekst: "  Ervaringsdeskundigen betrekken.  " });
    expect(uit.status).toBe(302);
    const na = punten(LEIDEN());
    expect(na).toHaveLength(voor.length + 1);
    expect(na.at(-1)).toMatchObject({ tekst: "Ervaringsdeskundigen betrekken.", verwerking: null, volgorde: voor.at(-1)!.volgorde + 1 });
    expect(uit.location).toBe(`/r/${HM}/adviezen/${LEIDEN()}#punt-${na.at(-1)!.id}`);
    expect(auditRijen("adviespunt.toevoegen")).toHaveLength(1);
  });

  it("weigert een leeg of te lang punt", async () => {
    const voor = stand();
    const leeg = await post(LEIDEN(), { intent: "punt-toevoegen", tekst: " " });
    expect(leeg.status).toBe(400);
    expect(fouten(leeg).tekst).toBe("Vul de tekst van het adviespunt in.");
    const lang = await post(LEIDEN(), { intent: "punt-toevoegen", tekst: "x".repeat(1001) });
    expect(lang.status).toBe(400);
    expect(fouten(lang).tekst).toBe("Het adviespunt mag hoogstens 1000 tekens lang zijn.");
    expect(stand()).toEqual(voor);
  });

  it("wijzigt de tekst van een punt en bewaart de oude tekst in het auditlog", async () => {
    const punt = punten(LEIDEN())[1];
    const uit = await post(LEIDEN(), { intent: "punt-wijzigen", puntId: String(punt.id), tekst: "Zelforganisaties betrekken." });
    expect(uit.status).toBe(302);
    expect(punten(LEIDEN())[1].tekst).toBe("Zelforganisaties betrekken.");
    expect(auditRijen("adviespunt.wijzigen")[0]).toMatchObject({ voor: { tekst: punt.tekst }, na: { tekst: "Zelforganisaties betrekken." } });
  });

  it("verplaatst een punt omhoog en omlaag, en laat het bovenste punt staan bij omhoog", async () => {
    const [a, b, c] = punten(LEIDEN());
    expect((await post(LEIDEN(), { intent: "punt-verplaatsen", puntId: String(b.id), richting: "omhoog" })).status).toBe(302);
    expect(punten(LEIDEN()).map((p) => p.id).slice(0, 3)).toEqual([b.id, a.id, c.id]);
    expect((await post(LEIDEN(), { intent: "punt-verplaatsen", puntId: String(a.id), richting: "omlaag" })).status).toBe(302);
    expect(punten(LEIDEN()).map((p) => p.id).slice(0, 3)).toEqual([b.id, c.id, a.id]);
    const auditVoor = aantalAudit();
    expect((await post(LEIDEN(), { intent: "punt-verplaatsen", puntId: String(b.id), richting: "omhoog" })).status).toBe(302);
    expect(punten(LEIDEN())[0].id).toBe(b.id);
    expect(aantalAudit()).toBe(auditVoor);
    const onzin = await post(LEIDEN(), { intent: "punt-verplaatsen", puntId: String(b.id), richting: "opzij" });
    expect(onzin.status).toBe(400);
  });

  it("verwijdert een punt met zijn koppelingen en bewaart ze in het auditlog", async () => {
    const punt = punten(VOORSCHOTEN())[6];
    const gekoppeld = koppelingen(punt.id);
    expect(gekoppeld).toHaveLength(2);
    const uit = await post(VOORSCHOTEN(), { intent: "punt-verwijderen", puntId: String(punt.id) });
    expect(uit.status).toBe(302);
    expect(punten(VOORSCHOTEN())).toHaveLength(6);
    expect(koppelingen(punt.id)).toEqual([]);
    const voor = auditRijen("adviespunt.verwijderen")[0].voor as { tekst: string; acties: number[] };
    expect(voor.tekst).toBe(punt.tekst);
    expect(voor.acties.sort()).toEqual(gekoppeld);
  });

  it("weigert een onbekende handeling met 400", async () => {
    const voor = stand();
    const uit = await post(LEIDEN(), { intent: "alles-wissen" });
    expect(uit.status).toBe(400);
    expect(fouten(uit).form).toBe("Onbekende handeling; laad de pagina opnieuw.");
    expect(stand()).toEqual(voor);
  });
});

describe("rechten en scheiding tussen regio's", () => {
  it.each(["beleid@voorschoten.example", "procesregisseur@voorschoten.example", "partner@veiligthuis.example", "wethouder@leiden.example"])(
    "weigert elke wijziging door %s met 403",
    async (email) => {
      const punt = punten(VOORSCHOTEN())[0];
      const voor = stand();
      const verzoeken: Record<string, string>[] = [
        { intent: "verwerking", puntId: String(punt.id), verwerking: "overgenomen" },
        { intent: "koppelen", puntId: String(punt.id), actieIds: String(actieVan(HM, 2026).id) },
        { intent: "punt-toevoegen", tekst: "Nieuw punt" },
        { intent: "punt-verwijderen", puntId: String(punt.id) },
      ];
      for (const velden of verzoeken) {
        expect((await post(VOORSCHOTEN(), velden, email)).status).toBe(403);
      }
      expect(stand()).toEqual(voor);
    },
  );

  it("geeft 404 voor een advies van een andere regio, ook voor de coördinator daar, en verandert niets", async () => {
    const punt = punten(VOORSCHOTEN())[0];
    const voor = stand();
    const viaHaaglanden = await post(
      VOORSCHOTEN(),
      { intent: "verwerking", puntId: String(punt.id), verwerking: "overgenomen" },
      "coordinator@denhaag.example",
      "haaglanden",
    );
    expect(viaHaaglanden.status).toBe(404);
    const delftPunt = punten(DELFT())[0];
    const delftViaHm = await post(DELFT(), { intent: "verwerking", puntId: String(delftPunt.id), verwerking: "overgenomen" });
    expect(delftViaHm.status).toBe(404);
    expect(stand()).toEqual(voor);
  });

  it("geeft 404 voor een punt van een ander advies of een andere regio onder dit advies", async () => {
    const voor = stand();
    const vanLeiden = punten(LEIDEN())[0];
    const vanDelft = punten(DELFT())[0];
    for (const puntId of [vanLeiden.id, vanDelft.id]) {
      const verzoeken: Record<string, string>[] = [
        { intent: "verwerking", verwerking: "niet", toelichting: "Nee." },
        { intent: "punt-wijzigen", tekst: "Gekaapt" },
        { intent: "punt-verwijderen" },
        { intent: "punt-verplaatsen", richting: "omlaag" },
        { intent: "koppelen", actieIds: String(actieVan(HM, 2026).id) },
      ];
      for (const velden of verzoeken) {
        const uit = await post(VOORSCHOTEN(), { ...velden, puntId: String(puntId) });
        expect(uit.status).toBe(404);
      }
    }
    const onzin = await post(VOORSCHOTEN(), { intent: "punt-verwijderen", puntId: "een" });
    expect(onzin.status).toBe(404);
    expect(stand()).toEqual(voor);
  });

  it("laat de beheerder een punt van elke regio verwerken", async () => {
    const punt = punten(DELFT())[0];
    const uit = await post(DELFT(), { intent: "verwerking", puntId: String(punt.id), verwerking: "overgenomen" }, "beheerder@demo.example", "haaglanden");
    expect(uit.status).toBe(302);
    expect(punten(DELFT())[0].verwerking).toBe("overgenomen");
  });
});

describe("openAdviespunten", () => {
  it("geeft de open punten van de regio, oudste advies eerst en punten op volgorde", () => {
    const open = openAdviespunten(regioId(HM));
    expect(open.map((p) => p.adviesraad)).toEqual([
      "Adviesraad WMO Leiden",
      ...Array(4).fill("Adviesraad Sociaal Domein Voorschoten"),
    ]);
    expect(open[0]).toEqual({
      id: punten(LEIDEN())[1].id,
      tekst: punten(LEIDEN())[1].tekst,
      adviesId: LEIDEN(),
      adviesraad: "Adviesraad WMO Leiden",
      datum: "2013-06-20",
    });
    expect(open.every((p) => p.adviesId !== DELFT())).toBe(true);
  });

  it("filtert op de gemeente van het advies", () => {
    const voorschoten = openAdviespunten(regioId(HM), { gemeenteId: gemeenteId("Voorschoten") });
    expect(voorschoten).toHaveLength(4);
    expect(voorschoten.every((p) => p.adviesId === VOORSCHOTEN())).toBe(true);
    expect(openAdviespunten(regioId(HM), { gemeenteId: gemeenteId("Gouda") })).toEqual([]);
    // A gemeente of another regio finds nothing here.
    expect(openAdviespunten(regioId(HM), { gemeenteId: gemeenteId("Delft") })).toEqual([]);
  });

  it("laat een verwerkt punt weg en neemt een nieuw punt op", async () => {
    const eerste = punten(VOORSCHOTEN())[0];
    await post(VOORSCHOTEN(), { intent: "verwerking", puntId: String(eerste.id), verwerking: "overgenomen" });
    await post(VOORSCHOTEN(), { intent: "punt-toevoegen", tekst: "Een nieuw punt." });
    const open = openAdviespunten(regioId(HM), { gemeenteId: gemeenteId("Voorschoten") });
    expect(open.map((p) => p.id)).not.toContain(eerste.id);
    expect(open.at(-1)!.tekst).toBe("Een nieuw punt.");
    expect(open).toHaveLength(4);
  });

  it("geeft de open punten van Haaglanden alleen voor Haaglanden", () => {
    expect(openAdviespunten(regioId("haaglanden"))).toHaveLength(6);
    expect(openAdviespunten(regioId("zuid-holland-zuid"))).toEqual([]);
  });
});
