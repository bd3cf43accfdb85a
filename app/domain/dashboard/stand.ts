import { ACTIE_STATUSSEN, type ActieStatus } from "../../../db/enums";

export type StatusTelling = Record<ActieStatus, number>;

export function legeTelling(): StatusTelling {
  return Object.fromEntries(ACTIE_STATUSSEN.map((s) => [s, 0])) as StatusTelling;
}

/**
 * Share of acties afgerond, in whole percents. Vervallen acties are left out of the base: an
 * actie the region stopped on purpose is neither done nor a failure.
 */
export function percentageAfgerond(telling: StatusTelling): number {
  const basis = ACTIE_STATUSSEN.reduce((som, s) => som + telling[s], 0) - telling.vervallen;
  return basis === 0 ? 0 : Math.round((100 * telling.afgerond) / basis);
}

/** "+5 procentpunt", "−3 procentpunt", "gelijk" — the change shown next to a percentage. */
export function verschilTekst(nu: number, toen: number | null): string | null {
  if (toen === null) return null;
  const verschil = nu - toen;
  if (verschil === 0) return "gelijk";
  return `${verschil > 0 ? "+" : "−"}${Math.abs(verschil)} procentpunt`;
}

export interface BalkSegment {
  status: ActieStatus;
  aantal: number;
  x: number;
  breedte: number;
}

/** The segments of a stacked bar of `breedte` units, in status order, without empty ones. */
export function balkSegmenten(telling: StatusTelling, breedte: number): BalkSegment[] {
  const totaal = ACTIE_STATUSSEN.reduce((som, s) => som + telling[s], 0);
  if (totaal === 0) return [];
  let x = 0;
  const segmenten: BalkSegment[] = [];
  for (const status of ACTIE_STATUSSEN) {
    const aantal = telling[status];
    if (aantal === 0) continue;
    const deel = (breedte * aantal) / totaal;
    segmenten.push({ status, aantal, x, breedte: deel });
    x += deel;
  }
  return segmenten;
}
