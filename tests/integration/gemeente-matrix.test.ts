import ExcelJS from "exceljs";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { actie, actieDoelstelling, doelstelling, gebruiker, gemeente, regio, regiovisie, uitvoeringsplan } from "../../db/schema";
import { loader } from "../../app/routes/regio/gemeenten";
import { loader as xlsxLoader } from "../../app/routes/regio/gemeenten-matrix-xlsx";
import { cookieFor, getRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";

async function matrix(email: string, zoek = "", slug = HM) {
  return run(() => loader({ request: getRequest(`/r/${slug}/gemeenten${zoek}`, cookieFor(email)), params: { regio: slug }, context: testContext } as any));
}

function rij(data: any, naam: string) {
  return data.matrix.rijen.find((r: any) => r.naam === naam);
}

function cel(data: any, naam: string, code: string) {
  const i = data.matrix.kolommen.findIndex((k: any) => k.code === code);
  return rij(data, naam).cellen[i];
}

function plan2026() {
  return db
    .select({ id: uitvoeringsplan.id, visieId: uitvoeringsplan.visieId })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(regio, eq(regio.id, regiovisie.regioId))
    .where(and(eq(regio.slug, HM), eq(uitvoeringsplan.jaar, 2026)))
    .get()!;
}

describe("de regiomatrix van gemeenten", () => {
  it("telt lokale acties en uitvoeringen per gemeente en doelstelling, met de status die de meeste aandacht vraagt", async () => {
    const uit = await matrix("wethouder@leiden.example");
    expect(uit.status).toBe(200);
    const data = uit.data as any;
    expect(data.matrix.plan.jaar).toBe(2026);
    expect(data.matrix.rijen).toHaveLength(18);
    expect(data.matrix.kolommen.map((k: any) => k.code)).toEqual(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"]);
    // Katwijk 2.3: its lokale kamer (aandacht) and its part of the samenwerkingsafspraken (afgerond).
    expect(cel(data, "Katwijk", "2.3")).toEqual({ aantal: 2, lokaal: 1, uitvoering: 1, status: "aandacht" });
    expect(cel(data, "Voorschoten", "1.3")).toEqual({ aantal: 1, lokaal: 0, uitvoering: 1, status: "op_schema" });
    expect(cel(data, "Hillegom", "1.1")).toBeNull();
    expect(rij(data, "Hillegom").gedekt).toBe(3);
  });

  it("verwerkt een nieuwe lokale actie in de telling en de dekking", async () => {
    const plan = plan2026();
    const hillegom = db.select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.naam, "Hillegom")).get()!.id;
    const eigenaar = db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, "coordinator@leiden.example")).get()!.id;
    const doel = db.select({ id: doelstelling.id }).from(doelstelling).where(eq(doelstelling.code, "1.1")).all()[0].id;
    for (const [code, status] of [["1.1-91", "vertraagd"], ["1.1-92", "afgerond"]] as const) {
      const { id } = db
        .insert(actie)
        .values({ planId: plan.id, code, titel: `Actie ${code}`, niveau: "lokaal", gemeenteId: hillegom, eigenaarId: eigenaar, deadline: "2026-12-31", status })
        .returning({ id: actie.id })
        .get();
      db.insert(actieDoelstelling).values({ actieId: id, doelstellingId: doel }).run();
    }

    const data = (await matrix("coordinator@leiden.example")).data as any;
    expect(cel(data, "Hillegom", "1.1")).toEqual({ aantal: 2, lokaal: 2, uitvoering: 0, status: "vertraagd" });
    expect(rij(data, "Hillegom").gedekt).toBe(4);
  });

  it("filtert op subregio en sorteert op subregio en dekking", async () => {
    const alle = (await matrix("coordinator@leiden.example")).data as any;
    const middenHolland = alle.matrix.subregios.find((s: any) => s.naam === "Midden-Holland");
    const gefilterd = (await matrix("coordinator@leiden.example", `?subregio=${middenHolland.id}`)).data as any;
    expect(gefilterd.matrix.rijen.map((r: any) => r.naam)).toEqual(["Bodegraven-Reeuwijk", "Gouda", "Krimpenerwaard", "Waddinxveen", "Zuidplas"]);
    expect(gefilterd.matrix.rijen.every((r: any) => r.subregio === "Midden-Holland")).toBe(true);

    const opDekking = (await matrix("coordinator@leiden.example", "?sorteer=dekking")).data as any;
    const dekking = opDekking.matrix.rijen.map((r: any) => r.gedekt);
    expect(dekking).toEqual([...dekking].sort((a, b) => a - b));

    const opSubregio = (await matrix("coordinator@leiden.example", "?sorteer=subregio")).data as any;
    expect(opSubregio.matrix.rijen[0].subregio).toBe("Holland Rijnland");
    expect(opSubregio.matrix.rijen.at(-1).subregio).toBe("Midden-Holland");
  });

  it("meldt ongeldige keuzes in de querystring en toont dan de standaard", async () => {
    const data = (await matrix("coordinator@leiden.example", "?subregio=99999&sorteer=x&weergave=y&jaar=abc")).data as any;
    expect(data.matrix.ongeldig).toEqual(["weergave", "sorteer", "subregio", "jaar"]);
    expect(data.matrix.rijen).toHaveLength(18);
    expect(data.matrix.weergave).toBe("doelstellingen");
  });

  it("toont per gemeente de eigen status in de acties die per gemeente worden uitgevoerd", async () => {
    const data = (await matrix("coordinator@leiden.example", "?weergave=acties")).data as any;
    expect(data.matrix.kolommen.map((k: any) => k.code)).toEqual(["1.3-01", "2.3-03"]);
    expect(rij(data, "Voorschoten").cellen.map((c: any) => c.status)).toEqual(["op_schema", "afgerond"]);
    expect(rij(data, "Nieuwkoop").cellen.map((c: any) => c.status)).toEqual(["niet_gestart", "afgerond"]);
  });

  it("toont een regio alleen haar eigen gemeenten", async () => {
    const haaglanden = (await matrix("coordinator@denhaag.example", "", "haaglanden")).data as any;
    expect(haaglanden.matrix.rijen).toHaveLength(9);
    expect(haaglanden.matrix.rijen.map((r: any) => r.naam)).not.toContain("Voorschoten");
    expect((await matrix("coordinator@denhaag.example")).status).toBe(403);
  });
});

describe("de matrix als spreadsheet", () => {
  it("levert een geldig werkboek met dezelfde inhoud en Nederlandse koppen", async () => {
    const uit = await xlsxLoader({
      request: getRequest(`/r/${HM}/gemeenten/matrix.xlsx`, cookieFor("wethouder@leiden.example")),
      params: { regio: HM },
      context: testContext,
    } as any);
    expect(uit).toBeInstanceOf(Response);
    const response = uit as Response;
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("Content-Disposition")).toContain('filename="gemeenten-doelstellingen-hollands-midden-2026.xlsx"');

    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(await response.arrayBuffer());
    const blad = boek.getWorksheet("Matrix")!;
    expect(blad.rowCount).toBe(19);
    const kop = (blad.getRow(1).values as unknown[]).slice(1);
    expect(kop.slice(0, 4)).toEqual(["Gemeente", "Subregio", "Doelstellingen met lokale invulling", "Doelstelling 1.1"]);
    const katwijk = blad.getRows(2, 18)!.find((r) => r.getCell(1).value === "Katwijk")!;
    const kolom23 = kop.indexOf("Doelstelling 2.3") + 1;
    expect(katwijk.getCell(kolom23).value).toBe("1 lokale actie en 1 uitvoering; Aandacht nodig");
    const hillegom = blad.getRows(2, 18)!.find((r) => r.getCell(1).value === "Hillegom")!;
    expect(hillegom.getCell(4).value).toBe("Geen lokale invulling");
    expect(boek.getWorksheet("Toelichting")!.getRow(2).getCell(1).value).toBe("1.1");
  });

  it("volgt de keuzes van de pagina, zoals de weergave per actie", async () => {
    const response = (await xlsxLoader({
      request: getRequest(`/r/${HM}/gemeenten/matrix.xlsx?weergave=acties`, cookieFor("coordinator@leiden.example")),
      params: { regio: HM },
      context: testContext,
    } as any)) as Response;
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(await response.arrayBuffer());
    const kop = (boek.getWorksheet("Matrix")!.getRow(1).values as unknown[]).slice(1);
    expect(kop.slice(3)).toEqual(["Actie 1.3-01", "Actie 2.3-03"]);
  });

  it("weigert een gebruiker van een andere regio", async () => {
    const uit = await run(() =>
      xlsxLoader({ request: getRequest(`/r/${HM}/gemeenten/matrix.xlsx`, cookieFor("coordinator@denhaag.example")), params: { regio: HM }, context: testContext } as any),
    );
    expect(uit.status).toBe(403);
  });
});
