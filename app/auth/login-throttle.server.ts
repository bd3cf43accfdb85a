import { eq, inArray } from "drizzle-orm";
import { db, writeTransaction, type Tx } from "../../db";
import { inlogpoging } from "../../db/schema";

/**
 * Slows down and then locks repeated failed logins, per account and per IP address.
 * After FREE_FAILURES failures each further failure locks the key for a doubling time (15 s,
 * 30 s, 1 min, …) up to MAX_LOCK; IP keys get more room, as a whole town hall may share one address.
 *
 * An attempt is counted *before* its secret is checked (reserveAttempt) and handed back when it
 * turns out right (releaseAttempt). Checking the lock first and counting after an async password
 * check let 50 simultaneous tries all pass the check before the first one was counted.
 */
const POLICY = {
  account: { freeFailures: 4, baseLockMs: 15_000, maxLockMs: 15 * 60_000 },
  ip: { freeFailures: 20, baseLockMs: 15_000, maxLockMs: 15 * 60_000 },
} as const;
// A quiet hour forgives earlier failures.
const FORGET_AFTER_MS = 60 * 60_000;

type Kind = keyof typeof POLICY;
type Key = string | null;

export function accountKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

export function ipKey(ip: string | null): string | null {
  return ip ? `ip:${ip}` : null;
}

/** Wrong second-factor codes of one person; the account policy applies. */
export function mfaKey(gebruikerId: number): string {
  return `mfa:${gebruikerId}`;
}

function kindOf(key: string): Kind {
  return key.startsWith("ip:") ? "ip" : "account";
}

function present(keys: Key[]): string[] {
  return keys.filter((k): k is string => k !== null);
}

function lockedUntilIn(tx: Tx | typeof db, keys: Key[], now: Date): Date | null {
  const wanted = present(keys);
  if (wanted.length === 0) return null;
  const rows = tx
    .select({ geblokkeerdTot: inlogpoging.geblokkeerdTot })
    .from(inlogpoging)
    .where(inArray(inlogpoging.sleutel, wanted))
    .all();
  let latest: Date | null = null;
  for (const row of rows) {
    if (!row.geblokkeerdTot) continue;
    const until = new Date(row.geblokkeerdTot);
    if (until > now && (!latest || until > latest)) latest = until;
  }
  return latest;
}

function lockFor(kind: Kind, failures: number, now: Date): Date | null {
  const policy = POLICY[kind];
  const over = failures - policy.freeFailures;
  return over > 0 ? new Date(now.getTime() + Math.min(policy.baseLockMs * 2 ** (over - 1), policy.maxLockMs)) : null;
}

/** The lock of one key before and after an attempt was counted, so a right secret can undo it. */
type LockChange = { before: string | null; after: string | null };

function countFailure(tx: Tx, keys: Key[], now: Date): { lock: Date | null; changes: Record<string, LockChange> } {
  let lock: Date | null = null;
  const changes: Record<string, LockChange> = {};
  for (const key of present(keys)) {
    const row = tx.select().from(inlogpoging).where(eq(inlogpoging.sleutel, key)).get();
    const stale = row && now.getTime() - Date.parse(row.laatsteOp) > FORGET_AFTER_MS;
    const failures = (row && !stale ? row.mislukt : 0) + 1;
    const until = lockFor(kindOf(key), failures, now);
    if (until && (!lock || until > lock)) lock = until;
    const values = { mislukt: failures, laatsteOp: now.toISOString(), geblokkeerdTot: until?.toISOString() ?? null };
    changes[key] = { before: row?.geblokkeerdTot ?? null, after: values.geblokkeerdTot };
    tx.insert(inlogpoging)
      .values({ sleutel: key, ...values })
      .onConflictDoUpdate({ target: inlogpoging.sleutel, set: values })
      .run();
  }
  return { lock, changes };
}

export type Reservation =
  /** Locked: the secret must not be checked at all. */
  | { allowed: false; lockedUntil: Date }
  /** Counted as a failure in advance; `lock` is the lock this attempt causes should it be wrong. */
  | { allowed: true; lock: Date | null; changes: Record<string, LockChange> };

/**
 * Checks the lock and counts the attempt in one BEGIN IMMEDIATE transaction, so no number of
 * simultaneous tries gets more evaluations than the policy allows. Call releaseAttempt when the
 * secret proves right.
 */
export function reserveAttempt(keys: Key[], now = new Date()): Reservation {
  return writeTransaction((tx) => {
    const locked = lockedUntilIn(tx, keys, now);
    if (locked) return { allowed: false, lockedUntil: locked };
    return { allowed: true, ...countFailure(tx, keys, now) };
  });
}

/**
 * Takes back the failure a reservation counted, for a right secret: one failure less, and the lock
 * as it was before, unless another attempt has changed it since. (A right password from an
 * address that was just over its limit must not lock that address for everyone behind it.)
 */
export function releaseAttempt(reservation: Extract<Reservation, { allowed: true }>, keys: Key[]): void {
  writeTransaction((tx) => {
    for (const key of present(keys)) {
      const change = reservation.changes[key];
      const row = tx.select().from(inlogpoging).where(eq(inlogpoging.sleutel, key)).get();
      if (!change || !row) continue;
      const failures = Math.max(row.mislukt - 1, 0);
      if (failures === 0) {
        tx.delete(inlogpoging).where(eq(inlogpoging.sleutel, key)).run();
        continue;
      }
      const ours = row.geblokkeerdTot === change.after;
      tx.update(inlogpoging)
        .set({ mislukt: failures, geblokkeerdTot: ours ? change.before : row.geblokkeerdTot })
        .where(eq(inlogpoging.sleutel, key))
        .run();
    }
  });
}

/** Forgets every failure of these keys: a successful login clears the account's own counter. */
export function clearAttempts(keys: Key[]): void {
  const wanted = present(keys);
  if (wanted.length === 0) return;
  db.delete(inlogpoging).where(inArray(inlogpoging.sleutel, wanted)).run();
}
