import { eq } from "drizzle-orm";
import * as database from "../../db";
import {
  actie,
  actieUitvoering,
  doelstelling,
  importSessie,
  lokaleKamer,
  mijlpaal,
  mijlpaalTemplate,
  overleg,
  reactie,
} from "../../db/schema";
import { actielijnenVan, eenActieVan, gebruikerId, gemeenteId, planId, regioId, ZHZ } from "./opzoeken";

/**
 * Rows of another regio (Zuid-Holland Zuid) that the demo data does not have, made directly in the
 * database: what a user of Hollands Midden might try to reach with an id in a form.
 */

const db = () => database.db;
export const ZHZ_COORDINATOR = "coordinator@dordrecht.example";

export function zhzReactie(): number {
  return db()
    .insert(reactie)
    .values({
      planId: planId(ZHZ, 2014),
      actieId: eenActieVan(ZHZ).id,
      gemeenteId: gemeenteId("Dordrecht"),
      auteurId: gebruikerId(ZHZ_COORDINATOR),
      tekst: "Reactie uit Zuid-Holland Zuid",
      idempotencyKey: "zhz-reactie-0001",
    })
    .returning({ id: reactie.id })
    .get().id;
}

/** An import session of a ZHZ plan; `gebruiker` may be anyone, also a user of Hollands Midden. */
export function importSessieVan(plan: number, email: string): number {
  return db()
    .insert(importSessie)
    .values({
      planId: plan,
      gebruikerId: gebruikerId(email),
      bestandsnaam: "plan.csv",
      kolommen: { namen: ["Actie", "Doelstelling", "Trekker", "Deadline"], tabblad: null, kopRij: 1, overgeslagenTabbladen: [] },
      rijen: [{ rij: 2, cellen: ["Training", "1.1", "Dordrecht", "31-12-2014"] }],
      koppeling: ["titel", "doelstellingen", "trekker", "deadline"],
    })
    .returning({ id: importSessie.id })
    .get().id;
}

/** A ZHZ actie carried out per gemeente, with the uitvoering of Dordrecht. */
export function zhzUitvoering(): { actieId: number; uitvoeringId: number } {
  const { id: actieId } = eenActieVan(ZHZ);
  db().update(actie).set({ uitvoeringPerGemeente: true }).where(eq(actie.id, actieId)).run();
  const { id } = db().insert(actieUitvoering).values({ actieId, gemeenteId: gemeenteId("Dordrecht") }).returning({ id: actieUitvoering.id }).get();
  return { actieId, uitvoeringId: id };
}

/** ZHZ's template with one mijlpaal, and Dordrecht's lokale kamer made from it. */
export function zhzLokaleKamer(): { templateId: number; mijlpaalId: number } {
  const { id: templateId } = db()
    .insert(mijlpaalTemplate)
    .values({ regioId: regioId(ZHZ), titel: "Samenwerkingsafspraken Drechtsteden", volgorde: 1 })
    .returning({ id: mijlpaalTemplate.id })
    .get();
  const { id: kamerId } = db().insert(lokaleKamer).values({ gemeenteId: gemeenteId("Dordrecht") }).returning({ id: lokaleKamer.id }).get();
  const { id: mijlpaalId } = db()
    .insert(mijlpaal)
    .values({ lokaleKamerId: kamerId, templateId, titel: "Samenwerkingsafspraken Drechtsteden", volgorde: 1 })
    .returning({ id: mijlpaal.id })
    .get();
  return { templateId, mijlpaalId };
}

export function zhzOverleg(): number {
  return db().insert(overleg).values({ regioId: regioId(ZHZ), datum: "2026-06-01", titel: "Overleg Drechtsteden" }).returning({ id: overleg.id }).get().id;
}

/** A ZHZ actie with a code no plan of Hollands Midden uses, to try reaching it by code. */
export function zhzActieMetCode(code: string): number {
  const bron = db().select().from(actie).where(eq(actie.id, eenActieVan(ZHZ).id)).get()!;
  const { id: _id, code: _code, aangemaaktOp: _a, gewijzigdOp: _g, ...rest } = bron;
  return db().insert(actie).values({ ...rest, code }).returning({ id: actie.id }).get().id;
}

/** A doelstelling that only the ZHZ visie has, to name it in an import. */
export function zhzDoelstelling(code: string): number {
  return db()
    .insert(doelstelling)
    .values({ actielijnId: actielijnenVan(ZHZ)[0], code, tekst: "Alleen in Zuid-Holland Zuid", volgorde: 99 })
    .returning({ id: doelstelling.id })
    .get().id;
}
