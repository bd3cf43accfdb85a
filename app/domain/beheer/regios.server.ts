import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db, writeTransaction } from "../../../db";
import {
  gemeente,
  organisatie,
  regio,
  subregio,
  type OrganisatieSoort,
} from "../../../db/schema";
import { writeAudit } from "../audit.server";
import { gemeenteSlug } from "./slug";
import type { BeheerScope } from "./toegang.server";
import type { Uitkomst, Uitvoerder } from "./uitvoerder";

export interface RegioRij {
  id: number;
  naam: string;
  slug: string;
  aantalGemeenten: number;
  aantalGebruikers: number;
}

export function listRegios(): RegioRij[] {
  return db
    .select({
      id: regio.id,
      naam: regio.naam,
      slug: regio.slug,
      // Drizzle leaves columns in a selected expression unqualified, which would bind "id" to the
      // subquery's own table; hence the explicit names.
      aantalGemeenten: sql<number>`(select count(*) from gemeente g where g.regio_id = regio.id)`,
      aantalGebruikers: sql<number>`(select count(distinct l.gebruiker_id) from lidmaatschap l where l.regio_id = regio.id)`,
    })
    .from(regio)
    .orderBy(asc(regio.naam))
    .all();
}

export function createRegio(door: Uitvoerder, invoer: { naam: string; slug: string }): Uitkomst<number> {
  return writeTransaction((tx) => {
    const bestaand = tx.select({ id: regio.id }).from(regio).where(eq(regio.slug, invoer.slug)).get();
    if (bestaand) return { ok: false, errors: { slug: "Deze slug is al in gebruik door een andere regio. Kies een andere." } };
    const nieuw = tx.insert(regio).values({ naam: invoer.naam, slug: invoer.slug }).returning({ id: regio.id }).get();
    writeAudit(tx, {
      regioId: nieuw.id,
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "regio",
      entiteitId: nieuw.id,
      actie: "aangemaakt",
      na: invoer,
    });
    return { ok: true, waarde: nieuw.id };
  });
}

export function getRegioDetail(id: number) {
  const r = db
    .select({ id: regio.id, naam: regio.naam, slug: regio.slug, nietBijgewerktWeken: regio.nietBijgewerktWeken })
    .from(regio)
    .where(eq(regio.id, id))
    .get();
  if (!r) return null;
  const gemeenten = db
    .select({
      id: gemeente.id,
      naam: gemeente.naam,
      slug: gemeente.slug,
      isCentrumgemeente: gemeente.isCentrumgemeente,
      subregio: subregio.naam,
    })
    .from(gemeente)
    .leftJoin(subregio, eq(subregio.id, gemeente.subregioId))
    .where(eq(gemeente.regioId, id))
    .orderBy(asc(gemeente.naam))
    .all();
  const organisaties = db
    .select({ id: organisatie.id, naam: organisatie.naam, soort: organisatie.soort })
    .from(organisatie)
    .where(eq(organisatie.regioId, id))
    .orderBy(asc(organisatie.naam))
    .all();
  return { ...r, gemeenten, organisaties };
}

export function updateRegio(
  door: Uitvoerder,
  id: number,
  invoer: { naam: string; nietBijgewerktWeken: number },
): Uitkomst | null {
  return writeTransaction((tx) => {
    const voor = tx
      .select({ naam: regio.naam, nietBijgewerktWeken: regio.nietBijgewerktWeken })
      .from(regio)
      .where(eq(regio.id, id))
      .get();
    if (!voor) return null;
    tx.update(regio).set(invoer).where(eq(regio.id, id)).run();
    writeAudit(tx, {
      regioId: id,
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "regio",
      entiteitId: id,
      actie: "gewijzigd",
      voor,
      na: invoer,
    });
    return { ok: true, waarde: undefined };
  });
}

export function addGemeente(
  door: Uitvoerder,
  regioId: number,
  invoer: { naam: string; isCentrumgemeente: boolean },
): Uitkomst<number> {
  const slug = gemeenteSlug(invoer.naam);
  if (!slug) return { ok: false, errors: { naam: "Gebruik ten minste één letter of cijfer in de naam." } };
  return writeTransaction((tx) => {
    const dubbel = tx
      .select({ id: gemeente.id })
      .from(gemeente)
      .where(and(eq(gemeente.regioId, regioId), sql`(${gemeente.slug} = ${slug} or lower(${gemeente.naam}) = lower(${invoer.naam}))`))
      .get();
    if (dubbel) return { ok: false, errors: { naam: "Deze regio heeft al een gemeente met deze naam." } };
    const nieuw = tx
      .insert(gemeente)
      .values({ regioId, naam: invoer.naam, slug, isCentrumgemeente: invoer.isCentrumgemeente })
      .returning({ id: gemeente.id })
      .get();
    writeAudit(tx, {
      regioId,
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "gemeente",
      entiteitId: nieuw.id,
      actie: "aangemaakt",
      na: { ...invoer, slug },
    });
    return { ok: true, waarde: nieuw.id };
  });
}

export function addOrganisatie(
  door: Uitvoerder,
  regioId: number,
  invoer: { naam: string; soort: OrganisatieSoort },
): Uitkomst<number> {
  return writeTransaction((tx) => {
    const dubbel = tx
      .select({ id: organisatie.id })
      .from(organisatie)
      .where(and(eq(organisatie.regioId, regioId), sql`lower(${organisatie.naam}) = lower(${invoer.naam})`))
      .get();
    if (dubbel) return { ok: false, errors: { naam: "Deze regio heeft al een organisatie met deze naam." } };
    const nieuw = tx.insert(organisatie).values({ regioId, ...invoer }).returning({ id: organisatie.id }).get();
    writeAudit(tx, {
      regioId,
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "organisatie",
      entiteitId: nieuw.id,
      actie: "aangemaakt",
      na: invoer,
    });
    return { ok: true, waarde: nieuw.id };
  });
}

/** Counts for the beheer start page. */
export function telRegios(): number {
  return db.select({ n: sql<number>`count(*)` }).from(regio).get()?.n ?? 0;
}

export interface RegioKeuze {
  id: number;
  naam: string;
  slug: string;
}

/** The regio's this scope covers, for selects and filters. */
export function regiosInScope(scope: BeheerScope): RegioKeuze[] {
  return db
    .select({ id: regio.id, naam: regio.naam, slug: regio.slug })
    .from(regio)
    .where(scope.beheerder ? undefined : inArray(regio.id, scope.regioIds))
    .orderBy(asc(regio.naam))
    .all();
}

/** Gemeenten and organisaties of the regio's in scope, for the selects of the role forms. */
export function keuzesInScope(scope: BeheerScope) {
  const inScope = (kolom: typeof gemeente.regioId | typeof organisatie.regioId) =>
    scope.beheerder ? undefined : inArray(kolom, scope.regioIds);
  return {
    gemeenten: db
      .select({ id: gemeente.id, naam: gemeente.naam, regioId: gemeente.regioId })
      .from(gemeente)
      .where(inScope(gemeente.regioId))
      .orderBy(asc(gemeente.naam))
      .all(),
    organisaties: db
      .select({ id: organisatie.id, naam: organisatie.naam, regioId: organisatie.regioId })
      .from(organisatie)
      .where(inScope(organisatie.regioId))
      .orderBy(asc(organisatie.naam))
      .all(),
  };
}
