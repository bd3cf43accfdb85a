import ExcelJS from "exceljs";
import { MAX_KOLOMMEN, MAX_RIJEN, MELDING } from "./bestand-controle";
import type { Cel } from "./cel";

/**
 * Turns an .xlsx into plain grids of cells, one per worksheet. Merged cells repeat the value of
 * their top-left cell (exceljs does that), formulas give their last result, rich text its text,
 * and date cells their calendar date.
 */

export interface Werkblad {
  naam: string;
  grid: Cel[][];
}

type CelWaarde = ExcelJS.CellValue;

function alsCel(waarde: CelWaarde): Cel {
  if (waarde === null || waarde === undefined) return null;
  if (typeof waarde === "number") return waarde;
  if (typeof waarde === "string") return waarde;
  if (typeof waarde === "boolean") return waarde ? "ja" : "nee";
  // exceljs reads a date cell as midnight UTC of that calendar day.
  if (waarde instanceof Date) return Number.isNaN(waarde.getTime()) ? null : waarde.toISOString().slice(0, 10);
  if ("richText" in waarde) return waarde.richText.map((r) => r.text).join("");
  if ("result" in waarde) return alsCel((waarde.result ?? null) as CelWaarde);
  if ("formula" in waarde || "sharedFormula" in waarde) return null;
  if ("text" in waarde) return alsCel(waarde.text as CelWaarde);
  if ("error" in waarde) return null;
  return null;
}

export type XlsxUitkomst = { ok: true; bladen: Werkblad[] } | { ok: false; melding: string };

/** Any failure of exceljs (a broken zip, a .docx renamed to .xlsx, odd XML) is a broken file to the user, never a 500. */
export async function leesXlsx(bytes: Uint8Array): Promise<XlsxUitkomst> {
  try {
    return await lees(bytes);
  } catch {
    return { ok: false, melding: MELDING.kapotXlsx };
  }
}

async function lees(bytes: Uint8Array): Promise<XlsxUitkomst> {
  const werkmap = new ExcelJS.Workbook();
  await werkmap.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  if (werkmap.worksheets.length === 0) return { ok: false, melding: MELDING.geenXlsx };

  const bladen: Werkblad[] = [];
  for (const blad of werkmap.worksheets) {
    if (blad.state !== "visible" && blad.state !== undefined) continue;
    const grid: Cel[][] = [];
    const laatste = Math.min(blad.rowCount, MAX_RIJEN + 40);
    const breedte = Math.min(blad.columnCount, MAX_KOLOMMEN);
    for (let r = 1; r <= laatste; r++) {
      const rij = blad.getRow(r);
      const cellen: Cel[] = [];
      for (let c = 1; c <= breedte; c++) {
        const cel = alsCel(rij.getCell(c).value);
        cellen.push(typeof cel === "string" && cel.trim() === "" ? null : cel);
      }
      grid.push(cellen);
    }
    bladen.push({ naam: blad.name, grid });
    if (blad.rowCount > MAX_RIJEN + 40) return { ok: false, melding: MELDING.teVeelRijen(MAX_RIJEN) };
  }
  return { ok: true, bladen };
}
