import { and, asc, eq, inArray } from "drizzle-orm";
import { expect, openDatabase, schema, test } from "./fixtures";

/**
 * Issue 7, "nothing rendered unescaped": text that forms accept as it is (a titel, a toelichting,
 * a reactie, a name) can hold HTML and script. Stored with such payloads, every page that shows it
 * must show it literally: the text is visible as typed, no script runs (no dialog, no global set),
 * and the HTML the server sends never contains the payload unescaped.
 *
 * The rows are made directly in the shared e2e database, in the vastgesteld plan of 2025 and with
 * names of this spec only, and removed afterwards, so other specs (and the year cycle that needs
 * the 2026 plan as a concept) never see them.
 */

const REGIO = "hollands-midden";
const COORDINATOR = "coordinator@leiden.example";

/** A payload per field, so a failure names the field; each one tries three ways to run script. */
function payload(veld: string): string {
  return `<script>window.__xss="${veld}";alert("${veld}")</script><img src=x onerror="window.__xss='${veld}';alert('${veld}')">{{7*7}} ${veld}`;
}

interface Gemaakt {
  actieId: number;
  overlegId: number;
  adviesId: number;
  gebruikerId: number;
  mijlpaalId: number;
  uitgangspuntId: number;
}

let gemaakt: Gemaakt;

test.beforeAll(async () => {
  const { db, writeTransaction } = await openDatabase();
  const s = schema;
  const regio = db.select({ id: s.regio.id }).from(s.regio).where(eq(s.regio.slug, REGIO)).get()!;
  const visie = db.select({ id: s.regiovisie.id }).from(s.regiovisie).where(eq(s.regiovisie.regioId, regio.id)).orderBy(asc(s.regiovisie.id)).get()!;
  const plan2025 = db
    .select({ id: s.uitvoeringsplan.id })
    .from(s.uitvoeringsplan)
    .where(and(eq(s.uitvoeringsplan.visieId, visie.id), eq(s.uitvoeringsplan.jaar, 2025)))
    .get()!;
  const doel = db
    .select({ id: s.doelstelling.id })
    .from(s.doelstelling)
    .innerJoin(s.actielijn, eq(s.actielijn.id, s.doelstelling.actielijnId))
    .where(eq(s.actielijn.visieId, visie.id))
    .orderBy(asc(s.actielijn.volgorde), asc(s.doelstelling.volgorde))
    .get()!;
  const persoon = (email: string) => db.select({ id: s.gebruiker.id }).from(s.gebruiker).where(eq(s.gebruiker.email, email)).get()!.id;
  const gemeente = (slug: string) => db.select({ id: s.gemeente.id }).from(s.gemeente).where(eq(s.gemeente.slug, slug)).get()!.id;
  const coordinator = persoon(COORDINATOR);
  const voorschoten = persoon("beleid@voorschoten.example");

  gemaakt = writeTransaction((tx) => {
    const { id: actieId } = tx
      .insert(s.actie)
      .values({
        planId: plan2025.id,
        code: "9.9-99",
        titel: payload("actie-titel"),
        omschrijving: payload("actie-omschrijving"),
        niveau: "regionaal",
        eigenaarId: coordinator,
        trekkerGemeenteId: gemeente("leiden"),
        deadline: "2025-12-31",
        status: "op_schema",
        beoogdResultaat: payload("actie-resultaat"),
      })
      .returning({ id: s.actie.id })
      .get();
    tx.insert(s.actieDoelstelling).values({ actieId, doelstellingId: doel.id }).run();
    tx.insert(s.voortgang)
      .values({
        actieId,
        auteurId: coordinator,
        datum: "2025-06-01",
        statusVan: "niet_gestart",
        statusNaar: "op_schema",
        toelichting: payload("voortgang-toelichting"),
        idempotencyKey: "e2e-escaping-voortgang",
      })
      .run();
    tx.insert(s.reactie)
      .values({
        planId: plan2025.id,
        actieId,
        gemeenteId: gemeente("voorschoten"),
        auteurId: voorschoten,
        tekst: payload("reactie-tekst"),
        afhandeling: "overgenomen",
        antwoord: payload("reactie-antwoord"),
        beantwoordDoorId: coordinator,
        beantwoordOp: "2025-03-01T10:00:00.000Z",
        idempotencyKey: "e2e-escaping-reactie",
      })
      .run();

    const { id: overlegId } = tx
      .insert(s.overleg)
      .values({ regioId: regio.id, datum: "2025-11-15", titel: payload("overleg-titel"), aangemaaktDoorId: coordinator })
      .returning({ id: s.overleg.id })
      .get();
    tx.insert(s.agendapunt).values({ overlegId, actieId, toegevoegdDoorId: coordinator }).run();
    tx.insert(s.besluit).values({ overlegId, actieId, tekst: payload("besluit-tekst"), auteurId: coordinator, idempotencyKey: "e2e-escaping-besluit" }).run();

    const { id: adviesId } = tx
      .insert(s.advies)
      .values({ regioId: regio.id, soort: "adviesraad", adviesraad: payload("adviesraad"), datum: "2025-10-01", onderwerp: payload("advies-onderwerp") })
      .returning({ id: s.advies.id })
      .get();
    tx.insert(s.adviespunt).values({ adviesId, tekst: payload("adviespunt-tekst"), volgorde: 1, verwerking: "deels", toelichting: payload("adviespunt-toelichting") }).run();

    const kamer = tx.select({ id: s.lokaleKamer.id }).from(s.lokaleKamer).where(eq(s.lokaleKamer.gemeenteId, gemeente("leiderdorp"))).get()!;
    const { id: mijlpaalId } = tx
      .insert(s.mijlpaal)
      .values({ lokaleKamerId: kamer.id, titel: payload("mijlpaal-titel"), volgorde: 99, status: "bezig", toelichting: payload("mijlpaal-toelichting") })
      .returning({ id: s.mijlpaal.id })
      .get();

    const { id: uitgangspuntId } = tx
      .insert(s.uitgangspunt)
      .values({ visieId: visie.id, tekst: payload("uitgangspunt"), volgorde: 99 })
      .returning({ id: s.uitgangspunt.id })
      .get();

    const { id: gebruikerId } = tx
      .insert(s.gebruiker)
      .values({ email: "e2e-escaping@voorbeeld.example", naam: payload("gebruiker-naam"), actief: true })
      .returning({ id: s.gebruiker.id })
      .get();
    tx.insert(s.lidmaatschap).values({ gebruikerId, regioId: regio.id, rol: "lezer", gemeenteId: gemeente("leiden") }).run();

    return { actieId, overlegId, adviesId, gebruikerId, mijlpaalId, uitgangspuntId };
  });
});

test.afterAll(async () => {
  if (!gemaakt) return;
  const { db, writeTransaction } = await openDatabase();
  const s = schema;
  writeTransaction((tx) => {
    tx.delete(s.besluit).where(eq(s.besluit.overlegId, gemaakt.overlegId)).run();
    tx.delete(s.overleg).where(eq(s.overleg.id, gemaakt.overlegId)).run();
    tx.delete(s.reactie).where(eq(s.reactie.actieId, gemaakt.actieId)).run();
    tx.delete(s.voortgang).where(eq(s.voortgang.actieId, gemaakt.actieId)).run();
    tx.delete(s.actieDoelstelling).where(eq(s.actieDoelstelling.actieId, gemaakt.actieId)).run();
    tx.delete(s.actie).where(eq(s.actie.id, gemaakt.actieId)).run();
    tx.delete(s.advies).where(eq(s.advies.id, gemaakt.adviesId)).run();
    tx.delete(s.mijlpaal).where(eq(s.mijlpaal.id, gemaakt.mijlpaalId)).run();
    tx.delete(s.uitgangspunt).where(eq(s.uitgangspunt.id, gemaakt.uitgangspuntId)).run();
    tx.delete(s.sessie).where(eq(s.sessie.gebruikerId, gemaakt.gebruikerId)).run();
    tx.delete(s.lidmaatschap).where(eq(s.lidmaatschap.gebruikerId, gemaakt.gebruikerId)).run();
    tx.delete(s.gebruiker).where(eq(s.gebruiker.id, gemaakt.gebruikerId)).run();
  });
  // Nothing of this spec may stay behind for the specs after it.
  const over = db.select({ id: s.actie.id }).from(s.actie).where(inArray(s.actie.id, [gemaakt.actieId])).all();
  expect(over).toEqual([]);
});

const PAGINAS: { naam: string; url: () => string; velden: string[] }[] = [
  {
    naam: "de actie",
    url: () => `/r/${REGIO}/acties/${gemaakt.actieId}`,
    velden: ["actie-titel", "actie-omschrijving", "actie-resultaat", "voortgang-toelichting"],
  },
  { naam: "het plan van 2025", url: () => `/r/${REGIO}/plannen/2025`, velden: ["actie-titel"] },
  { naam: "het overleg", url: () => `/r/${REGIO}/overleg/${gemaakt.overlegId}`, velden: ["overleg-titel", "actie-titel", "besluit-tekst"] },
  { naam: "de overleggen", url: () => `/r/${REGIO}/overleg`, velden: ["overleg-titel"] },
  { naam: "het advies", url: () => `/r/${REGIO}/adviezen/${gemaakt.adviesId}`, velden: ["advies-onderwerp", "adviesraad", "adviespunt-tekst", "adviespunt-toelichting"] },
  { naam: "het adviezenregister", url: () => `/r/${REGIO}/adviezen`, velden: ["advies-onderwerp"] },
  { naam: "de reacties op het plan", url: () => `/r/${REGIO}/actualisatie/2025/reacties`, velden: ["reactie-tekst", "reactie-antwoord"] },
  { naam: "de lokale kamer", url: () => `/r/${REGIO}/gemeenten/leiderdorp/lokale-kamer`, velden: ["mijlpaal-titel", "mijlpaal-toelichting"] },
  { naam: "de regiovisie", url: () => `/r/${REGIO}/visie`, velden: ["uitgangspunt"] },
  { naam: "het gebruikersbeheer", url: () => `/beheer/gebruikers?regio=`, velden: ["gebruiker-naam"] },
];

test.describe("opgeslagen HTML en script worden letterlijk getoond", () => {
  for (const pagina of PAGINAS) {
    test(`${pagina.naam} toont de tekst letterlijk en voert geen script uit`, async ({ page, loginAs }) => {
      const dialogen: string[] = [];
      page.on("dialog", async (dialog) => {
        dialogen.push(dialog.message());
        await dialog.dismiss();
      });
      await loginAs(COORDINATOR);

      // What the server sends: the payload only ever escaped, in the markup and in the hydration data.
      const antwoord = await page.request.get(pagina.url());
      expect(antwoord.status()).toBe(200);
      const html = await antwoord.text();
      // The payload is in the page (so the checks below are not about a login page), but escaped.
      expect(html).toContain("&lt;script&gt;window.__xss=");
      for (const veld of pagina.velden) expect(html, `onge-escapete ${veld} in de HTML`).not.toContain(payload(veld));
      expect(html).not.toContain('<script>window.__xss="');
      expect(html).not.toContain("<img src=x onerror");

      await page.goto(pagina.url());
      await page.waitForLoadState("networkidle");
      // A substring match: a titel may share its element with the actie's code.
      for (const veld of pagina.velden) {
        await expect(page.getByText(payload(veld)).first(), veld).toBeVisible();
      }
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(dialogen).toEqual([]);
    });
  }
});
