import { eq } from "drizzle-orm";
import { db, writeTransaction } from "../../db";
import { gebruiker } from "../../db/schema";
import { writeAudit } from "../domain/audit.server";
import { formatTijd } from "../domain/format";
import { accountKey, ipKey, lockedUntil, recordFailure, recordSuccess } from "./login-throttle.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";
import {
  createSession,
  invalidateSession,
  sessionCookie,
  sessionTokenFromRequest,
  validateSessionToken,
} from "./session.server";

export const WRONG_CREDENTIALS = "Deze combinatie van e-mailadres en wachtwoord is niet bekend.";

function lockMessage(until: Date): string {
  return `Te veel mislukte pogingen om in te loggen. Inloggen is geblokkeerd tot ${formatTijd(until)} uur. Probeer het daarna opnieuw, of vraag via "Wachtwoord vergeten" een nieuw wachtwoord aan.`;
}

export type LoginResult = { ok: true; cookie: string } | { ok: false; message: string; locked: boolean };

/**
 * Checks the credentials under the lockout rules. An unknown e-mail and a wrong password get the
 * same message and take the same time, so the form does not reveal which accounts exist.
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

  const lock = lockedUntil(keys, now);
  if (lock) {
    writeAudit(db, {
      gebruikerId: account?.id,
      ip: input.ip,
      entiteit: "sessie",
      actie: "inloggen.geblokkeerd",
      resultaat: "geweigerd",
      na: { email },
    });
    return { ok: false, locked: true, message: lockMessage(lock) };
  }

  const valid =
    account?.passwordHash && account.actief
      ? await verifyPassword(account.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);

  if (!valid || !account) {
    const newLock = recordFailure(keys, now);
    writeAudit(db, {
      gebruikerId: account?.id,
      ip: input.ip,
      entiteit: "sessie",
      actie: newLock ? "inloggen.lockout" : "inloggen.mislukt",
      resultaat: "mislukt",
      na: { email },
    });
    return newLock
      ? { ok: false, locked: true, message: lockMessage(newLock) }
      : { ok: false, locked: false, message: WRONG_CREDENTIALS };
  }

  recordSuccess(email);
  // Session fixation: a login never reuses a session that existed before it.
  const previousToken = input.previousRequest ? sessionTokenFromRequest(input.previousRequest) : null;
  const previous = previousToken ? validateSessionToken(previousToken, now) : null;
  if (previous) invalidateSession(previous.id);

  const session = writeTransaction((tx) => {
    const created = createSession(account.id, now, tx);
    writeAudit(tx, { gebruikerId: account.id, ip: input.ip, entiteit: "sessie", entiteitId: created.id, actie: "inloggen" });
    return created;
  });
  return { ok: true, cookie: sessionCookie(session.token) };
}
