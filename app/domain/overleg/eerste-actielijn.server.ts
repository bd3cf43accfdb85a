import { sql, type SQL } from "drizzle-orm";

/**
 * The id of the actielijn an actie is grouped under: that of its first doelstelling (lowest
 * actielijn, then doelstelling, in the visie's order). A correlated subquery so callers can join
 * the actielijn in the same statement instead of querying per actie.
 */
export function eersteActielijnId(actieIdKolom: string): SQL {
  return sql`(select d.actielijn_id from actie_doelstelling ad
    join doelstelling d on d.id = ad.doelstelling_id
    join actielijn l2 on l2.id = d.actielijn_id
    where ad.actie_id = ${sql.raw(actieIdKolom)}
    order by l2.volgorde, d.volgorde, d.id limit 1)`;
}
