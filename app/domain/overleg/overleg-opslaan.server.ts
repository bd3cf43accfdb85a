import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { writeTransaction, type Tx } from "../../../db";
import {
  actie,
  agendapunt,
  besluit,
  overleg,
  regiovisie,
  uitvoeringsplan,
} from "../../../db/schema";
import type { FieldErrors } from "../../components/form";
import { findActieFeiten } from "../acties/actie-feiten.server";
import { writeAudit } from "../audit.server";
import type { Actor } from "../permissions";
import { standaardTitel } from "./agenda-regels";
import type {
  AgendapuntKeuze,
  BesluitInvoer,
  NieuwOverlegInvoer,
} from "./overleg-formulieren";
import type { OverlegKop } from "./overleggen.server";

/**
 * Mutations of an overleg. The caller has checked `overleg.beheren` and that the overleg belongs
 * to the regio; every id from a form is looked up again within the regio here.
 */

type Uitvoerder = Actor & { ip?: string | null };
export type Opslaan<T = object> =
  ({ ok: true } & T) | { ok: false; errors: FieldErrors };

export function maakOverleg(
  user: Uitvoerder,
  regioId: number,
  invoer: NieuwOverlegInvoer,
): number {
  return writeTransaction((tx) => {
    const rij = {
      regioId,
      datum: invoer.datum,
      titel: invoer.titel ?? standaardTitel(invoer.datum),
      vooruitkijkWeken: invoer.vooruitkijkWeken,
      aangemaaktDoorId: user.id,
    };
    const { id } = tx
      .insert(overleg)
      .values(rij)
      .returning({ id: overleg.id })
      .get();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "overleg",
      entiteitId: id,
      actie: "overleg.aanmaken",
      na: rij,
    });
    return id;
  });
}

/** An actie of the overleg's scope (its year's plan or the previous one), by id or by code. */
function vindActieInScope(
  tx: Tx,
  regioId: number,
  overlegRij: OverlegKop,
  keuze: AgendapuntKeuze,
) {
  const jaar = Number(overlegRij.datum.slice(0, 4));
  const opActie =
    keuze.actieId !== undefined
      ? eq(actie.id, keuze.actieId)
      : sql`lower(${actie.code}) = lower(${keuze.code ?? ""})`;
  return tx
    .select({ id: actie.id, code: actie.code })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(
      and(
        eq(regiovisie.regioId, regioId),
        inArray(uitvoeringsplan.jaar, [jaar, jaar - 1]),
        opActie,
      ),
    )
    .orderBy(desc(uitvoeringsplan.jaar))
    .get();
}

export function voegAgendapuntToe(
  user: Uitvoerder,
  regioId: number,
  overlegRij: OverlegKop,
  keuze: AgendapuntKeuze,
): Opslaan<{ actieId: number }> {
  return writeTransaction((tx): Opslaan<{ actieId: number }> => {
    const gevonden = vindActieInScope(tx, regioId, overlegRij, keuze);
    const jaar = Number(overlegRij.datum.slice(0, 4));
    if (!gevonden) {
      return keuze.actieId !== undefined
        ? { ok: false, errors: { actieId: "Kies een actie uit de lijst." } }
        : {
            ok: false,
            errors: {
              code: `Er is geen actie met code "${keuze.code}" in het plan van ${jaar} of ${jaar - 1}.`,
            },
          };
    }
    const bestaand = tx
      .select({ id: agendapunt.id })
      .from(agendapunt)
      .where(
        and(
          eq(agendapunt.overlegId, overlegRij.id),
          eq(agendapunt.actieId, gevonden.id),
        ),
      )
      .get();
    if (bestaand) {
      const veld = keuze.actieId !== undefined ? "actieId" : "code";
      return {
        ok: false,
        errors: { [veld]: `Actie ${gevonden.code} staat al op de agenda.` },
      };
    }
    const { id } = tx
      .insert(agendapunt)
      .values({
        overlegId: overlegRij.id,
        actieId: gevonden.id,
        toegevoegdDoorId: user.id,
      })
      .returning({ id: agendapunt.id })
      .get();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "overleg",
      entiteitId: overlegRij.id,
      actie: "agendapunt.toevoegen",
      na: { agendapuntId: id, actieId: gevonden.id },
    });
    return { ok: true, actieId: gevonden.id };
  });
}

/** Removes a hand-added item; the computed part of the agenda cannot be removed. */
export function verwijderAgendapunt(
  user: Uitvoerder,
  regioId: number,
  overlegRij: OverlegKop,
  actieId: number,
): Opslaan {
  return writeTransaction((tx): Opslaan => {
    const punt = tx
      .select({ id: agendapunt.id })
      .from(agendapunt)
      .innerJoin(overleg, eq(overleg.id, agendapunt.overlegId))
      .where(
        and(
          eq(agendapunt.overlegId, overlegRij.id),
          eq(agendapunt.actieId, actieId),
          eq(overleg.regioId, regioId),
        ),
      )
      .get();
    if (!punt)
      return {
        ok: false,
        errors: {
          actieId: "Deze actie is niet met de hand aan de agenda toegevoegd.",
        },
      };
    tx.delete(agendapunt).where(eq(agendapunt.id, punt.id)).run();
    writeAudit(tx, {
      regioId,
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "overleg",
      entiteitId: overlegRij.id,
      actie: "agendapunt.verwijderen",
      voor: { agendapuntId: punt.id, actieId },
    });
    return { ok: true };
  });
}

/**
 * Records a besluit, about one actie or general. A repeated idempotency key (double click,
 * resubmit after a timeout) returns the earlier besluit instead of a duplicate.
 */
export function legBesluitVast(
  user: Uitvoerder,
  regioId: number,
  overlegRij: OverlegKop,
  invoer: BesluitInvoer,
): Opslaan<{ besluitId: number; herhaald: boolean }> {
  return writeTransaction(
    (tx): Opslaan<{ besluitId: number; herhaald: boolean }> => {
      const eerder = tx
        .select({ id: besluit.id, overlegId: besluit.overlegId })
        .from(besluit)
        .where(eq(besluit.idempotencyKey, invoer.idempotencyKey))
        .get();
      if (eerder) {
        if (eerder.overlegId !== overlegRij.id)
          return {
            ok: false,
            errors: {
              form: "Dit formulier is al gebruikt; laad de pagina opnieuw.",
            },
          };
        return { ok: true, besluitId: eerder.id, herhaald: true };
      }
      if (
        invoer.actieId !== undefined &&
        !findActieFeiten(tx, regioId, invoer.actieId)
      ) {
        return { ok: false, errors: { actieId: "Deze actie bestaat niet." } };
      }
      const rij = {
        overlegId: overlegRij.id,
        actieId: invoer.actieId ?? null,
        tekst: invoer.tekst,
        auteurId: user.id,
        idempotencyKey: invoer.idempotencyKey,
      };
      const { id } = tx
        .insert(besluit)
        .values(rij)
        .returning({ id: besluit.id })
        .get();
      writeAudit(tx, {
        regioId,
        gebruikerId: user.id,
        ip: user.ip,
        entiteit: "besluit",
        entiteitId: id,
        actie: "besluit.vastleggen",
        na: {
          overlegId: overlegRij.id,
          actieId: rij.actieId,
          tekst: rij.tekst,
        },
      });
      return { ok: true, besluitId: id, herhaald: false };
    },
  );
}
