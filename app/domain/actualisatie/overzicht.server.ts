import { eq, sql } from "drizzle-orm";
import { db } from "../../../db";
import { actie, actualisatieBesluit, gebruiker, gemeente, planVaststelling, reactie } from "../../../db/schema";
import { openAdviespunten } from "../adviezen/adviezen.server";
import { gewijzigdNaVaststelling } from "./gewijzigd.server";
import type { ActualisatieBesluit } from "./labels";
import { AFGESLOTEN, findActualisatiePlan, telOnbeslist } from "./plan-zoeken.server";
import { belemmeringVoorStart } from "./workflow.server";

/**
 * What the workflow page shows: either the start of plan `jaar`, or where its actualisatie
 * stands (decisions, afstemming, vaststelling), each figure counted in SQL.
 */
export function laadOverzicht(regioId: number, jaar: number) {
  const plan = findActualisatiePlan(db, regioId, jaar);
  if (!plan) {
    const vorig = findActualisatiePlan(db, regioId, jaar - 1);
    if (!vorig) return null;
    return { soort: "start" as const, jaar, vorig: { jaar: vorig.jaar, status: vorig.status }, belemmering: belemmeringVoorStart(db, regioId, jaar) };
  }

  const vorige =
    plan.vorigPlanId === null
      ? []
      : db
          .select({ status: actie.status, aantal: sql<number>`count(*)` })
          .from(actie)
          .where(eq(actie.planId, plan.vorigPlanId))
          .groupBy(actie.status)
          .all();
  const besluiten = db
    .select({ besluit: actualisatieBesluit.besluit, aantal: sql<number>`count(*)` })
    .from(actualisatieBesluit)
    .where(eq(actualisatieBesluit.planId, plan.id))
    .groupBy(actualisatieBesluit.besluit)
    .all();
  const nieuwe = db
    .select({
      totaal: sql<number>`count(*)`,
      doorgezet: sql<number>`coalesce(sum(case when ${actie.herkomstActieId} is not null then 1 else 0 end), 0)`,
    })
    .from(actie)
    .where(eq(actie.planId, plan.id))
    .get();
  const reacties = db
    .select({
      totaal: sql<number>`count(*)`,
      open: sql<number>`coalesce(sum(case when ${reactie.afhandeling} is null then 1 else 0 end), 0)`,
      gemeenten: sql<number>`count(distinct ${reactie.gemeenteId})`,
    })
    .from(reactie)
    .where(eq(reactie.planId, plan.id))
    .get();
  const aantalGemeenten = db.select({ aantal: sql<number>`count(*)` }).from(gemeente).where(eq(gemeente.regioId, regioId)).get()?.aantal ?? 0;
  const vaststelling = db
    .select({ datum: planVaststelling.datum, besluit: planVaststelling.besluit, besluitnummer: planVaststelling.besluitnummer, door: gebruiker.naam })
    .from(planVaststelling)
    .innerJoin(gebruiker, eq(gebruiker.id, planVaststelling.vastgesteldDoorId))
    .where(eq(planVaststelling.planId, plan.id))
    .get();

  const perBesluit: Record<ActualisatieBesluit, number> = { doorzetten: 0, afgerond: 0, vervallen: 0 };
  for (const b of besluiten) perBesluit[b.besluit] = b.aantal;
  const vorigTotaal = vorige.reduce((som, r) => som + r.aantal, 0);
  const vorigAfgesloten = vorige.filter((r) => AFGESLOTEN.includes(r.status)).reduce((som, r) => som + r.aantal, 0);

  return {
    soort: "plan" as const,
    plan,
    vorig: plan.vorigPlanId === null ? null : { jaar: plan.jaar - 1, aantal: vorigTotaal, open: vorigTotaal - vorigAfgesloten, afgesloten: vorigAfgesloten },
    onbeslist: telOnbeslist(db, plan),
    perBesluit,
    nieuw: { totaal: nieuwe?.totaal ?? 0, doorgezet: nieuwe?.doorgezet ?? 0 },
    reacties: { totaal: reacties?.totaal ?? 0, open: reacties?.open ?? 0, gemeenten: reacties?.gemeenten ?? 0, vanGemeenten: aantalGemeenten },
    vaststelling: vaststelling ?? null,
    aantalGewijzigd: vaststelling ? Object.keys(gewijzigdNaVaststelling(regioId, plan.id)).length : 0,
    // The adviezen register (its own module) decides what an open advice point is.
    adviespunten: openAdviespunten(regioId),
  };
}

export type Overzicht = NonNullable<ReturnType<typeof laadOverzicht>>;
