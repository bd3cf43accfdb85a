/**
 * One cell as read from a sheet: text, a number, or nothing. Date cells arrive as "YYYY-MM-DD"
 * text, so the rest of the import never meets a JavaScript Date and its time zone.
 */
export type Cel = string | number | null;

export function celTekst(cel: Cel | undefined): string {
  if (cel === null || cel === undefined) return "";
  return typeof cel === "number" ? String(cel) : cel.trim();
}

export function isLeeg(cel: Cel | undefined): boolean {
  return celTekst(cel) === "";
}
