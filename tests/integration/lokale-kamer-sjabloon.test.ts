import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { audit, gemeente, lokaleKamer, mijlpaal, mijlpaalTemplate, regio } from "../../db/schema";
import { action as kamerAction, loader as kamerLoader } from "../../app/routes/regio/lokale-kamer";
import { action, loader } from "../../app/routes/regio/lokale-kamers-sjabloon";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";
const COORDINATOR = "coordinator@leiden.example";
const PAD = `/r/${HM}/lokale-kamers/sjabloon`;

async function post(email: string, velden: Record<string, string>, regioSlug = HM) {
  return run(() => action({ request: postRequest(`/r/${regioSlug}/lokale-kamers/sjabloon`, velden, cookieFor(email)), params: { regio: regioSlug }, context: testContext } as never));
}
function regioId(slug: string) {
  return db.select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
}
function sjabloon() {
  return db
    .select({ id: mijlpaalTemplate.id, titel: mijlpaalTemplate.titel, volgorde: mijlpaalTemplate.volgorde, actief: mijlpaalTemplate.actief })
    .from(mijlpaalTemplate)
    .where(and(eq(mijlpaalTemplate.regioId, regioId(HM)), eq(mijlpaalTemplate.actief, true)))
    .orderBy(asc(mijlpaalTemplate.volgorde))
    .all();
}
/** Per gemeente (slug) the mijlpalen of this template item. */
function mijlpalenVanSjabloon(templateId: number) {
  const rijen = db
    .select({ slug: gemeente.slug, id: mijlpaal.id, titel: mijlpaal.titel, status: mijlpaal.status, volgorde: mijlpaal.volgorde, version: mijlpaal.version })
    .from(mijlpaal)
    .innerJoin(lokaleKamer, eq(lokaleKamer.id, mijlpaal.lokaleKamerId))
    .innerJoin(gemeente, eq(gemeente.id, lokaleKamer.gemeenteId))
    .where(eq(mijlpaal.templateId, templateId))
    .all();
  return Object.fromEntries(rijen.map((r) => [r.slug, r]));
}
function aantalKamers() {
  return db.select({ n: sql<number>`count(*)` }).from(lokaleKamer).get()!.n;
}

describe("het sjabloon met mijlpalen van een regio", () => {
  it("toont iedereen van de regio het sjabloon, maar alleen coördinatoren mogen bewerken", async () => {
    const lezer = await run(() => loader({ request: getRequest(PAD, cookieFor("wethouder@leiden.example")), params: { regio: HM }, context: testContext } as never));
    expect(lezer.status).toBe(200);
    expect(lezer.data).toMatchObject({ magBewerken: false, aantalKamers: 7 });
    const regels = (lezer.data as { regels: { titel: string; gestart: number }[] }).regels;
    expect(regels.map((r) => r.titel)[5]).toBe("Eerste lokale kamer gehouden");
    // Voorzitter / procesregisseur aangewezen: started in every seeded gemeente except Leiderdorp.
    expect(regels[2]!.gestart).toBe(6);
    const coordinator = await run(() => loader({ request: getRequest(PAD, cookieFor(COORDINATOR)), params: { regio: HM }, context: testContext } as never));
    expect(coordinator.data).toMatchObject({ magBewerken: true });
  });

  it("past een nieuwe titel alleen toe bij gemeenten die de mijlpaal nog niet begonnen zijn", async () => {
    const vergader = sjabloon()[4]!; // Vergaderfrequentie: gereed in Leiden, nvt in Waddinxveen, open in Voorschoten
    const voor = mijlpalenVanSjabloon(vergader.id);
    const r = await post(COORDINATOR, { intent: "wijzigen", templateId: String(vergader.id), sjabloonTitel: "Vergaderritme vastgesteld", sjabloonOmschrijving: "" });
    expect(r.status).toBe(302);
    const na = mijlpalenVanSjabloon(vergader.id);
    expect(na.voorschoten).toMatchObject({ titel: "Vergaderritme vastgesteld", version: voor.voorschoten!.version + 1 });
    expect(na.leiderdorp!.titel).toBe("Vergaderritme vastgesteld");
    expect(na.leiden!.titel).toBe(vergader.titel);
    expect(na.waddinxveen!.titel).toBe(vergader.titel);
    expect(na.katwijk).toEqual(voor.katwijk);
    expect(sjabloon()[4]!.titel).toBe("Vergaderritme vastgesteld");

    // The gemeente sees it in its history.
    const pagina = await run(() => kamerLoader({ request: getRequest(`/r/${HM}/gemeenten/voorschoten/lokale-kamer`, cookieFor(COORDINATOR)), params: { regio: HM, gemeente: "voorschoten" }, context: testContext } as never));
    const geschiedenis = (pagina.data as { geschiedenis: { omschrijving: string; wijzigingen: { van: string; naar: string }[] }[] }).geschiedenis;
    expect(geschiedenis[0]).toMatchObject({ omschrijving: "Mijlpaal bijgewerkt via het regionale sjabloon", wijzigingen: [{ van: vergader.titel, naar: "Vergaderritme vastgesteld" }] });
  });

  it("telt een open mijlpaal met een toelichting als begonnen", async () => {
    const werkwijze = sjabloon()[3]!;
    const voorschoten = mijlpalenVanSjabloon(werkwijze.id).voorschoten!;
    await run(() =>
      kamerAction({
        request: postRequest(`/r/${HM}/gemeenten/voorschoten/lokale-kamer`, { intent: "bijwerken", sleutel: `m:${voorschoten.id}`, version: String(voorschoten.version), status: "open", toelichting: "Eerste opzet ligt bij de jurist." }, cookieFor("procesregisseur@voorschoten.example")),
        params: { regio: HM, gemeente: "voorschoten" },
        context: testContext,
      } as never),
    );
    await post(COORDINATOR, { intent: "wijzigen", templateId: String(werkwijze.id), sjabloonTitel: "Werkwijze vastgelegd", sjabloonOmschrijving: "" });
    const na = mijlpalenVanSjabloon(werkwijze.id);
    expect(na.voorschoten!.titel).toBe(werkwijze.titel);
    expect(na.leiderdorp!.titel).toBe("Werkwijze vastgelegd");
  });

  it("voegt een nieuwe mijlpaal toe aan elke bestaande lokale kamer, en later ook aan een nieuwe", async () => {
    const kamers = aantalKamers();
    const r = await post(COORDINATOR, { intent: "toevoegen", sjabloonTitel: "Lokale kamer opgenomen in het jaarverslag", sjabloonOmschrijving: "Zodat de raad ervan weet." });
    expect(r.status).toBe(302);
    const nieuw = sjabloon().at(-1)!;
    expect(nieuw).toMatchObject({ titel: "Lokale kamer opgenomen in het jaarverslag", volgorde: 9 });
    const bij = mijlpalenVanSjabloon(nieuw.id);
    expect(Object.keys(bij)).toHaveLength(kamers);
    expect(Object.values(bij).every((m) => m.status === "open" && m.volgorde === 9)).toBe(true);

    await run(() =>
      kamerAction({
        request: postRequest(`/r/${HM}/gemeenten/lisse/lokale-kamer`, { intent: "toevoegen", nieuweTitel: "Eigen stap", nieuweStreefdatum: "" }, cookieFor(COORDINATOR)),
        params: { regio: HM, gemeente: "lisse" },
        context: testContext,
      } as never),
    );
    expect(mijlpalenVanSjabloon(nieuw.id).lisse).toBeDefined();
  });

  it("verwijdert een mijlpaal alleen waar hij niet begonnen is; begonnen gemeenten houden hem als geschiedenis", async () => {
    const evaluatie = sjabloon()[7]!; // Werkwijze geëvalueerd: gereed in Katwijk, bezig in Gouda, open elders
    const voor = mijlpalenVanSjabloon(evaluatie.id);
    const r = await post(COORDINATOR, { intent: "verwijderen", templateId: String(evaluatie.id) });
    expect(r.status).toBe(302);
    const na = mijlpalenVanSjabloon(evaluatie.id);
    expect(Object.keys(na).sort()).toEqual(["gouda", "katwijk"]);
    expect(na.katwijk).toEqual(voor.katwijk);
    const template = db.select({ actief: mijlpaalTemplate.actief }).from(mijlpaalTemplate).where(eq(mijlpaalTemplate.id, evaluatie.id)).get();
    expect(template!.actief).toBe(false);
    expect(sjabloon()).toHaveLength(7);

    const verwijderd = db.select({ n: sql<number>`count(*)` }).from(audit).where(eq(audit.actie, "verwijderd_via_sjabloon")).get()!.n;
    expect(verwijderd).toBe(Object.keys(voor).length - 2);
    // A lokale kamer created afterwards does not get it.
    await run(() =>
      kamerAction({
        request: postRequest(`/r/${HM}/gemeenten/lisse/lokale-kamer`, { intent: "toevoegen", nieuweTitel: "Eigen stap", nieuweStreefdatum: "" }, cookieFor(COORDINATOR)),
        params: { regio: HM, gemeente: "lisse" },
        context: testContext,
      } as never),
    );
    expect(mijlpalenVanSjabloon(evaluatie.id).lisse).toBeUndefined();
  });

  it("verplaatst een mijlpaal en past de volgorde toe waar hij nog niet begonnen is", async () => {
    const [eerste, tweede] = sjabloon();
    const r = await post(COORDINATOR, { intent: "verplaatsen", templateId: String(tweede!.id), richting: "omhoog" });
    expect(r.status).toBe(302);
    expect(sjabloon().slice(0, 2).map((t) => t.id)).toEqual([tweede!.id, eerste!.id]);
    const na = mijlpalenVanSjabloon(tweede!.id);
    expect(na.voorschoten!.volgorde).toBe(2); // bezig: started, keeps its place
    expect(na.leiderdorp!.volgorde).toBe(1); // open and empty: follows the template
    expect(mijlpalenVanSjabloon(eerste!.id).leiderdorp!.volgorde).toBe(1); // bezig in Leiderdorp
    // The first cannot go further up: nothing changes.
    expect((await post(COORDINATOR, { intent: "verplaatsen", templateId: String(tweede!.id), richting: "omhoog" })).status).toBe(302);
    expect(sjabloon()[0]!.id).toBe(tweede!.id);
  });

  describe("rechten, foute invoer en scheiding tussen regio's", () => {
    it("weigert gemeente-gebruikers, procesregisseurs en lezers (403) zonder iets te wijzigen", async () => {
      const voor = sjabloon();
      for (const email of ["procesregisseur@voorschoten.example", "beleid@voorschoten.example", "wethouder@leiden.example"]) {
        const r = await post(email, { intent: "toevoegen", sjabloonTitel: "Nieuwe stap", sjabloonOmschrijving: "" });
        expect(r.status, email).toBe(403);
      }
      expect(sjabloon()).toEqual(voor);
    });

    it("weigert een lege, te lange, dubbele of BSN-bevattende titel met 400", async () => {
      const voor = sjabloon();
      const gevallen: [string, RegExp][] = [
        ["", /Vul de titel/],
        ["x".repeat(201), /hoogstens 200/],
        ["Eerste lokale kamer gehouden", /al een mijlpaal met deze titel/],
        ["Stap voor 111222333", /BSN/],
      ];
      for (const [titel, melding] of gevallen) {
        const r = await post(COORDINATOR, { intent: "toevoegen", sjabloonTitel: titel, sjabloonOmschrijving: "" });
        expect(r.status, titel).toBe(400);
        expect((r.data as { errors: Record<string, string> }).errors.sjabloonTitel).toMatch(melding);
      }
      expect(sjabloon()).toEqual(voor);
    });

    it("weigert een onbekend of ongeldig id, een onbekende richting en een onbekende handeling met 400", async () => {
      const voor = sjabloon();
      expect((await post(COORDINATOR, { intent: "verwijderen", templateId: "999999" })).status).toBe(400);
      expect((await post(COORDINATOR, { intent: "verwijderen", templateId: "abc" })).status).toBe(400);
      expect((await post(COORDINATOR, { intent: "verplaatsen", templateId: String(voor[0]!.id), richting: "zijwaarts" })).status).toBe(400);
      expect((await post(COORDINATOR, { intent: "opruimen" })).status).toBe(400);
      expect(sjabloon()).toEqual(voor);
    });

    it("laat een coördinator van een andere regio het sjabloon van Hollands Midden niet wijzigen", async () => {
      const voor = sjabloon();
      const hm = voor[0]!;
      expect((await post("coordinator@denhaag.example", { intent: "verwijderen", templateId: String(hm.id) })).status).toBe(403);
      // Through the own regio, an id of Hollands Midden is not one of its own.
      const eigen = await post("coordinator@denhaag.example", { intent: "wijzigen", templateId: String(hm.id), sjabloonTitel: "Overgenomen", sjabloonOmschrijving: "" }, "haaglanden");
      expect(eigen.status).toBe(400);
      expect((await post("coordinator@denhaag.example", { intent: "verwijderen", templateId: String(hm.id) }, "haaglanden")).status).toBe(400);
      expect(sjabloon()).toEqual(voor);
    });
  });
});
