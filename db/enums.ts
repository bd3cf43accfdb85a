/**
 * The fixed value lists of the domain. Their own module, without drizzle, because components need
 * them in the browser: importing them from schema.ts shipped drizzle-orm to every page (8 kB gzip).
 */

export const ROLLEN = [
  "beheerder",
  "regiocoordinator",
  "gemeente",
  "procesregisseur",
  "partner",
  "lezer",
] as const;
export type Rol = (typeof ROLLEN)[number];

export const ACTIE_STATUSSEN = [
  "niet_gestart",
  "op_schema",
  "aandacht",
  "vertraagd",
  "afgerond",
  "vervallen",
] as const;
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];

export const PLAN_STATUSSEN = ["concept", "ter_afstemming", "vastgesteld"] as const;
export type PlanStatus = (typeof PLAN_STATUSSEN)[number];

export const FINANCIERINGEN = ["du_vo", "gemeentelijk", "anders"] as const;
export type Financiering = (typeof FINANCIERINGEN)[number];

export const ORGANISATIE_SOORTEN = [
  "veilig_thuis",
  "zorg_en_veiligheid",
  "politie_justitie",
  "jeugdbescherming",
  "opvang",
  "zorg",
  "overig",
] as const;
export type OrganisatieSoort = (typeof ORGANISATIE_SOORTEN)[number];

export const TOKEN_SOORTEN = ["uitnodiging", "wachtwoord_reset"] as const;
export type TokenSoort = (typeof TOKEN_SOORTEN)[number];

export const ACTUALISATIE_BESLUITEN = ["doorzetten", "afgerond", "vervallen"] as const;

export const REACTIE_AFHANDELINGEN = ["overgenomen", "deels_overgenomen", "niet_overgenomen"] as const;

export const ADVIES_SOORTEN = ["adviesraad", "zienswijze"] as const;

export const ADVIESPUNT_VERWERKINGEN = ["overgenomen", "deels", "niet"] as const;

export const MIJLPAAL_STATUSSEN = ["open", "bezig", "gereed", "nvt"] as const;
export type MijlpaalStatus = (typeof MIJLPAAL_STATUSSEN)[number];
