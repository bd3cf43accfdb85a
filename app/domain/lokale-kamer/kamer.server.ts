import { and, asc, eq } from "drizzle-orm";
import { db, type Db, type Tx } from "../../../db";
import { gebruiker, gemeente, lidmaatschap, lokaleKamer, mijlpaal, mijlpaalTemplate, type MijlpaalStatus } from "../../../db/schema";

/**
 * Reading one gemeente's lokale kamer. A gemeente that never opened its tracker has no rows yet:
 * the page then shows the regio's active template, and the first save creates the rows (never a
 * write on GET).
 */

type Lezer = Db | Tx;

export interface GemeenteInRegio {
  id: number;
  naam: string;
  slug: string;
}

export function findGemeente(regioId: number, slug: string | undefined): GemeenteInRegio | undefined {
  if (!slug) return undefined;
  return db
    .select({ id: gemeente.id, naam: gemeente.naam, slug: gemeente.slug })
    .from(gemeente)
    .where(and(eq(gemeente.regioId, regioId), eq(gemeente.slug, slug)))
    .get();
}

export interface KamerMijlpaal {
  /** "m:<mijlpaal id>", or "t:<template id>" while the lokale kamer does not exist yet. */
  sleutel: string;
  templateId: number | null;
  /** False when the regio removed this mijlpaal from its template after the gemeente started it. */
  inSjabloon: boolean;
  titel: string;
  omschrijving: string | null;
  status: MijlpaalStatus;
  streefdatum: string | null;
  gereedOp: string | null;
  toelichting: string | null;
  documentUrl: string | null;
  version: number;
}

export interface Kamer {
  lokaleKamerId: number | null;
  procesregisseur: string | null;
  mijlpalen: KamerMijlpaal[];
}

export function findLokaleKamerId(lezer: Lezer, regioId: number, gemeenteId: number): number | null {
  const rij = lezer
    .select({ id: lokaleKamer.id })
    .from(lokaleKamer)
    .innerJoin(gemeente, eq(gemeente.id, lokaleKamer.gemeenteId))
    .where(and(eq(lokaleKamer.gemeenteId, gemeenteId), eq(gemeente.regioId, regioId)))
    .get();
  return rij?.id ?? null;
}

/** The active template of a regio, in order. */
export function actiefSjabloon(lezer: Lezer, regioId: number) {
  return lezer
    .select({ id: mijlpaalTemplate.id, titel: mijlpaalTemplate.titel, omschrijving: mijlpaalTemplate.omschrijving, volgorde: mijlpaalTemplate.volgorde })
    .from(mijlpaalTemplate)
    .where(and(eq(mijlpaalTemplate.regioId, regioId), eq(mijlpaalTemplate.actief, true)))
    .orderBy(asc(mijlpaalTemplate.volgorde), asc(mijlpaalTemplate.id))
    .all();
}

/** The gemeente's procesregisseur account, to name on the page and on a new lokale kamer. */
export function procesregisseurVan(lezer: Lezer, regioId: number, gemeenteId: number): { id: number; naam: string } | undefined {
  return lezer
    .select({ id: gebruiker.id, naam: gebruiker.naam })
    .from(lidmaatschap)
    .innerJoin(gebruiker, eq(gebruiker.id, lidmaatschap.gebruikerId))
    .where(
      and(
        eq(lidmaatschap.regioId, regioId),
        eq(lidmaatschap.gemeenteId, gemeenteId),
        eq(lidmaatschap.rol, "procesregisseur"),
        eq(gebruiker.actief, true),
      ),
    )
    .orderBy(asc(gebruiker.id))
    .get();
}

export function laadKamer(regioId: number, gemeenteId: number): Kamer {
  const kamer = db
    .select({ id: lokaleKamer.id, procesregisseur: gebruiker.naam })
    .from(lokaleKamer)
    .innerJoin(gemeente, eq(gemeente.id, lokaleKamer.gemeenteId))
    .leftJoin(gebruiker, eq(gebruiker.id, lokaleKamer.procesregisseurId))
    .where(and(eq(lokaleKamer.gemeenteId, gemeenteId), eq(gemeente.regioId, regioId)))
    .get();

  if (!kamer) {
    return {
      lokaleKamerId: null,
      procesregisseur: procesregisseurVan(db, regioId, gemeenteId)?.naam ?? null,
      mijlpalen: actiefSjabloon(db, regioId).map((t) => ({
        sleutel: `t:${t.id}`,
        templateId: t.id,
        inSjabloon: true,
        titel: t.titel,
        omschrijving: t.omschrijving,
        status: "open",
        streefdatum: null,
        gereedOp: null,
        toelichting: null,
        documentUrl: null,
        version: 1,
      })),
    };
  }

  const rijen = db
    .select({
      id: mijlpaal.id,
      templateId: mijlpaal.templateId,
      templateActief: mijlpaalTemplate.actief,
      omschrijving: mijlpaalTemplate.omschrijving,
      titel: mijlpaal.titel,
      status: mijlpaal.status,
      streefdatum: mijlpaal.streefdatum,
      gereedOp: mijlpaal.gereedOp,
      toelichting: mijlpaal.toelichting,
      documentUrl: mijlpaal.documentUrl,
      version: mijlpaal.version,
    })
    .from(mijlpaal)
    .leftJoin(mijlpaalTemplate, and(eq(mijlpaalTemplate.id, mijlpaal.templateId), eq(mijlpaalTemplate.regioId, regioId)))
    .where(eq(mijlpaal.lokaleKamerId, kamer.id))
    .orderBy(asc(mijlpaal.volgorde), asc(mijlpaal.id))
    .all();

  return {
    lokaleKamerId: kamer.id,
    procesregisseur: kamer.procesregisseur,
    mijlpalen: rijen.map(({ id, templateActief, ...m }) => ({
      ...m,
      sleutel: `m:${id}`,
      inSjabloon: m.templateId !== null && templateActief === true,
    })),
  };
}

/** What the phase rule counts: a mijlpaal removed from the template no longer counts as one. */
export function alsFaseMijlpaal(m: { status: MijlpaalStatus; templateId: number | null; inSjabloon: boolean }) {
  return { status: m.status, templateId: m.inSjabloon ? m.templateId : null };
}
