import type { ActieStatus } from "../../../db/enums";
import { isAfgesloten, isNietBijgewerkt, isOverDeadline } from "../acties/status-regels";
import { dagenLater } from "./periode";

/** A deadline this close counts as "binnenkort" in the digest. */
export const DIGEST_VOORUIT_WEKEN = 4;

export const DIGEST_REDENEN = ["over_deadline", "binnenkort", "niet_bijgewerkt"] as const;
export type DigestReden = (typeof DIGEST_REDENEN)[number];

export interface Beoordeelbaar {
  deadline: string;
  status: ActieStatus;
  laatsteVoortgang: string | null;
  aangemaaktOp: string;
  nietBijgewerktWeken: number;
}

/** Every reason an actie belongs in the digest, most pressing first; empty = nothing to say. */
export function digestRedenen(actie: Beoordeelbaar, vandaag: string): DigestReden[] {
  const redenen: DigestReden[] = [];
  if (isOverDeadline(actie, vandaag)) redenen.push("over_deadline");
  else if (isBinnenkort(actie, vandaag)) redenen.push("binnenkort");
  if (isNietBijgewerkt(actie, actie.nietBijgewerktWeken, vandaag)) redenen.push("niet_bijgewerkt");
  return redenen;
}

function isBinnenkort(actie: Beoordeelbaar, vandaag: string): boolean {
  if (isAfgesloten(actie.status)) return false;
  return actie.deadline >= vandaag && actie.deadline <= dagenLater(vandaag, DIGEST_VOORUIT_WEKEN * 7);
}
