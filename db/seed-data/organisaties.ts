import type { OrganisatieSoort } from "../schema";

export interface OrganisatieSeed {
  naam: string;
  soort: OrganisatieSoort;
}

/** Soort per ketenpartner named in the Hollands Midden regiovisie (names as in regiovisies.json). */
export const HOLLANDS_MIDDEN_SOORTEN: Record<string, OrganisatieSoort> = {
  "Veilig Thuis Hollands Midden": "veilig_thuis",
  HECHT: "zorg_en_veiligheid",
  "Zorg- en Veiligheidshuis Hollands Midden": "zorg_en_veiligheid",
  "MDA++ team": "zorg_en_veiligheid",
  Politie: "politie_justitie",
  "Openbaar Ministerie": "politie_justitie",
  "Raad voor de Kinderbescherming": "jeugdbescherming",
  Reclassering: "politie_justitie",
  "Centrum Seksueel Geweld": "zorg",
  "Rosa Manus (vrouwenopvang)": "opvang",
  "Kwintes (vrouwenopvang)": "opvang",
  "GGD Hollands Midden": "zorg",
  "Gecertificeerde Instellingen": "jeugdbescherming",
};

// The Haaglanden and Zuid-Holland Zuid documents name no ketenpartner list; these are plausible ones.
export const HAAGLANDEN_ORGANISATIES: OrganisatieSeed[] = [
  { naam: "Veilig Thuis Haaglanden", soort: "veilig_thuis" },
  { naam: "Politie eenheid Den Haag", soort: "politie_justitie" },
  { naam: "GGD Haaglanden", soort: "zorg" },
  { naam: "Zorg- en Veiligheidshuis Haaglanden", soort: "zorg_en_veiligheid" },
  { naam: "Jeugdbescherming west", soort: "jeugdbescherming" },
  { naam: "Vrouwenopvang Haaglanden", soort: "opvang" },
];

export const ZUID_HOLLAND_ZUID_ORGANISATIES: OrganisatieSeed[] = [
  { naam: "Veilig Thuis Zuid-Holland Zuid", soort: "veilig_thuis" },
  { naam: "Politie Zuid-Holland-Zuid", soort: "politie_justitie" },
  { naam: "Blijf Groep", soort: "opvang" },
  { naam: "Veiligheidshuis Zuid-Holland Zuid", soort: "zorg_en_veiligheid" },
  { naam: "Dienst Gezondheid & Jeugd ZHZ", soort: "zorg" },
];
