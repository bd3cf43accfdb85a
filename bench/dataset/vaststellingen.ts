import type Database from "better-sqlite3";
import type { Db } from "../../db";
import { planVaststelling } from "../../db/schema";
import { vaststellingInhoud } from "../../app/domain/actualisatie/plan-inhoud.server";
import type { Willekeur } from "./willekeur";

/**
 * Gives every vastgesteld plan the snapshot the app stores when a plan is vastgesteld, made by the
 * app's own function. The plan page compares each actie with it ("gewijzigd na vaststelling"); a
 * dataset without snapshots would measure a plan page that skips that work.
 *
 * Then, as happens during a year, a small share of the open acties gets a later deadline, so the
 * comparison finds real differences.
 */
export function legVaststellingenVast(db: Db, sqlite: Database.Database, w: Willekeur, aandeelGewijzigd = 0.05): number {
  const plannen = sqlite
    .prepare(
      `select p.id as planId, v.regio_id as regioId, p.vastgesteld_op as datum, p.vastgesteld_door_id as doorId, p.besluit as besluit
         from uitvoeringsplan p join regiovisie v on v.id = p.visie_id
        where p.status = 'vastgesteld'
          and not exists (select 1 from plan_vaststelling pv where pv.plan_id = p.id)`,
    )
    .all() as { planId: number; regioId: number; datum: string; doorId: number; besluit: string | null }[];
  const openActies = sqlite.prepare("select id from actie where plan_id = ? and status not in ('afgerond', 'vervallen')");
  const schuifDeadline = sqlite.prepare("update actie set deadline = date(deadline, '+1 month'), version = version + 1 where id = ?");

  for (const plan of plannen) {
    db.insert(planVaststelling)
      .values({
        planId: plan.planId,
        datum: plan.datum,
        besluit: plan.besluit ?? `Vastgesteld op ${plan.datum}`,
        vastgesteldDoorId: plan.doorId,
        inhoud: vaststellingInhoud(db, plan.regioId, plan.planId),
        aangemaaktOp: `${plan.datum}T16:00:00.000Z`,
      })
      .run();
    for (const { id } of openActies.all(plan.planId) as { id: number }[]) {
      if (w.kans(aandeelGewijzigd)) schuifDeadline.run(id);
    }
  }
  return plannen.length;
}
