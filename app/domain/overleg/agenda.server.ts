import { and, eq, sql } from "drizzle-orm";
import { db } from "../../../db";
import { preparedPerConnection } from "../../../db/prepared";
import { actie, regiovisie, uitvoeringsplan } from "../../../db/schema";
import type { ActieStatus } from "../../../db/schema";
import type { ActieFeiten } from "../permissions";
import {
  agendaPeil,
  codeVolgorde,
  redenenOpPeil,
  groepeerPerActielijn,
  type ActielijnKop,
  type AgendaReden,
  type Groep,
} from "./agenda-regels";
import { eersteActielijnId } from "./eerste-actielijn.server";
import type { OverlegKop } from "./overleggen.server";

export interface AgendaItem {
  id: number;
  code: string;
  titel: string;
  planJaar: number;
  /** The status now; it changes during the meeting. */
  status: ActieStatus;
  deadline: string;
  eigenaar: string;
  trekker: string | null;
  actielijn: ActielijnKop | null;
  redenen: AgendaReden[];
  laatsteVoortgang: { id: number; datum: string; toelichting: string } | null;
  feiten: ActieFeiten;
}

export interface ActieKeuze {
  id: number;
  code: string;
  titel: string;
  planJaar: number;
}

export interface Agenda {
  groepen: Groep<AgendaItem>[];
  aantal: number;
  /** Acties that may be added by hand: in scope but not on the agenda yet; null unless asked for. */
  overige: ActieKeuze[] | null;
  aantalOverige: number;
}

/** What the reasons need of one actie in scope; see scopeVan for why a row of values. */
type ScopeWaarden = [
  id: number,
  /** As it stood when the overleg began: before its first update in this overleg. */
  status: ActieStatus,
  deadline: string,
  aangemaaktOp: string,
  laatsteVoortgang: string | null,
  handmatig: 0 | 1,
];

/**
 * The acties an overleg may discuss (its scope): every actie in the regio's plan for the year of
 * the overleg, plus the acties of the previous year's plan that were not carried over into this
 * year's plan (no actie of this year has them as herkomst). Carried-over acties are discussed in
 * their new form only. Of the previous year only the still-open ones reach the agenda: an afgerond
 * or vervallen actie has no reason to be there (see redenenOpPeil), unless added by hand.
 *
 * Reasons are judged as the actie stood when the overleg began: the status before its first update
 * in this overleg and the last voortgang outside it. So updating an actie in the meeting does not
 * make it drop off the agenda being walked.
 */
function scopeVan(regioId: number, overlegRij: OverlegKop): ScopeWaarden[] {
  const jaar = Number(overlegRij.datum.slice(0, 4));
  const o = overlegRij.id;
  // Only what the reasons need, as rows of values: two plan years are some 500 acties, and
  // better-sqlite3 took longer to build a named object per row than SQLite took to run the query.
  // Names, titles and the last toelichting are read for the agenda items alone (detailsVan).
  return db.values<ScopeWaarden>(sql`
    select a.id,
      coalesce((select v.status_van from voortgang v where v.overleg_id = ${o} and v.actie_id = a.id
        order by v.id limit 1), a.status),
      a.deadline, a.aangemaakt_op,
      (select v.datum from voortgang v where v.actie_id = a.id and v.overleg_id is not ${o}
        order by v.datum desc limit 1),
      exists (select 1 from agendapunt ap where ap.overleg_id = ${o} and ap.actie_id = a.id)
    from actie a
    join uitvoeringsplan p on p.id = a.plan_id
    join regiovisie rv on rv.id = p.visie_id
    where rv.regio_id = ${regioId}
      and (p.jaar = ${jaar} or (p.jaar = ${jaar - 1} and a.id not in (
        select n.herkomst_actie_id from actie n
        join uitvoeringsplan np on np.id = n.plan_id
        join regiovisie nrv on nrv.id = np.visie_id
        where nrv.regio_id = ${regioId} and np.jaar = ${jaar} and n.herkomst_actie_id is not null)))
  `);
}

/** One agenda item's row of values, in the order of detailsVan's select list. */
type DetailWaarden = [
  id: number,
  code: string,
  titel: string,
  planJaar: number,
  status: ActieStatus,
  deadline: string,
  niveau: "regionaal" | "lokaal",
  gemeenteId: number | null,
  trekkerGemeenteId: number | null,
  trekkerOrganisatieId: number | null,
  eigenaarId: number,
  eigenaar: string,
  trekker: string | null,
  actielijnId: number | null,
  actielijnCode: string | null,
  actielijnTitel: string | null,
  actielijnVolgorde: number | null,
  voortgangId: number | null,
  voortgangDatum: string | null,
  toelichting: string | null,
];

/**
 * What each agenda item shows, who may update it, its actielijn and its newest voortgang: one
 * statement, read as rows of values for the same reason as scopeVan.
 */
function detailsVan(regioId: number, actieIds: number[]): DetailWaarden[] {
  if (actieIds.length === 0) return [];
  // The newest voortgang by one index seek per actie (voortgang_actie_datum), not by ranking all.
  return db.values<DetailWaarden>(sql`
    select a.id, a.code, a.titel, p.jaar, a.status, a.deadline,
      a.niveau, a.gemeente_id, a.trekker_gemeente_id, a.trekker_organisatie_id, a.eigenaar_id,
      e.naam, coalesce(tg.naam, tor.naam),
      l.id, l.code, l.titel, l.volgorde,
      v.id, v.datum, v.toelichting
    from actie a
    join uitvoeringsplan p on p.id = a.plan_id
    join regiovisie rv on rv.id = p.visie_id
    join gebruiker e on e.id = a.eigenaar_id
    left join gemeente tg on tg.id = a.trekker_gemeente_id
    left join organisatie tor on tor.id = a.trekker_organisatie_id
    left join actielijn l on l.id = ${eersteActielijnId("a.id")}
    left join voortgang v on v.id = (
      select v2.id from voortgang v2 where v2.actie_id = a.id order by v2.datum desc, v2.id desc limit 1)
    where rv.regio_id = ${regioId} and a.id in (select value from json_each(${JSON.stringify(actieIds)}))
  `);
}

function alsAgendaItem(regioId: number, d: DetailWaarden, redenen: AgendaReden[]): AgendaItem {
  const [
    id,
    code,
    titel,
    planJaar,
    status,
    deadline,
    niveau,
    gemeenteId,
    trekkerGemeenteId,
    trekkerOrganisatieId,
    eigenaarId,
    eigenaar,
    trekker,
    actielijnId,
    actielijnCode,
    actielijnTitel,
    actielijnVolgorde,
    voortgangId,
    voortgangDatum,
    toelichting,
  ] = d;
  return {
    id,
    code,
    titel,
    planJaar,
    status,
    deadline,
    eigenaar,
    trekker,
    actielijn:
      actielijnId === null
        ? null
        : { id: actielijnId, code: actielijnCode ?? "", titel: actielijnTitel ?? "", volgorde: actielijnVolgorde ?? 0 },
    redenen,
    laatsteVoortgang:
      voortgangId !== null && voortgangDatum !== null ? { id: voortgangId, datum: voortgangDatum, toelichting: toelichting ?? "" } : null,
    feiten: { regioId, niveau, gemeenteId, trekkerGemeenteId, trekkerOrganisatieId, eigenaarId },
  };
}

/** The acties of the scope that are not on the agenda, for the "Agenda aanvullen" list. */
const keuzesQuery = preparedPerConnection((d) =>
  d
    .select({ id: actie.id, code: actie.code, titel: actie.titel, planJaar: uitvoeringsplan.jaar })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(
      and(
        eq(regiovisie.regioId, sql.placeholder("regioId")),
        sql`${actie.id} in (select value from json_each(${sql.placeholder("actieIds")}))`,
      ),
    )
    .prepare(),
);

/**
 * The computed agenda of an overleg, grouped by actielijn; two queries whatever its size, a third
 * for the acties that may be added by hand when `metOverige` asks for them.
 */
export function berekenAgenda(
  regio: { id: number; nietBijgewerktWeken: number },
  overlegRij: OverlegKop,
  { metOverige = false }: { metOverige?: boolean } = {},
): Agenda {
  const peil = agendaPeil({
    datum: overlegRij.datum,
    vooruitkijkWeken: overlegRij.vooruitkijkWeken,
    nietBijgewerktWeken: regio.nietBijgewerktWeken,
  });

  const gekozen = new Map<number, AgendaReden[]>();
  const overigeIds: number[] = [];
  for (const [id, status, deadline, aangemaaktOp, laatsteVoortgang, handmatig] of scopeVan(regio.id, overlegRij)) {
    const redenen = redenenOpPeil(
      { status, deadline, laatsteVoortgang, aangemaaktOp, handmatig: handmatig === 1 },
      peil,
    );
    if (redenen.length > 0) gekozen.set(id, redenen);
    else overigeIds.push(id);
  }

  const items = detailsVan(regio.id, [...gekozen.keys()]).map((d) => alsAgendaItem(regio.id, d, gekozen.get(d[0]) ?? []));

  return {
    groepen: groepeerPerActielijn(items),
    aantal: items.length,
    overige: metOverige ? overigeVan(regio.id, overigeIds) : null,
    aantalOverige: overigeIds.length,
  };
}

function overigeVan(regioId: number, actieIds: number[]): ActieKeuze[] {
  if (actieIds.length === 0) return [];
  return keuzesQuery()
    .all({ regioId, actieIds: JSON.stringify(actieIds) })
    .sort((a, b) => b.planJaar - a.planJaar || codeVolgorde.compare(a.code, b.code));
}
