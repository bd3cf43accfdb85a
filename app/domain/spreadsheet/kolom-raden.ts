import type { Doelveld, Koppeling } from "./doelvelden";
import { normaliseer } from "./tekst-normaliseren";

/**
 * Guesses which column holds which field from the header's words. Each field goes to one column
 * at most: the best-scoring pairs win, so "Titel" beats "Omschrijving" for the titel, and the
 * Omschrijving column then becomes the omschrijving.
 */

type Alias = [woorden: string, score: number];

const ALIASSEN: Record<Doelveld, Alias[]> = {
  titel: [["titel", 3], ["actie", 3], ["acties", 3], ["naam actie", 3], ["titel actie", 3], ["actie titel", 3], ["activiteit", 2], ["activiteiten", 2], ["wat", 2], ["omschrijving", 1.5], ["omschrijving actie", 2.5]],
  omschrijving: [["omschrijving", 1], ["beschrijving", 2], ["toelichting actie", 2]],
  doelstellingen: [["doelstelling", 3], ["doelstellingen", 3], ["doelstelling nr", 3], ["doelstellingnummer", 3], ["doel", 2], ["doelen", 2], ["subdoel", 2], ["nr", 2], ["nummer", 2]],
  niveau: [["niveau", 3], ["schaal", 2], ["regionaal lokaal", 3], ["regionaal of lokaal", 3]],
  gemeente: [["gemeente", 3], ["lokale gemeente", 3], ["niveau gemeente", 2]],
  trekker: [["trekker", 3], ["trekkende partij", 3], ["trekker organisatie", 3], ["penvoerder", 2], ["uitvoerder", 2], ["lead", 2], ["verantwoordelijke organisatie", 2], ["organisatie", 1.5]],
  eigenaar: [["eigenaar", 3], ["actiehouder", 3], ["actie eigenaar", 3], ["verantwoordelijke", 2], ["contactpersoon", 2], ["e mail eigenaar", 3], ["eigenaar e mail", 3]],
  partners: [["partners", 3], ["partner", 3], ["betrokken partners", 3], ["betrokken", 2.5], ["betrokkenen", 2.5], ["samenwerkingspartners", 3], ["ketenpartners", 2.5]],
  deadline: [["deadline", 3], ["planning", 3], ["wanneer", 3], ["einddatum", 3], ["streefdatum", 3], ["datum gereed", 3], ["gereed", 2], ["termijn", 2.5], ["opleverdatum", 3], ["uiterlijk", 2], ["kwartaal", 1], ["periode", 1]],
  status: [["status", 3], ["stand", 3], ["stoplicht", 3], ["kleur", 2], ["status actie", 3]],
  toelichting: [["toelichting", 2.5], ["stand van zaken", 2.5], ["opmerking", 2], ["opmerkingen", 2], ["toelichting status", 3], ["voortgang", 1.5]],
  beoogdResultaat: [["beoogd resultaat", 3], ["beoogde resultaten", 3], ["resultaat", 3], ["resultaten", 3], ["beoogd effect", 2.5], ["gewenst resultaat", 3]],
  financiering: [["financiering", 3], ["financieringsbron", 3], ["dekking", 3], ["bron", 1.5], ["budget", 1]],
  bedrag: [["bedrag", 3], ["kosten", 3], ["begroting", 2.5], ["raming", 2.5], ["bedrag euro", 3], ["kosten euro", 3], ["budget", 1.5]],
};

export interface Kandidaat {
  veld: Doelveld;
  score: number;
}

/** Every field this header could mean, best first; a header that starts with the words counts a little less. */
export function kandidaten(kop: string): Kandidaat[] {
  const tekst = normaliseer(kop);
  if (tekst === "" || tekst.length > 60) return [];
  const uit: Kandidaat[] = [];
  for (const [veld, aliassen] of Object.entries(ALIASSEN) as [Doelveld, Alias[]][]) {
    let beste = 0;
    for (const [woorden, score] of aliassen) {
      const alias = normaliseer(woorden);
      if (tekst === alias) beste = Math.max(beste, score);
      else if (tekst.startsWith(`${alias} `)) beste = Math.max(beste, score - 0.5);
    }
    if (beste > 0) uit.push({ veld, score: beste });
  }
  return uit.sort((a, b) => b.score - a.score);
}

/** True for a cell that is clearly a column name we know ("Trekker", "Deadline (dd-mm-jjjj)"). */
export function isBekendeKop(kop: string, alleenExact = false): boolean {
  const tekst = normaliseer(kop);
  return kandidaten(kop).some((k) => k.score >= 2 && (!alleenExact || ALIASSEN[k.veld].some(([w]) => normaliseer(w) === tekst)));
}

export function raadKoppeling(koppen: string[]): Koppeling {
  const paren = koppen
    .flatMap((kop, kolom) => kandidaten(kop).map((k) => ({ kolom, ...k })))
    .sort((a, b) => b.score - a.score || a.kolom - b.kolom);
  const koppeling: Koppeling = koppen.map(() => null);
  const bezet = new Set<Doelveld>();
  for (const p of paren) {
    if (koppeling[p.kolom] !== null || bezet.has(p.veld)) continue;
    koppeling[p.kolom] = p.veld;
    bezet.add(p.veld);
  }
  return koppeling;
}
