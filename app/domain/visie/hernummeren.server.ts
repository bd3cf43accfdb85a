import { asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db";
import { actielijn, doelstelling } from "../../../db/schema";
import { nummer, type LijnIndeling } from "./codes";

export interface Codewijziging {
  soort: "actielijn" | "doelstelling";
  id: number;
  van: string;
  naar: string;
}

/** The visie's actielijnen and doelstellingen in their current order, read inside the transaction. */
export function huidigeIndeling(tx: Tx, visieId: number): LijnIndeling[] {
  const lijnen = tx
    .select({ id: actielijn.id })
    .from(actielijn)
    .where(eq(actielijn.visieId, visieId))
    .orderBy(asc(actielijn.volgorde), asc(actielijn.id))
    .all();
  const doelen = lijnen.length
    ? tx
        .select({ id: doelstelling.id, actielijnId: doelstelling.actielijnId })
        .from(doelstelling)
        .where(
          inArray(
            doelstelling.actielijnId,
            lijnen.map((l) => l.id),
          ),
        )
        .orderBy(asc(doelstelling.volgorde), asc(doelstelling.id))
        .all()
    : [];
  return lijnen.map((l) => ({
    id: l.id,
    doelstellingen: doelen.filter((d) => d.actielijnId === l.id).map((d) => d.id),
  }));
}

/**
 * Writes the order, codes and actielijn of every row that differs from the given indeling and
 * returns the code changes (for the audit row).
 */
export function pasIndelingToe(tx: Tx, visieId: number, indeling: readonly LijnIndeling[]): Codewijziging[] {
  const doel = nummer(indeling);
  const lijnIds = doel.actielijnen.map((l) => l.id);
  const nuLijnen = new Map(
    tx
      .select({ id: actielijn.id, code: actielijn.code, volgorde: actielijn.volgorde })
      .from(actielijn)
      .where(eq(actielijn.visieId, visieId))
      .all()
      .map((l) => [l.id, l]),
  );
  const nuDoelen = new Map(
    lijnIds.length
      ? tx
          .select({
            id: doelstelling.id,
            code: doelstelling.code,
            volgorde: doelstelling.volgorde,
            actielijnId: doelstelling.actielijnId,
          })
          .from(doelstelling)
          .where(inArray(doelstelling.actielijnId, lijnIds))
          .all()
          .map((d) => [d.id, d])
      : [],
  );

  const wijzigingen: Codewijziging[] = [];
  for (const l of doel.actielijnen) {
    const nu = nuLijnen.get(l.id);
    if (!nu || (nu.code === l.code && nu.volgorde === l.volgorde)) continue;
    tx.update(actielijn).set({ code: l.code, volgorde: l.volgorde }).where(eq(actielijn.id, l.id)).run();
    if (nu.code !== l.code) wijzigingen.push({ soort: "actielijn", id: l.id, van: nu.code, naar: l.code });
  }
  for (const d of doel.doelstellingen) {
    const nu = nuDoelen.get(d.id);
    if (!nu || (nu.code === d.code && nu.volgorde === d.volgorde && nu.actielijnId === d.actielijnId)) continue;
    tx.update(doelstelling)
      .set({ code: d.code, volgorde: d.volgorde, actielijnId: d.actielijnId })
      .where(eq(doelstelling.id, d.id))
      .run();
    if (nu.code !== d.code) wijzigingen.push({ soort: "doelstelling", id: d.id, van: nu.code, naar: d.code });
  }
  return wijzigingen;
}

/** Numbers the visie again from its current order (after an add or delete). */
export function hernummer(tx: Tx, visieId: number): Codewijziging[] {
  return pasIndelingToe(tx, visieId, huidigeIndeling(tx, visieId));
}
