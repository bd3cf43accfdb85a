import { eq, sql } from "drizzle-orm";
import { db, writeTransaction } from "../../db";
import { gebruiker, inlogpoging, sessie } from "../../db/schema";
import { writeAudit } from "../domain/audit.server";
import { mfaKey } from "./login-throttle.server";
import { verwijderHerstelcodes } from "./mfa-herstelcodes.server";
import { invalidateAllSessions } from "./session.server";

export interface MfaOverzicht {
  actief: boolean;
  actiefSinds: string | null;
  /** A set-up was started but not confirmed with a first code. */
  bezigMetInstellen: boolean;
}

/** What the beheer page shows of someone's second factor; never the secret itself. */
export function mfaOverzicht(gebruikerId: number): MfaOverzicht | null {
  const row = db
    .select({ mfaSecret: gebruiker.mfaSecret, mfaActiefSinds: gebruiker.mfaActiefSinds })
    .from(gebruiker)
    .where(eq(gebruiker.id, gebruikerId))
    .get();
  if (!row) return null;
  return {
    actief: row.mfaActiefSinds !== null,
    actiefSinds: row.mfaActiefSinds,
    bezigMetInstellen: row.mfaActiefSinds === null && row.mfaSecret !== null,
  };
}

export type ResetUitkomst = { ok: true; melding: string } | { ok: false; status: 400 | 404; melding: string };

/**
 * A beheerder clears someone's second factor (lost phone, no recovery codes left): secret,
 * recovery codes and replay step go, and every session of that person ends, so the next login
 * starts over — with a new set-up when their role requires MFA. The caller checks the right
 * ("mfa.resetten"); the change and its audit row share one transaction.
 */
export function resetMfa(door: { id: number; ip: string | null }, gebruikerId: number): ResetUitkomst {
  return writeTransaction((tx): ResetUitkomst => {
    const doel = tx
      .select({ naam: gebruiker.naam, mfaSecret: gebruiker.mfaSecret, mfaActiefSinds: gebruiker.mfaActiefSinds })
      .from(gebruiker)
      .where(eq(gebruiker.id, gebruikerId))
      .get();
    if (!doel) return { ok: false, status: 404, melding: "Deze gebruiker bestaat niet." };
    if (doel.mfaSecret === null && doel.mfaActiefSinds === null) {
      return { ok: false, status: 400, melding: `${doel.naam} heeft geen tweestapsverificatie ingesteld; er is niets te resetten.` };
    }
    const sessies = tx.select({ n: sql<number>`count(*)` }).from(sessie).where(eq(sessie.gebruikerId, gebruikerId)).get()?.n ?? 0;
    tx.update(gebruiker)
      .set({ mfaSecret: null, mfaActiefSinds: null, mfaLaatsteStap: null })
      .where(eq(gebruiker.id, gebruikerId))
      .run();
    const herstelcodes = verwijderHerstelcodes(tx, gebruikerId);
    invalidateAllSessions(tx, gebruikerId);
    tx.delete(inlogpoging).where(eq(inlogpoging.sleutel, mfaKey(gebruikerId))).run();
    writeAudit(tx, {
      gebruikerId: door.id,
      ip: door.ip,
      entiteit: "gebruiker",
      entiteitId: gebruikerId,
      actie: "mfa.gereset",
      voor: { mfaActief: doel.mfaActiefSinds !== null, mfaActiefSinds: doel.mfaActiefSinds, herstelcodes, sessies },
      na: { mfaActief: false, herstelcodes: 0, sessies: 0 },
    });
    return {
      ok: true,
      melding: `De tweestapsverificatie van ${doel.naam} is gereset en alle sessies zijn beëindigd. Bij de volgende keer inloggen stelt ${doel.naam} een nieuwe app in als de rol dat vraagt.`,
    };
  });
}
