import { and, eq, isNotNull, ne, sql, type SQL } from "drizzle-orm";
import { type AnySQLiteColumn, unionAll } from "drizzle-orm/sqlite-core";
import { db } from "../../../db";
import {
  actie,
  actieUitvoering,
  digestVerzonden,
  gebruiker,
  gemeente,
  lidmaatschap,
  regio,
  regiovisie,
  uitvoeringVoortgang,
  uitvoeringsplan,
  voortgang,
} from "../../../db/schema";
import { can, type Actor } from "../permissions";
import type { DigestItem, DigestOntvanger } from "./digest-mail";
import { dagenLater, type DigestPerioden } from "./periode";
import { DIGEST_VOORUIT_WEKEN, digestRedenen } from "./redenen";

export type Frequentie = "wekelijks" | "maandelijks";

export interface DigestKandidaat extends DigestOntvanger {
  id: number;
  periode: string;
  alVerzonden: boolean;
  items: DigestItem[];
}

/** The period a person's digest belongs to, per their frequency (see periode.ts). */
function periodeVan(perioden: DigestPerioden): SQL<string> {
  return sql<string>`case when ${gebruiker.digestFrequentie} = 'maandelijks' then ${perioden.maand} else ${perioden.week} end`;
}

/** Active people with a password who want a digest; invited-but-never-signed-in accounts get none. */
function wilDigest(): SQL {
  return and(eq(gebruiker.actief, true), isNotNull(gebruiker.passwordHash), ne(gebruiker.digestFrequentie, "nooit"))!;
}

function alVerzonden(perioden: DigestPerioden): SQL {
  return sql`exists (select 1 from ${digestVerzonden} where ${digestVerzonden.gebruikerId} = ${gebruiker.id} and ${digestVerzonden.periode} = ${periodeVan(perioden)})`;
}

/** A person only hears about acties of a regio they may still see (a role there, or beheerder). */
function magRegioZien(): SQL {
  return sql`exists (select 1 from ${lidmaatschap} where ${lidmaatschap.gebruikerId} = ${gebruiker.id} and (${lidmaatschap.regioId} = ${regiovisie.regioId} or ${lidmaatschap.rol} = 'beheerder'))`;
}

/**
 * A coarse SQL version of digestRedenen, so only candidates leave the database; the rules in
 * redenen.ts (status-regels) decide on each row.
 */
function mogelijkeReden(laatsteVoortgang: SQL, vandaag: string): SQL {
  return sql`(${actie.deadline} <= ${dagenLater(vandaag, DIGEST_VOORUIT_WEKEN * 7)} or coalesce(${laatsteVoortgang}, substr(${actie.aangemaaktOp}, 1, 10)) < date(${vandaag}, '-' || (${regio.nietBijgewerktWeken} * 7) || ' days'))`;
}

/** Everyone who wants a digest now, whether it was already sent for this period, and why. */
export function selecteerDigests(perioden: DigestPerioden): DigestKandidaat[] {
  const ontvangers = db
    .select({
      id: gebruiker.id,
      naam: gebruiker.naam,
      email: gebruiker.email,
      frequentie: sql<Frequentie>`${gebruiker.digestFrequentie}`,
      periode: periodeVan(perioden),
      alVerzonden: sql<number>`${alVerzonden(perioden)}`,
    })
    .from(gebruiker)
    .where(wilDigest())
    .orderBy(gebruiker.id)
    .all();
  if (ontvangers.length === 0) return [];

  const rijen = kandidaatActies(perioden);
  const actoren = laadActoren(perioden);

  const itemsPer = new Map<number, DigestItem[]>();
  for (const rij of rijen) {
    const actor = actoren.get(rij.gebruikerId);
    // The SQL narrows; the permission module has the last word.
    if (!actor || !can(actor, { recht: "regio.bekijken", regioId: rij.regioId })) continue;
    const redenen = digestRedenen(rij, perioden.vandaag);
    if (redenen.length === 0) continue;
    const items = itemsPer.get(rij.gebruikerId) ?? [];
    items.push({
      actieId: rij.actieId,
      code: rij.code,
      titel: rij.titel,
      gemeente: rij.gemeente,
      regioSlug: rij.regioSlug,
      regioNaam: rij.regioNaam,
      planJaar: rij.planJaar,
      deadline: rij.deadline,
      status: rij.status,
      laatsteVoortgang: rij.laatsteVoortgang,
      aangemaaktOp: rij.aangemaaktOp,
      nietBijgewerktWeken: rij.nietBijgewerktWeken,
      redenen,
    });
    itemsPer.set(rij.gebruikerId, items);
  }

  return ontvangers.map((o) => ({
    id: o.id,
    naam: o.naam,
    email: o.email,
    frequentie: o.frequentie,
    periode: o.periode,
    alVerzonden: Boolean(o.alVerzonden),
    items: itemsPer.get(o.id) ?? [],
  }));
}

/**
 * One query for every candidate of every person: the acties they own and the per-gemeente
 * uitvoeringen they own, in this year's and later plans, still open, not yet mailed this period.
 */
function kandidaatActies(perioden: DigestPerioden) {
  const huidigJaar = Number(perioden.vandaag.slice(0, 4));
  const laatsteActieVoortgang = sql<string | null>`(select max(${voortgang.datum}) from ${voortgang} where ${voortgang.actieId} = ${actie.id})`;
  const laatsteUitvoeringVoortgang = sql<string | null>`(select max(${uitvoeringVoortgang.datum}) from ${uitvoeringVoortgang} where ${uitvoeringVoortgang.uitvoeringId} = ${actieUitvoering.id})`;
  const gemeenschappelijk = (status: AnySQLiteColumn, laatste: SQL) =>
    and(
      wilDigest(),
      sql`not ${alVerzonden(perioden)}`,
      sql`${uitvoeringsplan.jaar} >= ${huidigJaar}`,
      sql`${status} not in ('afgerond', 'vervallen')`,
      magRegioZien(),
      mogelijkeReden(laatste, perioden.vandaag),
    );

  const eigen = db
    .select({
      gebruikerId: gebruiker.id,
      actieId: actie.id,
      code: actie.code,
      titel: actie.titel,
      gemeente: sql<string | null>`null`,
      deadline: actie.deadline,
      status: actie.status,
      aangemaaktOp: actie.aangemaaktOp,
      laatsteVoortgang: laatsteActieVoortgang,
      planJaar: uitvoeringsplan.jaar,
      regioId: regio.id,
      regioSlug: regio.slug,
      regioNaam: regio.naam,
      nietBijgewerktWeken: regio.nietBijgewerktWeken,
    })
    .from(actie)
    .innerJoin(gebruiker, eq(gebruiker.id, actie.eigenaarId))
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(regio, eq(regio.id, regiovisie.regioId))
    .where(gemeenschappelijk(actie.status, laatsteActieVoortgang));

  const uitvoeringen = db
    .select({
      gebruikerId: gebruiker.id,
      actieId: actie.id,
      code: actie.code,
      titel: actie.titel,
      gemeente: sql<string | null>`${gemeente.naam}`,
      deadline: actie.deadline,
      status: actieUitvoering.status,
      aangemaaktOp: actie.aangemaaktOp,
      laatsteVoortgang: laatsteUitvoeringVoortgang,
      planJaar: uitvoeringsplan.jaar,
      regioId: regio.id,
      regioSlug: regio.slug,
      regioNaam: regio.naam,
      nietBijgewerktWeken: regio.nietBijgewerktWeken,
    })
    .from(actieUitvoering)
    .innerJoin(actie, eq(actie.id, actieUitvoering.actieId))
    .innerJoin(gemeente, eq(gemeente.id, actieUitvoering.gemeenteId))
    .innerJoin(gebruiker, eq(gebruiker.id, actieUitvoering.eigenaarId))
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(regio, eq(regio.id, regiovisie.regioId))
    .where(
      and(
        eq(actie.uitvoeringPerGemeente, true),
        // Tenant isolation: the gemeente belongs to the actie's regio.
        eq(gemeente.regioId, regio.id),
        gemeenschappelijk(actieUitvoering.status, laatsteUitvoeringVoortgang),
      ),
    );

  return unionAll(eigen, uitvoeringen).orderBy(sql`deadline`, sql`code`).all();
}

/** The roles of everyone still waiting for this period's digest, in one query. */
function laadActoren(perioden: DigestPerioden): Map<number, Actor> {
  const rollen = db
    .select({
      gebruikerId: lidmaatschap.gebruikerId,
      regioId: lidmaatschap.regioId,
      rol: lidmaatschap.rol,
      gemeenteId: lidmaatschap.gemeenteId,
      organisatieId: lidmaatschap.organisatieId,
    })
    .from(lidmaatschap)
    .innerJoin(gebruiker, eq(gebruiker.id, lidmaatschap.gebruikerId))
    .where(and(wilDigest(), sql`not ${alVerzonden(perioden)}`))
    .all();
  const actoren = new Map<number, Actor>();
  for (const { gebruikerId, ...rol } of rollen) {
    const actor = actoren.get(gebruikerId) ?? { id: gebruikerId, rollen: [] };
    actor.rollen.push(rol);
    actoren.set(gebruikerId, actor);
  }
  return actoren;
}
