import { and, asc, eq, sql } from "drizzle-orm";
import * as database from "../../db";
import {
  actie,
  actielijn,
  audit,
  doelstelling,
  gebruiker,
  gemeente,
  lidmaatschap,
  organisatie,
  regio,
  regiovisie,
  sessie,
  uitgangspunt,
  uitvoeringsplan,
} from "../../db/schema";

/**
 * Ids of seeded rows by the names people know them by. Through the namespace: the connection
 * is replaced before every test (and every run of a property).
 */

const db = () => database.db;

export const HM = "hollands-midden";
export const HAAGLANDEN = "haaglanden";
export const ZHZ = "zuid-holland-zuid";

export function regioId(slug: string): number {
  return db().select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
}

export function gebruikerId(email: string): number {
  return db().select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get()!.id;
}

export function gemeenteId(naam: string): number {
  return db().select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.naam, naam)).get()!.id;
}

export function gemeenteSlug(naam: string): string {
  return db().select({ slug: gemeente.slug }).from(gemeente).where(eq(gemeente.naam, naam)).get()!.slug;
}

export function gemeentenVan(slug: string): number[] {
  return db().select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.regioId, regioId(slug))).orderBy(asc(gemeente.id)).all().map((g) => g.id);
}

export function organisatieId(naam: string): number {
  return db().select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.naam, naam)).get()!.id;
}

export function organisatiesVan(slug: string): number[] {
  return db().select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.regioId, regioId(slug))).orderBy(asc(organisatie.id)).all().map((o) => o.id);
}

export function lidmaatschapVan(email: string, slug: string): number {
  return db()
    .select({ id: lidmaatschap.id })
    .from(lidmaatschap)
    .where(and(eq(lidmaatschap.gebruikerId, gebruikerId(email)), eq(lidmaatschap.regioId, regioId(slug))))
    .get()!.id;
}

export function planId(slug: string, jaar: number): number {
  return db()
    .select({ id: uitvoeringsplan.id })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, regioId(slug)), eq(uitvoeringsplan.jaar, jaar)))
    .get()!.id;
}

/** An actie by its code in the plan of that year. */
export function actieId(code: string, jaar = 2026, slug = HM): number {
  return db()
    .select({ id: actie.id })
    .from(actie)
    .where(and(eq(actie.planId, planId(slug, jaar)), eq(actie.code, code)))
    .get()!.id;
}

/** Any actie of the regio (the first of its oldest plan). */
export function eenActieVan(slug: string): { id: number; version: number } {
  return db()
    .select({ id: actie.id, version: actie.version })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(eq(regiovisie.regioId, regioId(slug)))
    .orderBy(asc(actie.id))
    .get()!;
}

function visieVan(slug: string): number {
  return db().select({ id: regiovisie.id }).from(regiovisie).where(eq(regiovisie.regioId, regioId(slug))).orderBy(asc(regiovisie.id)).get()!.id;
}

export function uitgangspuntenVan(slug: string): number[] {
  return db().select({ id: uitgangspunt.id }).from(uitgangspunt).where(eq(uitgangspunt.visieId, visieVan(slug))).orderBy(asc(uitgangspunt.volgorde)).all().map((u) => u.id);
}

export function actielijnenVan(slug: string): number[] {
  return db().select({ id: actielijn.id }).from(actielijn).where(eq(actielijn.visieId, visieVan(slug))).orderBy(asc(actielijn.volgorde)).all().map((a) => a.id);
}

/** The doelstellingen of one actielijn, in their order. */
export function doelstellingenVan(actielijnId: number): number[] {
  return db().select({ id: doelstelling.id }).from(doelstelling).where(eq(doelstelling.actielijnId, actielijnId)).orderBy(asc(doelstelling.volgorde)).all().map((d) => d.id);
}

/** How many sessions this person has open. */
export function sessiesVan(email: string): number {
  return db()
    .select({ n: sql<number>`count(*)` })
    .from(sessie)
    .innerJoin(gebruiker, eq(gebruiker.id, sessie.gebruikerId))
    .where(eq(gebruiker.email, email))
    .get()!.n;
}

/** How many audit rows record this action. */
export function auditActies(actie: string): number {
  return db().select({ n: sql<number>`count(*)` }).from(audit).where(eq(audit.actie, actie)).get()!.n;
}
