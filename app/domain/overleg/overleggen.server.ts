import { and, desc, eq } from "drizzle-orm";
import { db, type Tx } from "../../../db";
import { overleg } from "../../../db/schema";

export interface OverlegKop {
  id: number;
  datum: string;
  titel: string;
  vooruitkijkWeken: number;
}

const KOLOMMEN = {
  id: overleg.id,
  datum: overleg.datum,
  titel: overleg.titel,
  vooruitkijkWeken: overleg.vooruitkijkWeken,
};

/** The overleggen of a regio, newest first. */
export function listOverleggen(regioId: number): OverlegKop[] {
  return db
    .select(KOLOMMEN)
    .from(overleg)
    .where(eq(overleg.regioId, regioId))
    .orderBy(desc(overleg.datum), desc(overleg.id))
    .all();
}

/** One overleg, only within the regio: an id of another regio does not exist here. */
export function findOverleg(
  regioId: number,
  overlegId: number,
  tx: Tx | typeof db = db,
): OverlegKop | undefined {
  return tx
    .select(KOLOMMEN)
    .from(overleg)
    .where(and(eq(overleg.id, overlegId), eq(overleg.regioId, regioId)))
    .get();
}
