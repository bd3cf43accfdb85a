import { eq } from "drizzle-orm";
import { db } from "../../../db";
import { actualisatieBesluit } from "../../../db/schema";
import { leesPlanInhoud } from "./plan-inhoud.server";
import { planVerschil } from "./plan-verschil";
import { findActualisatiePlan } from "./plan-zoeken.server";

/**
 * The diff N → N+1 of the living plans: what the coordinator and the gemeenten discuss is the
 * plan as it stands, including the status plan N reached during its year.
 */
export function laadPlanVerschil(regioId: number, jaar: number) {
  const plan = findActualisatiePlan(db, regioId, jaar);
  if (!plan || plan.vorigPlanId === null) return null;
  const nieuw = leesPlanInhoud(db, regioId, plan.id);
  const vorig = leesPlanInhoud(db, regioId, plan.vorigPlanId);
  if (!nieuw || !vorig) return null;
  const besluiten = db
    .select({ actieId: actualisatieBesluit.actieId, besluit: actualisatieBesluit.besluit, reden: actualisatieBesluit.reden })
    .from(actualisatieBesluit)
    .where(eq(actualisatieBesluit.planId, plan.id))
    .all();
  return {
    plan: { jaar: plan.jaar, status: plan.status },
    vorigJaar: vorig.plan.jaar,
    verschil: planVerschil({ actielijnen: nieuw.actielijnen, vorige: vorig.acties, nieuwe: nieuw.acties, besluiten }),
  };
}
