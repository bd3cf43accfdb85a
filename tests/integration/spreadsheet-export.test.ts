import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loader as csvLoader } from "../../app/routes/regio/plan-export-csv";
import { loader as xlsxLoader } from "../../app/routes/regio/plan-export-xlsx";
import { cookieFor, getRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";

async function haal(soort: "xlsx" | "csv", email: string, zoek = "", slug = HM, jaar = "2025") {
  const loader = soort === "xlsx" ? xlsxLoader : csvLoader;
  const request = getRequest(`/r/${slug}/plannen/${jaar}/export.${soort}${zoek}`, cookieFor(email));
  const uitkomst = await run(() => loader({ request, params: { regio: slug, jaar }, context: testContext } as any));
  return uitkomst;
}

async function bestand(soort: "xlsx" | "csv", email = "coordinator@leiden.example", zoek = "") {
  const loader = soort === "xlsx" ? xlsxLoader : csvLoader;
  const antwoord = (await loader({
    request: getRequest(`/r/${HM}/plannen/2025/export.${soort}${zoek}`, cookieFor(email)),
    params: { regio: HM, jaar: "2025" },
    context: testContext,
  } as any)) as Response;
  return { antwoord, bytes: new Uint8Array(await antwoord.arrayBuffer()) };
}

async function werkmap(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as any);
  return wb;
}

describe("een uitvoeringsplan exporteren naar Excel", () => {
  it("geeft een .xlsx met samenvatting, alle acties en een tabblad per actielijn", async () => {
    const { antwoord, bytes } = await bestand("xlsx");
    expect(antwoord.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(antwoord.headers.get("Content-Disposition")).toBe('attachment; filename="uitvoeringsplan-hollands-midden-2025.xlsx"');
    const wb = await werkmap(bytes);
    const namen = wb.worksheets.map((w) => w.name);
    expect(namen.slice(0, 2)).toEqual(["Samenvatting", "Alle acties"]);
    expect(namen.length).toBeGreaterThan(3);
    for (const naam of namen) expect(naam.length).toBeLessThanOrEqual(31);

    const alle = wb.getWorksheet("Alle acties")!;
    expect(alle.actualRowCount - 1).toBe(43);
    const kop = (alle.getRow(1).values as unknown[]).slice(1);
    expect(kop.slice(0, 12)).toEqual(["Code", "Titel", "Actielijn", "Doelstellingen", "Niveau", "Gemeente", "Trekker", "Eigenaar", "Partners", "Deadline", "Kwartaal", "Status"]);
    expect(kop).toContain("Bedrag");
    expect(alle.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(alle.autoFilter).toBeTruthy();
    expect(alle.getColumn(2).width).toBeGreaterThan(20);
  });

  it("zet de deadline als echte datumcel en het bedrag als getal in euro's", async () => {
    const wb = await werkmap((await bestand("xlsx")).bytes);
    const alle = wb.getWorksheet("Alle acties")!;
    const koppen = (alle.getRow(1).values as unknown[]).map(String);
    const deadlineKolom = koppen.indexOf("Deadline");
    const bedragKolom = koppen.indexOf("Bedrag");
    const statusKolom = koppen.indexOf("Status");
    const deadline = alle.getRow(2).getCell(deadlineKolom);
    expect(deadline.value).toBeInstanceOf(Date);
    expect(deadline.numFmt).toBe("dd-mm-yyyy");
    let bedragen = 0;
    alle.eachRow((rij, n) => {
      if (n === 1) return;
      const bedrag = rij.getCell(bedragKolom);
      if (bedrag.value !== null && bedrag.value !== undefined) {
        bedragen++;
        expect(typeof bedrag.value).toBe("number");
        expect(bedrag.numFmt).toContain("€");
      }
      expect(["Niet gestart", "Op schema", "Aandacht nodig", "Vertraagd", "Afgerond", "Vervallen"]).toContain(rij.getCell(statusKolom).value);
    });
    expect(bedragen).toBe(21);
  });

  it("vat het plan samen met de telling per status per actielijn", async () => {
    const wb = await werkmap((await bestand("xlsx")).bytes);
    const samenvatting = wb.getWorksheet("Samenvatting")!;
    const tekst: string[] = [];
    samenvatting.eachRow((rij) => tekst.push((rij.values as unknown[]).slice(1).map((v) => String(v ?? "")).join(" | ")));
    const alles = tekst.join("\n");
    expect(alles).toContain("Uitvoeringsplan 2025");
    expect(alles).toContain("Vastgesteld");
    expect(alles).toContain("Geen: alle acties van het plan");
    expect(alles).toContain("Geëxporteerd op");
    expect(alles).toMatch(/Totaal \(elke actie één keer\) \| 1 \| 16 \| 2 \| 3 \| 20 \| 1 \| 43/);
  });

  it("volgt de filters van de planpagina en noemt ze in de samenvatting", async () => {
    const wb = await werkmap((await bestand("xlsx", "coordinator@leiden.example", "?status=vertraagd&status=aandacht")).bytes);
    const alle = wb.getWorksheet("Alle acties")!;
    expect(alle.actualRowCount - 1).toBe(5);
    const samenvatting: string[] = [];
    wb.getWorksheet("Samenvatting")!.eachRow((rij) => samenvatting.push((rij.values as unknown[]).join(" ")));
    expect(samenvatting.join("\n")).toMatch(/Status: Aandacht nodig, Vertraagd|Status: Vertraagd, Aandacht nodig/);
    expect(samenvatting.join("\n")).toContain("5 van 43");
  });
});

describe("een uitvoeringsplan exporteren naar CSV", () => {
  it("schrijft UTF-8 met BOM, puntkomma's, CRLF, datums als dd-mm-jjjj en bedragen als 1234,56", async () => {
    const { antwoord, bytes } = await bestand("csv");
    expect(antwoord.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(antwoord.headers.get("Content-Disposition")).toBe('attachment; filename="uitvoeringsplan-hollands-midden-2025.csv"');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const tekst = new TextDecoder().decode(bytes.subarray(3));
    const regels = tekst.split("\r\n");
    expect(regels[0].startsWith("Code;Titel;Actielijn;Doelstellingen;Niveau;Gemeente;Trekker;Eigenaar;Partners;Deadline;Kwartaal;Status")).toBe(true);
    expect(regels.at(-1)).toBe("");
    expect(tekst.replace(/\r\n/g, "")).not.toMatch(/(?<!")\n(?!")/);
    expect(tekst).toMatch(/;\d{2}-\d{2}-2025;Q\d 2025;/);
    expect(tekst).toMatch(/;\d+,\d{2}(;|\r\n)/);
    expect(tekst).not.toMatch(/€/);
  });
});

describe("wie mag exporteren", () => {
  it.each(["wethouder@leiden.example", "beleid@voorschoten.example", "partner@veiligthuis.example"])("%s mag het plan van de eigen regio exporteren", async (email) => {
    expect((await haal("xlsx", email)).status).toBe(200);
    expect((await haal("csv", email)).status).toBe(200);
  });

  it("weigert een coördinator van Haaglanden het plan van Hollands Midden", async () => {
    expect((await haal("xlsx", "coordinator@denhaag.example")).status).toBe(403);
    expect((await haal("csv", "coordinator@denhaag.example")).status).toBe(403);
  });

  it("geeft 404 voor een jaar zonder plan of een onzinjaar", async () => {
    expect((await haal("xlsx", "coordinator@leiden.example", "", HM, "2031")).status).toBe(404);
    expect((await haal("csv", "coordinator@leiden.example", "", HM, "abcd")).status).toBe(404);
  });

  it("stuurt wie niet is ingelogd naar de inlogpagina", async () => {
    const uitkomst = await run(() =>
      xlsxLoader({ request: getRequest(`/r/${HM}/plannen/2025/export.xlsx`), params: { regio: HM, jaar: "2025" }, context: testContext } as any),
    );
    expect(uitkomst.status).toBe(302);
    expect(uitkomst.location).toContain("/login");
  });
});
