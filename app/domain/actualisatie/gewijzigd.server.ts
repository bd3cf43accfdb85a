import { and, eq, sql } from "drizzle-orm";
import { db } from "../../../db";
import { actie, planVaststelling, regiovisie, uitvoeringsplan } from "../../../db/schema";
import type { InhoudActie, PlanInhoud } from "./inhoud";
import { leesPlanInhoud } from "./plan-inhoud.server";
import { verschilMetVaststelling, type Veldverschil } from "./vergelijken";

/**
 * "Gewijzigd na vaststelling": coordinators may still edit acties of a vastgesteld plan, but the
 * plan and actie pages show what differs from the snapshot that was adopted.
 */

const TOEGEVOEGD: Veldverschil = { veld: "actie", label: "Actie", van: "niet in het vastgestelde plan", naar: "later toegevoegd" };

/** Per actie id of the plan what changed since the vaststelling; empty when there is no snapshot. */
export function gewijzigdNaVaststelling(regioId: number, planId: number): Record<number, Veldverschil[]> {
  const vastgesteld = db
    .select({ inhoud: planVaststelling.inhoud })
    .from(planVaststelling)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, planVaststelling.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(planVaststelling.planId, planId), eq(regiovisie.regioId, regioId)))
    .get();
  if (!vastgesteld) return {};
  const huidig = leesPlanInhoud(db, regioId, planId);
  if (!huidig) return {};
  const snapshot = new Map((vastgesteld.inhoud as PlanInhoud).acties.map((a) => [a.id, a]));
  const uit: Record<number, Veldverschil[]> = {};
  for (const actueel of huidig.acties) {
    const toen = snapshot.get(actueel.id);
    const wijzigingen = toen ? verschilMetVaststelling(toen, actueel) : [TOEGEVOEGD];
    if (wijzigingen.length) uit[actueel.id] = wijzigingen;
  }
  return uit;
}

/** The same for one actie, reading only that actie from the snapshot (json_each, in SQL). */
export function actieGewijzigdNaVaststelling(regioId: number, actieId: number): { vastgesteldOp: string; wijzigingen: Veldverschil[] } | null {
  const rij = db
    .select({
      planId: actie.planId,
      datum: planVaststelling.datum,
      snapshot: sql<string | null>`(select je.value from json_each(${planVaststelling.inhoud}, '$.acties') je where json_extract(je.value, '$.id') = ${actie.id})`,
    })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(planVaststelling, eq(planVaststelling.planId, uitvoeringsplan.id))
    .where(and(eq(actie.id, actieId), eq(regiovisie.regioId, regioId)))
    .get();
  if (!rij) return null;
  const huidig = leesPlanInhoud(db, regioId, rij.planId, { actieIds: [actieId] })?.acties[0];
  if (!huidig) return null;
  const wijzigingen = rij.snapshot ? verschilMetVaststelling(JSON.parse(rij.snapshot) as InhoudActie, huidig) : [TOEGEVOEGD];
  return wijzigingen.length ? { vastgesteldOp: rij.datum, wijzigingen } : null;
}
