import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { actie, actieDoelstelling, actiePartner, audit, voortgang } from "../../db/schema";
import { loader as csvLoader } from "../../app/routes/regio/plan-export-csv";
import { loader as xlsxLoader } from "../../app/routes/regio/plan-export-xlsx";
import { cookieFor, getRequest, testContext } from "../helpers/http";
import { bevestigKoppeling, HM, planId, post, sessieUit, stap, tellingen, upload } from "../fixtures/spreadsheets/import-stappen";

/** Export plan 2025, import the file into the concept plan 2026: the same acties come back. */

async function exporteer(soort: "xlsx" | "csv"): Promise<Uint8Array> {
  const loader = soort === "xlsx" ? xlsxLoader : csvLoader;
  const antwoord = (await loader({
    request: getRequest(`/r/${HM}/plannen/2025/export.${soort}`, cookieFor("wethouder@leiden.example")),
    params: { regio: HM, jaar: "2025" },
    context: testContext,
  } as any)) as Response;
  return new Uint8Array(await antwoord.arrayBuffer());
}

/** What must survive the round trip, per actie, keyed by titel. */
function inhoud(planIdWaarde: number, vanafId = 0) {
  const acties = db
    .select({
      id: actie.id,
      titel: actie.titel,
      omschrijving: actie.omschrijving,
      niveau: actie.niveau,
      gemeenteId: actie.gemeenteId,
      eigenaarId: actie.eigenaarId,
      trekkerGemeenteId: actie.trekkerGemeenteId,
      trekkerOrganisatieId: actie.trekkerOrganisatieId,
      deadline: actie.deadline,
      status: actie.status,
      beoogdResultaat: actie.beoogdResultaat,
      financiering: actie.financiering,
      bedragCenten: actie.bedragCenten,
    })
    .from(actie)
    .where(and(eq(actie.planId, planIdWaarde), gt(actie.id, vanafId)))
    .orderBy(asc(actie.id))
    .all();
  const ids = acties.map((a) => a.id);
  const doelen = db.select().from(actieDoelstelling).where(inArray(actieDoelstelling.actieId, ids)).all();
  const partners = db.select().from(actiePartner).where(inArray(actiePartner.actieId, ids)).all();
  return new Map(
    acties.map(({ id, ...a }) => [
      a.titel,
      {
        ...a,
        doelstellingen: doelen.filter((d) => d.actieId === id).map((d) => d.doelstellingId).sort(),
        partners: partners.filter((p) => p.actieId === id).map((p) => `${p.gemeenteId}/${p.organisatieId}`).sort(),
      },
    ]),
  );
}

function hoogsteActieId(): number {
  return db.select({ max: sql<number>`max(${actie.id})` }).from(actie).get()!.max;
}

async function rondreis(soort: "xlsx" | "csv") {
  const bestandsnaam = `uitvoeringsplan-hollands-midden-2025.${soort}`;
  const bytes = await exporteer(soort);
  const voor = tellingen();
  const vanaf = hoogsteActieId();

  const geupload = await upload(bestandsnaam, bytes);
  expect(geupload.status).toBe(302);
  const sessie = sessieUit(geupload.location);
  expect((await bevestigKoppeling(sessie)).status).toBe(302);

  const controle = await stap(sessie, "&stap=controle");
  const { rijen, foutRijen } = controle.data as { rijen: { fouten: string[]; meldingen: string[] }[]; foutRijen: number[] };
  expect(foutRijen).toEqual([]);
  expect(rijen).toHaveLength(43);
  expect(rijen.flatMap((r) => r.meldingen)).toEqual([]);

  const klaar = await post({ intent: "importeren", sessie: String(sessie) });
  expect(klaar.status).toBe(302);
  expect(klaar.location).toContain("aantal=43");

  const origineel = inhoud(planId(2025));
  const nieuw = inhoud(planId(2026), vanaf);
  expect(nieuw.size).toBe(43);
  expect(new Map(nieuw)).toEqual(origineel);

  const na = tellingen();
  expect(na.acties - voor.acties).toBe(43);
  const nietGestart = [...origineel.values()].filter((a) => a.status === "niet_gestart").length;
  expect(na.voortgang - voor.voortgang).toBe(43 - nietGestart);
  return { sessie, bestandsnaam, vanaf };
}

describe("een export terug importeren (rondreis)", () => {
  it("geeft via .xlsx dezelfde acties terug: titel, doelstellingen, trekker, eigenaar, deadline, status, partners, financiering en bedrag", async () => {
    const { bestandsnaam, vanaf, sessie } = await rondreis("xlsx");
    const updates = db
      .select({ toelichting: voortgang.toelichting, statusVan: voortgang.statusVan, oorzaak: voortgang.oorzaak })
      .from(voortgang)
      .innerJoin(actie, eq(actie.id, voortgang.actieId))
      .where(gt(actie.id, vanaf))
      .all();
    expect(updates.every((u) => u.toelichting.startsWith(`Geïmporteerd uit ${bestandsnaam}`) && u.statusVan === "niet_gestart")).toBe(true);

    const importAudit = db.select().from(audit).where(and(eq(audit.entiteit, "import_sessie"), eq(audit.entiteitId, String(sessie)), eq(audit.actie, "geimporteerd"))).all();
    expect(importAudit).toHaveLength(1);
    const aangemaakt = db.select({ n: sql<number>`count(*)` }).from(audit).where(and(eq(audit.entiteit, "actie"), eq(audit.actie, "aangemaakt"), sql`cast(${audit.entiteitId} as integer) > ${vanaf}`)).get()!.n;
    expect(aangemaakt).toBe(43);
  });

  it("geeft via CSV dezelfde acties terug", async () => {
    await rondreis("csv");
  });

  it("importeert dezelfde import maar één keer, ook als hij nog eens wordt verstuurd", async () => {
    const { sessie } = await rondreis("csv");
    const voor = tellingen();
    const nogmaals = await post({ intent: "importeren", sessie: String(sessie) });
    expect(nogmaals.status).toBe(302);
    expect(tellingen()).toEqual(voor);
    const klaar = await stap(sessie);
    expect((klaar.data as { stap: string }).stap).toBe("klaar");
  });
});
