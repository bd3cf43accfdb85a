import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import { db, type Tx } from "../../db";
import { eenmaligeLink, gebruiker, type TokenSoort } from "../../db/schema";

export const UITNODIGING_GELDIG_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_GELDIG_MS = 60 * 60 * 1000;

const GELDIG_MS: Record<TokenSoort, number> = {
  uitnodiging: UITNODIGING_GELDIG_MS,
  wachtwoord_reset: RESET_GELDIG_MS,
};

// 20 random bytes in lowercase base32 without padding: always 32 characters of a-z and 2-7.
const TOKEN_PATTERN = /^[a-z2-7]{32}$/;

function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** A deactivated account's links stop working, whatever their age. */
function actieveGebruikers(tx: Tx | typeof db) {
  return tx.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.actief, true));
}

/**
 * Creates a one-time link; the token goes into the mail and is never stored, only its SHA-256.
 * Earlier unused links of the same soort stop working, so only the newest mail counts.
 */
export function createEenmaligeLink(
  tx: Tx | typeof db,
  gebruikerId: number,
  soort: TokenSoort,
  now = new Date(),
): { token: string; verlooptOp: Date } {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  const verlooptOp = new Date(now.getTime() + GELDIG_MS[soort]);

  tx.update(eenmaligeLink)
    .set({ gebruiktOp: now.toISOString() })
    .where(
      and(eq(eenmaligeLink.gebruikerId, gebruikerId), eq(eenmaligeLink.soort, soort), isNull(eenmaligeLink.gebruiktOp)),
    )
    .run();
  tx.insert(eenmaligeLink)
    .values({
      hash: hashToken(token),
      gebruikerId,
      soort,
      verlooptOp: verlooptOp.toISOString(),
      aangemaaktOp: now.toISOString(),
    })
    .run();
  return { token, verlooptOp };
}

function geldig(token: string, soort: TokenSoort, now: Date, tx: Tx | typeof db) {
  // All instants are toISOString() output, so comparing them as text compares them in time.
  return and(
    eq(eenmaligeLink.hash, hashToken(token)),
    eq(eenmaligeLink.soort, soort),
    isNull(eenmaligeLink.gebruiktOp),
    gt(eenmaligeLink.verlooptOp, now.toISOString()),
    inArray(eenmaligeLink.gebruikerId, actieveGebruikers(tx)),
  );
}

/** The link of a token if it can still be used; null when unknown, used, expired, of another soort or malformed. */
export function findEenmaligeLink(
  token: string,
  soort: TokenSoort,
  now = new Date(),
): { gebruikerId: number; verlooptOp: string } | null {
  if (typeof token !== "string" || !TOKEN_PATTERN.test(token)) return null;
  const row = db
    .select({ gebruikerId: eenmaligeLink.gebruikerId, verlooptOp: eenmaligeLink.verlooptOp })
    .from(eenmaligeLink)
    .where(geldig(token, soort, now, db))
    .get();
  return row ?? null;
}

/**
 * Marks the link used and returns its gebruikerId, or null when it is not valid. One conditional
 * UPDATE, so two simultaneous submissions cannot both use the same link.
 */
export function consumeEenmaligeLink(tx: Tx, token: string, soort: TokenSoort, now = new Date()): number | null {
  if (typeof token !== "string" || !TOKEN_PATTERN.test(token)) return null;
  const row = tx
    .update(eenmaligeLink)
    .set({ gebruiktOp: now.toISOString() })
    .where(geldig(token, soort, now, tx))
    .returning({ gebruikerId: eenmaligeLink.gebruikerId })
    .get();
  return row?.gebruikerId ?? null;
}
