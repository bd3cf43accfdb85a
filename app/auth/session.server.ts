import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { parse as parseCookie, serialize as serializeCookie } from "cookie";
import { eq, sql } from "drizzle-orm";
import { db, type Tx } from "../../db";
import { preparedPerConnection } from "../../db/prepared";
import { sessie } from "../../db/schema";
import { servedOverHttps } from "../config.server";

// DESIGN §6 and Lucia's current recipe: token = id.secret, only SHA-256(secret) is stored.
export const INACTIVITY_TIMEOUT_MS = 8 * 60 * 60 * 1000;
export const ABSOLUTE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
// A login waiting for its second factor: long enough to set up an authenticator app, short
// enough that a password-only half login does not linger.
export const PENDING_MFA_LIFETIME_MS = 10 * 60 * 1000;
// Writing lastSeen on every request would make every page view a write transaction.
const LAST_SEEN_REFRESH_MS = 5 * 60 * 1000;

export function sessionCookieName(): string {
  return servedOverHttps() ? "__Host-sessie" : "sessie";
}

function randomId(): string {
  const bytes = new Uint8Array(20); // 160 bits
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export interface NewSession {
  id: string;
  token: string;
}

/**
 * Creates a session row; the caller puts the token in a cookie and never logs it. A session with
 * `mfaVoltooid: false` is half a login: the password was right, the second factor is still due.
 */
export function createSession(
  gebruikerId: number,
  now = new Date(),
  tx: Tx | typeof db = db,
  { mfaVoltooid = true }: { mfaVoltooid?: boolean } = {},
): NewSession {
  const id = randomId();
  const secret = randomId();
  const iso = now.toISOString();
  tx.insert(sessie)
    .values({
      id,
      gebruikerId,
      secretHash: Buffer.from(hashSecret(secret)),
      aangemaaktOp: iso,
      laatstGezienOp: iso,
      mfaVoltooid,
    })
    .run();
  return { id, token: `${id}.${secret}` };
}

export interface ValidSession {
  id: string;
  gebruikerId: number;
  /** False for a login that still waits for its second factor; such a session opens nothing else. */
  mfaVoltooid: boolean;
}

// Every request reads its session: prepared once instead of built by drizzle each time.
const sessieQuery = preparedPerConnection((d) =>
  d
    .select({
      id: sessie.id,
      gebruikerId: sessie.gebruikerId,
      secretHash: sessie.secretHash,
      aangemaaktOp: sessie.aangemaaktOp,
      laatstGezienOp: sessie.laatstGezienOp,
      mfaVoltooid: sessie.mfaVoltooid,
    })
    .from(sessie)
    .where(eq(sessie.id, sql.placeholder("id")))
    .prepare(),
);

/** Returns the session of a token, or null; expired rows are deleted on sight. */
export function validateSessionToken(token: string, now = new Date()): ValidSession | null {
  const [id, secret, ...rest] = token.split(".");
  if (!id || !secret || rest.length > 0 || id.length > 64 || secret.length > 64) return null;

  const row = sessieQuery().get({ id });
  if (!row) return null;

  if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secretHash))) return null;

  const t = now.getTime();
  const lastSeen = Date.parse(row.laatstGezienOp);
  const age = t - Date.parse(row.aangemaaktOp);
  if (
    t - lastSeen > INACTIVITY_TIMEOUT_MS ||
    age > ABSOLUTE_LIFETIME_MS ||
    (!row.mfaVoltooid && age > PENDING_MFA_LIFETIME_MS)
  ) {
    db.delete(sessie).where(eq(sessie.id, id)).run();
    return null;
  }
  if (t - lastSeen > LAST_SEEN_REFRESH_MS) {
    db.update(sessie).set({ laatstGezienOp: now.toISOString() }).where(eq(sessie.id, id)).run();
  }
  return { id: row.id, gebruikerId: row.gebruikerId, mfaVoltooid: row.mfaVoltooid };
}

export function invalidateSession(sessionId: string, tx: Tx | typeof db = db): void {
  tx.delete(sessie).where(eq(sessie.id, sessionId)).run();
}

export function sessionTokenFromRequest(request: Request): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  return parseCookie(header)[sessionCookieName()] ?? null;
}

export function sessionCookie(token: string): string {
  return serializeCookie(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: servedOverHttps(),
    path: "/",
    maxAge: ABSOLUTE_LIFETIME_MS / 1000,
  });
}

export function clearedSessionCookie(): string {
  return serializeCookie(sessionCookieName(), "", {
    httpOnly: true,
    sameSite: "lax",
    secure: servedOverHttps(),
    path: "/",
    maxAge: 0,
  });
}

/** Ends every session of a user: on password change, deactivation or an administrator's kill. */
export function invalidateAllSessions(tx: Tx | typeof db, gebruikerId: number): void {
  tx.delete(sessie).where(eq(sessie.gebruikerId, gebruikerId)).run();
}
