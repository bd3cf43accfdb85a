import { FINANCIERING_LABELS, NIVEAU_LABELS } from "../acties/actie-schema";
import { formatBedrag, formatDatum } from "../format";
import type { InhoudActie, InhoudBetrokkene } from "./inhoud";

/** One field that differs between two versions of an actie, as Dutch text. */
export interface Veldverschil {
  veld: string;
  label: string;
  van: string;
  naar: string;
}

const LEEG = "(leeg)";

/**
 * What equality looks at: values and ids, never names, so renaming a gemeente is not a change of
 * the actie. An InhoudActie is one; so is a row that carries only the ids.
 */
export type Vergelijkbaar = Pick<
  InhoudActie,
  "code" | "titel" | "omschrijving" | "niveau" | "deadline" | "beoogdResultaat" | "indicator" | "financiering" | "bedragCenten"
> & {
  gemeente: { id: number } | null;
  eigenaar: { id: number };
  trekker: Pick<InhoudBetrokkene, "soort" | "id"> | null;
  partners: Pick<InhoudBetrokkene, "soort" | "id">[];
  doelstellingen: { id: number }[];
};

interface Veld {
  veld: string;
  label: string;
  sleutel: (a: Vergelijkbaar) => string;
  tekst: (a: InhoudActie) => string;
}

const tekstOfLeeg = (t: string | null) => (t === null || t === "" ? LEEG : t);
const betrokkeneSleutel = (b: Pick<InhoudBetrokkene, "soort" | "id"> | null) => (b ? `${b.soort[0]}:${b.id}` : "");

const VELDEN: Record<string, Veld> = {
  code: { veld: "code", label: "Code", sleutel: (a) => a.code, tekst: (a) => a.code },
  titel: { veld: "titel", label: "Titel", sleutel: (a) => a.titel, tekst: (a) => a.titel },
  omschrijving: {
    veld: "omschrijving",
    label: "Omschrijving",
    sleutel: (a) => a.omschrijving ?? "",
    tekst: (a) => tekstOfLeeg(a.omschrijving),
  },
  niveau: {
    veld: "niveau",
    label: "Niveau",
    sleutel: (a) => `${a.niveau}:${a.gemeente?.id ?? ""}`,
    tekst: (a) => (a.gemeente ? `${NIVEAU_LABELS[a.niveau]}: ${a.gemeente.naam}` : NIVEAU_LABELS[a.niveau]),
  },
  doelstellingen: {
    veld: "doelstellingen",
    label: "Doelstellingen",
    sleutel: (a) => a.doelstellingen.map((d) => d.id).sort((x, y) => x - y).join(","),
    tekst: (a) => (a.doelstellingen.length ? a.doelstellingen.map((d) => d.code).join(", ") : "(geen)"),
  },
  eigenaar: { veld: "eigenaar", label: "Eigenaar", sleutel: (a) => String(a.eigenaar.id), tekst: (a) => a.eigenaar.naam },
  trekker: {
    veld: "trekker",
    label: "Trekker",
    sleutel: (a) => betrokkeneSleutel(a.trekker),
    tekst: (a) => a.trekker?.naam ?? LEEG,
  },
  partners: {
    veld: "partners",
    label: "Betrokken partners",
    sleutel: (a) => a.partners.map(betrokkeneSleutel).sort().join(","),
    tekst: (a) =>
      a.partners.length
        ? a.partners
            .map((p) => p.naam)
            .sort((x, y) => x.localeCompare(y, "nl"))
            .join(", ")
        : "(geen)",
  },
  deadline: { veld: "deadline", label: "Deadline", sleutel: (a) => a.deadline, tekst: (a) => formatDatum(a.deadline) },
  beoogdResultaat: {
    veld: "beoogdResultaat",
    label: "Beoogd resultaat",
    sleutel: (a) => a.beoogdResultaat ?? "",
    tekst: (a) => tekstOfLeeg(a.beoogdResultaat),
  },
  indicator: { veld: "indicator", label: "Indicator", sleutel: (a) => a.indicator ?? "", tekst: (a) => tekstOfLeeg(a.indicator) },
  financiering: {
    veld: "financiering",
    label: "Financiering",
    sleutel: (a) => `${a.financiering ?? ""}:${a.bedragCenten ?? ""}`,
    tekst: (a) =>
      `${a.financiering ? FINANCIERING_LABELS[a.financiering] : "Niet ingevuld"}${a.bedragCenten !== null ? `: ${formatBedrag(a.bedragCenten)}` : ""}`,
  },
};

function vergelijk(van: InhoudActie, naar: InhoudActie, velden: string[]): Veldverschil[] {
  return velden
    .map((naam) => VELDEN[naam]!)
    .filter((v) => v.sleutel(van) !== v.sleutel(naar))
    .map((v) => ({ veld: v.veld, label: v.label, van: v.tekst(van), naar: v.tekst(naar) }));
}

const VASTSTELLING_VELDEN = [
  "code",
  "titel",
  "omschrijving",
  "niveau",
  "doelstellingen",
  "eigenaar",
  "trekker",
  "partners",
  "deadline",
  "beoogdResultaat",
  "indicator",
  "financiering",
];

/**
 * What changed in an actie since its plan was vastgesteld. The status is left out on purpose:
 * it moves through voortgang during the year, which is the plan at work, not a change of it.
 */
export function verschilMetVaststelling(snapshotActie: InhoudActie, huidigeActie: InhoudActie): Veldverschil[] {
  return vergelijk(snapshotActie, huidigeActie, VASTSTELLING_VELDEN);
}

/**
 * Everything verschilMetVaststelling compares, as one text: two acties with the same text have no
 * differences. It reads ids, never names, so a page can compare all acties without reading any
 * name, and read the names of the few that differ.
 */
export function vaststellingSleutel(a: Vergelijkbaar): string {
  return JSON.stringify(VASTSTELLING_VELDEN.map((naam) => VELDEN[naam]!.sleutel(a)));
}

/** What a carried-over actie changed compared with the actie of the previous year it came from. */
export function verschilMetHerkomst(herkomst: InhoudActie, actie: InhoudActie): Veldverschil[] {
  return vergelijk(herkomst, actie, [
    "titel",
    "omschrijving",
    "doelstellingen",
    "eigenaar",
    "trekker",
    "partners",
    "deadline",
    "beoogdResultaat",
    "financiering",
    "niveau",
  ]);
}
