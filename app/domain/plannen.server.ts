import { desc, eq, sql } from "drizzle-orm";
import { db } from "../../db";
import { actie, regiovisie, uitvoeringsplan, type ActieStatus, type PlanStatus } from "../../db/schema";

export interface PlanOverzicht {
  id: number;
  jaar: number;
  status: PlanStatus;
  vastgesteldOp: string | null;
  besluit: string | null;
  visieTitel: string;
  aantalActies: number;
  perStatus: Partial<Record<ActieStatus, number>>;
}

/** The plans of a regio, newest first, with their acties counted per status in SQL. */
export function listPlannen(regioId: number): PlanOverzicht[] {
  const plannen = db
    .select({
      id: uitvoeringsplan.id,
      jaar: uitvoeringsplan.jaar,
      status: uitvoeringsplan.status,
      vastgesteldOp: uitvoeringsplan.vastgesteldOp,
      besluit: uitvoeringsplan.besluit,
      visieTitel: regiovisie.titel,
    })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(eq(regiovisie.regioId, regioId))
    .orderBy(desc(uitvoeringsplan.jaar))
    .all();

  const tellingen = db
    .select({ planId: actie.planId, status: actie.status, aantal: sql<number>`count(*)` })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(eq(regiovisie.regioId, regioId))
    .groupBy(actie.planId, actie.status)
    .all();

  return plannen.map((plan) => {
    const perStatus: Partial<Record<ActieStatus, number>> = {};
    let aantalActies = 0;
    for (const t of tellingen) {
      if (t.planId !== plan.id) continue;
      perStatus[t.status] = t.aantal;
      aantalActies += t.aantal;
    }
    return { ...plan, aantalActies, perStatus };
  });
}
