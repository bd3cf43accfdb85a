import bestand from "./regiovisies.json";

/** The parts of regiovisies.json the seed uses; the file itself is the source of the facts. */
export interface RegioFeiten {
  slug: string;
  naam: string;
  subregios?: { naam: string; centrumgemeente: string }[];
  gemeenten: (string | { naam: string; subregio: string; centrumgemeente?: boolean })[];
  centrumgemeenten?: string[];
  ketenpartners?: string[];
  visie: VisieFeiten;
}

export interface VisieFeiten {
  titel: string;
  periode: [number, number];
  vorige?: string;
  centrale_ambitie: string;
  uitgangspunten?: string[];
  actielijnen?: ActielijnFeiten[];
  ontwikkelopgaven?: string[];
  richtingen_ketenpartners?: string[];
}

export interface ActielijnFeiten {
  code: string;
  titel: string;
  omschrijving?: string;
  doelstellingen?: { code: string; tekst: string }[];
  acties_uit_visie?: ActieUitVisie[];
}

export interface ActieUitVisie {
  titel: string;
  /** A date, or a recurring term such as "jaarlijks" or "doorlopend". */
  deadline: string;
  indicator?: string;
}

export const REGIO_FEITEN = (bestand as unknown as { regios: RegioFeiten[] }).regios;

export function regioFeiten(slug: string): RegioFeiten {
  const gevonden = REGIO_FEITEN.find((r) => r.slug === slug);
  if (!gevonden) throw new Error(`regiovisies.json heeft geen regio "${slug}"`);
  return gevonden;
}
