import { and, asc, desc, eq, exists, gte, inArray, lt, lte, notInArray, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { db, type Db } from "../../../db";
import { preparedPerConnection } from "../../../db/prepared";
import {
  ACTIE_STATUSSEN,
  actie,
  actieDoelstelling,
  actiePartner,
  actielijn,
  doelstelling,
  gebruiker,
  gemeente,
  organisatie,
  regiovisie,
  uitvoeringsplan,
  voortgang,
  type ActieStatus,
} from "../../../db/schema";
import { isGefilterd, LIKE_ESCAPE, likePatroon, STANDAARD_FILTERS, type PlanFilters } from "./plan-filters";

/**
 * The SQL of the plan page. Every query filters on the regio (through plan → visie) and the
 * number of queries is fixed, whatever the number of acties (DESIGN §7, CONVENTIONS 10).
 */

const AFGESLOTEN: ActieStatus[] = ["afgerond", "vervallen"];

/** The date of the latest voortgang; the (actie_id, datum) index makes this one seek per actie. */
const laatsteVoortgang = sql<string | null>`(select max(${voortgang.datum}) from ${voortgang} where ${voortgang.actieId} = ${actie.id})`;

const planQuery = preparedPerConnection((d) =>
  d
    .select({
      id: uitvoeringsplan.id,
      jaar: uitvoeringsplan.jaar,
      status: uitvoeringsplan.status,
      vastgesteldOp: uitvoeringsplan.vastgesteldOp,
      besluit: uitvoeringsplan.besluit,
      visieId: uitvoeringsplan.visieId,
      aantalActies: sql<number>`(select count(*) from ${actie} where ${actie.planId} = ${uitvoeringsplan.id})`,
    })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, sql.placeholder("regioId")), eq(uitvoeringsplan.jaar, sql.placeholder("jaar"))))
    .prepare(),
);

export function findPlan(regioId: number, jaar: number) {
  return planQuery().get({ regioId, jaar });
}

/** Actielijnen with their doelstellingen of the plan's visie, in visie order (one query). */
const doelstellingenQuery = preparedPerConnection((d) =>
  d
    .select({
      actielijnId: actielijn.id,
      actielijnCode: actielijn.code,
      actielijnTitel: actielijn.titel,
      id: doelstelling.id,
      code: doelstelling.code,
      tekst: doelstelling.tekst,
      ingetrokken: doelstelling.ingetrokken,
    })
    .from(actielijn)
    .innerJoin(regiovisie, eq(regiovisie.id, actielijn.visieId))
    .innerJoin(doelstelling, eq(doelstelling.actielijnId, actielijn.id))
    .where(and(eq(regiovisie.regioId, sql.placeholder("regioId")), eq(actielijn.visieId, sql.placeholder("visieId"))))
    .orderBy(asc(actielijn.volgorde), asc(doelstelling.volgorde))
    .prepare(),
);

export function listDoelstellingen(regioId: number, visieId: number) {
  return doelstellingenQuery().all({ regioId, visieId });
}

const gemeentenQuery = preparedPerConnection((d) =>
  d
    .select({ id: gemeente.id, naam: gemeente.naam })
    .from(gemeente)
    .where(eq(gemeente.regioId, sql.placeholder("regioId")))
    .orderBy(asc(gemeente.naam))
    .prepare(),
);

export function listGemeenten(regioId: number) {
  return gemeentenQuery().all({ regioId });
}

const organisatiesQuery = preparedPerConnection((d) =>
  d
    .select({ id: organisatie.id, naam: organisatie.naam })
    .from(organisatie)
    .where(eq(organisatie.regioId, sql.placeholder("regioId")))
    .orderBy(asc(organisatie.naam))
    .prepare(),
);

export function listOrganisaties(regioId: number) {
  return organisatiesQuery().all({ regioId });
}

/** The people who own an actie in this plan: the eigenaar filter's choices and the names in the table. */
const eigenarenQuery = preparedPerConnection((d) =>
  d
    .selectDistinct({ id: gebruiker.id, naam: gebruiker.naam })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(gebruiker, eq(gebruiker.id, actie.eigenaarId))
    .where(and(eq(regiovisie.regioId, sql.placeholder("regioId")), eq(actie.planId, sql.placeholder("planId"))))
    .orderBy(asc(gebruiker.naam))
    .prepare(),
);

export function listEigenaren(regioId: number, planId: number) {
  return eigenarenQuery().all({ regioId, planId });
}

export interface Peildata {
  /** Today, "YYYY-MM-DD". */
  vandaag: string;
  /** The date before which an actie counts as niet bijgewerkt (grensDatum of status-regels). */
  grens: string;
}

/** The same rules as status-regels.ts, in SQL, so the filters and the flags on screen agree. */
export function overDeadlineSql(vandaag: string): SQL {
  return and(notInArray(actie.status, AFGESLOTEN), lt(actie.deadline, vandaag)) as SQL;
}

export function nietBijgewerktSql(grens: string): SQL {
  return and(
    notInArray(actie.status, AFGESLOTEN),
    sql`substr(coalesce(${laatsteVoortgang}, ${actie.aangemaaktOp}), 1, 10) < ${grens}`,
  ) as SQL;
}

function filterVoorwaarden(regioId: number, planId: number, filters: PlanFilters, peil: Peildata): SQL[] {
  const voorwaarden: SQL[] = [eq(regiovisie.regioId, regioId), eq(actie.planId, planId)];
  const koppeling = (extra: SQL) =>
    exists(
      db
        .select({ een: sql`1` })
        .from(actieDoelstelling)
        .innerJoin(doelstelling, eq(doelstelling.id, actieDoelstelling.doelstellingId))
        .where(and(eq(actieDoelstelling.actieId, actie.id), extra)),
    );

  if (filters.actielijn !== undefined) voorwaarden.push(koppeling(eq(doelstelling.actielijnId, filters.actielijn)));
  if (filters.doelstelling !== undefined) voorwaarden.push(koppeling(eq(doelstelling.id, filters.doelstelling)));
  if (filters.status.length > 0) voorwaarden.push(inArray(actie.status, filters.status));
  if (filters.trekker) {
    voorwaarden.push(
      filters.trekker.soort === "g"
        ? eq(actie.trekkerGemeenteId, filters.trekker.id)
        : eq(actie.trekkerOrganisatieId, filters.trekker.id),
    );
  }
  if (filters.eigenaar !== undefined) voorwaarden.push(eq(actie.eigenaarId, filters.eigenaar));
  if (filters.niveau) voorwaarden.push(eq(actie.niveau, filters.niveau));
  if (filters.gemeente !== undefined) {
    const g = filters.gemeente;
    // A gemeente's view: its own lokale acties, and the regional acties it leads or takes part in.
    voorwaarden.push(
      or(
        and(eq(actie.niveau, "lokaal"), eq(actie.gemeenteId, g)),
        and(
          eq(actie.niveau, "regionaal"),
          or(
            eq(actie.trekkerGemeenteId, g),
            exists(
              db
                .select({ een: sql`1` })
                .from(actiePartner)
                .where(and(eq(actiePartner.actieId, actie.id), eq(actiePartner.gemeenteId, g))),
            ),
          ),
        ),
      ) as SQL,
    );
  }
  if (filters.van) voorwaarden.push(gte(actie.deadline, filters.van));
  if (filters.tot) voorwaarden.push(lte(actie.deadline, filters.tot));
  if (filters.overDeadline) voorwaarden.push(overDeadlineSql(peil.vandaag));
  if (filters.nietBijgewerkt) voorwaarden.push(nietBijgewerktSql(peil.grens));
  if (filters.q) {
    const patroon = likePatroon(filters.q);
    const like = (kolom: SQL | AnyColumn) => sql`${kolom} like ${patroon} escape ${LIKE_ESCAPE}`;
    voorwaarden.push(
      or(like(actie.titel), like(actie.code), like(sql`coalesce(${actie.omschrijving}, '')`), like(sql`coalesce(${actie.beoogdResultaat}, '')`)) as SQL,
    );
  }
  return voorwaarden;
}

const statusVolgorde = sql`case ${actie.status} ${sql.join(
  ACTIE_STATUSSEN.map((s, i) => sql`when ${s} then ${i}`),
  sql` `,
)} end`;

function volgorde(filters: PlanFilters): SQL[] {
  const richting = filters.richting === "af" ? desc : asc;
  const hoofd: Record<PlanFilters["sort"], SQL | AnyColumn> = {
    code: actie.code,
    deadline: actie.deadline,
    status: statusVolgorde,
    "laatste-voortgang": laatsteVoortgang,
    titel: sql`${actie.titel} collate nocase`,
  };
  return [richting(hoofd[filters.sort]), asc(actie.code), asc(actie.id)];
}

function selecteerActies(d: Db, waar: SQL | undefined, orde: SQL[]) {
  return d
    .select({
      id: actie.id,
      code: actie.code,
      titel: actie.titel,
      niveau: actie.niveau,
      gemeenteId: actie.gemeenteId,
      eigenaarId: actie.eigenaarId,
      trekkerGemeenteId: actie.trekkerGemeenteId,
      trekkerOrganisatieId: actie.trekkerOrganisatieId,
      deadline: actie.deadline,
      status: actie.status,
      aangemaaktOp: actie.aangemaaktOp,
      laatsteVoortgang,
    })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(waar)
    .orderBy(...orde);
}

// The plain plan (no filters, by code) is the page opened most: its query is prepared once.
const allePlanActiesQuery = preparedPerConnection((d) =>
  selecteerActies(
    d,
    and(eq(regiovisie.regioId, sql.placeholder("regioId")), eq(actie.planId, sql.placeholder("planId"))),
    volgorde(STANDAARD_FILTERS),
  ).prepare(),
);

/** The acties of the plan that pass the filters, sorted; one query. */
export function zoekActies(regioId: number, planId: number, filters: PlanFilters, peil: Peildata) {
  const standaard =
    !isGefilterd(filters) && filters.sort === STANDAARD_FILTERS.sort && filters.richting === STANDAARD_FILTERS.richting;
  if (standaard) return allePlanActiesQuery().all({ regioId, planId });
  return selecteerActies(db, and(...filterVoorwaarden(regioId, planId, filters, peil)), volgorde(filters)).all();
}

export type GevondenActie = ReturnType<typeof zoekActies>[number];

const koppelingenQuery = preparedPerConnection((d) =>
  d
    .select({ actieId: actieDoelstelling.actieId, doelstellingId: actieDoelstelling.doelstellingId })
    .from(actieDoelstelling)
    .innerJoin(actie, eq(actie.id, actieDoelstelling.actieId))
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, sql.placeholder("regioId")), eq(actie.planId, sql.placeholder("planId"))))
    .prepare(),
);

/** Every actie → doelstelling link of the plan (one query). */
export function listKoppelingen(regioId: number, planId: number) {
  return koppelingenQuery().all({ regioId, planId });
}

const partnersQuery = preparedPerConnection((d) =>
  d
    .select({ actieId: actiePartner.actieId, gemeenteId: actiePartner.gemeenteId, organisatieId: actiePartner.organisatieId })
    .from(actiePartner)
    .innerJoin(actie, eq(actie.id, actiePartner.actieId))
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, sql.placeholder("regioId")), eq(actie.planId, sql.placeholder("planId"))))
    .orderBy(asc(actiePartner.id))
    .prepare(),
);

/** Every partner of every actie of the plan (one query). */
export function listPartners(regioId: number, planId: number) {
  return partnersQuery().all({ regioId, planId });
}
