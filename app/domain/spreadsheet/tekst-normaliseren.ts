/**
 * Spreadsheets are typed by people: "Gemeente Leiden", "leiden ", "Léiden" and "LEIDEN" mean the
 * same thing. Names and headers are compared in this normalised form only.
 */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A gemeente's name without the word "gemeente" in front, as sheets often write it. */
export function normaliseerNaam(tekst: string): string {
  return normaliseer(tekst).replace(/^gemeente /, "");
}
