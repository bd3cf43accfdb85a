import { ACTIE_STATUSSEN, type ActieStatus } from "../../../db/enums";
import { STATUS_LABELS } from "../status";

/**
 * The status of a regional actie carried out per gemeente, derived from the gemeenten's own
 * statuses. The rules, in order (the first that applies wins):
 *
 * 1. no uitvoeringen → null (nothing to derive; the actie keeps its status);
 * 2. any gemeente vertraagd → vertraagd (the worst signal must reach the regio);
 * 3. any gemeente aandacht → aandacht;
 * 4. every gemeente afgerond or vervallen → afgerond if at least one afgerond, else vervallen;
 * 5. every gemeente that has not vervallen is niet gestart → niet_gestart;
 * 6. otherwise (work under way, or partly afgerond and partly still to start) → op_schema.
 */
export function afgeleideStatus(statussen: readonly ActieStatus[]): ActieStatus | null {
  if (statussen.length === 0) return null;
  const heeft = (s: ActieStatus) => statussen.includes(s);
  if (heeft("vertraagd")) return "vertraagd";
  if (heeft("aandacht")) return "aandacht";
  if (statussen.every((s) => s === "afgerond" || s === "vervallen")) return heeft("afgerond") ? "afgerond" : "vervallen";
  if (statussen.every((s) => s === "niet_gestart" || s === "vervallen")) return "niet_gestart";
  return "op_schema";
}

export type Telling = Record<ActieStatus, number> & { totaal: number };

export function telStatussen(statussen: readonly ActieStatus[]): Telling {
  const telling = Object.fromEntries(ACTIE_STATUSSEN.map((s) => [s, 0])) as Telling;
  for (const s of statussen) telling[s] += 1;
  telling.totaal = statussen.length;
  return telling;
}

/** "12 van 18 afgerond, 3 aandacht nodig, 1 vertraagd": what a coordinator reads first. */
export function rollupTekst(telling: Telling): string {
  const delen = [`${telling.afgerond} van ${telling.totaal} afgerond`];
  for (const s of ["vertraagd", "aandacht", "op_schema", "niet_gestart", "vervallen"] as const) {
    if (telling[s] > 0) delen.push(`${telling[s]} ${STATUS_LABELS[s].toLowerCase()}`);
  }
  return delen.join(", ");
}
