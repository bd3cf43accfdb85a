import type { ActieStatus } from "../../../db/enums";

/** DESIGN §3: these statuses need a toelichting that answers oorzaak, gevolg and bijsturing. */
export const STATUSSEN_MET_VERANTWOORDING: readonly ActieStatus[] = ["aandacht", "vertraagd", "vervallen"];

export function vraagtVerantwoording(status: ActieStatus): boolean {
  return STATUSSEN_MET_VERANTWOORDING.includes(status);
}

/** The oorzaak, gevolg and bijsturing to store: only for a status that asks for them. */
export function verantwoordingVelden(invoer: {
  status: ActieStatus;
  oorzaak?: string | null;
  gevolg?: string | null;
  bijsturing?: string | null;
}): { oorzaak: string | null; gevolg: string | null; bijsturing: string | null } {
  if (!vraagtVerantwoording(invoer.status)) return { oorzaak: null, gevolg: null, bijsturing: null };
  return { oorzaak: invoer.oorzaak ?? null, gevolg: invoer.gevolg ?? null, bijsturing: invoer.bijsturing ?? null };
}

export function isAfgesloten(status: ActieStatus): boolean {
  return status === "afgerond" || status === "vervallen";
}

/** Over deadline: the deadline has passed and the actie is not afgerond or vervallen. Never stored. */
export function isOverDeadline(actie: { deadline: string; status: ActieStatus }, vandaag: string): boolean {
  return !isAfgesloten(actie.status) && actie.deadline < vandaag;
}

/**
 * Niet bijgewerkt: no voortgang for N weeks (N per regio). An actie without any voortgang counts
 * from its creation. Afgesloten acties need no updates. Never stored.
 */
export function isNietBijgewerkt(
  actie: { status: ActieStatus; laatsteVoortgang: string | null; aangemaaktOp: string },
  weken: number,
  vandaag: string,
): boolean {
  return isNietBijgewerktSinds(actie, grensDatum(vandaag, weken));
}

/** The same rule with the grensDatum worked out once, for lists of hundreds of acties. */
export function isNietBijgewerktSinds(
  actie: { status: ActieStatus; laatsteVoortgang: string | null; aangemaaktOp: string },
  grens: string,
): boolean {
  if (isAfgesloten(actie.status)) return false;
  return (actie.laatsteVoortgang ?? actie.aangemaaktOp).slice(0, 10) < grens;
}

/** The calendar date N weeks before `vandaag` ("YYYY-MM-DD"). */
export function grensDatum(vandaag: string, weken: number): string {
  const d = new Date(`${vandaag}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - weken * 7);
  return d.toISOString().slice(0, 10);
}
