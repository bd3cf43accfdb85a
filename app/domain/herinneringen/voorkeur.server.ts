import { eq } from "drizzle-orm";
import { db, writeTransaction } from "../../../db";
import { gebruiker } from "../../../db/schema";
import { writeAudit } from "../audit.server";
import type { DigestFrequentie } from "./herinneringen-formulieren";

export function digestFrequentieVan(gebruikerId: number): DigestFrequentie {
  const row = db.select({ f: gebruiker.digestFrequentie }).from(gebruiker).where(eq(gebruiker.id, gebruikerId)).get();
  return row?.f ?? "wekelijks";
}

/** A person chooses for themselves how often the digest comes; audited like every change. */
export function wijzigDigestFrequentie(user: { id: number; ip: string | null }, frequentie: DigestFrequentie): void {
  writeTransaction((tx) => {
    const voor = tx.select({ f: gebruiker.digestFrequentie }).from(gebruiker).where(eq(gebruiker.id, user.id)).get();
    if (voor?.f === frequentie) return;
    tx.update(gebruiker).set({ digestFrequentie: frequentie }).where(eq(gebruiker.id, user.id)).run();
    writeAudit(tx, {
      gebruikerId: user.id,
      ip: user.ip,
      entiteit: "gebruiker",
      entiteitId: user.id,
      actie: "herinneringen.gewijzigd",
      voor: { digestFrequentie: voor?.f ?? null },
      na: { digestFrequentie: frequentie },
    });
  });
}
