/**
 * What may be uploaded: .xlsx or .csv, at most 10 MB, and the content must fit the name: an .xlsx
 * is a zip file (it starts with "PK"), a CSV is text (no NUL bytes). Messages say what to do.
 */

export const MAX_BESTAND_BYTES = 10 * 1024 * 1024;
export const MAX_BESTAND_TEKST = "10 MB";
/** Room for the multipart envelope and the other form fields around the file. */
export const MAX_VERZOEK_BYTES = MAX_BESTAND_BYTES + 64 * 1024;

export const MELDING = {
  geenBestand: "Kies een bestand om te uploaden.",
  teGroot: `Het bestand is groter dan ${MAX_BESTAND_TEKST}. Verklein het bestand, bijvoorbeeld door alleen het tabblad met de acties op te slaan.`,
  leeg: "Het bestand is leeg. Kies het bestand met de acties van het uitvoeringsplan.",
  soort: "Kies een Excel-bestand (.xlsx) of een CSV-bestand (.csv).",
  oudExcel: "Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of als CSV en upload het opnieuw.",
  geenXlsx: "Dit bestand is geen geldig Excel-bestand (.xlsx). Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.",
  kapotXlsx: "Het Excel-bestand is beschadigd of onvolledig en kan niet worden gelezen. Sla het opnieuw op als .xlsx en probeer het nog eens.",
  geenCsv: "Dit bestand is geen CSV-tekstbestand. Kies een .csv- of .xlsx-bestand.",
  geenGegevens: "Het bestand bevat geen rijen met acties. Controleer of u het goede bestand of tabblad hebt gekozen.",
  geenKop: "In het bestand staat geen rij met kolomnamen (zoals Actie, Trekker, Deadline, Status). Zet de kolomnamen in de eerste rij van de tabel.",
  teVeelRijen: (max: number) => `Het bestand heeft meer dan ${max} rijen met acties. Splits het bestand en importeer de delen na elkaar.`,
} as const;

export const MAX_RIJEN = 2000;
export const MAX_KOLOMMEN = 100;

export type Bestandssoort = "xlsx" | "csv";

export type Controle = { ok: true; soort: Bestandssoort } | { ok: false; melding: string };

export function controleerBestand(naam: string, bytes: Uint8Array): Controle {
  const extensie = naam.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  if (extensie === "xls") return { ok: false, melding: MELDING.oudExcel };
  if (extensie !== "xlsx" && extensie !== "csv") return { ok: false, melding: MELDING.soort };
  if (bytes.byteLength === 0) return { ok: false, melding: MELDING.leeg };
  if (bytes.byteLength > MAX_BESTAND_BYTES) return { ok: false, melding: MELDING.teGroot };

  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (extensie === "xlsx") return isZip ? { ok: true, soort: "xlsx" } : { ok: false, melding: MELDING.geenXlsx };
  if (isZip || bytes.subarray(0, 8192).includes(0)) return { ok: false, melding: MELDING.geenCsv };
  return { ok: true, soort: "csv" };
}
