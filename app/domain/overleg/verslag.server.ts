import { sql } from "drizzle-orm";
import { db } from "../../../db";
import type { ActieStatus } from "../../../db/schema";
import {
  groepeerPerActielijn,
  volgensActielijn,
  type ActielijnKop,
} from "./agenda-regels";
import { eersteActielijnId } from "./eerste-actielijn.server";
import type { OverlegKop } from "./overleggen.server";

export interface VerslagWijziging {
  voortgangId: number;
  actieId: number;
  code: string;
  actieTitel: string;
  actielijn: ActielijnKop | null;
  van: ActieStatus;
  naar: ActieStatus;
  toelichting: string;
  oorzaak: string | null;
  gevolg: string | null;
  bijsturing: string | null;
  auteur: string;
}

export interface VerslagBesluit {
  id: number;
  actieId: number | null;
  /** The actie's code, or "" for a general besluit (sorts first, is never shown). */
  code: string;
  actieTitel: string | null;
  actielijn: ActielijnKop | null;
  tekst: string;
  auteur: string;
}

export interface VerslagGroep {
  actielijn: ActielijnKop | null;
  wijzigingen: VerslagWijziging[];
  besluiten: VerslagBesluit[];
}

export interface Verslag {
  overleg: OverlegKop;
  groepen: VerslagGroep[];
  algemeneBesluiten: VerslagBesluit[];
}

interface ActielijnKolommen {
  actielijnId: number | null;
  actielijnCode: string | null;
  actielijnTitel: string | null;
  actielijnVolgorde: number | null;
}

function actielijnUit(rij: ActielijnKolommen): ActielijnKop | null {
  if (rij.actielijnId === null) return null;
  return {
    id: rij.actielijnId,
    code: rij.actielijnCode ?? "",
    titel: rij.actielijnTitel ?? "",
    volgorde: rij.actielijnVolgorde ?? 0,
  };
}

/** The besluiten of an overleg in the order they were taken, with the actielijn of their actie. */
export function listBesluiten(
  regioId: number,
  overlegId: number,
): VerslagBesluit[] {
  const rijen = db.all<
    Omit<VerslagBesluit, "actielijn" | "code"> &
      ActielijnKolommen & { code: string | null }
  >(sql`
    select b.id as id, b.actie_id as actieId, a.code as code, a.titel as actieTitel, b.tekst as tekst, g.naam as auteur,
      l.id as actielijnId, l.code as actielijnCode, l.titel as actielijnTitel, l.volgorde as actielijnVolgorde
    from besluit b
    join overleg o on o.id = b.overleg_id
    join gebruiker g on g.id = b.auteur_id
    left join actie a on a.id = b.actie_id
    left join actielijn l on l.id = ${eersteActielijnId("b.actie_id")}
    where o.id = ${overlegId} and o.regio_id = ${regioId}
    order by b.id
  `);
  return rijen.map(
    ({
      actielijnId,
      actielijnCode,
      actielijnTitel,
      actielijnVolgorde,
      ...rij
    }) => ({
      ...rij,
      code: rij.code ?? "",
      actielijn: actielijnUit({
        actielijnId,
        actielijnCode,
        actielijnTitel,
        actielijnVolgorde,
      }),
    }),
  );
}

/** Every voortgang posted during the overleg, in the order it was posted. */
function listWijzigingen(
  regioId: number,
  overlegId: number,
): VerslagWijziging[] {
  const rijen = db.all<
    Omit<VerslagWijziging, "actielijn"> & ActielijnKolommen
  >(sql`
    select v.id as voortgangId, a.id as actieId, a.code as code, a.titel as actieTitel,
      v.status_van as van, v.status_naar as naar, v.toelichting as toelichting,
      v.oorzaak as oorzaak, v.gevolg as gevolg, v.bijsturing as bijsturing, g.naam as auteur,
      l.id as actielijnId, l.code as actielijnCode, l.titel as actielijnTitel, l.volgorde as actielijnVolgorde
    from voortgang v
    join overleg o on o.id = v.overleg_id
    join actie a on a.id = v.actie_id
    join gebruiker g on g.id = v.auteur_id
    left join actielijn l on l.id = ${eersteActielijnId("a.id")}
    where o.id = ${overlegId} and o.regio_id = ${regioId}
    order by v.id
  `);
  return rijen.map(
    ({
      actielijnId,
      actielijnCode,
      actielijnTitel,
      actielijnVolgorde,
      ...rij
    }) => ({
      ...rij,
      actielijn: actielijnUit({
        actielijnId,
        actielijnCode,
        actielijnTitel,
        actielijnVolgorde,
      }),
    }),
  );
}

/**
 * The verslag of an overleg: its status changes and besluiten per actielijn, and the general
 * besluiten. Two queries, each limited to the overleg within the regio.
 */
export function getVerslag(regioId: number, overlegRij: OverlegKop): Verslag {
  const besluiten = listBesluiten(regioId, overlegRij.id);
  const perActie = besluiten.filter((b) => b.actieId !== null);
  const wijzigingGroepen = groepeerPerActielijn(
    listWijzigingen(regioId, overlegRij.id),
  );
  const besluitGroepen = groepeerPerActielijn(perActie);

  const groepen = new Map<number | null, VerslagGroep>();
  for (const g of wijzigingGroepen)
    groepen.set(g.actielijn?.id ?? null, {
      actielijn: g.actielijn,
      wijzigingen: g.items,
      besluiten: [],
    });
  for (const g of besluitGroepen) {
    const sleutel = g.actielijn?.id ?? null;
    const bestaand = groepen.get(sleutel);
    if (bestaand) bestaand.besluiten = g.items;
    else
      groepen.set(sleutel, {
        actielijn: g.actielijn,
        wijzigingen: [],
        besluiten: g.items,
      });
  }
  const gesorteerd = [...groepen.values()].sort(volgensActielijn);
  return {
    overleg: overlegRij,
    groepen: gesorteerd,
    algemeneBesluiten: besluiten.filter((b) => b.actieId === null),
  };
}
