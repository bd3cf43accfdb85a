import { eq } from "drizzle-orm";
import { type Tx } from "../../db";
import { gebruiker, lidmaatschap } from "../../db/schema";
import { writeAudit } from "../domain/audit.server";
import type { HalveLogin, MfaStap } from "./current-user.server";
import { maakHerstelcodes } from "./mfa-herstelcodes.server";
import { isMfaVerplicht } from "./mfa-verplicht";
import type { Factor } from "./mfa-formulieren";
import { controleerFactor, zetNieuwGeheimKlaar, type Controle } from "./mfa.server";
import { createSession, invalidateSession, sessionCookie, type NewSession } from "./session.server";

/**
 * The second factor at login. Every place that signs a person in with their password (the login
 * form, accepting an invitation) starts the session through beginLoginSessie, so MFA is enforced
 * on every login path.
 *
 * The requirement to *set up* MFA is enforced here, when the session is made, and not on every
 * request: a session completed before (or without) MFA keeps working until it ends. That keeps
 * the rule in one place, and sessions made directly in the database by tests stay valid
 * (docs/decisions/0006-mfa-bij-het-inloggen.md).
 */

export interface LoginSessie {
  sessie: NewSession;
  /** The step still to take before the session opens anything, or null when it is complete. */
  stap: MfaStap | null;
}

export function beginLoginSessie(tx: Tx, gebruikerId: number, now: Date): LoginSessie {
  const account = tx
    .select({ mfaActiefSinds: gebruiker.mfaActiefSinds })
    .from(gebruiker)
    .where(eq(gebruiker.id, gebruikerId))
    .get();
  if (account?.mfaActiefSinds) {
    return { sessie: createSession(gebruikerId, now, tx, { mfaVoltooid: false }), stap: "tweede-stap" };
  }
  const rollen = tx.select({ rol: lidmaatschap.rol }).from(lidmaatschap).where(eq(lidmaatschap.gebruikerId, gebruikerId)).all();
  if (isMfaVerplicht(rollen)) {
    zetNieuwGeheimKlaar(tx, gebruikerId);
    return { sessie: createSession(gebruikerId, now, tx, { mfaVoltooid: false }), stap: "mfa-instellen" };
  }
  return { sessie: createSession(gebruikerId, now, tx), stap: null };
}

/** Session fixation: the half session ends and a new, complete one takes its place. */
function voltooiSessie(tx: Tx, halve: HalveLogin, ip: string | null, now: Date, na: Record<string, unknown>): string {
  invalidateSession(halve.sessieId, tx);
  const nieuw = createSession(halve.gebruikerId, now, tx);
  writeAudit(tx, {
    gebruikerId: halve.gebruikerId,
    ip,
    entiteit: "sessie",
    entiteitId: nieuw.id,
    actie: "mfa.voltooid",
    na: { vorigeSessie: halve.sessieId, ...na },
  });
  return sessionCookie(nieuw.token);
}

/** The code (or a recovery code) of a login with MFA active; on success the cookie of the full session. */
export function voltooiTweedeStap(input: {
  halve: HalveLogin;
  factor: Factor;
  ip: string | null;
  now: Date;
}): Controle<{ cookie: string }> {
  const { halve, factor, ip, now } = input;
  return controleerFactor({
    gebruikerId: halve.gebruikerId,
    ip,
    now,
    factor,
    geheim: "actief",
    entiteit: "sessie",
    entiteitId: halve.sessieId,
    bijSucces: (tx) => ({ cookie: voltooiSessie(tx, halve, ip, now, { factor: factor.soort }) }),
  });
}

/**
 * The first code from a newly set-up app: MFA becomes active, the recovery codes are made (and
 * returned, for showing this once) and the login completes.
 */
export function voltooiInstellen(input: {
  halve: HalveLogin;
  code: string;
  ip: string | null;
  now: Date;
}): Controle<{ cookie: string; herstelcodes: string[] }> {
  const { halve, code, ip, now } = input;
  return controleerFactor({
    gebruikerId: halve.gebruikerId,
    ip,
    now,
    factor: { soort: "code", code },
    geheim: "in-afwachting",
    entiteit: "sessie",
    entiteitId: halve.sessieId,
    bijSucces: (tx) => {
      tx.update(gebruiker).set({ mfaActiefSinds: now.toISOString() }).where(eq(gebruiker.id, halve.gebruikerId)).run();
      const herstelcodes = maakHerstelcodes(tx, halve.gebruikerId);
      writeAudit(tx, {
        gebruikerId: halve.gebruikerId,
        ip,
        entiteit: "gebruiker",
        entiteitId: halve.gebruikerId,
        actie: "mfa.ingesteld",
        voor: { mfaActief: false },
        na: { mfaActief: true, mfaActiefSinds: now.toISOString(), herstelcodes: herstelcodes.length },
      });
      return { cookie: voltooiSessie(tx, halve, ip, now, { factor: "code", ingesteld: true }), herstelcodes };
    },
  });
}
