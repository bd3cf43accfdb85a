import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../db";
import { actie, regiovisie, uitvoeringsplan } from "../../../db/schema";

/**
 * The facts of an actie that permission checks need, found only within the given regio: an id
 * of another regio simply does not exist here (tenant isolation in the query itself).
 */
export function findActieFeiten(tx: Tx, regioId: number, actieId: number) {
  return tx
    .select({
      id: actie.id,
      regioId: regiovisie.regioId,
      planId: actie.planId,
      planStatus: uitvoeringsplan.status,
      niveau: actie.niveau,
      gemeenteId: actie.gemeenteId,
      trekkerGemeenteId: actie.trekkerGemeenteId,
      trekkerOrganisatieId: actie.trekkerOrganisatieId,
      eigenaarId: actie.eigenaarId,
      status: actie.status,
      version: actie.version,
      uitvoeringPerGemeente: actie.uitvoeringPerGemeente,
      statusOverschreven: actie.statusOverschreven,
    })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(actie.id, actieId), eq(regiovisie.regioId, regioId)))
    .get();
}
