import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { audit, gemeente, lokaleKamer, mijlpaal, mijlpaalTemplate, regio } from "../../db/schema";
import { vandaag } from "../../app/domain/format";
import { BSN_MELDING } from "../../app/domain/privacy";
import { action, loader } from "../../app/routes/regio/lokale-kamer";
import { loader as overzichtLoader } from "../../app/routes/regio/lokale-kamers";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";
const PROCESREGISSEUR = "procesregisseur@voorschoten.example";

function pad(gemeente: string) {
  return `/r/${HM}/gemeenten/${gemeente}/lokale-kamer`;
}
async function laad(gemeente: string, email: string, zoek = "", regioSlug = HM) {
  return run(() => loader({ request: getRequest(`${pad(gemeente)}${zoek}`, cookieFor(email)), params: { regio: regioSlug, gemeente }, context: testContext } as never));
}
async function post(gemeente: string, email: string, velden: Record<string, string>, regioSlug = HM) {
  return run(() => action({ request: postRequest(pad(gemeente), velden, cookieFor(email)), params: { regio: regioSlug, gemeente }, context: testContext } as never));
}

function gemeenteId(slug: string) {
  return db.select({ id: gemeente.id }).from(gemeente).innerJoin(regio, eq(regio.id, gemeente.regioId)).where(and(eq(regio.slug, HM), eq(gemeente.slug, slug))).get()!.id;
}
function mijlpalenVan(slug: string) {
  return db
    .select({ id: mijlpaal.id, titel: mijlpaal.titel, status: mijlpaal.status, gereedOp: mijlpaal.gereedOp, toelichting: mijlpaal.toelichting, version: mijlpaal.version, templateId: mijlpaal.templateId })
    .from(mijlpaal)
    .innerJoin(lokaleKamer, eq(lokaleKamer.id, mijlpaal.lokaleKamerId))
    .where(eq(lokaleKamer.gemeenteId, gemeenteId(slug)))
    .orderBy(asc(mijlpaal.volgorde), asc(mijlpaal.id))
    .all();
}
function tel(tabel: typeof mijlpaal | typeof lokaleKamer | typeof audit) {
  return db.select({ n: sql<number>`count(*)` }).from(tabel).get()!.n;
}
function mijlpaalAudits() {
  return db.select({ n: sql<number>`count(*)` }).from(audit).where(eq(audit.entiteit, "mijlpaal")).get()!.n;
}
/** The first open mijlpaal of a seeded gemeente, as the form would send it. */
function formulier(slug: string, index: number, velden: Record<string, string>) {
  const m = mijlpalenVan(slug)[index]!;
  return { intent: "bijwerken", sleutel: `m:${m.id}`, version: String(m.version), status: m.status, streefdatum: "", gereedOp: "", toelichting: "", documentUrl: "", ...velden };
}
const gisteren = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

interface Pagina {
  fase: string;
  gereed: number;
  totaal: number;
  bestaat: boolean;
  magBewerken: boolean;
  procesregisseur: string | null;
  mijlpalen: { sleutel: string; titel: string; status: string; teLaat: boolean }[];
  geschiedenis: { omschrijving: string; mijlpaal: string | null; door: string | null; wijzigingen: { label: string; van: string; naar: string }[] }[];
}

describe("de lokale kamer van een gemeente", () => {
  it("toont Voorschoten in opbouw, met de procesregisseur en de geschiedenis", async () => {
    const r = await laad("voorschoten", "wethouder@leiden.example");
    expect(r.status).toBe(200);
    const p = r.data as Pagina;
    expect(p.fase).toBe("in_opbouw");
    expect(p.procesregisseur).not.toBeNull();
    expect(p.mijlpalen).toHaveLength(8);
    expect(p.mijlpalen[2]).toMatchObject({ titel: "Voorzitter / procesregisseur aangewezen", status: "gereed" });
    expect(p.magBewerken).toBe(false);
    expect(p.geschiedenis.length).toBeGreaterThan(0);
  });

  it("laat een gemeente zonder lokale kamer het sjabloon zien en schrijft niets bij een GET", async () => {
    const voor = { kamers: tel(lokaleKamer), mijlpalen: tel(mijlpaal), audit: tel(audit) };
    const r = await laad("hillegom", "coordinator@leiden.example");
    expect(r.status).toBe(200);
    const p = r.data as Pagina;
    expect(p.bestaat).toBe(false);
    expect(p.fase).toBe("verkenning");
    expect(p.mijlpalen.map((m) => m.sleutel.slice(0, 2))).toEqual(Array(8).fill("t:"));
    expect({ kamers: tel(lokaleKamer), mijlpalen: tel(mijlpaal), audit: tel(audit) }).toEqual(voor);
  });

  it("maakt de lokale kamer aan bij de eerste wijziging, met de mijlpalen van het sjabloon", async () => {
    const sjabloon = db.select({ id: mijlpaalTemplate.id }).from(mijlpaalTemplate).orderBy(asc(mijlpaalTemplate.volgorde)).all();
    const r = await post("hillegom", "coordinator@leiden.example", {
      intent: "bijwerken", sleutel: `t:${sjabloon[0]!.id}`, version: "1", status: "bezig", streefdatum: "2027-03-31", gereedOp: "", toelichting: "Eerste overleg met het lokale team gepland.", documentUrl: "",
    });
    expect(r.status).toBe(302);
    expect(r.location).toBe(`${pad("hillegom")}?opgeslagen=mijlpaal#mijlpalen`);
    const rijen = mijlpalenVan("hillegom");
    expect(rijen).toHaveLength(8);
    expect(rijen[0]).toMatchObject({ status: "bezig", toelichting: "Eerste overleg met het lokale team gepland.", version: 2 });
    const p = (await laad("hillegom", "coordinator@leiden.example")).data as Pagina;
    expect(p.bestaat).toBe(true);
    expect(p.geschiedenis.map((g) => g.omschrijving)).toEqual(["Mijlpaal bijgewerkt", "Lokale kamer aangemaakt met de mijlpalen van het sjabloon"]);
  });

  it("laat de procesregisseur van Voorschoten twee mijlpalen gereed melden, en de fase en het overzicht volgen", async () => {
    const datum = vandaag();
    for (const index of [0, 1]) {
      const r = await post("voorschoten", PROCESREGISSEUR, formulier("voorschoten", index, { status: "gereed", gereedOp: datum, documentUrl: "https://www.example.org/voorschoten/afspraken.pdf" }));
      expect(r.status).toBe(302);
    }
    expect(mijlpalenVan("voorschoten").slice(0, 3).map((m) => m.status)).toEqual(["gereed", "gereed", "gereed"]);
    const p = (await laad("voorschoten", PROCESREGISSEUR)).data as Pagina;
    expect(p.gereed).toBe(3);
    expect(p.geschiedenis[0]).toMatchObject({ omschrijving: "Mijlpaal bijgewerkt", mijlpaal: expect.stringContaining("Deelnemers") });
    expect(p.geschiedenis[0]!.wijzigingen).toContainEqual({ veld: "status", label: "Status", van: "Bezig", naar: "Gereed" });

    const overzicht = await run(() => overzichtLoader({ request: getRequest(`/r/${HM}/lokale-kamers`, cookieFor("wethouder@leiden.example")), params: { regio: HM }, context: testContext } as never));
    const rij = (overzicht.data as { rijen: { gemeente: string; gereed: number; totaal: number }[] }).rijen.find((x) => x.gemeente === "Voorschoten");
    expect(rij).toMatchObject({ gereed: 3, totaal: 8 });
  });

  it("voegt een eigen mijlpaal toe en weigert dezelfde titel een tweede keer (dubbel verzenden)", async () => {
    const velden = { intent: "toevoegen", nieuweTitel: "Aansluiting bij het Zorg- en Veiligheidshuis besproken", nieuweStreefdatum: "2027-01-31" };
    expect((await post("voorschoten", PROCESREGISSEUR, velden)).status).toBe(302);
    const na = mijlpalenVan("voorschoten");
    expect(na.at(-1)).toMatchObject({ titel: velden.nieuweTitel, templateId: null, status: "open" });
    const tweede = await post("voorschoten", PROCESREGISSEUR, velden);
    expect(tweede.status).toBe(400);
    expect((tweede.data as { errors: Record<string, string> }).errors.nieuweTitel).toMatch(/al een mijlpaal met deze titel/);
    expect(mijlpalenVan("voorschoten")).toHaveLength(na.length);
  });

  it("laat de titel van een eigen mijlpaal wijzigen, maar niet die van een sjabloonmijlpaal", async () => {
    await post("voorschoten", PROCESREGISSEUR, { intent: "toevoegen", nieuweTitel: "Eigen stap", nieuweStreefdatum: "" });
    const eigen = mijlpalenVan("voorschoten").at(-1)!;
    await post("voorschoten", PROCESREGISSEUR, { intent: "bijwerken", sleutel: `m:${eigen.id}`, version: String(eigen.version), titel: "Eigen stap, hernoemd", status: "bezig" });
    expect(mijlpalenVan("voorschoten").at(-1)!.titel).toBe("Eigen stap, hernoemd");

    const sjabloonTitel = mijlpalenVan("voorschoten")[3]!.titel;
    await post("voorschoten", PROCESREGISSEUR, formulier("voorschoten", 3, { titel: "Andere titel", status: "bezig" }));
    expect(mijlpalenVan("voorschoten")[3]).toMatchObject({ titel: sjabloonTitel, status: "bezig" });
  });

  it("weigert een verouderde versie met 409 en overschrijft niets", async () => {
    const oud = formulier("voorschoten", 3, { status: "bezig", toelichting: "Concept werkwijze besproken." });
    expect((await post("voorschoten", PROCESREGISSEUR, oud)).status).toBe(302);
    const r = await post("voorschoten", "beleid@voorschoten.example", { ...oud, toelichting: "Andere tekst" });
    expect(r.status).toBe(409);
    const d = r.data as { errors: Record<string, string>; conflict: { door: string; huidig: { toelichting: string } }; version: number };
    expect(d.errors.form).toMatch(/intussen door iemand anders gewijzigd/);
    expect(d.conflict.huidig.toelichting).toBe("Concept werkwijze besproken.");
    expect(d.conflict.door).not.toBeNull();
    expect(d.version).toBe(Number(oud.version) + 1);
    expect(mijlpalenVan("voorschoten")[3]!.toelichting).toBe("Concept werkwijze besproken.");
    // With the version from the conflict message the second user can save deliberately.
    expect((await post("voorschoten", "beleid@voorschoten.example", { ...oud, version: String(d.version), toelichting: "Andere tekst" })).status).toBe(302);
  });

  describe("foute invoer", () => {
    const gevallen: [string, Record<string, string>, string, RegExp][] = [
      ["gereed zonder datum", { status: "gereed" }, "gereedOp", /op welke datum/],
      ["gereed in de toekomst", { status: "gereed", gereedOp: "2999-01-01" }, "gereedOp", /geldige datum|toekomst/],
      ["onbekende status", { status: "half" }, "status", /Kies een status/],
      ["ongeldige streefdatum", { streefdatum: "morgen" }, "streefdatum", /geldige datum/],
      ["javascript-link", { documentUrl: "javascript:alert(1)" }, "documentUrl", /https:\/\//],
      ["te lange toelichting", { toelichting: "x".repeat(2001) }, "toelichting", /hoogstens 2000/],
      ["een BSN in de toelichting", { toelichting: "Casus van 111222333 besproken" }, "toelichting", /BSN/],
    ];
    it.each(gevallen)("weigert %s met 400 en een melding bij het veld, zonder iets te wijzigen", async (_naam, velden, veld, melding) => {
      const voor = { rijen: mijlpalenVan("voorschoten"), audit: mijlpaalAudits() };
      const r = await post("voorschoten", PROCESREGISSEUR, formulier("voorschoten", 3, velden));
      expect(r.status).toBe(400);
      const d = r.data as { errors: Record<string, string>; values: Record<string, string> };
      expect(d.errors[veld]).toMatch(melding);
      expect(d.values.status).toBe(velden.status ?? "open");
      expect({ rijen: mijlpalenVan("voorschoten"), audit: mijlpaalAudits() }).toEqual(voor);
    });

    it("accepteert gewone nummers in de toelichting", async () => {
      const r = await post("voorschoten", PROCESREGISSEUR, formulier("voorschoten", 3, { toelichting: "Overleg 12 keer per jaar; kenmerk 123456789." }));
      expect(r.status).toBe(302);
      expect(mijlpalenVan("voorschoten")[3]!.toelichting).toBe("Overleg 12 keer per jaar; kenmerk 123456789.");
    });

    it("weigert een BSN in de titel van een nieuwe mijlpaal", async () => {
      const voor = tel(mijlpaal);
      const r = await post("voorschoten", PROCESREGISSEUR, { intent: "toevoegen", nieuweTitel: "Casus 1234.56.782", nieuweStreefdatum: "" });
      expect(r.status).toBe(400);
      expect((r.data as { errors: Record<string, string> }).errors.nieuweTitel).toBe(BSN_MELDING);
      expect(tel(mijlpaal)).toBe(voor);
    });

    it("weigert een onbekende mijlpaal of een mijlpaal van een andere gemeente, en maakt dan ook geen lokale kamer aan", async () => {
      const leiden = mijlpalenVan("leiden")[0]!;
      const voor = { kamers: tel(lokaleKamer), rijen: mijlpalenVan("leiden") };
      for (const sleutel of [`m:${leiden.id}`, "m:999999", "t:999999"]) {
        const r = await post("hillegom", "coordinator@leiden.example", { intent: "bijwerken", sleutel, version: "1", status: "gereed", gereedOp: gisteren() });
        expect(r.status, sleutel).toBe(400);
        expect((r.data as { errors: Record<string, string> }).errors.form).toMatch(/bestaat niet/);
      }
      expect({ kamers: tel(lokaleKamer), rijen: mijlpalenVan("leiden") }).toEqual(voor);
    });

    it("weigert een onbekende handeling", async () => {
      expect((await post("voorschoten", PROCESREGISSEUR, { intent: "wissen" })).status).toBe(400);
    });
  });

  describe("rechten en scheiding tussen regio's", () => {
    it("laat een Voorschotense gebruiker de lokale kamer van Leiden lezen maar niet bewerken (403)", async () => {
      const p = (await laad("leiden", "beleid@voorschoten.example")).data as Pagina;
      expect(p.magBewerken).toBe(false);
      for (const email of ["beleid@voorschoten.example", PROCESREGISSEUR]) {
        const voor = { rijen: mijlpalenVan("leiden"), audits: mijlpaalAudits() };
        const r = await post("leiden", email, formulier("leiden", 6, { status: "gereed", gereedOp: gisteren() }));
        expect(r.status).toBe(403);
        expect({ rijen: mijlpalenVan("leiden"), audits: mijlpaalAudits() }).toEqual(voor);
      }
      const geweigerd = db.select({ n: sql<number>`count(*)` }).from(audit).where(and(eq(audit.actie, "lokaleKamer.bewerken"), eq(audit.resultaat, "geweigerd"))).get()!.n;
      expect(geweigerd).toBe(2);
    });

    it("laat de wethouder en de ketenpartner niet bewerken, de coördinator wel", async () => {
      for (const email of ["wethouder@leiden.example", "partner@veiligthuis.example"]) {
        expect((await post("voorschoten", email, formulier("voorschoten", 3, { status: "bezig" }))).status, email).toBe(403);
      }
      expect((await post("voorschoten", "coordinator@gouda.example", formulier("voorschoten", 3, { status: "bezig" }))).status).toBe(302);
      expect((await laad("voorschoten", "coordinator@gouda.example")).data).toMatchObject({ magBewerken: true });
      expect((await laad("voorschoten", "beleid@voorschoten.example")).data).toMatchObject({ magBewerken: true });
    });

    it("geeft een gebruiker van een andere regio geen toegang (403) en wijzigt niets", async () => {
      expect((await laad("voorschoten", "coordinator@denhaag.example")).status).toBe(403);
      const voor = mijlpalenVan("voorschoten");
      expect((await post("voorschoten", "coordinator@denhaag.example", formulier("voorschoten", 3, { status: "bezig" }))).status).toBe(403);
      expect(mijlpalenVan("voorschoten")).toEqual(voor);
    });

    it("kent een gemeente van een andere regio niet (404), ook niet via de eigen regio", async () => {
      expect((await laad("den-haag", "coordinator@leiden.example")).status).toBe(404);
      const voor = tel(lokaleKamer);
      const r = await post("den-haag", "coordinator@leiden.example", { intent: "toevoegen", nieuweTitel: "Stap", nieuweStreefdatum: "" });
      expect(r.status).toBe(404);
      expect(tel(lokaleKamer)).toBe(voor);
    });

    it("weigert een mijlpaal van een gemeente in een andere regio via de eigen pagina", async () => {
      // Den Haag's coordinator edits Den Haag, but sends a Leiden mijlpaal id.
      const leiden = mijlpalenVan("leiden")[6]!;
      const r = await post("den-haag", "coordinator@denhaag.example", { intent: "bijwerken", sleutel: `m:${leiden.id}`, version: String(leiden.version), status: "gereed", gereedOp: gisteren() }, "haaglanden");
      expect(r.status).toBe(400);
      expect(mijlpalenVan("leiden")[6]).toEqual(leiden);
    });
  });
});
