import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../../db";
import { gebruiker, lidmaatschap } from "../../../db/schema";
import { laadKeuzes, type PlanInRegio } from "../acties/actie-opslaan.server";
import { isLeeg } from "./cel";
import { VERPLICHTE_DOELVELDEN } from "./doelvelden";
import type { ImportSessie } from "./import-sessie.server";
import { controleerRij, type Opzoeklijsten, type RijControle } from "./rij-controle";

/**
 * The preview of an import: every row checked against this regio's lists, loaded once (a fixed
 * number of queries, whatever the number of rows). The import itself runs the same check again
 * inside its transaction.
 */

export function laadOpzoeklijsten(lezer: Db | Tx, regioId: number, plan: PlanInRegio, importeurId: number): Opzoeklijsten {
  const keuzes = laadKeuzes(lezer, regioId, plan.visieId);
  const gebruikers = lezer
    .selectDistinct({ id: gebruiker.id, naam: gebruiker.naam, email: gebruiker.email })
    .from(gebruiker)
    .innerJoin(lidmaatschap, eq(lidmaatschap.gebruikerId, gebruiker.id))
    .where(and(eq(lidmaatschap.regioId, regioId), eq(gebruiker.actief, true)))
    .orderBy(asc(gebruiker.naam))
    .all();
  const importeur = gebruikers.find((g) => g.id === importeurId);
  return {
    planJaar: plan.jaar,
    doelstellingen: keuzes.actielijnen.flatMap((l) => l.doelstellingen),
    gemeenten: keuzes.gemeenten,
    organisaties: keuzes.organisaties,
    gebruikers,
    importeur: importeur ? { id: importeur.id, naam: importeur.naam } : null,
  };
}

export interface Voorbeeld {
  rijen: RijControle[];
  /** Rows without titel, doelstelling, trekker or deadline (a total line, a note under the table). */
  overgeslagen: number[];
  foutRijen: number[];
}

export function controleerSessie(sessie: ImportSessie, lijsten: Opzoeklijsten): Voorbeeld {
  const rijen: RijControle[] = [];
  const overgeslagen: number[] = [];
  for (const r of sessie.rijen) {
    const gekoppeld = sessie.koppeling.some((veld, kolom) => veld !== null && VERPLICHTE_DOELVELDEN.includes(veld) && !isLeeg(r.cellen[kolom]));
    if (!gekoppeld) overgeslagen.push(r.rij);
    else rijen.push(controleerRij(r.rij, r.cellen, sessie.koppeling, lijsten));
  }
  return { rijen, overgeslagen, foutRijen: rijen.filter((r) => r.fouten.length > 0).map((r) => r.rij) };
}

/** "rij 4", "rij 4 en 7", "rij 4, 7 en 9" */
export function rijenTekst(rijen: number[]): string {
  if (rijen.length <= 1) return `rij ${rijen.join("")}`;
  const eerste = rijen.slice(0, 10);
  const rest = rijen.length - eerste.length;
  if (rest > 0) return `rijen ${eerste.join(", ")} en ${rest} andere`;
  return `rijen ${eerste.slice(0, -1).join(", ")} en ${eerste.at(-1)}`;
}
