import { eq } from "drizzle-orm";
import { db, writeTransaction, type Tx } from "../../db";
import { gebruiker, inlogpoging } from "../../db/schema";
import { writeAudit } from "../domain/audit.server";
import { formatTijd } from "../domain/format";
import { mfaKey, reserveAttempt } from "./login-throttle.server";
import type { Factor } from "./mfa-formulieren";
import { gebruikHerstelcode, ongebruikteHerstelcodes } from "./mfa-herstelcodes.server";
import { newTotpSecret, verifyTotp } from "./totp.server";

/**
 * The second factor of one person: its state, a fresh secret to set up, and checking a code under
 * the login throttle. Login, Mijn account and the beheer reset build on these.
 */

export interface MfaStand {
  actief: boolean;
  actiefSinds: string | null;
  /** The secret of a set-up that is not yet confirmed with a first code; null otherwise. */
  geheimInAfwachting: string | null;
  herstelcodesOver: number;
}

export function mfaStand(gebruikerId: number): MfaStand {
  const row = db
    .select({ mfaSecret: gebruiker.mfaSecret, mfaActiefSinds: gebruiker.mfaActiefSinds })
    .from(gebruiker)
    .where(eq(gebruiker.id, gebruikerId))
    .get();
  const actief = Boolean(row?.mfaActiefSinds);
  return {
    actief,
    actiefSinds: row?.mfaActiefSinds ?? null,
    geheimInAfwachting: !actief ? (row?.mfaSecret ?? null) : null,
    herstelcodesOver: actief ? ongebruikteHerstelcodes(gebruikerId) : 0,
  };
}

/**
 * Stores a new secret waiting for its first code, replacing any earlier unconfirmed one, so a QR
 * code shown in an abandoned attempt stops working. Never for someone whose MFA is active.
 */
export function zetNieuwGeheimKlaar(tx: Tx, gebruikerId: number): string {
  const geheim = newTotpSecret();
  tx.update(gebruiker).set({ mfaSecret: geheim, mfaLaatsteStap: null }).where(eq(gebruiker.id, gebruikerId)).run();
  return geheim;
}

export const ONJUISTE_CODE =
  "Deze code klopt niet. Gebruik de code die uw authenticator-app nu toont; een code is 30 seconden geldig en werkt één keer.";
export const ONJUISTE_HERSTELCODE = "Deze herstelcode klopt niet of is al gebruikt.";

function blokkadeMelding(tot: Date): string {
  return `Te veel onjuiste codes. U kunt het opnieuw proberen na ${formatTijd(tot)} uur.`;
}

export type Controle<T> =
  | { ok: true; waarde: T }
  | { ok: false; reden: "onjuist" | "geblokkeerd"; melding: string };

export interface FactorControle<T> {
  gebruikerId: number;
  ip: string | null;
  now: Date;
  factor: Factor;
  /** "actief" checks against the active secret; "in-afwachting" confirms a set-up in progress. */
  geheim: "actief" | "in-afwachting";
  /** What the audit rows are about: the login's session, or the account itself. */
  entiteit: "sessie" | "gebruiker";
  entiteitId: string | number;
  /** The change a right factor allows, in the same transaction as using up the code. */
  bijSucces: (tx: Tx) => T;
}

/**
 * Checks a second factor under the throttle (key mfa:<gebruikerId>, counted before checking) and
 * runs `bijSucces` when it is right. A code is accepted once (its step is stored: no replay);
 * a recovery code is used up. Every failure, lockout and recovery-code use is audited.
 */
export function controleerFactor<T>(c: FactorControle<T>): Controle<T> {
  const sleutel = mfaKey(c.gebruikerId);
  const reservering = reserveAttempt([sleutel], c.now);
  const audit = { gebruikerId: c.gebruikerId, ip: c.ip, entiteit: c.entiteit, entiteitId: c.entiteitId };
  if (!reservering.allowed) {
    writeAudit(db, { ...audit, actie: "mfa.geblokkeerd", resultaat: "geweigerd" });
    return { ok: false, reden: "geblokkeerd", melding: blokkadeMelding(reservering.lockedUntil) };
  }

  return writeTransaction((tx): Controle<T> => {
    const row = tx
      .select({ secret: gebruiker.mfaSecret, actiefSinds: gebruiker.mfaActiefSinds, laatsteStap: gebruiker.mfaLaatsteStap })
      .from(gebruiker)
      .where(eq(gebruiker.id, c.gebruikerId))
      .get();
    const secret = row && (c.geheim === "actief") === Boolean(row.actiefSinds) ? row.secret : null;

    let goed = false;
    if (secret && c.factor.soort === "code") {
      const stap = verifyTotp(secret, c.factor.code, c.now, row?.laatsteStap ?? null);
      if (stap !== null) {
        tx.update(gebruiker).set({ mfaLaatsteStap: stap }).where(eq(gebruiker.id, c.gebruikerId)).run();
        goed = true;
      }
    } else if (secret && c.factor.soort === "herstelcode" && c.geheim === "actief") {
      goed = gebruikHerstelcode(tx, c.gebruikerId, c.factor.code, c.now);
      if (goed) {
        writeAudit(tx, { ...audit, actie: "mfa.herstelcode", na: { herstelcodesOver: ongebruikteHerstelcodes(c.gebruikerId, tx) } });
      }
    }

    if (!goed) {
      writeAudit(tx, {
        ...audit,
        actie: reservering.lock ? "mfa.lockout" : "mfa.mislukt",
        resultaat: "mislukt",
        na: { factor: c.factor.soort },
      });
      if (reservering.lock) return { ok: false, reden: "geblokkeerd", melding: blokkadeMelding(reservering.lock) };
      return { ok: false, reden: "onjuist", melding: c.factor.soort === "code" ? ONJUISTE_CODE : ONJUISTE_HERSTELCODE };
    }
    // A right factor forgives the wrong ones before it, this attempt's reservation included.
    tx.delete(inlogpoging).where(eq(inlogpoging.sleutel, sleutel)).run();
    return { ok: true, waarde: c.bijSucces(tx) };
  });
}
