import { eq } from "drizzle-orm";
import { db, writeTransaction } from "../../db";
import { gebruiker } from "../../db/schema";
import { writeAudit } from "../domain/audit.server";
import { formatTijd } from "../domain/format";
import type { MfaStap } from "./current-user.server";
import { accountKey, clearAttempts, ipKey, releaseAttempt, reserveAttempt } from "./login-throttle.server";
import { beginLoginSessie } from "./mfa-login.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";
import { invalidateSession, sessionCookie, sessionTokenFromRequest, validateSessionToken } from "./session.server";

export const WRONG_CREDENTIALS = "Deze combinatie van e-mailadres en wachtwoord is niet bekend.";

function lockMessage(until: Date): string {
  return `Te veel mislukte pogingen om in te loggen. Inloggen is geblokkeerd tot ${formatTijd(until)} uur. Probeer het daarna opnieuw, of vraag via "Wachtwoord vergeten" een nieuw wachtwoord aan.`;
}

export type LoginResult =
  /** `stap`: the MFA step the new (half) session must take first; null when it is complete. */
  | { ok: true; cookie: string; stap: MfaStap | null }
  | { ok: false; message: string; locked: boolean };

/**
 * Checks the credentials under the lockout rules. An unknown e-mail and a wrong password get the
 * same message and take the same time, so the form does not reveal which accounts exist.
 * The attempt is counted before the (slow, async) password check, so simultaneous tries cannot
 * all slip past the lock; a right password hands the count back.
 */
export async function logIn(input: {
  email: string;
  password: string;
  ip: string | null;
  previousRequest?: Request;
  now?: Date;
}): Promise<LoginResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const keys = [accountKey(email), ipKey(input.ip)];

  const account = db
    .select({ id: gebruiker.id, passwordHash: gebruiker.passwordHash, actief: gebruiker.actief })
    .from(gebruiker)
    .where(eq(gebruiker.email, email))
    .get();

  const reservation = reserveAttempt(keys, now);
  if (!reservation.allowed) {
    writeAudit(db, {
      gebruikerId: account?.id,
      ip: input.ip,
      entiteit: "sessie",
      actie: "inloggen.geblokkeerd",
      resultaat: "geweigerd",
      na: { email },
    });
    return { ok: false, locked: true, message: lockMessage(reservation.lockedUntil) };
  }

  const valid =
    account?.passwordHash && account.actief
      ? await verifyPassword(account.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);

  if (!valid || !account) {
    // The failure was counted by the reservation; its lock, if any, is this attempt's.
    writeAudit(db, {
      gebruikerId: account?.id,
      ip: input.ip,
      entiteit: "sessie",
      actie: reservation.lock ? "inloggen.lockout" : "inloggen.mislukt",
      resultaat: "mislukt",
      na: { email },
    });
    return reservation.lock
      ? { ok: false, locked: true, message: lockMessage(reservation.lock) }
      : { ok: false, locked: false, message: WRONG_CREDENTIALS };
  }

  // A right password clears the account's counter; the address only gets this attempt back,
  // as others may be guessing from it.
  clearAttempts([accountKey(email)]);
  releaseAttempt(reservation, [ipKey(input.ip)]);
  // Session fixation: a login never reuses a session that existed before it.
  const previousToken = input.previousRequest ? sessionTokenFromRequest(input.previousRequest) : null;
  const previous = previousToken ? validateSessionToken(previousToken, now) : null;
  if (previous) invalidateSession(previous.id);

  const { sessie, stap } = writeTransaction((tx) => {
    const begonnen = beginLoginSessie(tx, account.id, now);
    writeAudit(tx, {
      gebruikerId: account.id,
      ip: input.ip,
      entiteit: "sessie",
      entiteitId: begonnen.sessie.id,
      // With MFA the login is not done yet: "mfa.voltooid" follows when the second factor is given.
      actie: begonnen.stap ? "inloggen.wachtwoord" : "inloggen",
      na: begonnen.stap ? { vervolg: begonnen.stap } : undefined,
    });
    return begonnen;
  });
  return { ok: true, cookie: sessionCookie(sessie.token), stap };
}
