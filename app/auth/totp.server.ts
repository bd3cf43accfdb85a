import { createTOTPKeyURI, generateHOTP, verifyHOTP } from "@oslojs/otp";
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";

/**
 * TOTP (RFC 6238) as every authenticator app does it: SHA-1, 6 digits, 30-second steps. Built on
 * HOTP with an explicit step instead of @oslojs/otp's TOTP helpers, which read the system clock:
 * every function here takes `now`, so tests run on a fixed clock.
 */
export const TOTP_ISSUER = "Regiovisie Uitvoeringsplan";
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
// One step either side: a phone clock a little off, or a code typed just as it changed.
const WINDOW_STEPS = 1;

/** A new secret: 20 random bytes (160 bits, as RFC 4226 recommends) in base32. */
export function newTotpSecret(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32UpperCaseNoPadding(bytes);
}

function keyOf(secret: string): Uint8Array {
  return decodeBase32IgnorePadding(secret);
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code of a step; the app shows the same one. Tests use it to act as the phone. */
export function totpCode(secret: string, step: number): string {
  return generateHOTP(keyOf(secret), BigInt(step), TOTP_DIGITS);
}

/** What the QR code holds: the secret, the issuer and the account's e-mail address as its label. */
export function totpUri(secret: string, email: string): string {
  return createTOTPKeyURI(TOTP_ISSUER, email, keyOf(secret), TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}

/** The secret for typing over by hand: groups of four, as the apps show them. */
export function secretInGroups(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? "";
}

/**
 * The step whose code this is, within one step of now, or null. A step at or before `lastStep`
 * is refused: a code that was accepted once (or an older one) cannot be replayed.
 */
export function verifyTotp(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = keyOf(secret);
  const current = totpStep(now);
  let match: number | null = null;
  // Every step of the window is checked, also after a match, so the time taken reveals nothing.
  for (let step = current - WINDOW_STEPS; step <= current + WINDOW_STEPS; step++) {
    const valid = verifyHOTP(key, BigInt(step), TOTP_DIGITS, code);
    if (valid && match === null && (lastStep === null || step > lastStep)) match = step;
  }
  return match;
}
