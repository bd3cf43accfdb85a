import type { OrganisatieSoort } from "../../../db/enums";

export const ORGANISATIE_SOORT_LABELS: Record<OrganisatieSoort, string> = {
  veilig_thuis: "Veilig Thuis",
  zorg_en_veiligheid: "Zorg- en Veiligheidshuis",
  politie_justitie: "Politie en justitie",
  jeugdbescherming: "Jeugdbescherming",
  opvang: "Opvang",
  zorg: "Zorg",
  overig: "Overig",
};
