/**
 * DESIGN §3: this system holds no client or case data. A 9-digit number that passes the
 * elfproef (11-test) looks like a BSN and is refused in every free-text field.
 */
export function passeertElfproef(negenCijfers: string): boolean {
  if (!/^\d{9}$/.test(negenCijfers)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(negenCijfers[i]) * (9 - i);
  som -= Number(negenCijfers[8]);
  return som % 11 === 0 && negenCijfers !== "000000000";
}

/** Finds BSN-like numbers, also written with dots or spaces ("123.456.782", "1234 56 782"). */
export function bevatBsn(tekst: string): boolean {
  const kandidaten = tekst.match(/(?<![\d.])\d(?:[ .]?\d){8}(?![\d])/g) ?? [];
  return kandidaten.some((k) => passeertElfproef(k.replace(/[ .]/g, "")));
}

export const BSN_MELDING =
  "Deze tekst bevat een nummer dat op een BSN lijkt. Dit systeem bevat geen cliënt- of casusgegevens: laat het nummer weg.";

export const PRIVACY_HINT = "Geen namen van inwoners, BSN-nummers of casusgegevens.";
