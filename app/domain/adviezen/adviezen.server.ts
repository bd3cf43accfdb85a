import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "../../../db";
import {
  actie,
  advies,
  adviespunt,
  adviespuntActie,
  gemeente,
  regiovisie,
  uitvoeringsplan,
  type ActieStatus,
} from "../../../db/schema";
import type { AdviesSoort, Verwerking } from "./advies-labels";

/** Read side of the adviezen register. Every query filters on the regio in its own where. */

type Lezer = Tx | typeof db;

export interface AdviesRegel {
  id: number;
  soort: AdviesSoort;
  adviesraad: string;
  gemeenteNaam: string | null;
  datum: string;
  onderwerp: string;
  open: number;
  overgenomen: number;
  deels: number;
  niet: number;
}

const telVerwerking = (waarde: Verwerking) =>
  sql<number>`coalesce(sum(case when ${adviespunt.verwerking} = ${waarde} then 1 else 0 end), 0)`;

/** The register with counts per verwerking, aggregated in one query; newest advies first. */
export function listAdviezen(regioId: number, opties: { alleenOpen?: boolean } = {}): AdviesRegel[] {
  const open = sql<number>`coalesce(sum(case when ${adviespunt.id} is not null and ${adviespunt.verwerking} is null then 1 else 0 end), 0)`;
  const query = db
    .select({
      id: advies.id,
      soort: advies.soort,
      adviesraad: advies.adviesraad,
      gemeenteNaam: gemeente.naam,
      datum: advies.datum,
      onderwerp: advies.onderwerp,
      open,
      overgenomen: telVerwerking("overgenomen"),
      deels: telVerwerking("deels"),
      niet: telVerwerking("niet"),
    })
    .from(advies)
    .leftJoin(gemeente, eq(gemeente.id, advies.gemeenteId))
    .leftJoin(adviespunt, eq(adviespunt.adviesId, advies.id))
    .where(eq(advies.regioId, regioId))
    .groupBy(advies.id)
    .orderBy(desc(advies.datum), desc(advies.id));
  return opties.alleenOpen ? query.having(sql`${open} > 0`).all() : query.all();
}

export interface AdviesKop {
  id: number;
  soort: AdviesSoort;
  adviesraad: string;
  gemeenteId: number | null;
  gemeenteNaam: string | null;
  datum: string;
  onderwerp: string;
}

/** One advies, only within the regio: an id of another regio does not exist here. */
export function findAdvies(regioId: number, adviesId: number, lezer: Lezer = db): AdviesKop | undefined {
  return lezer
    .select({
      id: advies.id,
      soort: advies.soort,
      adviesraad: advies.adviesraad,
      gemeenteId: advies.gemeenteId,
      gemeenteNaam: gemeente.naam,
      datum: advies.datum,
      onderwerp: advies.onderwerp,
    })
    .from(advies)
    .leftJoin(gemeente, eq(gemeente.id, advies.gemeenteId))
    .where(and(eq(advies.id, adviesId), eq(advies.regioId, regioId)))
    .get();
}

export interface GekoppeldeActie {
  id: number;
  code: string;
  titel: string;
  status: ActieStatus;
  jaar: number;
}

export interface Adviespunt {
  id: number;
  tekst: string;
  volgorde: number;
  verwerking: Verwerking | null;
  toelichting: string | null;
  acties: GekoppeldeActie[];
}

/** The points of an advies in their order, each with its linked acties (two queries in all). */
export function listPunten(regioId: number, adviesId: number): Adviespunt[] {
  const punten = db
    .select({
      id: adviespunt.id,
      tekst: adviespunt.tekst,
      volgorde: adviespunt.volgorde,
      verwerking: adviespunt.verwerking,
      toelichting: adviespunt.toelichting,
    })
    .from(adviespunt)
    .innerJoin(advies, eq(advies.id, adviespunt.adviesId))
    .where(and(eq(adviespunt.adviesId, adviesId), eq(advies.regioId, regioId)))
    .orderBy(asc(adviespunt.volgorde), asc(adviespunt.id))
    .all();
  const koppelingen = db
    .select({
      puntId: adviespuntActie.adviespuntId,
      id: actie.id,
      code: actie.code,
      titel: actie.titel,
      status: actie.status,
      jaar: uitvoeringsplan.jaar,
    })
    .from(adviespuntActie)
    .innerJoin(adviespunt, eq(adviespunt.id, adviespuntActie.adviespuntId))
    .innerJoin(actie, eq(actie.id, adviespuntActie.actieId))
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(adviespunt.adviesId, adviesId), eq(regiovisie.regioId, regioId)))
    .orderBy(desc(uitvoeringsplan.jaar), asc(actie.code))
    .all();
  const perPunt = new Map<number, GekoppeldeActie[]>();
  for (const { puntId, ...gekoppeld } of koppelingen) {
    const lijst = perPunt.get(puntId) ?? [];
    lijst.push(gekoppeld);
    perPunt.set(puntId, lijst);
  }
  return punten.map((p) => ({ ...p, acties: perPunt.get(p.id) ?? [] }));
}

export interface ActieKeuze {
  id: number;
  code: string;
  titel: string;
  jaar: number;
}

/** Every actie of the regio, for the link form; grouped by plan year in the UI, newest first. */
export function listActieKeuzes(regioId: number): ActieKeuze[] {
  return db
    .select({ id: actie.id, code: actie.code, titel: actie.titel, jaar: uitvoeringsplan.jaar })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(eq(regiovisie.regioId, regioId))
    .orderBy(desc(uitvoeringsplan.jaar), asc(actie.code))
    .all();
}

export interface OpenAdviespunt {
  id: number;
  tekst: string;
  adviesId: number;
  adviesraad: string;
  datum: string;
}

/**
 * Advice points without a verwerking yet, so the yearly actualisatie can consider them.
 * With `gemeenteId`: only the points of adviezen given by or for that gemeente (its adviesraad
 * or its zienswijze). Oldest advies first, points in their order.
 */
export function openAdviespunten(regioId: number, opties: { gemeenteId?: number } = {}): OpenAdviespunt[] {
  return db
    .select({
      id: adviespunt.id,
      tekst: adviespunt.tekst,
      adviesId: advies.id,
      adviesraad: advies.adviesraad,
      datum: advies.datum,
    })
    .from(adviespunt)
    .innerJoin(advies, eq(advies.id, adviespunt.adviesId))
    .where(
      and(
        eq(advies.regioId, regioId),
        isNull(adviespunt.verwerking),
        opties.gemeenteId === undefined ? undefined : eq(advies.gemeenteId, opties.gemeenteId),
      ),
    )
    .orderBy(asc(advies.datum), asc(advies.id), asc(adviespunt.volgorde), asc(adviespunt.id))
    .all();
}
