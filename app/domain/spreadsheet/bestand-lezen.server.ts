import { controleerBestand, MAX_KOLOMMEN, MAX_RIJEN, MELDING } from "./bestand-controle";
import type { Cel } from "./cel";
import { decodeer, leesCsv } from "./csv-lezen";
import { vindTabel, type Tabel } from "./kopregel";
import { leesXlsx, type Werkblad } from "./xlsx-lezen.server";

/**
 * From uploaded bytes to the table of acties: checks the file, parses it, and finds the header row.
 * In a workbook the first sheet with a recognisable header wins (our own export has a summary
 * sheet first); failing that, the first sheet with data, whose columns the user maps by hand.
 */

export interface GelezenTabel extends Tabel {
  tabblad: string | null;
  overgeslagenTabbladen: string[];
}

export type LeesUitkomst = { ok: true; tabel: GelezenTabel } | { ok: false; melding: string };

function kies(bladen: Werkblad[]): { tabel: Tabel; blad: Werkblad } | "geen-rijen" | null {
  let herkend = false;
  for (const blad of bladen) {
    const tabel = vindTabel(blad.grid);
    if (tabel && tabel.rijen.length > 0) return { tabel, blad };
    herkend ||= tabel !== null;
  }
  // A table we recognise but without rows is an empty plan, not a reason to read some other sheet.
  if (herkend) return "geen-rijen";
  for (const blad of bladen) {
    const tabel = vindTabel(blad.grid, false);
    if (tabel && tabel.rijen.length > 0) return { tabel, blad };
  }
  return null;
}

export async function leesBestand(naam: string, bytes: Uint8Array): Promise<LeesUitkomst> {
  const controle = controleerBestand(naam, bytes);
  if (!controle.ok) return controle;

  let bladen: Werkblad[];
  if (controle.soort === "xlsx") {
    const xlsx = await leesXlsx(bytes);
    if (!xlsx.ok) return xlsx;
    bladen = xlsx.bladen;
  } else {
    const grid: Cel[][] = leesCsv(decodeer(bytes));
    if (grid.length > MAX_RIJEN + 40) return { ok: false, melding: MELDING.teVeelRijen(MAX_RIJEN) };
    bladen = [{ naam: "", grid: grid.map((rij) => rij.slice(0, MAX_KOLOMMEN)) }];
  }

  if (bladen.every((b) => b.grid.every((rij) => rij.every((c) => c === null)))) return { ok: false, melding: MELDING.geenGegevens };
  const gekozen = kies(bladen);
  if (gekozen === "geen-rijen") return { ok: false, melding: MELDING.geenGegevens };
  if (!gekozen) {
    const heeftKop = bladen.some((b) => vindTabel(b.grid, false) !== null);
    return { ok: false, melding: heeftKop ? MELDING.geenGegevens : MELDING.geenKop };
  }
  if (gekozen.tabel.rijen.length > MAX_RIJEN) return { ok: false, melding: MELDING.teVeelRijen(MAX_RIJEN) };
  return {
    ok: true,
    tabel: {
      ...gekozen.tabel,
      tabblad: controle.soort === "xlsx" ? gekozen.blad.naam : null,
      overgeslagenTabbladen: bladen.filter((b) => b !== gekozen.blad).map((b) => b.naam),
    },
  };
}
