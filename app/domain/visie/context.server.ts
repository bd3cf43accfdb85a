import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "../../../db";
import { actielijn, doelstelling, regiovisie, uitgangspunt } from "../../../db/schema";
import type { FieldErrors } from "../../components/form";

/** Who makes a change, for the audit row. */
export interface Door {
  id: number;
  ip: string | null;
}

export interface Bewerkcontext {
  tx: Tx;
  door: Door;
  regioId: number;
  visieId: number;
}

export type Uitkomst = { ok: true } | { ok: false; status: 400 | 404; errors: FieldErrors };

export const GELUKT: Uitkomst = { ok: true };

export function geweigerd(errors: FieldErrors): Uitkomst {
  return { ok: false, status: 400, errors };
}

export function nietGevonden(wat: string): Uitkomst {
  return { ok: false, status: 404, errors: { form: `${wat} bestaat niet (meer) in deze regiovisie. Laad de pagina opnieuw.` } };
}

/** The visie the edit page works on: the latest of the regio, as on the visie page. */
export function huidigeVisieId(tx: Tx, regioId: number): number | null {
  return (
    tx
      .select({ id: regiovisie.id })
      .from(regiovisie)
      .where(eq(regiovisie.regioId, regioId))
      .orderBy(desc(regiovisie.periodeStart), desc(regiovisie.id))
      .limit(1)
      .get()?.id ?? null
  );
}

// The lookups below join up to the regiovisie and filter on both the visie and its regio, so an
// id from another regio (or another visie) is simply not found.

export function vindUitgangspunt(c: Bewerkcontext, id: number) {
  return c.tx
    .select({ id: uitgangspunt.id, tekst: uitgangspunt.tekst, volgorde: uitgangspunt.volgorde })
    .from(uitgangspunt)
    .innerJoin(regiovisie, eq(regiovisie.id, uitgangspunt.visieId))
    .where(and(eq(uitgangspunt.id, id), eq(uitgangspunt.visieId, c.visieId), eq(regiovisie.regioId, c.regioId)))
    .get();
}

export function vindActielijn(c: Bewerkcontext, id: number) {
  return c.tx
    .select({ id: actielijn.id, code: actielijn.code, titel: actielijn.titel, omschrijving: actielijn.omschrijving })
    .from(actielijn)
    .innerJoin(regiovisie, eq(regiovisie.id, actielijn.visieId))
    .where(and(eq(actielijn.id, id), eq(actielijn.visieId, c.visieId), eq(regiovisie.regioId, c.regioId)))
    .get();
}

export function vindDoelstelling(c: Bewerkcontext, id: number) {
  return c.tx
    .select({
      id: doelstelling.id,
      actielijnId: doelstelling.actielijnId,
      code: doelstelling.code,
      tekst: doelstelling.tekst,
      ingetrokken: doelstelling.ingetrokken,
    })
    .from(doelstelling)
    .innerJoin(actielijn, eq(actielijn.id, doelstelling.actielijnId))
    .innerJoin(regiovisie, eq(regiovisie.id, actielijn.visieId))
    .where(and(eq(doelstelling.id, id), eq(actielijn.visieId, c.visieId), eq(regiovisie.regioId, c.regioId)))
    .get();
}
