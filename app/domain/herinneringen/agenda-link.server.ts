import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { eq } from "drizzle-orm";
import { db, writeTransaction } from "../../../db";
import { gebruiker } from "../../../db/schema";
import { publicOrigin } from "../../config.server";
import { writeAudit } from "../audit.server";

// 20 random bytes in lowercase base32 without padding: always 32 characters of a-z and 2-7.
const TOKEN_PATTERN = /^[a-z2-7]{32}$/;

export function hashAgendaToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** The token in a file name like "<token>.ics", or null when it cannot be one of ours. */
export function tokenUitBestandsnaam(bestand: string | undefined): string | null {
  const match = /^(.+)\.ics$/.exec(bestand ?? "");
  return match && TOKEN_PATTERN.test(match[1]) ? match[1] : null;
}

export function agendaUrl(token: string): string {
  return `${publicOrigin()}/agenda/${token}.ics`;
}

export function heeftAgendaLink(gebruikerId: number): boolean {
  const row = db.select({ hash: gebruiker.agendaTokenHash }).from(gebruiker).where(eq(gebruiker.id, gebruikerId)).get();
  return Boolean(row?.hash);
}

interface Uitvoerder {
  id: number;
  ip: string | null;
}

/**
 * Makes a new secret feed URL; any earlier one stops working at once. Only the hash is stored,
 * so the URL can be shown once, now, and never again.
 */
export function maakAgendaLink(user: Uitvoerder): { token: string; vervangen: boolean } {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  const vervangen = writeTransaction((tx) => {
    const voor = tx.select({ hash: gebruiker.agendaTokenHash }).from(gebruiker).where(eq(gebruiker.id, user.id)).get();
    tx.update(gebruiker).set({ agendaTokenHash: hashAgendaToken(token) }).where(eq(gebruiker.id, user.id)).run();
    writeAudit(tx, {
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "gebruiker",
      entiteitId: user.id,
      actie: voor?.hash ? "agenda_link.vernieuwd" : "agenda_link.aangemaakt",
      // Never the token or its hash: the audit log is readable by coordinators.
      voor: { agendaLink: Boolean(voor?.hash) },
      na: { agendaLink: true },
    });
    return Boolean(voor?.hash);
  });
  return { token, vervangen };
}

export function trekAgendaLinkIn(user: Uitvoerder): void {
  writeTransaction((tx) => {
    const voor = tx.select({ hash: gebruiker.agendaTokenHash }).from(gebruiker).where(eq(gebruiker.id, user.id)).get();
    tx.update(gebruiker).set({ agendaTokenHash: null }).where(eq(gebruiker.id, user.id)).run();
    writeAudit(tx, {
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "gebruiker",
      entiteitId: user.id,
      actie: "agenda_link.ingetrokken",
      voor: { agendaLink: Boolean(voor?.hash) },
      na: { agendaLink: false },
    });
  });
}
