import type { ExportRij } from "./export-gegevens.server";
import { EXPORT_KOLOMMEN } from "./export-kolommen";
import { csvBedrag, csvDatum, schrijfCsv } from "./csv-schrijven";

/** All acties of the export in one table, as Dutch Excel opens a CSV: dd-mm-jjjj, 1234,56, ja/nee. */
export function maakCsv(rijen: ExportRij[]): string {
  const kop = EXPORT_KOLOMMEN.map((k) => k.kop);
  const data = rijen.map((rij) =>
    EXPORT_KOLOMMEN.map((k) => {
      const w = k.waarde(rij);
      if (k.soort === "datum") return csvDatum(typeof w === "string" ? w : null);
      if (k.soort === "bedrag") return csvBedrag(typeof w === "number" ? w : null);
      if (k.soort === "janee") return w ? "ja" : "nee";
      return w === null ? "" : String(w);
    }),
  );
  return schrijfCsv([kop, ...data]);
}
