import { sql } from "drizzle-orm";
import { db } from "../../../db";
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
  /** Acties that may be added by hand: in scope but not on the agenda yet. */
  overige: ActieKeuze[];
}

interface ScopeRij {
  id: number;
  code: string;
  titel: string;
  planJaar: number;
  status: ActieStatus;
  statusBijAanvang: ActieStatus | null;
  deadline: string;
  aangemaaktOp: string;
  laatsteVoortgang: string | null;
  handmatig: number;
}

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
function scopeVan(regioId: number, overlegRij: OverlegKop): ScopeRij[] {
  const jaar = Number(overlegRij.datum.slice(0, 4));
  const o = overlegRij.id;
  // Only what the reasons and the "add by hand" list need: names, actielijn and last toelichting
  // are read for the agenda items alone (detailsVan), not for every actie of two plan years.
  return db.all<ScopeRij>(sql`
    select a.id as id, a.code as code, a.titel as titel, p.jaar as planJaar, a.status as status,
      (select v.status_van from voortgang v where v.overleg_id = ${o} and v.actie_id = a.id order by v.id limit 1) as statusBijAanvang,
      a.deadline as deadline, a.aangemaakt_op as aangemaaktOp,
      (select v.datum from voortgang v where v.actie_id = a.id and v.overleg_id is not ${o}
        order by v.datum desc limit 1) as laatsteVoortgang,
      exists (select 1 from agendapunt ap where ap.overleg_id = ${o} and ap.actie_id = a.id) as handmatig
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

interface DetailRij {
  actieId: number;
  niveau: "regionaal" | "lokaal";
  gemeenteId: number | null;
  trekkerGemeenteId: number | null;
  trekkerOrganisatieId: number | null;
  eigenaarId: number;
  eigenaarNaam: string;
  trekkerNaam: string | null;
  actielijnId: number | null;
  actielijnCode: string | null;
  actielijnTitel: string | null;
  actielijnVolgorde: number | null;
  voortgangId: number | null;
  voortgangDatum: string | null;
  toelichting: string | null;
}

/** Who, which actielijn and the newest voortgang of each agenda item, in one statement. */
function detailsVan(regioId: number, actieIds: number[]): Map<number, DetailRij> {
  if (actieIds.length === 0) return new Map();
  // The newest voortgang by one index seek per actie (voortgang_actie_datum), not by ranking all.
  const rijen = db.all<DetailRij>(sql`
    select a.id as actieId, a.niveau as niveau, a.gemeente_id as gemeenteId,
      a.trekker_gemeente_id as trekkerGemeenteId, a.trekker_organisatie_id as trekkerOrganisatieId,
      a.eigenaar_id as eigenaarId, e.naam as eigenaarNaam, coalesce(tg.naam, tor.naam) as trekkerNaam,
      l.id as actielijnId, l.code as actielijnCode, l.titel as actielijnTitel, l.volgorde as actielijnVolgorde,
      v.id as voortgangId, v.datum as voortgangDatum, v.toelichting as toelichting
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
  return new Map(rijen.map((r) => [r.actieId, r]));
}

/** The computed agenda of an overleg, grouped by actielijn; two queries whatever its size. */
export function berekenAgenda(
  regio: { id: number; nietBijgewerktWeken: number },
  overlegRij: OverlegKop,
): Agenda {
  const peil = agendaPeil({
    datum: overlegRij.datum,
    vooruitkijkWeken: overlegRij.vooruitkijkWeken,
    nietBijgewerktWeken: regio.nietBijgewerktWeken,
  });
  const scope = scopeVan(regio.id, overlegRij);

  const gekozen: { rij: ScopeRij; redenen: AgendaReden[] }[] = [];
  const overige: ActieKeuze[] = [];
  for (const rij of scope) {
    const redenen = redenenOpPeil(
      {
        status: rij.statusBijAanvang ?? rij.status,
        deadline: rij.deadline,
        laatsteVoortgang: rij.laatsteVoortgang,
        aangemaaktOp: rij.aangemaaktOp,
        handmatig: rij.handmatig === 1,
      },
      peil,
    );
    if (redenen.length > 0) gekozen.push({ rij, redenen });
    else
      overige.push({
        id: rij.id,
        code: rij.code,
        titel: rij.titel,
        planJaar: rij.planJaar,
      });
  }

  const details = detailsVan(
    regio.id,
    gekozen.map((g) => g.rij.id),
  );
  const items = gekozen.flatMap(({ rij, redenen }): AgendaItem[] => {
    const d = details.get(rij.id);
    if (!d) return [];
    return [
      {
        id: rij.id,
        code: rij.code,
        titel: rij.titel,
        planJaar: rij.planJaar,
        status: rij.status,
        deadline: rij.deadline,
        eigenaar: d.eigenaarNaam,
        trekker: d.trekkerNaam,
        actielijn:
          d.actielijnId === null
            ? null
            : {
                id: d.actielijnId,
                code: d.actielijnCode ?? "",
                titel: d.actielijnTitel ?? "",
                volgorde: d.actielijnVolgorde ?? 0,
              },
        redenen,
        laatsteVoortgang:
          d.voortgangId !== null && d.voortgangDatum !== null
            ? { id: d.voortgangId, datum: d.voortgangDatum, toelichting: d.toelichting ?? "" }
            : null,
        feiten: {
          regioId: regio.id,
          niveau: d.niveau,
          gemeenteId: d.gemeenteId,
          trekkerGemeenteId: d.trekkerGemeenteId,
          trekkerOrganisatieId: d.trekkerOrganisatieId,
          eigenaarId: d.eigenaarId,
        },
      },
    ];
  });

  overige.sort(
    (a, b) => b.planJaar - a.planJaar || codeVolgorde.compare(a.code, b.code),
  );
  return {
    groepen: groepeerPerActielijn(items),
    aantal: items.length,
    overige,
  };
}
