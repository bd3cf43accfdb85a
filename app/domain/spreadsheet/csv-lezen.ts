import type { Cel } from "./cel";

/**
 * Reads a CSV as Dutch Excel, LibreOffice and older systems write it: separated by ";", "," or tab,
 * with or without a UTF-8 BOM, in UTF-8 or Windows-1252, with CRLF, LF or CR line ends and quoted
 * fields that may hold separators, quotes and line breaks.
 */

export function decodeer(bytes: Uint8Array): string {
  const zonderBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(zonderBom);
  } catch {
    // Not valid UTF-8: an older Excel "CSV (gescheiden door lijstscheidingsteken)" is Windows-1252.
    return new TextDecoder("windows-1252").decode(zonderBom);
  }
}

const SCHEIDERS = [";", ",", "\t"] as const;

/** The separator that occurs most outside quotes on the first line with content; ";" on a tie. */
export function raadScheider(tekst: string): string {
  const regels = tekst.split(/\r\n|\n|\r/).filter((r) => r.trim() !== "").slice(0, 5);
  let beste: string = ";";
  let meeste = 0;
  for (const scheider of SCHEIDERS) {
    const aantal = Math.max(0, ...regels.map((regel) => telBuitenQuotes(regel, scheider)));
    if (aantal > meeste) {
      beste = scheider;
      meeste = aantal;
    }
  }
  return beste;
}

function telBuitenQuotes(regel: string, teken: string): number {
  let binnen = false;
  let n = 0;
  for (const c of regel) {
    if (c === '"') binnen = !binnen;
    else if (c === teken && !binnen) n++;
  }
  return n;
}

/** Our own export guards against formula injection with a leading apostrophe; take it off again. */
function zonderFormuleBescherming(waarde: string): string {
  return /^'[=+\-@]/.test(waarde) ? waarde.slice(1) : waarde;
}

export function leesCsv(tekst: string, scheider = raadScheider(tekst)): Cel[][] {
  const rijen: Cel[][] = [];
  let rij: Cel[] = [];
  let veld = "";
  let binnen = false;
  let i = 0;
  const sluitVeld = () => {
    rij.push(veld === "" ? null : zonderFormuleBescherming(veld));
    veld = "";
  };
  const sluitRij = () => {
    sluitVeld();
    rijen.push(rij);
    rij = [];
  };
  while (i < tekst.length) {
    const c = tekst[i];
    if (binnen) {
      if (c === '"') {
        if (tekst[i + 1] === '"') {
          veld += '"';
          i++;
        } else binnen = false;
      } else veld += c;
    } else if (c === '"' && veld === "") binnen = true;
    else if (c === scheider) sluitVeld();
    else if (c === "\r" || c === "\n") {
      sluitRij();
      if (c === "\r" && tekst[i + 1] === "\n") i++;
    } else veld += c;
    i++;
  }
  if (veld !== "" || rij.length > 0) sluitRij();
  return rijen;
}
