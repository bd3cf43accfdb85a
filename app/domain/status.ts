import type { ActieStatus, PlanStatus } from "../../db/enums";

export const STATUS_LABELS: Record<ActieStatus, string> = {
  niet_gestart: "Niet gestart",
  op_schema: "Op schema",
  aandacht: "Aandacht nodig",
  vertraagd: "Vertraagd",
  afgerond: "Afgerond",
  vervallen: "Vervallen",
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  concept: "Concept",
  ter_afstemming: "Ter afstemming",
  vastgesteld: "Vastgesteld",
};
