import { asc, eq, sql } from "drizzle-orm";
import { db, writeTransaction } from "../../../db";
import { actieDoelstelling, actielijn, doelstelling, regiovisie, uitvoeringsplan } from "../../../db/schema";
import { writeAudit } from "../audit.server";
import { getHuidigeVisie } from "../visie.server";
import { bewerkActielijn, verplaatsActielijn, verwijderActielijn, voegActielijnToe } from "./actielijnen.server";
import { type Bewerkcontext, type Door, GELUKT, geweigerd, huidigeVisieId, type Uitkomst } from "./context.server";
import {
  bewerkDoelstelling,
  verplaatsDoelstelling,
  verplaatsDoelstellingNaarActielijn,
  verwijderDoelstelling,
  voegDoelstellingToe,
  zetIngetrokken,
} from "./doelstellingen.server";
import type { VisieBewerking } from "./formulieren";
import {
  bewerkUitgangspunt,
  verplaatsUitgangspunt,
  verwijderUitgangspunt,
  voegUitgangspuntToe,
} from "./uitgangspunten.server";

/** The current visie with what the edit page needs to know: may a row be deleted. */
export function getVisieVoorBewerken(regioId: number) {
  const visie = getHuidigeVisie(regioId);
  if (!visie) return null;
  // One aggregate for the whole visie instead of a count per doelstelling.
  const gebruik = new Map(
    db
      .select({ id: actieDoelstelling.doelstellingId, aantal: sql<number>`count(*)` })
      .from(actieDoelstelling)
      .innerJoin(doelstelling, eq(doelstelling.id, actieDoelstelling.doelstellingId))
      .innerJoin(actielijn, eq(actielijn.id, doelstelling.actielijnId))
      .where(eq(actielijn.visieId, visie.id))
      .groupBy(actieDoelstelling.doelstellingId)
      .all()
      .map((r) => [r.id, r.aantal]),
  );
  const planjaren = db
    .select({ jaar: uitvoeringsplan.jaar })
    .from(uitvoeringsplan)
    .where(eq(uitvoeringsplan.visieId, visie.id))
    .orderBy(asc(uitvoeringsplan.jaar))
    .all()
    .map((p) => p.jaar);
  return {
    ...visie,
    planjaren,
    actielijnen: visie.actielijnen.map((lijn) => {
      const doelstellingen = lijn.doelstellingen.map((d) => ({ ...d, aantalActies: gebruik.get(d.id) ?? 0 }));
      return { ...lijn, doelstellingen, verwijderbaar: doelstellingen.every((d) => d.aantalActies === 0) };
    }),
  };
}

export type VisieVoorBewerken = NonNullable<ReturnType<typeof getVisieVoorBewerken>>;

/** Carries out one form of the edit page in one transaction, with its audit row. */
export function bewerkVisie(door: Door, regioId: number, invoer: VisieBewerking): Uitkomst {
  return writeTransaction((tx) => {
    const visieId = huidigeVisieId(tx, regioId);
    if (visieId === null) return { ok: false, status: 404, errors: { form: "Deze regio heeft nog geen regiovisie." } };
    const c: Bewerkcontext = { tx, door, regioId, visieId };
    switch (invoer.intent) {
      case "visie-bewerken":
        return bewerkGegevens(c, invoer);
      case "uitgangspunt-toevoegen":
        return voegUitgangspuntToe(c, invoer.tekst);
      case "uitgangspunt-bewerken":
        return bewerkUitgangspunt(c, invoer.id, invoer.tekst);
      case "uitgangspunt-verplaatsen":
        return verplaatsUitgangspunt(c, invoer.id, invoer.richting);
      case "uitgangspunt-verwijderen":
        return verwijderUitgangspunt(c, invoer.id);
      case "actielijn-toevoegen":
        return voegActielijnToe(c, { titel: invoer.titel, omschrijving: invoer.omschrijving });
      case "actielijn-bewerken":
        return bewerkActielijn(c, invoer.id, { titel: invoer.titel, omschrijving: invoer.omschrijving });
      case "actielijn-verplaatsen":
        return verplaatsActielijn(c, invoer.id, invoer.richting);
      case "actielijn-verwijderen":
        return verwijderActielijn(c, invoer.id);
      case "doelstelling-toevoegen":
        return voegDoelstellingToe(c, invoer.actielijnId, invoer.tekst);
      case "doelstelling-bewerken":
        return bewerkDoelstelling(c, invoer.id, invoer.tekst);
      case "doelstelling-verplaatsen":
        return verplaatsDoelstelling(c, invoer.id, invoer.richting);
      case "doelstelling-naar-actielijn":
        return verplaatsDoelstellingNaarActielijn(c, invoer.id, invoer.actielijnId);
      case "doelstelling-verwijderen":
        return verwijderDoelstelling(c, invoer.id);
      case "doelstelling-intrekken":
        return zetIngetrokken(c, invoer.id, true);
      case "doelstelling-activeren":
        return zetIngetrokken(c, invoer.id, false);
    }
  });
}

type Gegevens = Extract<VisieBewerking, { intent: "visie-bewerken" }>;

function bewerkGegevens(c: Bewerkcontext, invoer: Gegevens): Uitkomst {
  const voor = c.tx
    .select({
      titel: regiovisie.titel,
      periodeStart: regiovisie.periodeStart,
      periodeEind: regiovisie.periodeEind,
      centraleAmbitie: regiovisie.centraleAmbitie,
      vorige: regiovisie.vorige,
    })
    .from(regiovisie)
    .where(eq(regiovisie.id, c.visieId))
    .get();
  const jaren = c.tx
    .select({ jaar: uitvoeringsplan.jaar })
    .from(uitvoeringsplan)
    .where(eq(uitvoeringsplan.visieId, c.visieId))
    .orderBy(asc(uitvoeringsplan.jaar))
    .all()
    .map((p) => p.jaar);
  const ervoor = jaren.filter((j) => j < invoer.periodeStart);
  const erna = jaren.filter((j) => j > invoer.periodeEind);
  if (ervoor.length > 0 || erna.length > 0) {
    const melding = planjarenMelding(jaren);
    return geweigerd({
      ...(ervoor.length > 0 ? { periodeStart: melding } : {}),
      ...(erna.length > 0 ? { periodeEind: melding } : {}),
    });
  }
  const na = {
    titel: invoer.titel,
    periodeStart: invoer.periodeStart,
    periodeEind: invoer.periodeEind,
    centraleAmbitie: invoer.centraleAmbitie,
    vorige: invoer.vorige,
  };
  c.tx.update(regiovisie).set(na).where(eq(regiovisie.id, c.visieId)).run();
  writeAudit(c.tx, {
    regioId: c.regioId,
    gebruikerId: c.door.id,
    ip: c.door.ip,
    entiteit: "regiovisie",
    entiteitId: c.visieId,
    actie: "gewijzigd",
    voor,
    na,
  });
  return GELUKT;
}

function planjarenMelding(jaren: number[]): string {
  const lijst = new Intl.ListFormat("nl-NL", { type: "conjunction" }).format(jaren.map(String));
  return jaren.length === 1
    ? `Deze regiovisie heeft een uitvoeringsplan voor ${lijst}. De periode moet dat jaar omvatten.`
    : `Deze regiovisie heeft uitvoeringsplannen voor ${lijst}. De periode moet die jaren omvatten.`;
}
