import { asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db";
import { actie, actieUitvoering, gemeente, voortgang, type ActieStatus } from "../../../db/schema";
import { vraagtVerantwoording } from "../acties/status-regels";
import { writeAudit } from "../audit.server";
import { vandaag } from "../format";
import type { Actor } from "../permissions";
import { STATUS_LABELS } from "../status";
import { afgeleideStatus, rollupTekst, telStatussen } from "./afgeleide-status";

export const AFGELEID_PREFIX = "Afgeleid uit de uitvoering per gemeente";

function verantwoording(status: ActieStatus, namen: string[]) {
  if (!vraagtVerantwoording(status)) return { oorzaak: null, gevolg: null, bijsturing: null };
  const wie = namen.join(", ");
  return {
    oorzaak:
      status === "vervallen"
        ? "Alle gemeenten hebben hun deel van deze actie laten vervallen."
        : `${STATUS_LABELS[status]} bij: ${wie}.`,
    gevolg: "Zie de voortgang van deze gemeenten bij de uitvoering per gemeente.",
    bijsturing: "De bijsturing staat bij de voortgang van elke gemeente; de regio volgt die in het ambtelijk beleidsoverleg.",
  };
}

/**
 * Brings the actie's status in line with its uitvoering per gemeente, inside the caller's
 * transaction. The status only changes through a voortgang row (DESIGN §3), so a change is
 * written as one, by the user whose update caused it. Does nothing while a coordinator's
 * override stands. Returns the new status when it changed.
 */
export function werkAfgeleideStatusBij(
  tx: Tx,
  user: Actor & { ip?: string | null },
  regioId: number,
  actieId: number,
  aanleiding: string,
): ActieStatus | null {
  const huidig = tx
    .select({ status: actie.status, perGemeente: actie.uitvoeringPerGemeente, overschreven: actie.statusOverschreven })
    .from(actie)
    .where(eq(actie.id, actieId))
    .get();
  if (!huidig || !huidig.perGemeente || huidig.overschreven) return null;

  const delen = tx
    .select({ status: actieUitvoering.status, naam: gemeente.naam })
    .from(actieUitvoering)
    .innerJoin(gemeente, eq(gemeente.id, actieUitvoering.gemeenteId))
    .where(eq(actieUitvoering.actieId, actieId))
    .orderBy(asc(gemeente.naam))
    .all();
  const statussen = delen.map((d) => d.status);
  const nieuw = afgeleideStatus(statussen);
  if (nieuw === null || nieuw === huidig.status) return null;

  const namen = delen.filter((d) => d.status === nieuw).map((d) => d.naam);
  const { id } = tx
    .insert(voortgang)
    .values({
      actieId,
      auteurId: user.id,
      datum: vandaag(),
      statusVan: huidig.status,
      statusNaar: nieuw,
      toelichting: `${AFGELEID_PREFIX}: ${rollupTekst(telStatussen(statussen))}. ${aanleiding}`,
      ...verantwoording(nieuw, namen),
    })
    .returning({ id: voortgang.id })
    .get();
  tx.update(actie).set({ status: nieuw, gewijzigdOp: new Date().toISOString() }).where(eq(actie.id, actieId)).run();
  writeAudit(tx, {
    regioId,
    gebruikerId: user.id,
    ip: user.ip,
    entiteit: "actie",
    entiteitId: actieId,
    actie: "status.afgeleid",
    voor: { status: huidig.status },
    na: { status: nieuw, voortgangId: id },
  });
  return nieuw;
}
