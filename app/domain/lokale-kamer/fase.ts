import type { MijlpaalStatus } from "../../../db/enums";

/**
 * The phase of a lokale kamer follows from its mijlpalen; it is never stored.
 *
 * Only mijlpalen from the regio's template count (those with a templateId), in the order given
 * (the caller passes them by volgorde): gemeente-specific mijlpalen differ per gemeente and would
 * make phases incomparable across the regio. Without any template mijlpaal, all mijlpalen count.
 * The rule uses positions in the template, not titles, so it keeps working when a regio edits its
 * template. With n counting mijlpalen and p = ⌈¾·n⌉ (for the 8 of Hollands Midden: p = 6, "Eerste
 * lokale kamer gehouden"):
 *
 * - verkenning: no counting mijlpaal is gereed yet (open, bezig or n.v.t. only);
 * - in opbouw: at least one is gereed;
 * - operationeel: the first p are all gereed or n.v.t., and the p-th (the first lokale kamer) is gereed;
 * - geëvalueerd: operationeel, and the last one (the evaluation) is gereed.
 *
 * Each phase includes the previous one, so a gemeente never skips ahead by ticking off only the
 * evaluation.
 */
export const FASEN = ["verkenning", "in_opbouw", "operationeel", "geevalueerd"] as const;
export type Fase = (typeof FASEN)[number];

export const FASE_LABELS: Record<Fase, string> = {
  verkenning: "Verkenning",
  in_opbouw: "In opbouw",
  operationeel: "Operationeel",
  geevalueerd: "Geëvalueerd",
};

export interface FaseMijlpaal {
  status: MijlpaalStatus;
  templateId?: number | null;
}

export function bepaalFase(mijlpalen: FaseMijlpaal[]): Fase {
  const uitSjabloon = mijlpalen.filter((m) => m.templateId != null);
  const tellend = uitSjabloon.length > 0 ? uitSjabloon : mijlpalen;
  const n = tellend.length;
  if (n === 0 || !tellend.some((m) => m.status === "gereed")) return "verkenning";

  const p = Math.ceil((3 * n) / 4);
  const opbouw = tellend.slice(0, p);
  const opgebouwd =
    opbouw.every((m) => m.status === "gereed" || m.status === "nvt") && opbouw[p - 1]!.status === "gereed";
  if (!opgebouwd) return "in_opbouw";

  return tellend[n - 1]!.status === "gereed" ? "geevalueerd" : "operationeel";
}
