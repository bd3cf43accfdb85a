import { describe, expect, it } from "vitest";
import { controleerBestand, MAX_BESTAND_BYTES } from "../../app/domain/spreadsheet/bestand-controle";
import { decodeer, leesCsv, raadScheider } from "../../app/domain/spreadsheet/csv-lezen";
import { csvBedrag, csvDatum, schrijfCsv } from "../../app/domain/spreadsheet/csv-schrijven";

describe("CSV schrijven voor Nederlandse Excel", () => {
  it("schrijft een BOM, puntkomma's, CRLF en quotes waar nodig", () => {
    const csv = schrijfCsv([
      ["Titel", "Partners"],
      ['Training "signaleren"', "Leiden; Gouda"],
      ["Twee\nregels", "gewoon"],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe('\uFEFFTitel;Partners\r\n"Training ""signaleren""";"Leiden; Gouda"\r\n"Twee\nregels";gewoon\r\n');
  });

  it("beschermt tegen formules in cellen en leest ze weer terug als tekst", () => {
    const csv = schrijfCsv([["Titel"], ["=HYPERLINK(\"x\")"], ["-1 inwoners"]]);
    expect(csv).toContain("'=HYPERLINK");
    expect(leesCsv(decodeer(new TextEncoder().encode(csv)))).toEqual([["Titel"], ['=HYPERLINK("x")'], ["-1 inwoners"]]);
  });

  it("schrijft datums als dd-mm-jjjj en bedragen als 1234,56", () => {
    expect(csvDatum("2025-03-07")).toBe("07-03-2025");
    expect(csvDatum(null)).toBe("");
    expect(csvBedrag(123456)).toBe("1234,56");
    expect(csvBedrag(5)).toBe("0,05");
    expect(csvBedrag(null)).toBe("");
  });
});

describe("CSV lezen", () => {
  it("herkent puntkomma, komma en tab als scheidingsteken", () => {
    expect(raadScheider("a;b;c\r\n1;2;3")).toBe(";");
    expect(raadScheider("a,b,c\n1,2,3")).toBe(",");
    expect(raadScheider("a\tb\tc\n1\t2\t3")).toBe("\t");
    expect(raadScheider('"a,b";c;d\n1;2;3')).toBe(";");
  });

  it("leest velden tussen quotes met scheidingstekens, quotes en regeleinden", () => {
    expect(leesCsv('Titel;Partners\r\n"a;b";"zei ""ja"""\r\n"twee\r\nregels";\r\n', ";")).toEqual([
      ["Titel", "Partners"],
      ["a;b", 'zei "ja"'],
      ["twee\r\nregels", null],
    ]);
  });

  it("haalt de BOM weg en leest Windows-1252 als het geen UTF-8 is", () => {
    expect(decodeer(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
    expect(decodeer(new Uint8Array([0x43, 0x6f, 0xf6, 0x72, 0x64]))).toBe("Coörd");
  });
});

describe("een upload controleren", () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
  const tekst = new TextEncoder().encode("Actie;Trekker\r\n");

  it("accepteert .xlsx met zip-inhoud en .csv met tekst", () => {
    expect(controleerBestand("plan.xlsx", zip)).toEqual({ ok: true, soort: "xlsx" });
    expect(controleerBestand("PLAN.CSV", tekst)).toEqual({ ok: true, soort: "csv" });
  });

  it.each([
    ["plan.pdf", tekst, "Kies een Excel-bestand"],
    ["plan.xls", zip, "oud Excel-bestand"],
    ["plan.xlsx", tekst, "geen geldig Excel-bestand"],
    ["plan.csv", zip, "geen CSV-tekstbestand"],
    ["plan.csv", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), "geen CSV-tekstbestand"],
    ["plan.csv", new Uint8Array(), "leeg"],
    ["plan.xlsx", new Uint8Array(MAX_BESTAND_BYTES + 1), "groter dan 10 MB"],
  ])("weigert %s met een duidelijke melding", (naam, bytes, melding) => {
    const u = controleerBestand(naam, bytes);
    expect(u.ok).toBe(false);
    expect(!u.ok && u.melding).toContain(melding);
  });
});
