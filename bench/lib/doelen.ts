import type Database from "better-sqlite3";

/** The rows the scenarios point at, looked up in the benchmark database before the server starts. */
export interface Doelen {
  regioSlug: string;
  gebruikerId: number;
  /** Open acties of the current year's plan: the actie page and the voortgang posts spread over them. */
  actieIds: number[];
  planJaar: number;
  overlegId: number | null;
  /** The rows of the regio matrix (/r/:regio/gemeenten). */
  aantalGemeenten: number;
}

export function zoekDoelen(sqlite: Database.Database, regioSlug: string, email: string, planJaar: number): Doelen {
  const gebruiker = sqlite.prepare("select id from gebruiker where email = ?").get(email) as { id: number } | undefined;
  if (!gebruiker) throw new Error(`Geen account ${email} in deze database; maak hem met bench/generate-dataset.ts`);
  const regio = sqlite.prepare("select id from regio where slug = ?").get(regioSlug) as { id: number } | undefined;
  if (!regio) throw new Error(`Geen regio "${regioSlug}" in deze database`);

  const acties = sqlite
    .prepare(
      `select a.id from actie a
         join uitvoeringsplan p on p.id = a.plan_id
         join regiovisie v on v.id = p.visie_id
        where v.regio_id = ? and p.jaar = ? and a.status not in ('afgerond', 'vervallen')
        order by a.id`,
    )
    .all(regio.id, planJaar) as { id: number }[];
  if (acties.length === 0) throw new Error(`Regio "${regioSlug}" heeft geen open acties in ${planJaar}`);

  const { n: aantalGemeenten } = sqlite.prepare("select count(*) as n from gemeente where regio_id = ?").get(regio.id) as { n: number };
  if (aantalGemeenten === 0) throw new Error(`Regio "${regioSlug}" heeft geen gemeenten (nodig voor de regiomatrix)`);

  const overleg = sqlite.prepare("select id from overleg where regio_id = ? order by datum desc, id desc limit 1").get(regio.id) as
    | { id: number }
    | undefined;

  return { regioSlug, gebruikerId: gebruiker.id, actieIds: acties.map((a) => a.id), planJaar, overlegId: overleg?.id ?? null, aantalGemeenten };
}
