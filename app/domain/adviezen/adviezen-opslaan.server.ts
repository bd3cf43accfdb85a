import { and, asc, desc, eq, gt, inArray, lt, max, sql } from "drizzle-orm";
import { writeTransaction, type Tx } from "../../../db";
import {
  actie,
  advies,
  adviespunt,
  adviespuntActie,
  gemeente,
  regiovisie,
  uitvoeringsplan,
} from "../../../db/schema";
import type { FieldErrors } from "../../components/form";
import { writeAudit } from "../audit.server";
import type { Actor } from "../permissions";
import type { KoppelInvoer, NieuwAdviesInvoer, VerwerkingInvoer } from "./advies-formulieren";
import { findAdvies } from "./adviezen.server";

/**
 * Mutations of the adviezen register. The caller has checked `actualisatie.beheren`; every id from
 * the URL or a form is looked up again within the regio, inside the transaction of the change.
 */

type Uitvoerder = Actor & { ip?: string | null };
export type Uitkomst<T = object> = ({ ok: true } & T) | { ok: false; status: 400 | 404; errors: FieldErrors };

const BESTAAT_NIET = { ok: false, status: 404, errors: { form: "Dit advies of adviespunt bestaat niet." } } as const;

function fout(veld: string, melding: string): Uitkomst<never> {
  return { ok: false, status: 400, errors: { [veld]: melding } };
}

function audit(tx: Tx, user: Uitvoerder, regioId: number, entry: { entiteit: string; entiteitId: number; actie: string; voor?: unknown; na?: unknown }) {
  writeAudit(tx, { regioId, gebruikerId: user.id, ip: user.ip, ...entry });
}

export function registreerAdvies(user: Uitvoerder, regioId: number, invoer: NieuwAdviesInvoer): Uitkomst<{ adviesId: number }> {
  return writeTransaction((tx): Uitkomst<{ adviesId: number }> => {
    let gemeenteNaam: string | null = null;
    if (invoer.gemeenteId !== undefined) {
      const rij = tx
        .select({ naam: gemeente.naam })
        .from(gemeente)
        .where(and(eq(gemeente.id, invoer.gemeenteId), eq(gemeente.regioId, regioId)))
        .get();
      if (!rij) return fout("gemeenteId", "Kies een gemeente van deze regio.");
      gemeenteNaam = rij.naam;
    }
    const rij = {
      regioId,
      soort: invoer.soort,
      // A zienswijze is given by the college of the gemeente: its name is the sender.
      adviesraad: invoer.soort === "zienswijze" ? `Gemeente ${gemeenteNaam}` : (invoer.adviesraad ?? ""),
      gemeenteId: invoer.gemeenteId ?? null,
      datum: invoer.datum,
      onderwerp: invoer.onderwerp,
    };
    const { id } = tx.insert(advies).values(rij).returning({ id: advies.id }).get();
    if (invoer.punten.length > 0) {
      tx.insert(adviespunt)
        .values(invoer.punten.map((tekst, i) => ({ adviesId: id, tekst, volgorde: i + 1 })))
        .run();
    }
    audit(tx, user, regioId, { entiteit: "advies", entiteitId: id, actie: "advies.registreren", na: { ...rij, punten: invoer.punten } });
    return { ok: true, adviesId: id };
  });
}

/** A point of this advies in this regio, or undefined: a point of another advies is not here. */
function vindPunt(tx: Tx, regioId: number, adviesId: number, puntId: number) {
  return tx
    .select({
      id: adviespunt.id,
      tekst: adviespunt.tekst,
      volgorde: adviespunt.volgorde,
      verwerking: adviespunt.verwerking,
      toelichting: adviespunt.toelichting,
    })
    .from(adviespunt)
    .innerJoin(advies, eq(advies.id, adviespunt.adviesId))
    .where(and(eq(adviespunt.id, puntId), eq(adviespunt.adviesId, adviesId), eq(advies.regioId, regioId)))
    .get();
}

export function voegPuntToe(user: Uitvoerder, regioId: number, adviesId: number, tekst: string): Uitkomst<{ puntId: number }> {
  return writeTransaction((tx): Uitkomst<{ puntId: number }> => {
    if (!findAdvies(regioId, adviesId, tx)) return BESTAAT_NIET;
    const laatste = tx
      .select({ volgorde: max(adviespunt.volgorde) })
      .from(adviespunt)
      .where(eq(adviespunt.adviesId, adviesId))
      .get();
    const volgorde = (laatste?.volgorde ?? 0) + 1;
    const { id } = tx.insert(adviespunt).values({ adviesId, tekst, volgorde }).returning({ id: adviespunt.id }).get();
    audit(tx, user, regioId, { entiteit: "adviespunt", entiteitId: id, actie: "adviespunt.toevoegen", na: { adviesId, tekst, volgorde } });
    return { ok: true, puntId: id };
  });
}

export function wijzigPunt(user: Uitvoerder, regioId: number, adviesId: number, puntId: number, tekst: string): Uitkomst {
  return writeTransaction((tx): Uitkomst => {
    const punt = vindPunt(tx, regioId, adviesId, puntId);
    if (!punt) return BESTAAT_NIET;
    tx.update(adviespunt).set({ tekst }).where(eq(adviespunt.id, puntId)).run();
    audit(tx, user, regioId, { entiteit: "adviespunt", entiteitId: puntId, actie: "adviespunt.wijzigen", voor: { tekst: punt.tekst }, na: { tekst } });
    return { ok: true };
  });
}

export function verwijderPunt(user: Uitvoerder, regioId: number, adviesId: number, puntId: number): Uitkomst {
  return writeTransaction((tx): Uitkomst => {
    const punt = vindPunt(tx, regioId, adviesId, puntId);
    if (!punt) return BESTAAT_NIET;
    const acties = tx
      .select({ actieId: adviespuntActie.actieId })
      .from(adviespuntActie)
      .where(eq(adviespuntActie.adviespuntId, puntId))
      .all()
      .map((r) => r.actieId);
    // The links go with the point (ON DELETE CASCADE); the audit row keeps what was lost.
    tx.delete(adviespunt).where(eq(adviespunt.id, puntId)).run();
    audit(tx, user, regioId, { entiteit: "adviespunt", entiteitId: puntId, actie: "adviespunt.verwijderen", voor: { adviesId, ...punt, acties } });
    return { ok: true };
  });
}

/** Swaps the point with its neighbour; at the top or bottom nothing changes. */
export function verplaatsPunt(
  user: Uitvoerder,
  regioId: number,
  adviesId: number,
  puntId: number,
  richting: "omhoog" | "omlaag",
): Uitkomst {
  return writeTransaction((tx): Uitkomst => {
    const punt = vindPunt(tx, regioId, adviesId, puntId);
    if (!punt) return BESTAAT_NIET;
    const buur = tx
      .select({ id: adviespunt.id, volgorde: adviespunt.volgorde })
      .from(adviespunt)
      .where(
        and(
          eq(adviespunt.adviesId, adviesId),
          richting === "omhoog" ? lt(adviespunt.volgorde, punt.volgorde) : gt(adviespunt.volgorde, punt.volgorde),
        ),
      )
      .orderBy(richting === "omhoog" ? desc(adviespunt.volgorde) : asc(adviespunt.volgorde))
      .limit(1)
      .get();
    if (!buur) return { ok: true };
    tx.update(adviespunt).set({ volgorde: buur.volgorde }).where(eq(adviespunt.id, punt.id)).run();
    tx.update(adviespunt).set({ volgorde: punt.volgorde }).where(eq(adviespunt.id, buur.id)).run();
    audit(tx, user, regioId, {
      entiteit: "adviespunt",
      entiteitId: puntId,
      actie: "adviespunt.verplaatsen",
      voor: { volgorde: punt.volgorde },
      na: { volgorde: buur.volgorde },
    });
    return { ok: true };
  });
}

export function legVerwerkingVast(user: Uitvoerder, regioId: number, adviesId: number, invoer: VerwerkingInvoer): Uitkomst {
  return writeTransaction((tx): Uitkomst => {
    const punt = vindPunt(tx, regioId, adviesId, invoer.puntId);
    if (!punt) return BESTAAT_NIET;
    const na = { verwerking: invoer.verwerking, toelichting: invoer.toelichting };
    tx.update(adviespunt).set(na).where(eq(adviespunt.id, punt.id)).run();
    audit(tx, user, regioId, {
      entiteit: "adviespunt",
      entiteitId: punt.id,
      actie: "adviespunt.verwerken",
      voor: { verwerking: punt.verwerking, toelichting: punt.toelichting },
      na,
    });
    return { ok: true };
  });
}

/** Acties of the regio among the given ids; codes can repeat over the years, so the newest plan wins. */
function vindActies(tx: Tx, regioId: number, invoer: KoppelInvoer) {
  const basis = () =>
    tx
      .select({ id: actie.id, code: actie.code, jaar: uitvoeringsplan.jaar })
      .from(actie)
      .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
      .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId));
  const gekozen =
    invoer.actieIds.length > 0
      ? basis()
          .where(and(eq(regiovisie.regioId, regioId), inArray(actie.id, invoer.actieIds)))
          .all()
      : [];
  const opCode = invoer.code
    ? basis()
        .where(and(eq(regiovisie.regioId, regioId), sql`lower(${actie.code}) = lower(${invoer.code})`))
        .orderBy(desc(uitvoeringsplan.jaar))
        .limit(1)
        .get()
    : undefined;
  return { gekozen, opCode };
}

export function koppelActies(user: Uitvoerder, regioId: number, adviesId: number, invoer: KoppelInvoer): Uitkomst<{ gekoppeld: number[] }> {
  return writeTransaction((tx): Uitkomst<{ gekoppeld: number[] }> => {
    const punt = vindPunt(tx, regioId, adviesId, invoer.puntId);
    if (!punt) return BESTAAT_NIET;
    const { gekozen, opCode } = vindActies(tx, regioId, invoer);
    if (gekozen.length !== invoer.actieIds.length) return fout("actieIds", "Kies alleen acties van deze regio uit de lijst.");
    if (invoer.code !== undefined && !opCode) return fout("code", `Er is geen actie met code "${invoer.code}" in de plannen van deze regio.`);

    const bestaand = new Set(
      tx
        .select({ actieId: adviespuntActie.actieId })
        .from(adviespuntActie)
        .where(eq(adviespuntActie.adviespuntId, punt.id))
        .all()
        .map((r) => r.actieId),
    );
    if (opCode && bestaand.has(opCode.id) && gekozen.length === 0)
      return fout("code", `Actie ${opCode.code} (${opCode.jaar}) is al aan dit punt gekoppeld.`);
    const nieuw = [...new Set([...gekozen.map((a) => a.id), ...(opCode ? [opCode.id] : [])])].filter((id) => !bestaand.has(id));
    if (nieuw.length === 0) return { ok: true, gekoppeld: [] };

    tx.insert(adviespuntActie)
      .values(nieuw.map((actieId) => ({ adviespuntId: punt.id, actieId })))
      .run();
    audit(tx, user, regioId, { entiteit: "adviespunt", entiteitId: punt.id, actie: "adviespunt.koppelen", na: { acties: nieuw } });
    return { ok: true, gekoppeld: nieuw };
  });
}

export function ontkoppelActie(user: Uitvoerder, regioId: number, adviesId: number, puntId: number, actieId: number): Uitkomst {
  return writeTransaction((tx): Uitkomst => {
    const punt = vindPunt(tx, regioId, adviesId, puntId);
    if (!punt) return BESTAAT_NIET;
    const weg = tx
      .delete(adviespuntActie)
      .where(and(eq(adviespuntActie.adviespuntId, punt.id), eq(adviespuntActie.actieId, actieId)))
      .run();
    if (weg.changes === 0) return fout("actieId", "Deze actie is niet aan het punt gekoppeld.");
    audit(tx, user, regioId, { entiteit: "adviespunt", entiteitId: punt.id, actie: "adviespunt.ontkoppelen", voor: { actieId } });
    return { ok: true };
  });
}
