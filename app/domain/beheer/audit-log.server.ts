import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "../../../db";
import { audit, gebruiker, regio } from "../../../db/schema";
import type { BeheerScope } from "./toegang.server";

import { AUDIT_PER_PAGINA, type AUDIT_RESULTATEN } from "./audit-filter";

export interface AuditFilter {
  regioId: number | null;
  entiteit: string | null;
  resultaat: (typeof AUDIT_RESULTATEN)[number] | null;
  pagina: number;
}

export interface AuditRij {
  id: number;
  tijdstip: string;
  gebruikerNaam: string | null;
  regioNaam: string | null;
  actie: string;
  entiteit: string;
  entiteitId: string | null;
  resultaat: string;
  ip: string | null;
  voor: unknown;
  na: unknown;
}

/**
 * The audit log as this scope may read it: a coordinator only rows of the regio's they coordinate
 * (rows without a regio, such as logins, are for the beheerder).
 */
export function listAudit(scope: BeheerScope, filter: AuditFilter): { rijen: AuditRij[]; totaal: number } {
  const voorwaarde = and(
    filter.regioId !== null ? eq(audit.regioId, filter.regioId) : undefined,
    scope.beheerder ? undefined : inArray(audit.regioId, scope.regioIds),
    filter.entiteit ? eq(audit.entiteit, filter.entiteit) : undefined,
    filter.resultaat ? eq(audit.resultaat, filter.resultaat) : undefined,
  );
  const totaal = db.select({ n: sql<number>`count(*)` }).from(audit).where(voorwaarde).get()?.n ?? 0;
  const rijen = db
    .select({
      id: audit.id,
      tijdstip: audit.tijdstip,
      gebruikerNaam: gebruiker.naam,
      regioNaam: regio.naam,
      actie: audit.actie,
      entiteit: audit.entiteit,
      entiteitId: audit.entiteitId,
      resultaat: audit.resultaat,
      ip: audit.ip,
      voor: audit.voor,
      na: audit.na,
    })
    .from(audit)
    .leftJoin(gebruiker, eq(gebruiker.id, audit.gebruikerId))
    .leftJoin(regio, eq(regio.id, audit.regioId))
    .where(voorwaarde)
    .orderBy(desc(audit.tijdstip), desc(audit.id))
    .limit(AUDIT_PER_PAGINA)
    .offset((filter.pagina - 1) * AUDIT_PER_PAGINA)
    .all();
  return { rijen, totaal };
}

/** The entiteiten that occur in this scope, for the filter's select. */
export function auditEntiteiten(scope: BeheerScope): string[] {
  return db
    .selectDistinct({ entiteit: audit.entiteit })
    .from(audit)
    .where(scope.beheerder ? undefined : inArray(audit.regioId, scope.regioIds))
    .orderBy(audit.entiteit)
    .all()
    .map((r) => r.entiteit);
}
