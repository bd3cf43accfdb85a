import { FASEN, type Fase } from "./fase";

/** Sorting and filtering of the lokale kamers overview, read from the query string (works without JS). */

export const SORTEERVELDEN = ["gemeente", "fase", "voortgang", "datum"] as const;
export type Sorteerveld = (typeof SORTEERVELDEN)[number];
export type Richting = "op" | "af";

export const SORTEER_LABELS: Record<Sorteerveld, string> = {
  gemeente: "Gemeente",
  fase: "Fase",
  voortgang: "Voortgang",
  datum: "Volgende streefdatum",
};

export interface OverzichtKeuze {
  sorteer: Sorteerveld;
  richting: Richting;
  subregioId: number | null;
}

export function leesOverzichtKeuze(params: URLSearchParams): OverzichtKeuze {
  const sorteer = params.get("sorteer");
  const subregio = params.get("subregio");
  return {
    sorteer: (SORTEERVELDEN as readonly string[]).includes(sorteer ?? "") ? (sorteer as Sorteerveld) : "gemeente",
    richting: params.get("richting") === "af" ? "af" : "op",
    subregioId: subregio && /^\d{1,12}$/.test(subregio) ? Number(subregio) : null,
  };
}

export interface Sorteerbaar {
  gemeente: string;
  fase: Fase;
  gereed: number;
  totaal: number;
  volgendeDatum: string | null;
}

const naamVolgorde = new Intl.Collator("nl-NL", { sensitivity: "base" });

function aandeel(r: Sorteerbaar): number {
  return r.totaal === 0 ? 0 : r.gereed / r.totaal;
}

/**
 * Sorts a copy; the gemeente name breaks ties so the order is stable. Rows without a next date
 * go last in both directions: "no date" is not earlier or later than any date.
 */
export function sorteerOverzicht<T extends Sorteerbaar>(rijen: T[], keuze: Pick<OverzichtKeuze, "sorteer" | "richting">): T[] {
  const teken = keuze.richting === "af" ? -1 : 1;
  const opNaam = (a: T, b: T) => naamVolgorde.compare(a.gemeente, b.gemeente);
  return [...rijen].sort((a, b) => {
    switch (keuze.sorteer) {
      case "gemeente":
        return teken * opNaam(a, b);
      case "fase":
        return teken * (FASEN.indexOf(a.fase) - FASEN.indexOf(b.fase)) || opNaam(a, b);
      case "voortgang":
        return teken * (aandeel(a) - aandeel(b)) || opNaam(a, b);
      case "datum": {
        if (a.volgendeDatum === b.volgendeDatum) return opNaam(a, b);
        if (a.volgendeDatum === null) return 1;
        if (b.volgendeDatum === null) return -1;
        return teken * (a.volgendeDatum < b.volgendeDatum ? -1 : 1);
      }
    }
  });
}

/** The query string for a column header: a second click on the active column flips the direction. */
export function sorteerLink(huidig: OverzichtKeuze, veld: Sorteerveld): string {
  const params = new URLSearchParams();
  params.set("sorteer", veld);
  if (huidig.sorteer === veld && huidig.richting === "op") params.set("richting", "af");
  if (huidig.subregioId !== null) params.set("subregio", String(huidig.subregioId));
  return `?${params.toString()}`;
}
