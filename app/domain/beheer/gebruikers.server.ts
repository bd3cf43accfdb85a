import { and, asc, eq, exists, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { db, writeTransaction, type Tx } from "../../../db";
import { gebruiker, gemeente, lidmaatschap, organisatie, regio, sessie, type Rol } from "../../../db/schema";
import { invalidateAllSessions } from "../../auth/session.server";
import { writeAudit } from "../audit.server";
import { controleerRol } from "./rol-regels.server";
import { magRegio, type BeheerScope } from "./toegang.server";
import { stuurUitnodiging } from "./uitnodigen.server";
import type { Uitvoerder } from "./uitvoerder";

export interface RolRegel {
  id: number;
  regioId: number | null;
  regioNaam: string | null;
  rol: Rol;
  gemeenteId: number | null;
  gemeenteNaam: string | null;
  organisatieId: number | null;
  organisatieNaam: string | null;
}

export interface GebruikerRij {
  id: number;
  naam: string;
  email: string;
  actief: boolean;
  uitnodigingOpenstaand: boolean;
  rollen: RolRegel[];
}

/** The regio's whose memberships this scope may see, as a where clause on lidmaatschap. */
function zichtbareRollen(scope: BeheerScope, regioFilter: number | null): SQL | undefined {
  if (regioFilter !== null) return eq(lidmaatschap.regioId, regioFilter);
  if (scope.beheerder) return undefined;
  return inArray(lidmaatschap.regioId, scope.regioIds);
}

function rollenVan(gebruikerIds: number[], filter: SQL | undefined): (RolRegel & { gebruikerId: number })[] {
  if (gebruikerIds.length === 0) return [];
  return db
    .select({
      id: lidmaatschap.id,
      gebruikerId: lidmaatschap.gebruikerId,
      regioId: lidmaatschap.regioId,
      regioNaam: regio.naam,
      rol: lidmaatschap.rol,
      gemeenteId: lidmaatschap.gemeenteId,
      gemeenteNaam: gemeente.naam,
      organisatieId: lidmaatschap.organisatieId,
      organisatieNaam: organisatie.naam,
    })
    .from(lidmaatschap)
    .leftJoin(regio, eq(regio.id, lidmaatschap.regioId))
    .leftJoin(gemeente, eq(gemeente.id, lidmaatschap.gemeenteId))
    .leftJoin(organisatie, eq(organisatie.id, lidmaatschap.organisatieId))
    .where(and(inArray(lidmaatschap.gebruikerId, gebruikerIds), filter))
    .orderBy(asc(regio.naam))
    .all();
}

/**
 * Users visible in this scope: a beheerder sees everyone (or those of the filtered regio), a
 * coordinator only people with a role in a regio they coordinate, and only those roles.
 */
export function listGebruikers(scope: BeheerScope, regioFilter: number | null): GebruikerRij[] {
  const rolFilter = zichtbareRollen(scope, regioFilter);
  const mensen = db
    .select({
      id: gebruiker.id,
      naam: gebruiker.naam,
      email: gebruiker.email,
      actief: gebruiker.actief,
      uitnodigingOpenstaand: sql<boolean>`${gebruiker.passwordHash} is null`.mapWith(Boolean),
    })
    .from(gebruiker)
    .where(
      rolFilter
        ? exists(
            db
              .select({ een: sql`1` })
              .from(lidmaatschap)
              .where(and(eq(lidmaatschap.gebruikerId, gebruiker.id), rolFilter)),
          )
        : undefined,
    )
    .orderBy(asc(gebruiker.naam))
    .all();

  const rollen = rollenVan(
    mensen.map((m) => m.id),
    scope.beheerder ? undefined : inArray(lidmaatschap.regioId, scope.regioIds),
  );
  const perGebruiker = new Map<number, RolRegel[]>();
  for (const { gebruikerId, ...rol } of rollen) {
    const lijst = perGebruiker.get(gebruikerId) ?? [];
    lijst.push(rol);
    perGebruiker.set(gebruikerId, lijst);
  }
  return mensen.map((m) => ({ ...m, rollen: perGebruiker.get(m.id) ?? [] }));
}

export interface GebruikerDetail {
  id: number;
  naam: string;
  email: string;
  actief: boolean;
  uitnodigingOpenstaand: boolean;
  isBeheerder: boolean;
  aantalSessies: number;
  /** Only the roles this scope may see. */
  rollen: RolRegel[];
  /** A coordinator sees that there are roles elsewhere (it explains why they cannot deactivate), not which. */
  rollenElders: boolean;
}

/** One user as this scope may see them, or null: unknown, or without a role in the scope (404). */
export function getGebruikerDetail(scope: BeheerScope, id: number): GebruikerDetail | null {
  const g = db
    .select({
      id: gebruiker.id,
      naam: gebruiker.naam,
      email: gebruiker.email,
      actief: gebruiker.actief,
      passwordHash: gebruiker.passwordHash,
    })
    .from(gebruiker)
    .where(eq(gebruiker.id, id))
    .get();
  if (!g) return null;
  const alle = rollenVan([id], undefined);
  const zichtbaar = alle.filter((r) => magRegio(scope, r.regioId));
  if (!scope.beheerder && zichtbaar.length === 0) return null;
  const aantalSessies =
    db.select({ n: sql<number>`count(*)` }).from(sessie).where(eq(sessie.gebruikerId, id)).get()?.n ?? 0;
  return {
    id: g.id,
    naam: g.naam,
    email: g.email,
    actief: g.actief,
    uitnodigingOpenstaand: g.passwordHash === null,
    isBeheerder: alle.some((r) => r.rol === "beheerder"),
    aantalSessies,
    rollen: zichtbaar.map((r) => ({
      id: r.id,
      regioId: r.regioId,
      regioNaam: r.regioNaam,
      rol: r.rol,
      gemeenteId: r.gemeenteId,
      gemeenteNaam: r.gemeenteNaam,
      organisatieId: r.organisatieId,
      organisatieNaam: r.organisatieNaam,
    })),
    rollenElders: alle.length > zichtbaar.length,
  };
}

// ---------------------------------------------------------------------------
// Actions on one user. Each one re-reads the user inside its own transaction, so the scope check
// and the change see the same rows.

export type Resultaat =
  | { ok: true; melding: string; mailGemaakt?: boolean; nietMeerZichtbaar?: boolean }
  | { ok: false; status: 400 | 403; errors: Partial<Record<string, string>> }
  | { ok: false; status: 404 };

interface Doel {
  id: number;
  naam: string;
  email: string;
  actief: boolean;
  passwordHash: string | null;
  rollen: { id: number; regioId: number | null; rol: Rol; gemeenteId: number | null; organisatieId: number | null }[];
}

function laadDoel(tx: Tx, scope: BeheerScope, id: number): Doel | null {
  const g = tx
    .select({
      id: gebruiker.id,
      naam: gebruiker.naam,
      email: gebruiker.email,
      actief: gebruiker.actief,
      passwordHash: gebruiker.passwordHash,
    })
    .from(gebruiker)
    .where(eq(gebruiker.id, id))
    .get();
  if (!g) return null;
  const rollen = tx
    .select({
      id: lidmaatschap.id,
      regioId: lidmaatschap.regioId,
      rol: lidmaatschap.rol,
      gemeenteId: lidmaatschap.gemeenteId,
      organisatieId: lidmaatschap.organisatieId,
    })
    .from(lidmaatschap)
    .where(eq(lidmaatschap.gebruikerId, id))
    .all();
  if (!scope.beheerder && !rollen.some((r) => magRegio(scope, r.regioId))) return null;
  return { ...g, rollen };
}

/** The regio an action on this person is logged under, so the coordinator of that regio can read it. */
function auditRegio(scope: BeheerScope, doel: Doel): number | null {
  return doel.rollen.find((r) => r.regioId !== null && magRegio(scope, r.regioId))?.regioId ?? null;
}

function weiger(tx: Tx, door: Uitvoerder, scope: BeheerScope, doel: Doel, actie: string, reden: string): Resultaat {
  writeAudit(tx, {
    regioId: auditRegio(scope, doel),
    gebruikerId: door.id,
    ip: door.ip,
    entiteit: "gebruiker",
    entiteitId: doel.id,
    actie,
    resultaat: "geweigerd",
  });
  return { ok: false, status: 403, errors: { form: reden } };
}

const BEHEERDER_ALLEEN = "Alleen een beheerder kan het account van een beheerder wijzigen.";

/** Runs an action on a user the scope may see; coordinators are refused for a beheerder's account. */
function metDoel(
  door: Uitvoerder,
  scope: BeheerScope,
  id: number,
  actie: string,
  werk: (tx: Tx, doel: Doel) => Resultaat,
): Resultaat {
  return writeTransaction((tx) => {
    const doel = laadDoel(tx, scope, id);
    if (!doel) return { ok: false, status: 404 };
    if (!scope.beheerder && doel.rollen.some((r) => r.rol === "beheerder")) {
      return weiger(tx, door, scope, doel, actie, BEHEERDER_ALLEEN);
    }
    return werk(tx, doel);
  });
}

export function wijzigRol(
  door: Uitvoerder,
  scope: BeheerScope,
  id: number,
  invoer: { lidmaatschapId: number; rol: Rol; gemeenteId: number | null; organisatieId: number | null },
): Resultaat {
  return metDoel(door, scope, id, "rol_gewijzigd", (tx, doel) => {
    const lid = doel.rollen.find((r) => r.id === invoer.lidmaatschapId);
    if (!lid || !magRegio(scope, lid.regioId)) return { ok: false, status: 404 };
    if (lid.regioId === null) {
      return { ok: false, status: 400, errors: { rol: "De rol beheerder hoort niet bij een regio en kan hier niet worden gewijzigd." } };
    }
    if (invoer.rol === "beheerder") {
      return {
        ok: false,
        status: 400,
        errors: {
          rol: scope.beheerder
            ? "Ken de rol beheerder toe via Gebruiker uitnodigen: die rol hoort niet bij één regio."
            : "Alleen een beheerder kan de rol beheerder toekennen.",
        },
      };
    }
    const controle = controleerRol(tx, scope, { ...invoer, regioId: lid.regioId });
    if (!controle.ok) return { ok: false, status: 400, errors: controle.errors };
    const na = {
      rol: controle.rol.rol,
      gemeenteId: controle.rol.gemeenteId,
      organisatieId: controle.rol.organisatieId,
    };
    tx.update(lidmaatschap).set(na).where(eq(lidmaatschap.id, lid.id)).run();
    writeAudit(tx, {
      regioId: lid.regioId,
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "lidmaatschap",
      entiteitId: lid.id,
      actie: "gewijzigd",
      voor: { rol: lid.rol, gemeenteId: lid.gemeenteId, organisatieId: lid.organisatieId },
      na,
    });
    return { ok: true, melding: "De rol is gewijzigd." };
  });
}

/** A coordinator may only switch off accounts that exist solely for their regio('s). */
function magAccountBeheren(scope: BeheerScope, doel: Doel): boolean {
  return scope.beheerder || doel.rollen.every((r) => magRegio(scope, r.regioId));
}

export function deactiveer(door: Uitvoerder, scope: BeheerScope, id: number): Resultaat {
  return metDoel(door, scope, id, "gedeactiveerd", (tx, doel) => {
    if (doel.id === door.id) {
      return { ok: false, status: 400, errors: { form: "U kunt uw eigen account niet deactiveren." } };
    }
    if (!magAccountBeheren(scope, doel)) {
      return weiger(
        tx,
        door,
        scope,
        doel,
        "gedeactiveerd",
        "Deze persoon heeft ook een rol in een andere regio. Alleen een beheerder kan dit account deactiveren; u kunt wel de rol in uw regio verwijderen.",
      );
    }
    if (!doel.actief) return { ok: false, status: 400, errors: { form: "Dit account is al gedeactiveerd." } };
    const sessies = telSessies(tx, doel.id);
    tx.update(gebruiker).set({ actief: false }).where(eq(gebruiker.id, doel.id)).run();
    invalidateAllSessions(tx, doel.id);
    writeAudit(tx, {
      regioId: auditRegio(scope, doel),
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "gebruiker",
      entiteitId: doel.id,
      actie: "gedeactiveerd",
      voor: { actief: true, sessies },
      na: { actief: false, sessies: 0 },
    });
    return { ok: true, melding: `Het account van ${doel.naam} is gedeactiveerd. Alle sessies zijn beëindigd.` };
  });
}

export function activeer(door: Uitvoerder, scope: BeheerScope, id: number): Resultaat {
  return metDoel(door, scope, id, "geactiveerd", (tx, doel) => {
    if (!magAccountBeheren(scope, doel)) {
      return weiger(
        tx,
        door,
        scope,
        doel,
        "geactiveerd",
        "Deze persoon heeft ook een rol in een andere regio. Alleen een beheerder kan dit account weer activeren.",
      );
    }
    if (doel.actief) return { ok: false, status: 400, errors: { form: "Dit account is al actief." } };
    tx.update(gebruiker).set({ actief: true }).where(eq(gebruiker.id, doel.id)).run();
    writeAudit(tx, {
      regioId: auditRegio(scope, doel),
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "gebruiker",
      entiteitId: doel.id,
      actie: "geactiveerd",
      voor: { actief: false },
      na: { actief: true },
    });
    return { ok: true, melding: `Het account van ${doel.naam} is weer actief.` };
  });
}

function telSessies(tx: Tx, gebruikerId: number): number {
  return tx.select({ n: sql<number>`count(*)` }).from(sessie).where(eq(sessie.gebruikerId, gebruikerId)).get()?.n ?? 0;
}

export function beeindigSessies(door: Uitvoerder, scope: BeheerScope, id: number): Resultaat {
  return metDoel(door, scope, id, "sessies_beeindigd", (tx, doel) => {
    const sessies = telSessies(tx, doel.id);
    invalidateAllSessions(tx, doel.id);
    writeAudit(tx, {
      regioId: auditRegio(scope, doel),
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "gebruiker",
      entiteitId: doel.id,
      actie: "sessies_beeindigd",
      voor: { sessies },
      na: { sessies: 0 },
    });
    return {
      ok: true,
      melding: sessies === 1 ? "1 sessie is beëindigd." : `${sessies} sessies zijn beëindigd.`,
    };
  });
}

export function nodigOpnieuwUit(door: Uitvoerder, scope: BeheerScope, id: number): Resultaat {
  return metDoel(door, scope, id, "opnieuw_uitgenodigd", (tx, doel) => {
    if (doel.passwordHash !== null) {
      return {
        ok: false,
        status: 400,
        errors: { form: "Deze persoon heeft het account al geactiveerd; een nieuwe uitnodiging is niet nodig." },
      };
    }
    if (!doel.actief) {
      return { ok: false, status: 400, errors: { form: "Dit account is gedeactiveerd. Activeer het eerst." } };
    }
    const rol = doel.rollen.find((r) => magRegio(scope, r.regioId)) ?? doel.rollen[0];
    const regioNaam =
      rol?.regioId != null
        ? (tx.select({ naam: regio.naam }).from(regio).where(eq(regio.id, rol.regioId)).get()?.naam ?? null)
        : null;
    stuurUitnodiging(tx, { gebruikerId: doel.id, email: doel.email, naam: doel.naam }, { rol: rol?.rol ?? "lezer", regioNaam });
    writeAudit(tx, {
      regioId: auditRegio(scope, doel),
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "gebruiker",
      entiteitId: doel.id,
      actie: "opnieuw_uitgenodigd",
      na: { email: doel.email },
    });
    return {
      ok: true,
      melding: `Er is een nieuwe uitnodiging gemaakt voor ${doel.email}. De vorige link werkt niet meer.`,
      mailGemaakt: true,
    };
  });
}

export function verwijderRol(door: Uitvoerder, scope: BeheerScope, id: number, lidmaatschapId: number): Resultaat {
  return metDoel(door, scope, id, "rol_verwijderd", (tx, doel) => {
    const lid = doel.rollen.find((r) => r.id === lidmaatschapId);
    if (!lid || !magRegio(scope, lid.regioId)) return { ok: false, status: 404 };
    if (lid.rol === "beheerder") {
      if (doel.id === door.id && doel.rollen.filter((r) => r.rol === "beheerder").length === 1) {
        return { ok: false, status: 400, errors: { form: "U kunt uw eigen beheerdersrol niet verwijderen." } };
      }
      const beheerders =
        tx
          .select({ n: sql<number>`count(distinct ${lidmaatschap.gebruikerId})` })
          .from(lidmaatschap)
          .innerJoin(gebruiker, eq(gebruiker.id, lidmaatschap.gebruikerId))
          .where(and(eq(lidmaatschap.rol, "beheerder"), isNull(lidmaatschap.regioId), eq(gebruiker.actief, true)))
          .get()?.n ?? 0;
      if (beheerders <= 1) {
        return { ok: false, status: 400, errors: { form: "Er moet ten minste één actieve beheerder blijven." } };
      }
    }
    tx.delete(lidmaatschap).where(eq(lidmaatschap.id, lid.id)).run();
    writeAudit(tx, {
      regioId: lid.regioId,
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "lidmaatschap",
      entiteitId: lid.id,
      actie: "verwijderd",
      voor: { gebruikerId: doel.id, rol: lid.rol, regioId: lid.regioId, gemeenteId: lid.gemeenteId, organisatieId: lid.organisatieId },
    });
    const overig = doel.rollen.filter((r) => r.id !== lid.id);
    return {
      ok: true,
      melding: "De rol is verwijderd.",
      nietMeerZichtbaar: !scope.beheerder && !overig.some((r) => magRegio(scope, r.regioId)),
    };
  });
}

export function telGebruikers(scope: BeheerScope): { totaal: number; openstaand: number } {
  const filter = scope.beheerder
    ? undefined
    : exists(
        db
          .select({ een: sql`1` })
          .from(lidmaatschap)
          .where(and(eq(lidmaatschap.gebruikerId, gebruiker.id), inArray(lidmaatschap.regioId, scope.regioIds))),
      );
  const rij = db
    .select({
      totaal: sql<number>`count(*)`,
      openstaand: sql<number>`coalesce(sum(case when ${gebruiker.passwordHash} is null then 1 else 0 end), 0)`,
    })
    .from(gebruiker)
    .where(filter)
    .get();
  return { totaal: rij?.totaal ?? 0, openstaand: rij?.openstaand ?? 0 };
}
