import { db } from "../../../db";
import { can, type Actor } from "../permissions";
import { gewijzigdNaVaststelling } from "./gewijzigd.server";
import { findActualisatiePlan } from "./plan-zoeken.server";
import type { Veldverschil } from "./vergelijken";

export interface ActualisatieLink {
  href: string;
  label: string;
}

/**
 * What the plan page adds for the actualisatie: links into the workflow that fit the plan's state
 * and the user's role, and per actie what changed since the vaststelling.
 */
export function planKoppelingen(user: Actor, regio: { id: number; slug: string }, jaar: number): { links: ActualisatieLink[]; gewijzigd: Record<number, Veldverschil[]> } {
  const plan = findActualisatiePlan(db, regio.id, jaar);
  if (!plan) return { links: [], gewijzigd: {} };
  const basis = `/r/${regio.slug}/actualisatie`;
  const beheer = can(user, { recht: "actualisatie.beheren", regioId: regio.id });
  const links: ActualisatieLink[] = [];
  if (plan.status === "vastgesteld" && beheer) {
    const volgend = findActualisatiePlan(db, regio.id, jaar + 1);
    if (volgend || jaar + 1 <= plan.periodeEind) links.push({ href: `${basis}/${jaar + 1}`, label: `Actualisatie ${jaar + 1}` });
  }
  if (plan.status !== "vastgesteld" && beheer) links.push({ href: `${basis}/${jaar}`, label: "Afstemming en vaststelling" });
  if (plan.status === "ter_afstemming" && can(user, { recht: "reactie.plaatsen", regioId: regio.id })) {
    links.push({ href: `${basis}/${jaar}/reacties`, label: "Reageren op dit concept" });
  }
  if (plan.vorigPlanId !== null) links.push({ href: `${basis}/${jaar}/verschil`, label: `Verschil met ${jaar - 1}` });
  return { links, gewijzigd: plan.status === "vastgesteld" ? gewijzigdNaVaststelling(regio.id, plan.id) : {} };
}
