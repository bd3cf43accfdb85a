/**
 * Codes of actielijnen and doelstellingen are their positions: actielijn "2", doelstelling "2.3".
 * After any reorder, move, add or delete the whole visie is numbered again from its order, so the
 * codes can never disagree with what the reader sees. Ingetrokken doelstellingen keep their place.
 */

export interface LijnIndeling {
  id: number;
  /** Ids of the actielijn's doelstellingen, in order. */
  doelstellingen: readonly number[];
}

export interface Nummering {
  actielijnen: { id: number; code: string; volgorde: number }[];
  doelstellingen: { id: number; actielijnId: number; code: string; volgorde: number }[];
}

export function nummer(lijnen: readonly LijnIndeling[]): Nummering {
  const uitkomst: Nummering = { actielijnen: [], doelstellingen: [] };
  lijnen.forEach((lijn, i) => {
    const code = String(i + 1);
    uitkomst.actielijnen.push({ id: lijn.id, code, volgorde: i + 1 });
    lijn.doelstellingen.forEach((id, j) => {
      uitkomst.doelstellingen.push({ id, actielijnId: lijn.id, code: `${code}.${j + 1}`, volgorde: j + 1 });
    });
  });
  return uitkomst;
}
