import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "../../db";
import { mfaHerstelcode } from "../../db/schema";
import { normaliseerHerstelcode } from "./mfa-formulieren";

/**
 * Recovery codes for when the phone is lost: ten of them, each usable once. Shown exactly once,
 * when made; only their SHA-256 is stored. 40 random bits each is plenty behind the throttle on
 * wrong codes, and short enough to type from paper.
 */
export const AANTAL_HERSTELCODES = 10;

function hashHerstelcode(code: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(code)));
}

function nieuweHerstelcode(): string {
  const bytes = new Uint8Array(5); // 40 bits: exactly 8 base32 characters
  crypto.getRandomValues(bytes);
  const tekens = encodeBase32LowerCaseNoPadding(bytes);
  return `${tekens.slice(0, 4)}-${tekens.slice(4)}`;
}

/** Replaces all recovery codes of a person with ten new ones; returns them for showing once. */
export function maakHerstelcodes(tx: Tx, gebruikerId: number): string[] {
  tx.delete(mfaHerstelcode).where(eq(mfaHerstelcode.gebruikerId, gebruikerId)).run();
  const codes = Array.from({ length: AANTAL_HERSTELCODES }, nieuweHerstelcode);
  tx.insert(mfaHerstelcode)
    .values(codes.map((code) => ({ gebruikerId, hash: hashHerstelcode(code) })))
    .run();
  return codes;
}

/**
 * Uses up a recovery code: true when it was one of this person's unused codes. One conditional
 * UPDATE, so two simultaneous submissions cannot both use the same code.
 */
export function gebruikHerstelcode(tx: Tx, gebruikerId: number, invoer: string, now: Date): boolean {
  const code = normaliseerHerstelcode(invoer);
  if (!code) return false;
  const row = tx
    .update(mfaHerstelcode)
    .set({ gebruiktOp: now.toISOString() })
    .where(
      and(
        eq(mfaHerstelcode.gebruikerId, gebruikerId),
        eq(mfaHerstelcode.hash, hashHerstelcode(code)),
        isNull(mfaHerstelcode.gebruiktOp),
      ),
    )
    .returning({ id: mfaHerstelcode.id })
    .get();
  return row !== undefined;
}

export function ongebruikteHerstelcodes(gebruikerId: number, tx: Tx | typeof db = db): number {
  return (
    tx
      .select({ n: sql<number>`count(*)` })
      .from(mfaHerstelcode)
      .where(and(eq(mfaHerstelcode.gebruikerId, gebruikerId), isNull(mfaHerstelcode.gebruiktOp)))
      .get()?.n ?? 0
  );
}

export function verwijderHerstelcodes(tx: Tx, gebruikerId: number): number {
  return tx.delete(mfaHerstelcode).where(eq(mfaHerstelcode.gebruikerId, gebruikerId)).run().changes;
}
