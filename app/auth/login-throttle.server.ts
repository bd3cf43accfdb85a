import { eq, inArray } from "drizzle-orm";
import { db, writeTransaction } from "../../db";
import { inlogpoging } from "../../db/schema";

/**
 * Slows down and then locks repeated failed logins, per account and per IP address.
 * After FREE_FAILURES failures each further failure locks the key for a doubling time (15 s,
 * 30 s, 1 min, …) up to MAX_LOCK; IP keys get more room, as a whole town hall may share one address.
 */
const POLICY = {
  account: { freeFailures: 4, baseLockMs: 15_000, maxLockMs: 15 * 60_000 },
  ip: { freeFailures: 20, baseLockMs: 15_000, maxLockMs: 15 * 60_000 },
} as const;
// A quiet hour forgives earlier failures.
const FORGET_AFTER_MS = 60 * 60_000;

type Kind = keyof typeof POLICY;

export function accountKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

export function ipKey(ip: string | null): string | null {
  return ip ? `ip:${ip}` : null;
}

function kindOf(key: string): Kind {
  return key.startsWith("ip:") ? "ip" : "account";
}

/** The moment until which any of these keys is locked, or null when none is. */
export function lockedUntil(keys: (string | null)[], now = new Date()): Date | null {
  const present = keys.filter((k): k is string => k !== null);
  if (present.length === 0) return null;
  const rows = db
    .select({ geblokkeerdTot: inlogpoging.geblokkeerdTot })
    .from(inlogpoging)
    .where(inArray(inlogpoging.sleutel, present))
    .all();
  let latest: Date | null = null;
  for (const row of rows) {
    if (!row.geblokkeerdTot) continue;
    const until = new Date(row.geblokkeerdTot);
    if (until > now && (!latest || until > latest)) latest = until;
  }
  return latest;
}

/** Counts a failure for each key; returns the lock it caused, if any. */
export function recordFailure(keys: (string | null)[], now = new Date()): Date | null {
  let lock: Date | null = null;
  writeTransaction((tx) => {
    for (const key of keys) {
      if (!key) continue;
      const policy = POLICY[kindOf(key)];
      const row = tx.select().from(inlogpoging).where(eq(inlogpoging.sleutel, key)).get();
      const stale = row && now.getTime() - Date.parse(row.laatsteOp) > FORGET_AFTER_MS;
      const failures = (row && !stale ? row.mislukt : 0) + 1;
      const over = failures - policy.freeFailures;
      const until =
        over > 0 ? new Date(now.getTime() + Math.min(policy.baseLockMs * 2 ** (over - 1), policy.maxLockMs)) : null;
      if (until && (!lock || until > lock)) lock = until;
      tx.insert(inlogpoging)
        .values({ sleutel: key, mislukt: failures, laatsteOp: now.toISOString(), geblokkeerdTot: until?.toISOString() ?? null })
        .onConflictDoUpdate({
          target: inlogpoging.sleutel,
          set: { mislukt: failures, laatsteOp: now.toISOString(), geblokkeerdTot: until?.toISOString() ?? null },
        })
        .run();
    }
  });
  return lock;
}

/** A successful login clears the account's counter (not the IP's: others may be guessing from it). */
export function recordSuccess(email: string): void {
  db.delete(inlogpoging).where(eq(inlogpoging.sleutel, accountKey(email))).run();
}
