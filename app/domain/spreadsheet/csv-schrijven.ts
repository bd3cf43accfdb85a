/**
 * CSV for Dutch Excel: ";" between fields (the Dutch list separator), a UTF-8 BOM so Excel reads
 * "ë" and "€" right, CRLF line ends, and quotes around fields with ";", '"' or a line break.
 */

export const CSV_BOM = "\uFEFF";

function veld(waarde: string): string {
  // A cell starting with = + - @ is run as a formula by Excel (CSV injection); an apostrophe keeps it text.
  const veilig = /^[=+\-@\t\r]/.test(waarde) ? `'${waarde}` : waarde;
  return /[;"\r\n]/.test(veilig) ? `"${veilig.replace(/"/g, '""')}"` : veilig;
}

export function schrijfCsv(rijen: string[][]): string {
  return CSV_BOM + rijen.map((rij) => rij.map(veld).join(";")).join("\r\n") + "\r\n";
}

/** "2025-12-31" → "31-12-2025" */
export function csvDatum(iso: string | null): string {
  if (!iso) return "";
  const [j, m, d] = iso.slice(0, 10).split("-");
  return `${d}-${m}-${j}`;
}

/** 123456 cents → "1234,56": no thousands separator, so every spreadsheet reads it as a number. */
export function csvBedrag(centen: number | null): string {
  if (centen === null) return "";
  return `${Math.floor(centen / 100)},${String(centen % 100).padStart(2, "0")}`;
}
