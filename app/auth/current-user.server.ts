import { eq, sql } from "drizzle-orm";
import { db } from "../../db";
import { preparedPerConnection } from "../../db/prepared";
import { gebruiker, gemeente, lidmaatschap, organisatie, regio } from "../../db/schema";
import type { Actor, Rolrecht } from "../domain/permissions";
import { sessionTokenFromRequest, validateSessionToken } from "./session.server";

export interface Rol extends Rolrecht {
  regioSlug: string | null;
  regioNaam: string | null;
  gemeenteNaam: string | null;
  organisatieNaam: string | null;
}

export interface Sessiegebruiker extends Actor {
  naam: string;
  email: string;
  sessieId: string;
  ip: string | null;
  rollen: Rol[];
}

// Read on every request, like the session: prepared once.
const rollenQuery = preparedPerConnection((d) =>
  d
    .select({
      regioId: lidmaatschap.regioId,
      rol: lidmaatschap.rol,
      gemeenteId: lidmaatschap.gemeenteId,
      organisatieId: lidmaatschap.organisatieId,
      regioSlug: regio.slug,
      regioNaam: regio.naam,
      gemeenteNaam: gemeente.naam,
      organisatieNaam: organisatie.naam,
    })
    .from(lidmaatschap)
    .leftJoin(regio, eq(regio.id, lidmaatschap.regioId))
    .leftJoin(gemeente, eq(gemeente.id, lidmaatschap.gemeenteId))
    .leftJoin(organisatie, eq(organisatie.id, lidmaatschap.organisatieId))
    .where(eq(lidmaatschap.gebruikerId, sql.placeholder("gebruikerId")))
    .orderBy(regio.naam)
    .prepare(),
);

export function loadRollen(gebruikerId: number): Rol[] {
  return rollenQuery().all({ gebruikerId });
}

const gebruikerQuery = preparedPerConnection((d) =>
  d
    .select({ id: gebruiker.id, naam: gebruiker.naam, email: gebruiker.email, actief: gebruiker.actief })
    .from(gebruiker)
    .where(eq(gebruiker.id, sql.placeholder("id")))
    .prepare(),
);

/**
 * The signed-in user of this request, or null (no, invalid or expired session; inactive account).
 * A session still waiting for its second factor is no user either: it opens only the MFA steps.
 */
export function getUser(request: Request, ip: string | null = null): Sessiegebruiker | null {
  const token = sessionTokenFromRequest(request);
  if (!token) return null;
  const session = validateSessionToken(token);
  if (!session || !session.mfaVoltooid) return null;
  const row = gebruikerQuery().get({ id: session.gebruikerId });
  if (!row || !row.actief) return null;
  return { id: row.id, naam: row.naam, email: row.email, sessieId: session.id, ip, rollen: loadRollen(row.id) };
}

/** Which MFA step a half login still has to take. */
export type MfaStap = "tweede-stap" | "mfa-instellen";

export interface HalveLogin {
  sessieId: string;
  gebruikerId: number;
  email: string;
  stap: MfaStap;
}

/**
 * The login of this request that waits for its second factor, or null. The step follows from the
 * account: with MFA active the code is asked, otherwise the authenticator app is set up first.
 */
export function getHalveLogin(request: Request): HalveLogin | null {
  const token = sessionTokenFromRequest(request);
  if (!token) return null;
  const session = validateSessionToken(token);
  if (!session || session.mfaVoltooid) return null;
  const row = db
    .select({ email: gebruiker.email, actief: gebruiker.actief, mfaActiefSinds: gebruiker.mfaActiefSinds })
    .from(gebruiker)
    .where(eq(gebruiker.id, session.gebruikerId))
    .get();
  if (!row || !row.actief) return null;
  return {
    sessieId: session.id,
    gebruikerId: session.gebruikerId,
    email: row.email,
    stap: row.mfaActiefSinds ? "tweede-stap" : "mfa-instellen",
  };
}
