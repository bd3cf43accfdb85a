import { asc, eq } from "drizzle-orm";
import { db } from "../../../db";
import { regiovisie, uitvoeringsplan, type PlanStatus } from "../../../db/schema";
import { vandaag } from "../format";

export interface PlanKeuze {
  id: number;
  jaar: number;
  status: PlanStatus;
  visieId: number;
}

/** The plans of a regio, oldest first. */
export function plannenVanRegio(regioId: number): PlanKeuze[] {
  return db
    .select({ id: uitvoeringsplan.id, jaar: uitvoeringsplan.jaar, status: uitvoeringsplan.status, visieId: uitvoeringsplan.visieId })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(eq(regiovisie.regioId, regioId))
    .orderBy(asc(uitvoeringsplan.jaar))
    .all();
}

/**
 * The plan of the asked year; without (a valid) one, this year's plan, else the latest. `ongeldig`
 * tells the page to say that the asked year was not found.
 */
export function kiesPlan(plannen: PlanKeuze[], gevraagd: string | null): { plan: PlanKeuze | null; ongeldig: boolean } {
  const gevraagdJaar = gevraagd && /^\d{4}$/.test(gevraagd) ? Number(gevraagd) : null;
  const gevonden = gevraagdJaar === null ? undefined : plannen.find((p) => p.jaar === gevraagdJaar);
  if (gevonden) return { plan: gevonden, ongeldig: false };
  const ditJaar = Number(vandaag().slice(0, 4));
  const plan = plannen.find((p) => p.jaar === ditJaar) ?? plannen.at(-1) ?? null;
  return { plan, ongeldig: gevraagd !== null && gevraagd !== "" };
}
