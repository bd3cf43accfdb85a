import { eq, sql } from "drizzle-orm";
import { writeTransaction, type Tx } from "../../../db";
import { gebruiker, lidmaatschap } from "../../../db/schema";
import { createEenmaligeLink } from "../../auth/eenmalige-link.server";
import { publicOrigin } from "../../config.server";
import { uitnodigingsMail } from "../account-mails";
import { writeAudit } from "../audit.server";
import { queueMail } from "../mail.server";
import { ROL_LABELS } from "../permissions";
import { controleerRol, type GecontroleerdeRol, type RolInvoer } from "./rol-regels.server";
import { rolToegevoegdMail } from "./rol-mail";
import type { BeheerScope } from "./toegang.server";
import type { Uitkomst, Uitvoerder } from "./uitvoerder";

export interface Uitnodiging extends RolInvoer {
  email: string;
  naam: string;
}

export type UitnodigingResultaat = { gebruikerId: number; soort: "uitgenodigd" | "rol_toegevoegd" };

/**
 * Invites a person in one transaction: account (or, for a known e-mail address, only the extra role),
 * one-time link, mail in the outbox and the audit row commit together or not at all.
 */
export function nodigUit(door: Uitvoerder, scope: BeheerScope, invoer: Uitnodiging): Uitkomst<UitnodigingResultaat> {
  return writeTransaction((tx): Uitkomst<UitnodigingResultaat> => {
    const controle = controleerRol(tx, scope, invoer);
    if (!controle.ok) {
      if (controle.geweigerd) {
        writeAudit(tx, {
          regioId: scope.beheerder ? null : (scope.regioIds[0] ?? null),
          gebruikerId: door.id,
          ip: door.ip,
          entiteit: "gebruiker",
          actie: "uitgenodigd",
          resultaat: "geweigerd",
          na: { email: invoer.email, rol: invoer.rol, regioId: invoer.regioId },
        });
      }
      return { ok: false, errors: controle.errors };
    }
    const rol = controle.rol;
    const email = invoer.email.toLowerCase();
    const bestaand = tx
      .select({ id: gebruiker.id, naam: gebruiker.naam, passwordHash: gebruiker.passwordHash })
      .from(gebruiker)
      .where(sql`lower(${gebruiker.email}) = ${email}`)
      .get();

    if (bestaand) {
      const rollen = tx
        .select({ regioId: lidmaatschap.regioId, rol: lidmaatschap.rol })
        .from(lidmaatschap)
        .where(eq(lidmaatschap.gebruikerId, bestaand.id))
        .all();
      if (rol.rol === "beheerder" && rollen.some((r) => r.rol === "beheerder")) {
        return { ok: false, errors: { email: "Deze persoon is al beheerder." } };
      }
      if (rol.regioId !== null && rollen.some((r) => r.regioId === rol.regioId)) {
        return { ok: false, errors: { email: "Deze persoon heeft al een rol in deze regio." } };
      }
      const lid = voegRolToe(tx, bestaand.id, rol);
      // Someone whose invitation is still open cannot log in yet: they need a fresh link, not a notice.
      if (bestaand.passwordHash === null) {
        stuurUitnodiging(tx, { gebruikerId: bestaand.id, email, naam: bestaand.naam }, rol);
      } else {
        queueMail(tx, {
          aan: email,
          ...rolToegevoegdMail({
            naam: bestaand.naam,
            regioNaam: rol.regioNaam,
            rolLabel: ROL_LABELS[rol.rol],
            loginLink: `${publicOrigin()}/login`,
          }),
        });
      }
      writeAudit(tx, {
        regioId: rol.regioId,
        gebruikerId: door.id,
        ip: door.ip,
        entiteit: "lidmaatschap",
        entiteitId: lid,
        actie: "toegevoegd",
        na: { gebruikerId: bestaand.id, email, ...rolZonderNaam(rol) },
      });
      return { ok: true, waarde: { gebruikerId: bestaand.id, soort: "rol_toegevoegd" } };
    }

    const nieuw = tx
      .insert(gebruiker)
      .values({ email, naam: invoer.naam, passwordHash: null, actief: true })
      .returning({ id: gebruiker.id })
      .get();
    voegRolToe(tx, nieuw.id, rol);
    stuurUitnodiging(tx, { gebruikerId: nieuw.id, email, naam: invoer.naam }, rol);
    writeAudit(tx, {
      regioId: rol.regioId,
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "gebruiker",
      entiteitId: nieuw.id,
      actie: "uitgenodigd",
      na: { email, naam: invoer.naam, ...rolZonderNaam(rol) },
    });
    return { ok: true, waarde: { gebruikerId: nieuw.id, soort: "uitgenodigd" } };
  });
}

function voegRolToe(tx: Tx, gebruikerId: number, rol: GecontroleerdeRol): number {
  return tx
    .insert(lidmaatschap)
    .values({
      gebruikerId,
      regioId: rol.regioId,
      rol: rol.rol,
      gemeenteId: rol.gemeenteId,
      organisatieId: rol.organisatieId,
    })
    .returning({ id: lidmaatschap.id })
    .get().id;
}

function rolZonderNaam(rol: GecontroleerdeRol): RolInvoer {
  return { rol: rol.rol, regioId: rol.regioId, gemeenteId: rol.gemeenteId, organisatieId: rol.organisatieId };
}

/** A new invitation link (earlier ones stop working) and its mail, in the caller's transaction. */
export function stuurUitnodiging(
  tx: Tx,
  persoon: { gebruikerId: number; email: string; naam: string },
  rol: { rol: GecontroleerdeRol["rol"]; regioNaam: string | null },
): void {
  const { token, verlooptOp } = createEenmaligeLink(tx, persoon.gebruikerId, "uitnodiging");
  queueMail(tx, {
    aan: persoon.email,
    ...uitnodigingsMail({
      naam: persoon.naam,
      regioNaam: rol.regioNaam,
      rolLabel: ROL_LABELS[rol.rol],
      link: `${publicOrigin()}/uitnodiging/${token}`,
      verlooptOp,
    }),
  });
}
