import { eq, sql } from "drizzle-orm";
import { db, type Db } from "../../../db";
import { preparedPerConnection } from "../../../db/prepared";
import { planVaststelling } from "../../../db/schema";
import type { InhoudActie, PlanInhoud } from "./inhoud";
import { vaststellingSleutel } from "./vergelijken";

const snapshotQuery = preparedPerConnection((d) =>
  d
    .select({ inhoud: planVaststelling.inhoud })
    .from(planVaststelling)
    .where(eq(planVaststelling.id, sql.placeholder("id")))
    .prepare(),
);

export interface Snapshot {
  acties: Map<number, InhoudActie>;
  /** Per actie its vaststellingSleutel, worked out once. */
  sleutels: Map<number, string>;
}

/**
 * A vaststelling is written once and never changed (a trigger refuses updates, migration 0003), so
 * it is read, parsed and keyed once per connection: a snapshot of 300 acties is about 270 kB, which
 * took 2 ms to read and parse on every view of the plan page. The most recently used are kept.
 */
const snapshots = new WeakMap<Db, Map<number, Snapshot>>();
const BEWAARDE_SNAPSHOTS = 40;

export function leesSnapshot(vaststellingId: number): Snapshot {
  let perVaststelling = snapshots.get(db);
  if (!perVaststelling) snapshots.set(db, (perVaststelling = new Map()));
  let snapshot = perVaststelling.get(vaststellingId);
  if (snapshot) {
    perVaststelling.delete(vaststellingId);
  } else {
    const inhoud = snapshotQuery().get({ id: vaststellingId })?.inhoud as PlanInhoud | undefined;
    const acties = inhoud?.acties ?? [];
    snapshot = {
      acties: new Map(acties.map((a) => [a.id, a])),
      sleutels: new Map(acties.map((a) => [a.id, vaststellingSleutel(a)])),
    };
    if (perVaststelling.size >= BEWAARDE_SNAPSHOTS) perVaststelling.delete(perVaststelling.keys().next().value!);
  }
  perVaststelling.set(vaststellingId, snapshot);
  return snapshot;
}
