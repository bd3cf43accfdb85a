import { and, asc, eq, isNotNull, isNull, notInArray } from "drizzle-orm";
import { vaststellingInhoud } from "../../app/domain/actualisatie/plan-inhoud.server";
import type { Db, Tx } from "../index";
import { actie, actualisatieBesluit, gebruiker, planVaststelling, regio, regiovisie, uitvoeringsplan } from "../schema";

/** Open acties of 2025 that the demo leaves without a decision, so the workflow has work to show. */
export const ONBESLIST_IN_DEMO = 2;

/**
 * A vaststelling snapshot, made as the app makes it, for every vastgesteld plan that has none: the
 * seeded plans, and the generated ones of the benchmark. Returns how many were made.
 */
export function legVaststellingenVast(lezer: Db | Tx): number {
  const plannen = lezer
    .select({
      id: uitvoeringsplan.id,
      regioId: regiovisie.regioId,
      vastgesteldOp: uitvoeringsplan.vastgesteldOp,
      vastgesteldDoorId: uitvoeringsplan.vastgesteldDoorId,
      besluit: uitvoeringsplan.besluit,
    })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .leftJoin(planVaststelling, eq(planVaststelling.planId, uitvoeringsplan.id))
    .where(and(eq(uitvoeringsplan.status, "vastgesteld"), isNull(planVaststelling.id)))
    .orderBy(asc(uitvoeringsplan.jaar), asc(uitvoeringsplan.id))
    .all();
  let aantal = 0;
  for (const plan of plannen) {
    if (!plan.vastgesteldOp || !plan.vastgesteldDoorId) continue;
    lezer
      .insert(planVaststelling)
      .values({
        planId: plan.id,
        datum: plan.vastgesteldOp,
        besluit: plan.besluit ?? `Vastgesteld op ${plan.vastgesteldOp}`,
        vastgesteldDoorId: plan.vastgesteldDoorId,
        inhoud: vaststellingInhoud(lezer, plan.regioId, plan.id),
        aangemaaktOp: `${plan.vastgesteldOp}T16:00:00.000Z`,
      })
      .run();
    aantal++;
  }
  return aantal;
}

/**
 * The actualisatie part of the demo: a vaststelling snapshot for every seeded vastgesteld plan, and
 * for the concept plan of Hollands Midden the decisions that its herkomst links already imply,
 * except for the last open acties, which the demo leaves to the coordinator.
 */
export function seedActualisatie(tx: Tx) {
  const plannen = tx
    .select({
      id: uitvoeringsplan.id,
      slug: regio.slug,
      status: uitvoeringsplan.status,
      vorigPlanId: uitvoeringsplan.vorigPlanId,
    })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(regio, eq(regio.id, regiovisie.regioId))
    .orderBy(asc(uitvoeringsplan.jaar))
    .all();

  legVaststellingenVast(tx);

  const concept = plannen.find((p) => p.slug === "hollands-midden" && p.status === "concept" && p.vorigPlanId !== null);
  if (!concept || concept.vorigPlanId === null) return;
  const coordinator = tx.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, "coordinator@leiden.example")).get();
  const doorgezet = tx
    .select({ actieId: actie.herkomstActieId, nieuweActieId: actie.id })
    .from(actie)
    .where(and(eq(actie.planId, concept.id), isNotNull(actie.herkomstActieId)))
    .orderBy(asc(actie.code))
    .all();
  const open = new Set(
    tx
      .select({ id: actie.id })
      .from(actie)
      .where(and(eq(actie.planId, concept.vorigPlanId), notInArray(actie.status, ["afgerond", "vervallen"])))
      .all()
      .map((a) => a.id),
  );
  const tebesluiten = doorgezet.filter((d) => d.actieId !== null && open.has(d.actieId));
  for (const d of tebesluiten.slice(0, Math.max(0, tebesluiten.length - ONBESLIST_IN_DEMO))) {
    tx.insert(actualisatieBesluit)
      .values({
        planId: concept.id,
        actieId: d.actieId as number,
        besluit: "doorzetten",
        nieuweActieId: d.nieuweActieId,
        besluitDoorId: coordinator?.id ?? null,
        aangemaaktOp: "2025-11-20T10:00:00.000Z",
      })
      .run();
  }
}
