/**
 * Coverage of a gemeente's lokale invulling: which doelstellingen it fills in locally this year
 * (with a lokale actie of its own, or its part of a regional actie carried out per gemeente), and
 * whether it did last year. Trekker- or partnerships of regional acties do not count: they are
 * the regio's invulling, not the gemeente's own.
 */
export interface DekkingRegel {
  doelstellingId: number;
  ditJaar: boolean;
  /** null when there is no plan of last year to compare with. */
  vorigJaar: boolean | null;
}

export interface Dekking {
  regels: Map<number, DekkingRegel>;
  totaal: number;
  gedekt: number;
  gedektVorigJaar: number | null;
  /** Covered now, not last year. */
  nieuw: number[];
  /** Covered last year, not now: the gaps that opened. */
  vervallen: number[];
}

export function bepaalDekking(
  doelstellingIds: readonly number[],
  ditJaar: Iterable<number>,
  vorigJaar: Iterable<number> | null,
): Dekking {
  const nu = new Set(ditJaar);
  const toen = vorigJaar === null ? null : new Set(vorigJaar);
  const regels = new Map<number, DekkingRegel>();
  const nieuw: number[] = [];
  const vervallen: number[] = [];
  for (const id of doelstellingIds) {
    const regel = { doelstellingId: id, ditJaar: nu.has(id), vorigJaar: toen ? toen.has(id) : null };
    regels.set(id, regel);
    if (regel.vorigJaar === false && regel.ditJaar) nieuw.push(id);
    if (regel.vorigJaar === true && !regel.ditJaar) vervallen.push(id);
  }
  const waarden = [...regels.values()];
  return {
    regels,
    totaal: doelstellingIds.length,
    gedekt: waarden.filter((r) => r.ditJaar).length,
    gedektVorigJaar: toen ? waarden.filter((r) => r.vorigJaar).length : null,
    nieuw,
    vervallen,
  };
}
