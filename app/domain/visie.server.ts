import { asc, eq, inArray } from "drizzle-orm";
import { db } from "../../db";
import { actielijn, doelstelling, regiovisie, uitgangspunt } from "../../db/schema";

export interface VisieMetInhoud {
  id: number;
  titel: string;
  periodeStart: number;
  periodeEind: number;
  centraleAmbitie: string;
  vorige: string | null;
  uitgangspunten: { id: number; tekst: string }[];
  actielijnen: {
    id: number;
    code: string;
    titel: string;
    omschrijving: string | null;
    doelstellingen: { id: number; code: string; tekst: string; ingetrokken: boolean }[];
  }[];
}

/** The current (latest) visie of a regio with its content, in four queries whatever its size. */
export function getHuidigeVisie(regioId: number): VisieMetInhoud | null {
  const visie = db
    .select()
    .from(regiovisie)
    .where(eq(regiovisie.regioId, regioId))
    .orderBy(regiovisie.periodeStart)
    .all()
    .at(-1);
  if (!visie) return null;

  const punten = db
    .select({ id: uitgangspunt.id, tekst: uitgangspunt.tekst })
    .from(uitgangspunt)
    .where(eq(uitgangspunt.visieId, visie.id))
    .orderBy(asc(uitgangspunt.volgorde))
    .all();
  const lijnen = db
    .select({ id: actielijn.id, code: actielijn.code, titel: actielijn.titel, omschrijving: actielijn.omschrijving })
    .from(actielijn)
    .where(eq(actielijn.visieId, visie.id))
    .orderBy(asc(actielijn.volgorde))
    .all();
  const doelen = lijnen.length
    ? db
        .select({
          id: doelstelling.id,
          actielijnId: doelstelling.actielijnId,
          code: doelstelling.code,
          tekst: doelstelling.tekst,
          ingetrokken: doelstelling.ingetrokken,
        })
        .from(doelstelling)
        .where(inArray(doelstelling.actielijnId, lijnen.map((l) => l.id)))
        .orderBy(asc(doelstelling.volgorde))
        .all()
    : [];

  return {
    id: visie.id,
    titel: visie.titel,
    periodeStart: visie.periodeStart,
    periodeEind: visie.periodeEind,
    centraleAmbitie: visie.centraleAmbitie,
    vorige: visie.vorige,
    uitgangspunten: punten,
    actielijnen: lijnen.map((l) => ({
      ...l,
      doelstellingen: doelen
        .filter((d) => d.actielijnId === l.id)
        .map(({ id, code, tekst, ingetrokken }) => ({ id, code, tekst, ingetrokken })),
    })),
  };
}
