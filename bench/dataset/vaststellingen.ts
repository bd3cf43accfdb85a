import type Database from "better-sqlite3";
import type { Willekeur } from "./willekeur";

/**
 * As happens during a year after the vaststelling: a small share of the open acties of every
 * generated vastgesteld plan gets a later deadline, so the plan page's "gewijzigd na vaststelling"
 * comparison finds real differences. Run after the snapshots are made (legVaststellingenVast).
 */
export function schuifDeadlinesNaVaststelling(sqlite: Database.Database, w: Willekeur, aandeel = 0.05): void {
  const acties = sqlite
    .prepare(
      `select a.id from actie a
         join uitvoeringsplan p on p.id = a.plan_id
         join regiovisie v on v.id = p.visie_id
         join regio r on r.id = v.regio_id
        where r.is_demo = 0 and p.status = 'vastgesteld' and a.status not in ('afgerond', 'vervallen')
        order by a.id`,
    )
    .all() as { id: number }[];
  const schuif = sqlite.prepare("update actie set deadline = date(deadline, '+1 month'), version = version + 1 where id = ?");
  for (const { id } of acties) if (w.kans(aandeel)) schuif.run(id);
}
