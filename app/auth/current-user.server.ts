import { eq } from "drizzle-orm";
import { db } from "../../db";
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

export function loadRollen(gebruikerId: number): Rol[] {
  return db
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
    .where(eq(lidmaatschap.gebruikerId, gebruikerId))
    .orderBy(regio.naam)
    .all();
}

/** The signed-in user of this request, or null (no, invalid or expired session; inactive account). */
export function getUser(request: Request, ip: string | null = null): Sessiegebruiker | null {
  const token = sessionTokenFromRequest(request);
  if (!token) return null;
  const session = validateSessionToken(token);
  if (!session) return null;
  const row = db
    .select({ id: gebruiker.id, naam: gebruiker.naam, email: gebruiker.email, actief: gebruiker.actief })
    .from(gebruiker)
    .where(eq(gebruiker.id, session.gebruikerId))
    .get();
  if (!row || !row.actief) return null;
  return { id: row.id, naam: row.naam, email: row.email, sessieId: session.id, ip, rollen: loadRollen(row.id) };
}
