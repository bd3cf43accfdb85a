import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../db";
import { gemeente, organisatie, regio, type Rol } from "../../../db/schema";
import { magRegio, type BeheerScope } from "./toegang.server";

export interface RolInvoer {
  rol: Rol;
  regioId: number | null;
  gemeenteId: number | null;
  organisatieId: number | null;
}

export interface GecontroleerdeRol extends RolInvoer {
  regioNaam: string | null;
}

export type RolControle =
  | { ok: true; rol: GecontroleerdeRol }
  /** geweigerd: the actor asked for something outside their rights (logged as a refusal), not a typo. */
  | { ok: false; errors: Partial<Record<keyof RolInvoer, string>>; geweigerd: boolean };

const GEMEENTE_VERPLICHT: readonly Rol[] = ["gemeente", "procesregisseur"];
const GEMEENTE_MOGELIJK: readonly Rol[] = ["gemeente", "procesregisseur", "regiocoordinator", "lezer"];

/**
 * Checks a role before it is granted or changed: may this actor grant it in this regio, and do the
 * gemeente and organisatie belong to that regio. Reads inside the caller's transaction so the check and
 * the write see the same data. A gemeente or organisatie that does not fit the role is dropped rather
 * than refused: the form shows both selects whatever role is chosen.
 */
export function controleerRol(tx: Tx, scope: BeheerScope, invoer: RolInvoer): RolControle {
  if (invoer.rol === "beheerder") {
    if (!scope.beheerder) {
      return { ok: false, errors: { rol: "Alleen een beheerder kan de rol beheerder toekennen." }, geweigerd: true };
    }
    return { ok: true, rol: { rol: "beheerder", regioId: null, gemeenteId: null, organisatieId: null, regioNaam: null } };
  }

  if (invoer.regioId === null) return { ok: false, errors: { regioId: "Kies een regio." }, geweigerd: false };
  if (!magRegio(scope, invoer.regioId)) {
    return {
      ok: false,
      errors: { regioId: "U kunt alleen gebruikers beheren in de regio die u coördineert." },
      geweigerd: true,
    };
  }
  const r = tx.select({ naam: regio.naam }).from(regio).where(eq(regio.id, invoer.regioId)).get();
  if (!r) return { ok: false, errors: { regioId: "Deze regio bestaat niet." }, geweigerd: false };

  const errors: Partial<Record<keyof RolInvoer, string>> = {};
  const gemeenteId = GEMEENTE_MOGELIJK.includes(invoer.rol) ? invoer.gemeenteId : null;
  const organisatieId = invoer.rol === "partner" ? invoer.organisatieId : null;

  if (gemeenteId === null && GEMEENTE_VERPLICHT.includes(invoer.rol)) {
    errors.gemeenteId = "Kies de gemeente waarvoor deze persoon werkt.";
  } else if (gemeenteId !== null) {
    const g = tx
      .select({ id: gemeente.id })
      .from(gemeente)
      .where(and(eq(gemeente.id, gemeenteId), eq(gemeente.regioId, invoer.regioId)))
      .get();
    if (!g) errors.gemeenteId = "Deze gemeente hoort niet bij deze regio.";
  }

  if (organisatieId === null && invoer.rol === "partner") {
    errors.organisatieId = "Kies de organisatie waarvoor deze ketenpartner werkt.";
  } else if (organisatieId !== null) {
    const o = tx
      .select({ id: organisatie.id })
      .from(organisatie)
      .where(and(eq(organisatie.id, organisatieId), eq(organisatie.regioId, invoer.regioId)))
      .get();
    if (!o) errors.organisatieId = "Deze organisatie hoort niet bij deze regio.";
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors, geweigerd: false };
  return { ok: true, rol: { rol: invoer.rol, regioId: invoer.regioId, gemeenteId, organisatieId, regioNaam: r.naam } };
}
