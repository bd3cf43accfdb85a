import { sql } from "drizzle-orm";
import { db } from "../../../db";
import { ACTIE_STATUSSEN, type ActieStatus } from "../../../db/schema";
import { grensDatum } from "../acties/status-regels";
import { openAdviespunten, type OpenAdviespunt } from "../adviezen/adviezen.server";
import { laadOverzicht, type OverzichtRij } from "../lokale-kamer/overzicht.server";
import { listPlannen, type PlanOverzicht } from "../plannen.server";
import { percentageAfgerond, legeTelling, type StatusTelling } from "./stand";

export interface ActielijnStand {
  code: string;
  titel: string;
  telling: StatusTelling;
  totaal: number;
  pctAfgerond: number;
  /** The same actielijn (by code) in the previous year's plan; null when there is none. */
  pctAfgerondVorigJaar: number | null;
  /** The share afgerond as it stood on the day of the last overleg; null without an overleg. */
  pctAfgerondBijOverleg: number | null;
}

export interface Aandachtspunt {
  id: number;
  code: string;
  titel: string;
  status: ActieStatus;
  deadline: string;
  toelichting: string | null;
  laatsteVoortgang: string | null;
}

export interface Dashboard {
  jaar: number;
  jaren: number[];
  plan: Pick<PlanOverzicht, "id" | "jaar" | "status">;
  vorigJaar: number | null;
  laatsteOverleg: { id: number; datum: string; titel: string } | null;
  actielijnen: ActielijnStand[];
  totaal: Omit<ActielijnStand, "code" | "titel">;
  aandacht: Aandachtspunt[];
  overDeadline: Aandachtspunt[];
  nietBijgewerkt: Aandachtspunt[];
  lokaleKamers: OverzichtRij[];
  adviespunten: OpenAdviespunt[];
}

interface TelRij {
  planId: number;
  code: string;
  titel: string;
  status: ActieStatus;
  aantal: number;
}

/** Acties counted per actielijn (an actie under two actielijnen counts in both) and status. */
function tellingPerActielijn(planIds: number[], statusExpr = sql`a.status`): TelRij[] {
  if (planIds.length === 0) return [];
  return db.all<TelRij>(sql`
    select a.plan_id as planId, al.code as code, al.titel as titel, ${statusExpr} as status, count(distinct a.id) as aantal
    from actie a
    join actie_doelstelling ad on ad.actie_id = a.id
    join doelstelling d on d.id = ad.doelstelling_id
    join actielijn al on al.id = d.actielijn_id
    where a.plan_id in (${sql.join(planIds, sql`, `)})
    group by a.plan_id, al.id, 4
    order by al.volgorde`);
}

function totaalPerPlan(planId: number, statusExpr = sql`a.status`): { status: ActieStatus; aantal: number }[] {
  return db.all(sql`select ${statusExpr} as status, count(*) as aantal from actie a where a.plan_id = ${planId} group by 1`);
}

/** A status as it stood at the end of `datum`: the last voortgang on or before that day. */
function statusOp(datum: string) {
  return sql`coalesce((select v.status_naar from voortgang v where v.actie_id = a.id and v.datum <= ${datum}
    order by v.datum desc, v.id desc limit 1), 'niet_gestart')`;
}

function telling(rijen: { status: ActieStatus; aantal: number }[]): StatusTelling {
  const t = legeTelling();
  for (const r of rijen) t[r.status] += r.aantal;
  return t;
}

function aandachtspunten(planId: number, waar: ReturnType<typeof sql>, limiet = 25): Aandachtspunt[] {
  return db.all<Aandachtspunt>(sql`
    select a.id, a.code, a.titel, a.status, a.deadline,
      lv.toelichting as toelichting, lv.datum as laatsteVoortgang
    from actie a
    left join voortgang lv on lv.id = (
      select v.id from voortgang v where v.actie_id = a.id order by v.datum desc, v.id desc limit 1)
    where a.plan_id = ${planId} and ${waar}
    order by a.deadline, a.code
    limit ${limiet}`);
}

/**
 * Everything the wethouder's dashboard shows for one year, in a fixed number of queries:
 * status per actielijn now, a year ago and at the last overleg; the lists that need attention;
 * the lokale kamers and the open advice points.
 */
export function laadDashboard(
  regio: { id: number; nietBijgewerktWeken: number },
  gevraagdJaar: number | null,
  vandaag: string,
): Dashboard | null {
  const plannen = listPlannen(regio.id);
  if (plannen.length === 0) return null;
  const huidigJaar = Number(vandaag.slice(0, 4));
  const plan =
    plannen.find((p) => p.jaar === gevraagdJaar) ??
    plannen.find((p) => p.jaar === huidigJaar) ??
    plannen.find((p) => p.jaar < huidigJaar) ??
    plannen[plannen.length - 1];
  const vorig = plannen.find((p) => p.jaar === plan.jaar - 1) ?? null;

  const laatsteOverleg =
    db.get<{ id: number; datum: string; titel: string }>(sql`
      select id, datum, titel from overleg where regio_id = ${regio.id} and datum <= ${vandaag}
      order by datum desc, id desc limit 1`) ?? null;

  const nu = tellingPerActielijn(vorig ? [plan.id, vorig.id] : [plan.id]);
  const bijOverleg = laatsteOverleg ? tellingPerActielijn([plan.id], statusOp(laatsteOverleg.datum)) : [];

  const lijnen = new Map<string, { titel: string; nu: TelRij[]; vorig: TelRij[]; overleg: TelRij[] }>();
  for (const r of nu.filter((r) => r.planId === plan.id)) {
    const lijn = lijnen.get(r.code) ?? { titel: r.titel, nu: [], vorig: [], overleg: [] };
    lijn.nu.push(r);
    lijnen.set(r.code, lijn);
  }
  for (const r of nu.filter((r) => r.planId !== plan.id)) lijnen.get(r.code)?.vorig.push(r);
  for (const r of bijOverleg) lijnen.get(r.code)?.overleg.push(r);

  const actielijnen: ActielijnStand[] = [...lijnen.entries()].map(([code, lijn]) => {
    const t = telling(lijn.nu);
    return {
      code,
      titel: lijn.titel,
      telling: t,
      totaal: ACTIE_STATUSSEN.reduce((som, s) => som + t[s], 0),
      pctAfgerond: percentageAfgerond(t),
      pctAfgerondVorigJaar: lijn.vorig.length > 0 ? percentageAfgerond(telling(lijn.vorig)) : null,
      pctAfgerondBijOverleg: laatsteOverleg ? percentageAfgerond(telling(lijn.overleg)) : null,
    };
  });

  const totaalNu = telling(totaalPerPlan(plan.id));
  const totaal = {
    telling: totaalNu,
    totaal: ACTIE_STATUSSEN.reduce((som, s) => som + totaalNu[s], 0),
    pctAfgerond: percentageAfgerond(totaalNu),
    pctAfgerondVorigJaar: vorig ? percentageAfgerond(telling(totaalPerPlan(vorig.id))) : null,
    pctAfgerondBijOverleg: laatsteOverleg
      ? percentageAfgerond(telling(totaalPerPlan(plan.id, statusOp(laatsteOverleg.datum))))
      : null,
  };

  const grens = grensDatum(vandaag, regio.nietBijgewerktWeken);
  const open = sql`a.status not in ('afgerond', 'vervallen')`;
  return {
    jaar: plan.jaar,
    jaren: plannen.map((p) => p.jaar),
    plan: { id: plan.id, jaar: plan.jaar, status: plan.status },
    vorigJaar: vorig?.jaar ?? null,
    laatsteOverleg,
    actielijnen,
    totaal,
    aandacht: aandachtspunten(plan.id, sql`a.status in ('vertraagd', 'aandacht')`),
    overDeadline: aandachtspunten(plan.id, sql`${open} and a.deadline < ${vandaag}`),
    nietBijgewerkt: aandachtspunten(
      plan.id,
      sql`${open} and substr(coalesce((select max(v.datum) from voortgang v where v.actie_id = a.id), a.aangemaakt_op), 1, 10) < ${grens}`,
    ),
    lokaleKamers: laadOverzicht(regio.id, vandaag, null).rijen,
    adviespunten: openAdviespunten(regio.id),
  };
}
