import { and, desc, eq, isNull, notInArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../../../db";
import { actie, actualisatieBesluit, regiovisie, uitvoeringsplan, type ActieStatus } from "../../../db/schema";

type Lezer = Db | Tx;

export interface ActualisatiePlan {
  id: number;
  jaar: number;
  status: "concept" | "ter_afstemming" | "vastgesteld";
  visieId: number;
  vorigPlanId: number | null;
  verzondenOp: string | null;
  vastgesteldOp: string | null;
  besluit: string | null;
  besluitnummer: string | null;
  periodeStart: number;
  periodeEind: number;
}

/** The plan of that year in this regio (tenant filter in the query), with its visie period. */
export function findActualisatiePlan(lezer: Lezer, regioId: number, jaar: number): ActualisatiePlan | undefined {
  return lezer
    .select({
      id: uitvoeringsplan.id,
      jaar: uitvoeringsplan.jaar,
      status: uitvoeringsplan.status,
      visieId: uitvoeringsplan.visieId,
      vorigPlanId: uitvoeringsplan.vorigPlanId,
      verzondenOp: uitvoeringsplan.verzondenOp,
      vastgesteldOp: uitvoeringsplan.vastgesteldOp,
      besluit: uitvoeringsplan.besluit,
      besluitnummer: uitvoeringsplan.besluitnummer,
      periodeStart: regiovisie.periodeStart,
      periodeEind: regiovisie.periodeEind,
    })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, regioId), eq(uitvoeringsplan.jaar, jaar)))
    .orderBy(desc(regiovisie.periodeStart))
    .get();
}

export const AFGESLOTEN: ActieStatus[] = ["afgerond", "vervallen"];

/**
 * Open acties of the previous plan that still need a decision: no besluit yet, or a doorzetten
 * whose copy was removed since. Afgerond and vervallen acties need none.
 */
export function telOnbeslist(lezer: Lezer, plan: Pick<ActualisatiePlan, "id" | "vorigPlanId">): number {
  if (plan.vorigPlanId === null) return 0;
  const rij = lezer
    .select({ aantal: sql<number>`count(*)` })
    .from(actie)
    .leftJoin(actualisatieBesluit, and(eq(actualisatieBesluit.actieId, actie.id), eq(actualisatieBesluit.planId, plan.id)))
    .where(
      and(
        eq(actie.planId, plan.vorigPlanId),
        notInArray(actie.status, AFGESLOTEN),
        or(isNull(actualisatieBesluit.id), and(eq(actualisatieBesluit.besluit, "doorzetten"), isNull(actualisatieBesluit.nieuweActieId))),
      ),
    )
    .get();
  return rij?.aantal ?? 0;
}
