import { type Cel, celTekst, isLeeg } from "./cel";
import { isBekendeKop } from "./kolom-raden";

/**
 * Finds the table in a sheet. Real plans start with a title, a logo row or a merged group header
 * ("Planning" over Deadline and Status), so the header row is the first row with at least three
 * column names we know. A second header row right under it (the merged-group case) refines the
 * names; a group header above fills the cells left empty.
 */

export const ZOEK_KOP_IN_RIJEN = 30;

export interface Tabel {
  koppen: string[];
  /** Data rows with their 1-based row number in the sheet; empty rows are left out. */
  rijen: { rij: number; cellen: Cel[] }[];
  /** 1-based number of the (last) header row. */
  kopRij: number;
}

function bekende(rij: Cel[] | undefined, alleenExact = false): number {
  return (rij ?? []).filter((c) => !isLeeg(c) && isBekendeKop(celTekst(c), alleenExact)).length;
}

function uniek(koppen: string[]): string[] {
  const gezien = new Map<string, number>();
  return koppen.map((kop, i) => {
    const naam = kop || `Kolom ${i + 1}`;
    const n = (gezien.get(naam) ?? 0) + 1;
    gezien.set(naam, n);
    return n === 1 ? naam : `${naam} (${n})`;
  });
}

/** Returns null when the grid has no row that looks like a header at all. */
export function vindTabel(grid: Cel[][], herkenbaar = true): Tabel | null {
  const grens = Math.min(grid.length, ZOEK_KOP_IN_RIJEN);
  let kop = -1;
  for (let r = 0; r < grens; r++) {
    const gevuld = (grid[r] ?? []).filter((c) => !isLeeg(c)).length;
    if (herkenbaar ? bekende(grid[r]) >= 3 : gevuld >= 2) {
      kop = r;
      break;
    }
  }
  if (kop === -1) return null;

  const breedte = Math.max(...grid.map((r) => r.length));
  const boven = kop > 0 ? grid[kop - 1] : undefined;
  let namen = Array.from({ length: breedte }, (_, c) => celTekst(grid[kop][c]) || celTekst(boven?.[c]));

  const onder = grid[kop + 1];
  const verfijnd = (onder ?? []).filter((c, i) => !isLeeg(c) && isBekendeKop(celTekst(c), true) && celTekst(c) !== namen[i]).length;
  let kopRij = kop;
  if (herkenbaar && verfijnd >= 2) {
    namen = namen.map((naam, c) => celTekst(onder?.[c]) || naam);
    kopRij = kop + 1;
  }

  const koppen = uniek(namen);
  const kopTekst = koppen.join("\u0000");
  const rijen: Tabel["rijen"] = [];
  for (let r = kopRij + 1; r < grid.length; r++) {
    const cellen = Array.from({ length: breedte }, (_, c) => grid[r]?.[c] ?? null);
    if (cellen.every(isLeeg)) continue;
    // A header repeated further down (a printed sheet with a header per page) is not an actie.
    if (uniek(cellen.map(celTekst)).join("\u0000") === kopTekst) continue;
    rijen.push({ rij: r + 1, cellen });
  }

  // Columns without a name and without any value are padding, not data.
  const bruikbaar = koppen.map((k, c) => !k.startsWith("Kolom ") || rijen.some((r) => !isLeeg(r.cellen[c])));
  const houd = (_: unknown, c: number) => bruikbaar[c];
  return {
    koppen: koppen.filter(houd),
    rijen: rijen.map((r) => ({ rij: r.rij, cellen: r.cellen.filter(houd) })),
    kopRij: kopRij + 1,
  };
}
