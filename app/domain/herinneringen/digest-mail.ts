import type { ActieStatus } from "../../../db/enums";
import { formatDatum } from "../format";
import { STATUS_LABELS } from "../status";
import { DIGEST_REDENEN, DIGEST_VOORUIT_WEKEN, type DigestReden } from "./redenen";

export interface DigestOntvanger {
  naam: string;
  email: string;
  frequentie: "wekelijks" | "maandelijks";
}

export interface DigestItem {
  actieId: number;
  code: string;
  titel: string;
  /** Set for a gemeente's own part of an actie carried out per gemeente. */
  gemeente: string | null;
  regioSlug: string;
  regioNaam: string;
  planJaar: number;
  deadline: string;
  status: ActieStatus;
  laatsteVoortgang: string | null;
  aangemaaktOp: string;
  nietBijgewerktWeken: number;
  redenen: DigestReden[];
}

export const REDEN_KOPPEN: Record<DigestReden, string> = {
  over_deadline: "Deadline verstreken",
  binnenkort: `Deadline binnen ${DIGEST_VOORUIT_WEKEN} weken`,
  niet_bijgewerkt: "Niet recent bijgewerkt",
};

const AFSLUITING = "Met vriendelijke groet,\nRegiovisie Uitvoeringsplan";

export function actieLink(origin: string, item: Pick<DigestItem, "regioSlug" | "actieId">): string {
  return `${origin}/r/${item.regioSlug}/acties/${item.actieId}`;
}

function deadlineTekst(item: DigestItem, vandaag: string): string {
  const datum = `Deadline ${formatDatum(item.deadline)}`;
  if (item.redenen.includes("over_deadline")) return `${datum} (verstreken)`;
  if (!item.redenen.includes("binnenkort")) return datum;
  const dagen = Math.round((Date.parse(`${item.deadline}T12:00:00Z`) - Date.parse(`${vandaag}T12:00:00Z`)) / 86_400_000);
  return `${datum} (${dagen === 0 ? "vandaag" : `over ${dagen} ${dagen === 1 ? "dag" : "dagen"}`})`;
}

function itemTekst(item: DigestItem, origin: string, vandaag: string): string {
  const titel = item.gemeente ? `${item.titel} (uitvoering ${item.gemeente})` : item.titel;
  const bijgewerkt = item.laatsteVoortgang
    ? `laatst bijgewerkt op ${formatDatum(item.laatsteVoortgang)}`
    : `nog niet bijgewerkt sinds ${formatDatum(item.aangemaaktOp)}`;
  return [
    `- ${item.code} ${titel}`,
    `  ${item.regioNaam}, uitvoeringsplan ${item.planJaar}`,
    `  ${deadlineTekst(item, vandaag)} · Status: ${STATUS_LABELS[item.status]} · ${bijgewerkt}`,
    `  ${actieLink(origin, item)}`,
  ].join("\n");
}

/**
 * The digest as plain text: one section per reason, each actie once, under its most pressing
 * reason (over deadline before not updated before due soon is the order of the sections).
 */
export function digestMail(
  ontvanger: DigestOntvanger,
  items: DigestItem[],
  { origin, vandaag }: { origin: string; vandaag: string },
): { onderwerp: string; tekst: string } {
  const volgorde: DigestReden[] = ["over_deadline", "niet_bijgewerkt", "binnenkort"];
  const hoofdreden = (item: DigestItem) => volgorde.find((r) => item.redenen.includes(r)) ?? DIGEST_REDENEN[0];
  const secties = volgorde
    .map((reden) => ({ reden, items: items.filter((item) => hoofdreden(item) === reden) }))
    .filter((s) => s.items.length > 0)
    .map(({ reden, items: lijst }) => {
      const kop = `${REDEN_KOPPEN[reden]} (${lijst.length})`;
      const uitleg =
        reden === "niet_bijgewerkt"
          ? "\nGeen voortgang gemeld in de afgesproken termijn van uw regio."
          : "";
      return `${kop}${uitleg}\n\n${lijst.map((item) => itemTekst(item, origin, vandaag)).join("\n\n")}`;
    });

  const periode = ontvanger.frequentie === "maandelijks" ? "maandelijkse" : "wekelijkse";
  const aantal = items.length === 1 ? "1 actie vraagt" : `${items.length} acties vragen`;
  return {
    onderwerp: `Herinnering: ${aantal} uw aandacht`,
    tekst: [
      `Beste ${ontvanger.naam},`,
      `Dit is uw ${periode} overzicht van de acties waarvan u eigenaar bent en die aandacht nodig hebben. Meld de voortgang via de link bij de actie.`,
      ...secties,
      `U ontvangt dit overzicht ${ontvanger.frequentie}. Liever maandelijks, wekelijks of niet meer? Kies het onder "Herinneringen en agenda" op ${origin}/account.`,
      AFSLUITING,
    ].join("\n\n"),
  };
}
