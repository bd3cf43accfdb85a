import { and, desc, eq, or, sql } from "drizzle-orm";
import { db } from "../../../db";
import { audit, gebruiker } from "../../../db/schema";
import { formatDatum } from "../format";
import { MIJLPAAL_STATUS_LABELS } from "./mijlpaal-status";
import { MIJLPAAL_VELD_LABELS } from "./mijlpaal-velden";

/** The visible history of one lokale kamer, read from the audit log (who, when, old → new). */

export interface Wijziging {
  veld: string;
  label: string;
  van: string;
  naar: string;
}

export interface GeschiedenisRegel {
  id: number;
  tijdstip: string;
  door: string | null;
  mijlpaal: string | null;
  omschrijving: string;
  wijzigingen: Wijziging[];
}

const OMSCHRIJVINGEN: Record<string, string> = {
  "lokale_kamer:aangemaakt": "Lokale kamer aangemaakt met de mijlpalen van het sjabloon",
  "mijlpaal:aangemaakt": "Mijlpaal toegevoegd",
  "mijlpaal:gewijzigd": "Mijlpaal bijgewerkt",
  "mijlpaal:toegevoegd_via_sjabloon": "Mijlpaal toegevoegd via het regionale sjabloon",
  "mijlpaal:gewijzigd_via_sjabloon": "Mijlpaal bijgewerkt via het regionale sjabloon",
  "mijlpaal:verwijderd_via_sjabloon": "Mijlpaal verwijderd uit het regionale sjabloon (nog niet gestart)",
};

const CONTEXT = new Set(["lokaleKamerId", "mijlpaal", "gemeenteId", "mijlpalen"]);

function leesbaar(veld: string, waarde: unknown): string {
  if (waarde === null || waarde === undefined || waarde === "") return "(leeg)";
  if (veld === "status" && typeof waarde === "string" && waarde in MIJLPAAL_STATUS_LABELS) {
    return MIJLPAAL_STATUS_LABELS[waarde as keyof typeof MIJLPAAL_STATUS_LABELS];
  }
  if ((veld === "streefdatum" || veld === "gereedOp") && typeof waarde === "string") return formatDatum(waarde);
  return String(waarde);
}

function wijzigingen(voor: unknown, na: unknown): Wijziging[] {
  const v = (voor ?? {}) as Record<string, unknown>;
  const n = (na ?? {}) as Record<string, unknown>;
  return Object.keys(n)
    .filter((veld) => !CONTEXT.has(veld) && !(n[veld] == null && v[veld] == null))
    .map((veld) => ({
      veld,
      label: MIJLPAAL_VELD_LABELS[veld as keyof typeof MIJLPAAL_VELD_LABELS] ?? (veld === "volgorde" ? "Volgorde" : veld),
      van: leesbaar(veld, v[veld]),
      naar: leesbaar(veld, n[veld]),
    }));
}

export function kamerGeschiedenis(regioId: number, lokaleKamerId: number, limiet = 200): GeschiedenisRegel[] {
  const vanDezeKamer = sql`json_extract(coalesce(${audit.na}, ${audit.voor}), '$.lokaleKamerId') = ${lokaleKamerId}`;
  const rijen = db
    .select({
      id: audit.id,
      tijdstip: audit.tijdstip,
      entiteit: audit.entiteit,
      actie: audit.actie,
      voor: audit.voor,
      na: audit.na,
      door: gebruiker.naam,
    })
    .from(audit)
    .leftJoin(gebruiker, eq(gebruiker.id, audit.gebruikerId))
    .where(
      and(
        eq(audit.regioId, regioId),
        eq(audit.resultaat, "ok"),
        or(
          and(eq(audit.entiteit, "lokale_kamer"), eq(audit.entiteitId, String(lokaleKamerId))),
          and(eq(audit.entiteit, "mijlpaal"), vanDezeKamer),
        ),
      ),
    )
    .orderBy(desc(audit.id))
    .limit(limiet)
    .all();

  return rijen.map((r) => {
    const context = (r.na ?? r.voor ?? {}) as { mijlpaal?: unknown };
    return {
      id: r.id,
      tijdstip: r.tijdstip,
      door: r.door,
      mijlpaal: typeof context.mijlpaal === "string" ? context.mijlpaal : null,
      omschrijving: OMSCHRIJVINGEN[`${r.entiteit}:${r.actie}`] ?? r.actie,
      wijzigingen: r.actie === "aangemaakt" ? [] : wijzigingen(r.voor, r.na),
    };
  });
}
