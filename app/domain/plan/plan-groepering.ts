/**
 * Groups the (already filtered and sorted) acties of a plan by actielijn and doelstelling, the way
 * the plan is read on paper. An actie linked to two doelstellingen appears under both, and each
 * appearance says where else it is listed.
 */

export interface DoelstellingRij {
  actielijnId: number;
  actielijnCode: string;
  actielijnTitel: string;
  id: number;
  code: string;
  tekst: string;
  ingetrokken: boolean;
}

export interface Plaatsing<A> {
  actie: A;
  /** Codes of the other doelstellingen this actie is also listed under. */
  ookOnder: string[];
  /** The first time this actie appears on the page; forms with ids go only there. */
  eerste: boolean;
}

export interface DoelstellingGroep<A> {
  id: number;
  code: string;
  tekst: string;
  ingetrokken: boolean;
  acties: Plaatsing<A>[];
}

export interface ActielijnGroep<A> {
  id: number;
  code: string;
  titel: string;
  doelstellingen: DoelstellingGroep<A>[];
}

export interface GroepeerOpties {
  actielijn?: number;
  doelstelling?: number;
  /** Also show doelstellingen without (matching) acties; useful on the unfiltered plan. */
  toonLeeg: boolean;
}

// One shared empty list: the loader data is serialised per object, and most acties have one doelstelling.
const GEEN: string[] = [];

export function groepeerActies<A extends { id: number }>(
  doelstellingen: DoelstellingRij[],
  acties: A[],
  koppelingen: ReadonlyMap<number, number[]>,
  opties: GroepeerOpties,
): { actielijnen: ActielijnGroep<A>[]; zonderDoelstelling: A[] } {
  const codeVan = new Map(doelstellingen.map((d) => [d.id, d.code]));
  const perDoelstelling = new Map<number, Plaatsing<A>[]>();
  const zonderDoelstelling: A[] = [];

  for (const a of acties) {
    const eigen = (koppelingen.get(a.id) ?? []).filter((id) => codeVan.has(id));
    if (eigen.length === 0) zonderDoelstelling.push(a);
    for (const doelId of eigen) {
      const ookOnder = eigen.length === 1 ? GEEN : eigen.filter((id) => id !== doelId).map((id) => codeVan.get(id)!);
      const lijst = perDoelstelling.get(doelId) ?? [];
      lijst.push({ actie: a, ookOnder, eerste: false });
      perDoelstelling.set(doelId, lijst);
    }
  }

  const actielijnen: ActielijnGroep<A>[] = [];
  const getoond = new Set<number>();
  for (const d of doelstellingen) {
    if (opties.actielijn !== undefined && d.actielijnId !== opties.actielijn) continue;
    if (opties.doelstelling !== undefined && d.id !== opties.doelstelling) continue;
    const geplaatst = (perDoelstelling.get(d.id) ?? []).map((p) => {
      const eerste = !getoond.has(p.actie.id);
      getoond.add(p.actie.id);
      return { ...p, eerste };
    });
    // A withdrawn doelstelling only matters while acties still hang under it.
    if (geplaatst.length === 0 && (!opties.toonLeeg || d.ingetrokken)) continue;

    let lijn = actielijnen.at(-1);
    if (!lijn || lijn.id !== d.actielijnId) {
      lijn = { id: d.actielijnId, code: d.actielijnCode, titel: d.actielijnTitel, doelstellingen: [] };
      actielijnen.push(lijn);
    }
    lijn.doelstellingen.push({ id: d.id, code: d.code, tekst: d.tekst, ingetrokken: d.ingetrokken, acties: geplaatst });
  }
  return { actielijnen, zonderDoelstelling };
}
