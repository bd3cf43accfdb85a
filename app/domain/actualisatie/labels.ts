import type { ACTUALISATIE_BESLUITEN, REACTIE_AFHANDELINGEN } from "../../../db/enums";

export type ActualisatieBesluit = (typeof ACTUALISATIE_BESLUITEN)[number];
export type ReactieAfhandeling = (typeof REACTIE_AFHANDELINGEN)[number];

export const BESLUIT_LABELS: Record<ActualisatieBesluit, string> = {
  doorzetten: "Doorzetten",
  afgerond: "Afgerond",
  vervallen: "Vervallen",
};

export const AFHANDELING_LABELS: Record<ReactieAfhandeling, string> = {
  overgenomen: "Overgenomen",
  deels_overgenomen: "Deels overgenomen",
  niet_overgenomen: "Niet overgenomen",
};

export const VERSCHIL_SOORT_LABELS = {
  nieuw: "Nieuw",
  gewijzigd: "Gewijzigd",
  doorgezet: "Ongewijzigd doorgezet",
  afgerond: "Afgerond",
  vervallen: "Vervallen",
  open: "Nog geen besluit",
} as const;

export type VerschilSoort = keyof typeof VERSCHIL_SOORT_LABELS;
