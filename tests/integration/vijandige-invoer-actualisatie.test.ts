import { and, asc, eq, notInArray } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { actie, actualisatieBesluit, advies, adviespunt, adviespuntActie, importSessie, reactie, uitvoeringsplan } from "../../db/schema";
import { vandaag } from "../../app/domain/format";
import { action as actualisatie } from "../../app/routes/regio/actualisatie";
import { action as actualisatieBesluiten } from "../../app/routes/regio/actualisatie-besluiten";
import { action as actualisatieReacties } from "../../app/routes/regio/actualisatie-reacties";
import { action as adviezen } from "../../app/routes/regio/adviezen";
import { action as adviesPagina } from "../../app/routes/regio/advies";
import { action as planImport } from "../../app/routes/regio/plan-import";
import { upload, sessieUit } from "../fixtures/spreadsheets/import-stappen";
import { rommeligXlsx } from "../fixtures/spreadsheets/rommelige-bladen";
import { snapshot } from "../helpers/db-snapshot";
import { cookieFor, postRequest, run, testContext } from "../helpers/http";
import { HM, actieId, gebruikerId, gemeenteId, planId, regioId } from "../helpers/opzoeken";
import {
  meldingenIn,
  testFormulieren,
  verseDatabase,
  verwachtElkeIntentGetest,
  verwachtNederlandseMeldingen,
  type Formulier,
  type Velden,
  type Verzoek,
} from "../helpers/vijandige-invoer";
import { verstuurAls } from "../helpers/weigering";

/** Hostile input for the yearly actualisatie, its afstemming, the adviezen register and the spreadsheet import (issue 7). */

const COORDINATOR = "coordinator@leiden.example";
const VOORSCHOTEN = "beleid@voorschoten.example";

const CSV =
  "Actie;Doelstelling;Trekker;Deadline;Status\r\n" +
  "Training signaleren voor huisartsen;2.3;Leiden;31-10-2026;groen\r\n" +
  "Voorlichting op scholen;1.1;Gouda;Q4 2026;\r\n";

function zetPlan2026(status: "ter_afstemming" | "vastgesteld") {
  db.update(uitvoeringsplan).set({ status }).where(eq(uitvoeringsplan.id, planId(HM, 2026))).run();
}

function actualisatiePagina(jaar: number, velden: Velden, deel = ""): Verzoek {
  return { pad: `/r/${HM}/actualisatie/${jaar}${deel}`, params: { regio: HM, jaar: String(jaar) }, velden };
}

/** An open actie of 2025 without a decision for 2026 (in the demo data it was carried over before decisions were recorded). */
function onbeslisteActie2025(): number {
  const metBesluit = db.select({ id: actualisatieBesluit.actieId }).from(actualisatieBesluit).where(eq(actualisatieBesluit.planId, planId(HM, 2026)));
  return db
    .select({ id: actie.id })
    .from(actie)
    .where(and(eq(actie.planId, planId(HM, 2025)), notInArray(actie.status, ["afgerond", "vervallen"]), notInArray(actie.id, metBesluit)))
    .orderBy(asc(actie.id))
    .get()!.id;
}

function plaatsReactie(): number {
  return db
    .insert(reactie)
    .values({
      planId: planId(HM, 2026),
      actieId: actieId("1.1-02"),
      gemeenteId: gemeenteId("Voorschoten"),
      auteurId: gebruikerId(VOORSCHOTEN),
      tekst: "Kan de training ook in de avond?",
      idempotencyKey: "vijandig-reactie-bestaand",
    })
    .returning({ id: reactie.id })
    .get().id;
}

function eersteAdvies(): number {
  return db.select({ id: advies.id }).from(advies).where(eq(advies.regioId, regioId(HM))).orderBy(asc(advies.id)).get()!.id;
}

function puntenVan(adviesId: number): number[] {
  return db.select({ id: adviespunt.id }).from(adviespunt).where(eq(adviespunt.adviesId, adviesId)).orderBy(asc(adviespunt.volgorde)).all().map((p) => p.id);
}

function adviesPaginaMet(velden: (adviesId: number, punten: number[]) => Velden): Verzoek {
  const id = eersteAdvies();
  return { pad: `/r/${HM}/adviezen/${id}`, params: { regio: HM, id: String(id) }, velden: velden(id, puntenVan(id)) };
}

function adviesFormulier(intent: string, velden: (adviesId: number, punten: number[]) => Velden): Formulier {
  return { route: "regio/advies", intent, email: COORDINATOR, action: adviesPagina, geldig: () => adviesPaginaMet((a, p) => ({ intent, ...velden(a, p) })) };
}

const IMPORT = { pad: `/r/${HM}/plannen/2026/import`, params: { regio: HM, jaar: "2026" } };

async function geuploadeSessie(): Promise<number> {
  const uit = await upload("plan.csv", new TextEncoder().encode(CSV));
  expect(uit.status, JSON.stringify(uit.data)).toBe(302);
  return sessieUit(uit.location);
}

const FORMULIEREN: Formulier[] = [
  {
    route: "regio/actualisatie",
    intent: "starten",
    email: COORDINATOR,
    action: actualisatie,
    geldig: () => {
      zetPlan2026("vastgesteld");
      return actualisatiePagina(2027, { intent: "starten" });
    },
  },
  {
    route: "regio/actualisatie",
    intent: "verzenden",
    email: COORDINATOR,
    action: actualisatie,
    geldig: async () => {
      // Every open actie of 2025 needs a decision before the plan can go out.
      const besloten = await run(() =>
        actualisatieBesluiten({
          request: postRequest(`/r/${HM}/actualisatie/2026/besluiten`, { intent: "alles-doorzetten" }, cookieFor(COORDINATOR)),
          params: { regio: HM, jaar: "2026" },
          context: testContext,
        } as never),
      );
      expect(besloten.status).toBe(302);
      return actualisatiePagina(2026, { intent: "verzenden" });
    },
  },
  {
    route: "regio/actualisatie",
    intent: "vaststellen",
    email: COORDINATOR,
    action: actualisatie,
    geldig: () => {
      zetPlan2026("ter_afstemming");
      return actualisatiePagina(2026, {
        intent: "vaststellen",
        datum: vandaag(),
        besluit: "Ambtelijk beleidsoverleg 12 december 2026",
        besluitnummer: "Z/26/123456",
      });
    },
  },
  {
    route: "regio/actualisatie-besluiten",
    intent: "besluiten",
    email: COORDINATOR,
    action: actualisatieBesluiten,
    geldig: () => {
      const id = onbeslisteActie2025();
      return actualisatiePagina(
        2026,
        {
          intent: "besluiten",
          rij: String(id),
          [`besluit-${id}`]: "doorzetten",
          [`reden-${id}`]: "",
          [`deadline-${id}`]: "2026-12-15",
          [`eigenaar-${id}`]: String(gebruikerId(COORDINATOR)),
        },
        "/besluiten",
      );
    },
  },
  {
    route: "regio/actualisatie-besluiten",
    intent: "alles-doorzetten",
    email: COORDINATOR,
    action: actualisatieBesluiten,
    geldig: () => actualisatiePagina(2026, { intent: "alles-doorzetten" }, "/besluiten"),
  },
  {
    route: "regio/actualisatie-reacties",
    intent: "reactie",
    email: VOORSCHOTEN,
    action: actualisatieReacties,
    geldig: () => {
      zetPlan2026("ter_afstemming");
      return actualisatiePagina(
        2026,
        { intent: "reactie", tekst: "Voorschoten wil graag meedoen met de training.", actieId: String(actieId("1.1-02")), idempotencyKey: "vijandig-reactie-0001" },
        "/reacties",
      );
    },
  },
  {
    route: "regio/actualisatie-reacties",
    intent: "antwoord",
    email: COORDINATOR,
    action: actualisatieReacties,
    geldig: () => {
      zetPlan2026("ter_afstemming");
      const id = plaatsReactie();
      return actualisatiePagina(2026, { intent: "antwoord", reactieId: String(id), afhandeling: "overgenomen", antwoord: "Dat kan; we plannen er een in de avond." }, "/reacties");
    },
  },
  {
    route: "regio/adviezen",
    email: COORDINATOR,
    action: adviezen,
    geldig: () => ({
      pad: `/r/${HM}/adviezen`,
      params: { regio: HM },
      velden: {
        soort: "adviesraad",
        adviesraad: "Adviesraad Sociaal Domein Leiden",
        gemeenteId: "",
        datum: "2026-10-01",
        onderwerp: "Advies over het uitvoeringsplan 2027",
        punten: "Betrek ervaringsdeskundigen.\nZorg voor meertalige voorlichting.",
      },
    }),
  },
  adviesFormulier("punt-toevoegen", () => ({ tekst: "Rapporteer jaarlijks aan de raad." })),
  adviesFormulier("punt-wijzigen", (_a, [eerste]) => ({ puntId: String(eerste), tekst: "Betrek ervaringsdeskundigen bij elke evaluatie." })),
  adviesFormulier("punt-verwijderen", (_a, [eerste]) => ({ puntId: String(eerste) })),
  adviesFormulier("punt-verplaatsen", (_a, [, tweede]) => ({ puntId: String(tweede), richting: "omhoog" })),
  adviesFormulier("verwerking", (_a, [eerste]) => ({ puntId: String(eerste), verwerking: "deels", toelichting: "Alleen bij de jaarlijkse evaluatie." })),
  adviesFormulier("koppelen", (_a, [eerste]) => ({ puntId: String(eerste), actieIds: [String(actieId("1.1-02"))], code: "" })),
  adviesFormulier("ontkoppelen", (_a, punten) => {
    const koppeling = db
      .select({ puntId: adviespuntActie.adviespuntId, actieId: adviespuntActie.actieId })
      .from(adviespuntActie)
      .where(eq(adviespuntActie.adviespuntId, punten[1]))
      .get();
    if (!koppeling) throw new Error("Het demo-advies heeft geen gekoppelde actie meer; pas deze test aan.");
    return { puntId: String(koppeling.puntId), actieId: String(koppeling.actieId) };
  }),
  {
    route: "regio/plan-import",
    intent: "upload",
    email: COORDINATOR,
    action: planImport,
    geldig: () => ({ ...IMPORT, velden: { intent: "upload", bestand: new File([CSV], "Uitvoeringsplan 2026.csv", { type: "text/csv" }) } }),
  },
  {
    route: "regio/plan-import",
    intent: "koppeling",
    email: COORDINATOR,
    action: planImport,
    geldig: async () => {
      const sessie = await geuploadeSessie();
      const { koppeling } = db.select({ koppeling: importSessie.koppeling }).from(importSessie).where(eq(importSessie.id, sessie)).get()!;
      const velden: Velden = { intent: "koppeling", sessie: String(sessie) };
      (koppeling as (string | null)[]).forEach((veld, i) => (velden[`kolom-${i}`] = veld ?? ""));
      // Leave the status column out: a change, so the valid submission is audited as one.
      velden["kolom-4"] = "";
      return { ...IMPORT, velden };
    },
  },
  {
    route: "regio/plan-import",
    intent: "importeren",
    email: COORDINATOR,
    action: planImport,
    geldig: async () => ({ ...IMPORT, velden: { intent: "importeren", sessie: String(await geuploadeSessie()) } }),
  },
];

testFormulieren("vijandige invoer: actualisatie, adviezen en import", FORMULIEREN);

describe("vijandige invoer: kapotte en vreemde bestanden bij de import", () => {
  /** A real workbook, a CSV or nothing, then cut short and with bytes overwritten: what a broken upload looks like. */
  const beschadiging = fc.record({
    basis: fc.constantFrom("xlsx", "csv", "zip-kop"),
    naam: fc.constantFrom("plan.xlsx", "plan.csv", "PLAN.XLSX", "plan.xlsx.csv"),
    overschrijf: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
    afkappen: fc.option(fc.nat({ max: 20_000 })),
  });

  it("een beschadigd of vreemd bestand geeft een 400 met een Nederlandse melding, nooit een 500", async () => {
    const werkmap = await rommeligXlsx([{ nr: "2.3", actie: "Training", trekker: "Leiden", eigenaar: "", deadline: "31-10-2026", status: "groen" }]);
    const zipKop = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(0x41)]);
    await fc.assert(
      fc.asyncProperty(beschadiging, async ({ basis, naam, overschrijf, afkappen }) => {
        const bron = basis === "xlsx" ? werkmap : basis === "csv" ? new TextEncoder().encode(CSV) : zipKop;
        const bytes = bron.slice(0, afkappen ?? bron.length);
        for (const [plek, waarde] of overschrijf) if (bytes.length > 0) bytes[plek % bytes.length] = waarde;
        verseDatabase();
        const voor = snapshot();
        const uit = await verstuurAls({ email: COORDINATOR, action: planImport, ...IMPORT, velden: { intent: "upload", bestand: new File([bytes], naam) } });
        expect(uit.status).toBeLessThan(500);
        if (uit.status >= 400) {
          expect(snapshot()).toEqual(voor);
          expect(meldingenIn(uit.data).length).toBeGreaterThan(0);
          verwachtNederlandseMeldingen(uit);
        }
      }),
      { numRuns: Number(process.env.VIJANDIG_RUNS ?? 25) },
    );
  }, 60_000);
});

describe("vijandige invoer: dekking van actualisatie, adviezen en import", () => {
  it("test elke handeling van deze formulieren", () => {
    verwachtElkeIntentGetest(FORMULIEREN);
  });
});
