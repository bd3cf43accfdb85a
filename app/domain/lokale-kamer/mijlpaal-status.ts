import type { MijlpaalStatus } from "../../../db/enums";

export const MIJLPAAL_STATUS_LABELS: Record<MijlpaalStatus, string> = {
  open: "Open",
  bezig: "Bezig",
  gereed: "Gereed",
  nvt: "Niet van toepassing",
};

/** Still to be done: only these can be late or be "the next mijlpaal". */
export function isNogTeDoen(status: MijlpaalStatus): boolean {
  return status === "open" || status === "bezig";
}

/** Late: the streefdatum has passed and the mijlpaal is neither gereed nor niet van toepassing. */
export function isTeLaat(m: { status: MijlpaalStatus; streefdatum: string | null }, vandaag: string): boolean {
  return m.streefdatum !== null && m.streefdatum < vandaag && isNogTeDoen(m.status);
}

/**
 * A template change may only touch a gemeente's mijlpaal that nobody has started: status open
 * and nothing filled in. Anything else is that gemeente's history and stays as it is.
 */
export function isOngestart(m: { status: MijlpaalStatus; gereedOp: string | null; toelichting: string | null; documentUrl: string | null }): boolean {
  return m.status === "open" && !m.gereedOp && !m.toelichting && !m.documentUrl;
}
