import { type Cel, celTekst } from "./cel";
import { normaliseer } from "./tekst-normaliseren";

/**
 * Reads a deadline the way Dutch plans write it: "31-12-2025", "31 december 2025", "dec 2025"
 * (the last day of that month), "Q3 2025", "eind 2025", "medio 2025", "2e helft 2025", an ISO date,
 * or an Excel date serial. A period means "done by the end of it", so it becomes its last day.
 */

export type DatumUitkomst = { ok: true; datum: string } | { ok: false };

const MAANDEN: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const PERIODES: Record<string, [number, number]> = {
  eind: [12, 31], einde: [12, 31], "eind van": [12, 31], "uiterlijk eind": [12, 31],
  medio: [6, 30], midden: [6, 30], half: [6, 30], halverwege: [6, 30],
  begin: [3, 31], "begin van": [3, 31],
  voorjaar: [5, 31], zomer: [8, 31], najaar: [11, 30],
  "1e helft": [6, 30], "eerste helft": [6, 30], "h1": [6, 30],
  "2e helft": [12, 31], "tweede helft": [12, 31], "h2": [12, 31],
};

const WEEKDAGEN = /^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo) /;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function laatsteDag(jaar: number, maand: number): number {
  return new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

function maak(jaar: number, maand: number, dag: number): DatumUitkomst {
  if (jaar < 1990 || jaar > 2100 || maand < 1 || maand > 12 || dag < 1 || dag > laatsteDag(jaar, maand)) return { ok: false };
  return { ok: true, datum: `${jaar}-${pad(maand)}-${pad(dag)}` };
}

function eindeMaand(jaar: number, maand: number): DatumUitkomst {
  return maak(jaar, maand, maand >= 1 && maand <= 12 ? laatsteDag(jaar, maand) : 1);
}

function volJaar(jaar: string): number {
  return jaar.length === 2 ? 2000 + Number(jaar) : Number(jaar);
}

/** Excel counts days from 30 December 1899 (its 1900 leap-year bug included, so this epoch is right after February 1900). */
export function vanExcelSerial(serial: number): DatumUitkomst {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return { ok: false };
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return maak(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function leesDatum(cel: Cel): DatumUitkomst {
  if (typeof cel === "number") return vanExcelSerial(cel);
  const ruw = celTekst(cel);
  if (ruw === "") return { ok: false };

  let m = ruw.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/);
  if (m) return maak(Number(m[1]), Number(m[2]), Number(m[3]));
  m = ruw.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/);
  if (m) return maak(volJaar(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{5}(\.\d+)?$/.test(ruw)) return vanExcelSerial(Number(ruw));

  const tekst = normaliseer(ruw).replace(WEEKDAGEN, "");

  m = tekst.match(/^(?:(eind|einde|uiterlijk|medio) )?(\d{1,2}) ([a-z]+) (\d{4})$/);
  if (m && MAANDEN[m[3]]) return maak(Number(m[4]), MAANDEN[m[3]], Number(m[2]));

  m = tekst.match(/^(?:(eind|einde|uiterlijk|uiterlijk eind|medio|begin) )?([a-z]+) (\d{4})$/);
  if (m && MAANDEN[m[2]]) {
    const maand = MAANDEN[m[2]];
    if (m[1] === "medio") return maak(Number(m[3]), maand, 15);
    return eindeMaand(Number(m[3]), maand);
  }

  m = tekst.match(/^(?:q|k|kw|kwartaal) ?([1-4]) (\d{4})$/) ?? tekst.match(/^([1-4])(?:e|de|ste)? kwartaal (\d{4})$/);
  if (m) return eindeMaand(Number(m[2]), Number(m[1]) * 3);
  m = tekst.match(/^(\d{4}) (?:q|k|kw) ?([1-4])$/);
  if (m) return eindeMaand(Number(m[1]), Number(m[2]) * 3);

  m = tekst.match(/^(.+?) (\d{4})$/);
  if (m && PERIODES[m[1]]) {
    const [maand, dag] = PERIODES[m[1]];
    return maak(Number(m[2]), maand, dag);
  }
  m = tekst.match(/^(?:uiterlijk |in )?(\d{4})$/);
  if (m) return maak(Number(m[1]), 12, 31);
  return { ok: false };
}
