import { type db, type Tx } from "../../db";
import { audit } from "../../db/schema";

export interface AuditEntry {
  regioId?: number | null;
  gebruikerId?: number | null;
  ip?: string | null;
  entiteit: string;
  entiteitId?: string | number | null;
  actie: string;
  resultaat?: "ok" | "geweigerd" | "mislukt";
  voor?: unknown;
  na?: unknown;
}

/** Writes one audit row; pass the transaction of the mutation so both commit or neither. */
export function writeAudit(tx: Tx | typeof db, entry: AuditEntry): void {
  tx.insert(audit)
    .values({
      regioId: entry.regioId ?? null,
      gebruikerId: entry.gebruikerId ?? null,
      ip: entry.ip ?? null,
      entiteit: entry.entiteit,
      entiteitId: entry.entiteitId == null ? null : String(entry.entiteitId),
      actie: entry.actie,
      resultaat: entry.resultaat ?? "ok",
      voor: entry.voor ?? null,
      na: entry.na ?? null,
    })
    .run();
}
