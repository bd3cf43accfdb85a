import { actie } from "../../../db/schema";

/**
 * The columns of an actie's content: what editing an actie changes (its doelstellingen and
 * partners live in their own tables) and what "gewijzigd na vaststelling" compares. The triggers
 * of migration 0005 count changes to these same columns.
 */
export const ACTIE_INHOUD_KOLOMMEN = {
  code: actie.code,
  titel: actie.titel,
  omschrijving: actie.omschrijving,
  niveau: actie.niveau,
  gemeenteId: actie.gemeenteId,
  eigenaarId: actie.eigenaarId,
  trekkerGemeenteId: actie.trekkerGemeenteId,
  trekkerOrganisatieId: actie.trekkerOrganisatieId,
  deadline: actie.deadline,
  beoogdResultaat: actie.beoogdResultaat,
  indicator: actie.indicator,
  financiering: actie.financiering,
  bedragCenten: actie.bedragCenten,
};
