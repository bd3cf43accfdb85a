import ExcelJS from "exceljs";
import { ACTIE_STATUSSEN } from "../../../db/schema";
import { formatDatum, formatTijdstip } from "../format";
import { STATUS_LABELS } from "../status";
import type { ExportGegevens, ExportRij } from "./export-gegevens.server";
import { EXPORT_KOLOMMEN } from "./export-kolommen";

/**
 * The plan as an Excel workbook: a summary sheet (plan, filters, counts per status per actielijn),
 * a sheet with all acties, and one sheet per actielijn. Deadlines are real date cells and amounts
 * real numbers, so sorting, filtering and sums work in Excel.
 */

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const DATUM_FORMAAT = "dd-mm-yyyy";
const BEDRAG_FORMAAT = '"€" #,##0.00';

/** Excel allows 31 characters and no : \ / ? * [ ] in a sheet name, and each name once. */
function bladNaam(naam: string, bezet: Set<string>): string {
  const basis = naam.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().slice(0, 31) || "Blad";
  let kandidaat = basis;
  for (let n = 2; bezet.has(kandidaat.toLowerCase()); n++) kandidaat = `${basis.slice(0, 31 - String(n).length - 1)} ${n}`;
  bezet.add(kandidaat.toLowerCase());
  return kandidaat;
}

/** A calendar date as a date cell: midnight UTC of that day, which Excel shows as that day. */
function datumCel(iso: string): Date {
  const [j, m, d] = iso.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(j, m - 1, d));
}

function vulActieBlad(blad: ExcelJS.Worksheet, rijen: ExportRij[]) {
  blad.columns = EXPORT_KOLOMMEN.map((k) => ({ header: k.kop, width: k.breedte }));
  for (const rij of rijen) {
    blad.addRow(
      EXPORT_KOLOMMEN.map((k) => {
        const w = k.waarde(rij);
        if (w === null) return null;
        if (k.soort === "datum") return datumCel(String(w));
        if (k.soort === "bedrag") return Number(w) / 100;
        if (k.soort === "janee") return w ? "ja" : "nee";
        return w;
      }),
    );
  }
  EXPORT_KOLOMMEN.forEach((k, i) => {
    const kolom = blad.getColumn(i + 1);
    if (k.soort === "datum") kolom.numFmt = DATUM_FORMAAT;
    if (k.soort === "bedrag") kolom.numFmt = BEDRAG_FORMAAT;
    if (k.breedte >= 30) kolom.alignment = { wrapText: true, vertical: "top" };
    else kolom.alignment = { vertical: "top" };
  });
  const kop = blad.getRow(1);
  kop.font = { bold: true };
  kop.alignment = { vertical: "middle", wrapText: true };
  kop.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  blad.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
  blad.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_KOLOMMEN.length } };
}

function vulSamenvatting(blad: ExcelJS.Worksheet, g: ExportGegevens) {
  blad.columns = [{ width: 40 }, ...ACTIE_STATUSSEN.map(() => ({ width: 15 })), { width: 10 }];
  blad.addRow([`Uitvoeringsplan ${g.plan.jaar} — ${g.regio.naam}`]).font = { bold: true, size: 14 };
  blad.addRow([]);
  const gegevens: [string, string | Date | number][] = [
    ["Status van het plan", g.plan.status],
    ["Vastgesteld op", g.plan.vastgesteldOp ? formatDatum(g.plan.vastgesteldOp) : "Nog niet vastgesteld"],
    ["Besluit", g.plan.besluit ?? ""],
    ["Acties in deze export", `${g.aantalGevonden} van ${g.plan.aantalActies}`],
    ["Filters", g.filters.length > 0 ? g.filters.join("; ") : "Geen: alle acties van het plan"],
    ["Geëxporteerd op", formatTijdstip(g.geexporteerdOp)],
  ];
  for (const [label, waarde] of gegevens) {
    const rij = blad.addRow([label, waarde]);
    rij.getCell(1).font = { bold: true };
    blad.mergeCells(rij.number, 2, rij.number, ACTIE_STATUSSEN.length + 2);
    rij.getCell(2).alignment = { wrapText: true, vertical: "top" };
  }
  blad.addRow([]);
  blad.addRow(["Aantal acties per status en actielijn"]).font = { bold: true, size: 12 };
  const kop = blad.addRow(["Actielijn", ...ACTIE_STATUSSEN.map((s) => STATUS_LABELS[s]), "Totaal"]);
  kop.font = { bold: true };
  kop.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  for (const r of g.totalen.rijen) {
    blad.addRow([`${r.code} ${r.titel}`, ...ACTIE_STATUSSEN.map((s) => r.perStatus[s]), r.totaal]);
  }
  const totaal = blad.addRow(["Totaal (elke actie één keer)", ...ACTIE_STATUSSEN.map((s) => g.totalen.totaal.perStatus[s]), g.totalen.totaal.totaal]);
  totaal.font = { bold: true };
  blad.addRow([]);
  blad.addRow(["Een actie onder twee actielijnen telt in beide rijen mee, maar één keer in het totaal."]);
}

export async function maakXlsx(g: ExportGegevens): Promise<Buffer> {
  const werkmap = new ExcelJS.Workbook();
  werkmap.creator = "Regiovisie Uitvoeringsplan";
  werkmap.created = g.geexporteerdOp;
  werkmap.title = `Uitvoeringsplan ${g.plan.jaar} ${g.regio.naam}`;
  const bezet = new Set<string>();

  vulSamenvatting(werkmap.addWorksheet(bladNaam("Samenvatting", bezet)), g);
  vulActieBlad(werkmap.addWorksheet(bladNaam("Alle acties", bezet)), g.alle);
  for (const blad of g.bladen) vulActieBlad(werkmap.addWorksheet(bladNaam(blad.naam, bezet)), blad.rijen);

  return Buffer.from(await werkmap.xlsx.writeBuffer());
}
