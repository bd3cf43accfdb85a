import { and, asc, eq, gt, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { actie, actiePartner, gebruiker, gemeente, importSessie, organisatie, voortgang } from "../../db/schema";
import { action, loader } from "../../app/routes/regio/plan-import";
import { cookieFor, getRequest, ORIGIN, run, testContext } from "../helpers/http";
import {
  bevestigKoppeling,
  COORDINATOR,
  HM,
  importPad,
  post,
  sessieUit,
  stap,
  tellingen,
  upload,
  uploadVerzoek,
} from "../fixtures/spreadsheets/import-stappen";
import { rommeligXlsx } from "../fixtures/spreadsheets/rommelige-bladen";

const tekst = (s: string) => new TextEncoder().encode(s);

interface Controle {
  rijen: { rij: number; fouten: string[]; meldingen: string[]; weergave: { deadline: string | null; status: string | null; doelstellingen: string } }[];
  foutRijen: number[];
  overgeslagen: number[];
}

function hoogsteActieId(): number {
  return db.select({ max: sql<number>`max(${actie.id})` }).from(actie).get()!.max;
}

function nieuweActies(vanaf: number) {
  return db
    .select({ id: actie.id, titel: actie.titel, deadline: actie.deadline, status: actie.status, eigenaarId: actie.eigenaarId, trekkerGemeenteId: actie.trekkerGemeenteId, trekkerOrganisatieId: actie.trekkerOrganisatieId })
    .from(actie)
    .where(gt(actie.id, vanaf))
    .orderBy(asc(actie.id))
    .all();
}

const id = {
  gebruiker: (email: string) => db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get()!.id,
  gemeente: (naam: string) => db.select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.naam, naam)).get()!.id,
  organisatie: (naam: string) => db.select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.naam, naam)).get()!.id,
};

async function uploadEnControle(naam: string, bytes: Uint8Array) {
  const geupload = await upload(naam, bytes);
  expect(geupload.status, JSON.stringify(geupload.data)).toBe(302);
  const sessie = sessieUit(geupload.location);
  expect((await bevestigKoppeling(sessie)).status).toBe(302);
  const controle = await stap(sessie, "&stap=controle");
  return { sessie, controle: controle.data as Controle };
}

describe("rommelige spreadsheets importeren", () => {
  it("leest een blad met titel, samengevoegde kopregels, lege rijen, extra kolommen en datums in elke vorm", async () => {
    const namen = [
      ["31-12-2026", "2026-12-31"],
      [new Date(Date.UTC(2026, 5, 30)), "2026-06-30"],
      [46203, "2026-06-30"],
      ["31 december 2026", "2026-12-31"],
      ["dec 2026", "2026-12-31"],
      ["Q3 2026", "2026-09-30"],
      ["eind 2026", "2026-12-31"],
      ["medio 2026", "2026-06-30"],
      ["2e helft 2026", "2026-12-31"],
    ] as const;
    const statussen = ["groen", "oranje", "rood", "afgerond", "", "Op schema", "niet gestart", "gereed", "Aandacht nodig"];
    const bytes = await rommeligXlsx(
      namen.map(([deadline], i) => ({
        nr: i % 2 === 0 ? "2.3" : "Doelstelling 1.1",
        actie: `Geïmporteerde actie ${i + 1}`,
        trekker: ["Gemeente Leiden", "veilig thuis hollands midden", "GOUDA"][i % 3],
        eigenaar: ["coordinator@gouda.example", "", "Onbekende Collega"][i % 3],
        deadline,
        status: statussen[i],
        partners: i === 0 ? "Gouda; Veilig Thuis Hollands Midden" : "",
        intern: "niet importeren",
      })),
    );
    const vanaf = hoogsteActieId();
    const { sessie, controle } = await uploadEnControle("Uitvoeringsplan 2026 (definitief v3).xlsx", bytes);
    const info = (await stap(sessie)).data as { sessie: { tabblad: string; kopRij: number; overgeslagenTabbladen: string[] }; koppeling: (string | null)[] };
    expect(info.sessie).toMatchObject({ tabblad: "Uitvoeringsplan 2026", kopRij: 4, overgeslagenTabbladen: ["Toelichting"] });
    expect(info.koppeling).toEqual(["doelstellingen", "titel", "trekker", "eigenaar", "deadline", "status", "partners", "toelichting"]);

    expect(controle.foutRijen).toEqual([]);
    expect(controle.rijen.map((r) => r.weergave.deadline)).toEqual(namen.map(([, iso]) => iso));
    expect(controle.overgeslagen).toHaveLength(1);
    expect(controle.rijen[1].meldingen[0]).toContain("Geen eigenaar ingevuld");
    expect(controle.rijen[2].meldingen[0]).toContain('"Onbekende Collega" is geen gebruiker');

    const voor = tellingen();
    const klaar = await post({ intent: "importeren", sessie: String(sessie) });
    expect(klaar.status).toBe(302);
    const acties = nieuweActies(vanaf);
    expect(acties).toHaveLength(9);
    expect(acties.map((a) => a.deadline)).toEqual(namen.map(([, iso]) => iso));
    expect(acties.map((a) => a.status)).toEqual(["op_schema", "aandacht", "vertraagd", "afgerond", "niet_gestart", "op_schema", "niet_gestart", "afgerond", "aandacht"]);
    expect(acties[0]).toMatchObject({ eigenaarId: id.gebruiker("coordinator@gouda.example"), trekkerGemeenteId: id.gemeente("Leiden") });
    expect(acties[1]).toMatchObject({ eigenaarId: id.gebruiker(COORDINATOR), trekkerOrganisatieId: id.organisatie("Veilig Thuis Hollands Midden") });
    expect(acties[2]).toMatchObject({ eigenaarId: id.gebruiker(COORDINATOR), trekkerGemeenteId: id.gemeente("Gouda") });
    expect(db.select().from(actiePartner).where(eq(actiePartner.actieId, acties[0].id)).all()).toHaveLength(2);
    // Seven rows carry a status other than niet gestart; each enters through one voortgangsupdate.
    expect(tellingen().voortgang - voor.voortgang).toBe(7);
    const oranje = db.select().from(voortgang).where(eq(voortgang.actieId, acties[1].id)).get()!;
    expect(oranje).toMatchObject({ statusVan: "niet_gestart", statusNaar: "aandacht" });
    expect(oranje.toelichting).toContain("Geïmporteerd uit Uitvoeringsplan 2026 (definitief v3).xlsx");
    expect(oranje.oorzaak).toBeTruthy();
  });

  it("leest een CSV met puntkomma's, BOM, Windows-regeleinden en velden tussen quotes", async () => {
    const csv =
      "\uFEFFActie;Doelstelling;Trekker;Deadline;Status;Betrokken partners;Kosten\r\n" +
      '"Training; signaleren";2.3;Leiden;Q4 2026;groen;"Gouda, Katwijk";"€ 1.250,50"\r\n' +
      ";;;;;;\r\n" +
      '"Voorlichting ""Thuis is veilig""\r\nop scholen";1.1;Gouda;31 oktober 2026;;;\r\n';
    const vanaf = hoogsteActieId();
    const { sessie, controle } = await uploadEnControle("plan.csv", tekst(csv));
    expect(controle.foutRijen).toEqual([]);
    expect(controle.rijen).toHaveLength(2);
    expect((await post({ intent: "importeren", sessie: String(sessie) })).status).toBe(302);
    const acties = db.select({ titel: actie.titel, deadline: actie.deadline, bedrag: actie.bedragCenten }).from(actie).where(gt(actie.id, vanaf)).orderBy(asc(actie.id)).all();
    expect(acties).toEqual([
      { titel: "Training; signaleren", deadline: "2026-12-31", bedrag: 125050 },
      { titel: 'Voorlichting "Thuis is veilig"\r\nop scholen', deadline: "2026-10-31", bedrag: null },
    ]);
  });

  it("leest een CSV met komma's uit een Windows-1252-systeem", async () => {
    const bytes = new Uint8Array([...tekst("Actie,Doelstelling,Trekker,Deadline\nCo"), 0xf6, ...tekst("rdinatie,2.3,Leiden,eind 2026\n")]);
    const { controle } = await uploadEnControle("oud.csv", bytes);
    expect(controle.foutRijen).toEqual([]);
    expect(controle.rijen[0].fouten).toEqual([]);
  });
});

describe("fouten per rij", () => {
  it("meldt een onbekende doelstelling, gemeente, trekker, datum en status per rij en importeert dan niets", async () => {
    const csv =
      "Actie;Doelstelling;Niveau;Trekker;Deadline;Status\r\n" +
      "Goede actie;2.3;Regionaal;Leiden;eind 2026;groen\r\n" +
      "Verkeerde doelstelling;9.9;Regionaal;Leiden;eind 2026;\r\n" +
      "Gemeente uit Haaglanden;2.3;Den Haag;Leiden;eind 2026;\r\n" +
      "Onbekende trekker;2.3;;Stichting Nergens;eind 2026;\r\n" +
      "Vage deadline;2.3;;Leiden;doorlopend;paars\r\n" +
      "Buiten het planjaar;2.3;;Leiden;31-12-2030;\r\n" +
      ";2.3;;Leiden;eind 2026;\r\n";
    const { sessie, controle } = await uploadEnControle("fouten.csv", tekst(csv));
    const fouten = Object.fromEntries(controle.rijen.map((r) => [r.rij, r.fouten.join(" | ")]));
    expect(fouten[2]).toBe("");
    expect(fouten[3]).toContain('Doelstelling "9.9" bestaat niet');
    expect(fouten[4]).toContain('Gemeente "Den Haag" is geen gemeente van deze regio');
    expect(fouten[5]).toContain('Trekker "Stichting Nergens" is geen gemeente of organisatie van deze regio');
    expect(fouten[6]).toContain('Deadline "doorlopend" is geen datum');
    expect(fouten[6]).toContain('Status "paars" is onbekend');
    expect(fouten[7]).toContain("De deadline moet tussen 1 januari 2025 en 31 december 2027 liggen");
    expect(fouten[8]).toContain("Titel: Vul een titel in.");
    expect(controle.foutRijen).toEqual([3, 4, 5, 6, 7, 8]);

    const voor = tellingen();
    const geweigerd = await post({ intent: "importeren", sessie: String(sessie) });
    expect(geweigerd.status).toBe(400);
    expect((geweigerd.data as { errors: { form: string } }).errors.form).toBe(
      "Er is niets geïmporteerd: rijen 3, 4, 5, 6, 7 en 8 hebben fouten. Pas het bestand of de koppeling aan en probeer het opnieuw.",
    );
    expect(tellingen()).toEqual(voor);
    expect(db.select({ op: importSessie.geimporteerdOp }).from(importSessie).where(eq(importSessie.id, sessie)).get()!.op).toBeNull();
  });

  it("weigert een koppeling zonder verplichte velden of met een veld twee keer", async () => {
    const geupload = await upload("plan.csv", tekst("Actie;Doelstelling;Trekker;Deadline\r\nA;2.3;Leiden;2026\r\n"));
    const sessie = sessieUit(geupload.location);
    const dubbel = await post({ intent: "koppeling", sessie: String(sessie), "kolom-0": "titel", "kolom-1": "titel", "kolom-2": "trekker", "kolom-3": "deadline" });
    expect(dubbel.status).toBe(400);
    const errors = (dubbel.data as { errors: Record<string, string> }).errors;
    expect(errors["kolom-1"]).toContain("al gekoppeld");
    expect(errors.form).toContain("Doelstelling(en)");
    const onzin = await post({ intent: "koppeling", sessie: String(sessie), "kolom-0": "wachtwoord" });
    expect((onzin.data as { errors: Record<string, string> }).errors["kolom-0"]).toBe("Kies een veld uit de lijst.");
  });
});

describe("kapotte en verkeerde bestanden", () => {
  const kapotteZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tekst("dit is geen echte zip")]);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

  it.each([
    ["foto.csv", png, "geen CSV-tekstbestand"],
    ["leeg.csv", new Uint8Array(), "Het bestand is leeg"],
    ["plan.xlsx", kapotteZip, "beschadigd of onvolledig"],
    ["plan.xlsx", tekst("Actie;Trekker"), "geen geldig Excel-bestand"],
    ["plan.pdf", tekst("%PDF-1.4"), "Kies een Excel-bestand (.xlsx) of een CSV-bestand (.csv)"],
    ["plan.xls", tekst("oud"), "oud Excel-bestand"],
    ["alleen-kop.csv", tekst("Actie;Trekker;Deadline\r\n\r\n;;\r\n"), "geen rijen met acties"],
    ["zonder-kop.csv", tekst("\r\n\r\n"), "geen rijen met acties"],
    ["groot.csv", new Uint8Array(11 * 1024 * 1024).fill(0x41), "groter dan 10 MB"],
  ])("weigert %s met een duidelijke melding en bewaart niets", async (naam, bytes, melding) => {
    const voor = tellingen();
    const uitkomst = await upload(naam, bytes);
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: { bestand: string } }).errors.bestand).toContain(melding);
    expect(tellingen()).toEqual(voor);
  });

  it("weigert een upload zonder bestand", async () => {
    const form = new FormData();
    form.append("intent", "upload");
    form.append("bestand", new File([], ""));
    const request = new Request(ORIGIN + importPad(), { method: "POST", body: form, headers: { Origin: ORIGIN, Cookie: cookieFor(COORDINATOR) } });
    const uitkomst = await run(() => action({ request, params: { regio: HM, jaar: "2026" }, context: testContext } as any));
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: { bestand: string } }).errors.bestand).toBe("Kies een bestand om te uploaden.");
  });

  it("weigert een upload van 50 MB op de Content-Length, zonder het bestand te lezen", async () => {
    let gelezen = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        gelezen++;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const request = new Request(ORIGIN + importPad(), {
      method: "POST",
      body,
      duplex: "half",
      headers: { Origin: ORIGIN, Cookie: cookieFor(COORDINATOR), "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(50 * 1024 * 1024) },
    } as RequestInit);
    const voor = tellingen();
    const uitkomst = await run(() => action({ request, params: { regio: HM, jaar: "2026" }, context: testContext } as any));
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: { bestand: string } }).errors.bestand).toContain("groter dan 10 MB");
    expect(gelezen).toBeLessThanOrEqual(1);
    expect(tellingen()).toEqual(voor);
  });

  it("weigert een te grote upload zonder Content-Length zodra hij de grens passeert", async () => {
    let verstuurd = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (verstuurd >= 12) return controller.close();
        verstuurd++;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const request = new Request(ORIGIN + importPad(), {
      method: "POST",
      body,
      duplex: "half",
      headers: { Origin: ORIGIN, Cookie: cookieFor(COORDINATOR), "Content-Type": "multipart/form-data; boundary=x" },
    } as RequestInit);
    const uitkomst = await run(() => action({ request, params: { regio: HM, jaar: "2026" }, context: testContext } as any));
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: { bestand: string } }).errors.bestand).toContain("groter dan 10 MB");
  });

  it("weigert een bestandsnaam met een BSN-achtig nummer", async () => {
    const uitkomst = await upload("casus 111222333.csv", tekst("Actie;Doelstelling;Trekker;Deadline\r\nA;2.3;Leiden;2026\r\n"));
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: { bestand: string } }).errors.bestand).toContain("BSN");
  });
});

describe("wie mag importeren, en waarin", () => {
  const csv = tekst("Actie;Doelstelling;Trekker;Deadline\r\nA;2.3;Leiden;eind 2026\r\n");

  it.each(["wethouder@leiden.example", "beleid@voorschoten.example", "partner@veiligthuis.example"])("weigert %s de importpagina en de upload (403)", async (email) => {
    const pagina = await run(() => loader({ request: getRequest(importPad(), cookieFor(email)), params: { regio: HM, jaar: "2026" }, context: testContext } as any));
    expect(pagina.status).toBe(403);
    const voor = tellingen().sessies;
    const uitkomst = await run(() => action({ request: uploadVerzoek(importPad(), "plan.csv", csv, cookieFor(email)), params: { regio: HM, jaar: "2026" }, context: testContext } as any));
    expect(uitkomst.status).toBe(403);
    expect(tellingen().sessies).toBe(voor);
  });

  it("weigert een coördinator van Haaglanden de import in Hollands Midden", async () => {
    const uitkomst = await upload("plan.csv", csv, { email: "coordinator@denhaag.example" });
    expect(uitkomst.status).toBe(403);
  });

  it("laat een import alleen verder gaan door wie hem begon, en niet vanuit een andere regio (404)", async () => {
    const sessie = sessieUit((await upload("plan.csv", csv)).location);
    expect((await stap(sessie, "", { email: "coordinator@gouda.example" })).status).toBe(404);
    const voor = tellingen();
    expect((await post({ intent: "importeren", sessie: String(sessie) }, { email: "coordinator@gouda.example" })).status).toBe(404);
    const haaglanden = await run(() =>
      loader({ request: getRequest(`/r/haaglanden/plannen/2026/import?sessie=${sessie}`, cookieFor("coordinator@denhaag.example")), params: { regio: "haaglanden", jaar: "2026" }, context: testContext } as any),
    );
    expect(haaglanden.status).toBe(404);
    expect(tellingen()).toEqual(voor);
    expect((await stap(sessie)).status).toBe(200);
  });

  it("weigert importeren in een vastgesteld plan", async () => {
    const pagina = await run(() => loader({ request: getRequest(importPad("2025"), cookieFor(COORDINATOR)), params: { regio: HM, jaar: "2025" }, context: testContext } as any));
    expect(pagina.status).toBe(200);
    expect((pagina.data as { isConcept: boolean }).isConcept).toBe(false);
    const voor = tellingen();
    const uitkomst = await upload("plan.csv", csv, { jaar: "2025" });
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: { form: string } }).errors.form).toBe("U kunt alleen importeren in een uitvoeringsplan dat nog concept is.");
    expect(tellingen()).toEqual(voor);
  });

  it("weigert het importeren als het plan intussen niet meer concept is", async () => {
    const { sessie } = await uploadEnControle("plan.csv", csv);
    const { uitvoeringsplan } = await import("../../db/schema");
    const { planId } = await import("../fixtures/spreadsheets/import-stappen");
    db.update(uitvoeringsplan).set({ status: "ter_afstemming" }).where(eq(uitvoeringsplan.id, planId(2026))).run();
    const voor = tellingen();
    const uitkomst = await post({ intent: "importeren", sessie: String(sessie) });
    expect(uitkomst.status).toBe(400);
    expect(tellingen()).toEqual(voor);
  });

  it("geeft 404 voor een onbekende of onzinnige sessie", async () => {
    expect((await stap(999999)).status).toBe(404);
    const onzin = await run(() => loader({ request: getRequest(`${importPad()}?sessie=abc`, cookieFor(COORDINATOR)), params: { regio: HM, jaar: "2026" }, context: testContext } as any));
    expect(onzin.status).toBe(404);
    expect((await post({ intent: "importeren", sessie: "-1" })).status).toBe(404);
  });

  it("schrijft een auditregel bij upload en koppeling", async () => {
    const { audit } = await import("../../db/schema");
    const { sessie } = await uploadEnControle("plan.csv", csv);
    const regels = db.select({ actie: audit.actie }).from(audit).where(and(eq(audit.entiteit, "import_sessie"), eq(audit.entiteitId, String(sessie)))).all();
    expect(regels.map((r) => r.actie)).toEqual(["geupload", "koppeling"]);
  });
});

describe("een ander zip-bestand met de naam .xlsx", () => {
  it("weigert een Word-document dat .xlsx heet met een duidelijke melding", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    const docx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") });
    const voor = tellingen();
    const uitkomst = await upload("plan.xlsx", docx);
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: { bestand: string } }).errors.bestand).toMatch(/geen geldig Excel-bestand|beschadigd of onvolledig/);
    expect(tellingen()).toEqual(voor);
  });
});
