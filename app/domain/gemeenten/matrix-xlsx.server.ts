import ExcelJS from "exceljs";
import { celTekst } from "./matrix-cel-tekst";
import { SORTERING_LABELS } from "./matrix-regels";
import type { Matrix } from "./matrix.server";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The matrix as a workbook with the same content as the page: one row per gemeente, one column
 * per doelstelling (or per-gemeente actie), each cell in words; a second sheet explains the columns.
 */
export async function maakMatrixXlsx(matrix: Matrix, regioNaam: string): Promise<Buffer> {
  const boek = new ExcelJS.Workbook();
  boek.creator = "Regiovisie Uitvoeringsplan";
  const blad = boek.addWorksheet("Matrix", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  const kolomKop = matrix.weergave === "acties" ? "Actie" : "Doelstelling";
  blad.columns = [
    { header: "Gemeente", width: 24 },
    { header: "Subregio", width: 20 },
    { header: "Doelstellingen met lokale invulling", width: 18 },
    ...matrix.kolommen.map((k) => ({ header: `${kolomKop} ${k.code}`, width: 22 })),
  ];
  blad.getRow(1).font = { bold: true };
  blad.getRow(1).alignment = { wrapText: true, vertical: "top" };
  for (const rij of matrix.rijen) {
    blad.addRow([
      rij.naam,
      rij.subregio ?? "",
      `${rij.gedekt} van ${matrix.aantalDoelstellingen}`,
      ...rij.cellen.map((c) => celTekst(c, matrix.weergave)),
    ]);
  }

  const uitleg = boek.addWorksheet("Toelichting");
  uitleg.columns = [
    { header: "Code", width: 12 },
    { header: kolomKop, width: 90 },
  ];
  uitleg.getRow(1).font = { bold: true };
  for (const k of matrix.kolommen) uitleg.addRow([k.code, k.omschrijving]);
  uitleg.addRow([]);
  uitleg.addRow(["Regio", regioNaam]);
  uitleg.addRow(["Jaar", matrix.plan?.jaar ?? ""]);
  uitleg.addRow(["Weergave", matrix.weergave === "acties" ? "Acties per gemeente" : "Doelstellingen"]);
  uitleg.addRow(["Sortering", SORTERING_LABELS[matrix.sortering]]);
  if (matrix.subregioId !== null) uitleg.addRow(["Subregio", matrix.subregios.find((s) => s.id === matrix.subregioId)?.naam ?? ""]);

  return Buffer.from(await boek.xlsx.writeBuffer());
}

export function matrixBestandsnaam(regioSlug: string, jaar: number | null, weergave: string): string {
  return `gemeenten-${weergave}-${regioSlug}${jaar ? `-${jaar}` : ""}.xlsx`;
}
