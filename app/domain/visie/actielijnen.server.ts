import { eq, sql } from "drizzle-orm";
import { actieDoelstelling, actielijn, doelstelling } from "../../../db/schema";
import { writeAudit } from "../audit.server";
import { type Bewerkcontext, GELUKT, geweigerd, nietGevonden, type Uitkomst, vindActielijn } from "./context.server";
import { hernummer, huidigeIndeling, pasIndelingToe } from "./hernummeren.server";
import { type Richting, verschuif } from "./volgorde";

interface ActielijnInvoer {
  titel: string;
  omschrijving: string | null;
}

function audit(c: Bewerkcontext, id: number, actie: string, voor: unknown, na: unknown) {
  writeAudit(c.tx, {
    regioId: c.regioId,
    gebruikerId: c.door.id,
    ip: c.door.ip,
    entiteit: "actielijn",
    entiteitId: id,
    actie,
    voor,
    na,
  });
}

export function voegActielijnToe(c: Bewerkcontext, invoer: ActielijnInvoer): Uitkomst {
  const aantal = huidigeIndeling(c.tx, c.visieId).length;
  const code = String(aantal + 1);
  const nieuw = c.tx
    .insert(actielijn)
    .values({ visieId: c.visieId, code, titel: invoer.titel, omschrijving: invoer.omschrijving, volgorde: aantal + 1 })
    .returning({ id: actielijn.id })
    .get();
  const hernummerd = hernummer(c.tx, c.visieId);
  audit(c, nieuw.id, "aangemaakt", null, { ...invoer, code, hernummerd });
  return GELUKT;
}

export function bewerkActielijn(c: Bewerkcontext, id: number, invoer: ActielijnInvoer): Uitkomst {
  const lijn = vindActielijn(c, id);
  if (!lijn) return nietGevonden("Deze actielijn");
  c.tx.update(actielijn).set(invoer).where(eq(actielijn.id, id)).run();
  audit(c, id, "gewijzigd", { titel: lijn.titel, omschrijving: lijn.omschrijving }, invoer);
  return GELUKT;
}

export function verplaatsActielijn(c: Bewerkcontext, id: number, richting: Richting): Uitkomst {
  const lijn = vindActielijn(c, id);
  if (!lijn) return nietGevonden("Deze actielijn");
  const indeling = huidigeIndeling(c.tx, c.visieId);
  const huidig = indeling.find((l) => l.id === id);
  const nieuw = huidig ? verschuif(indeling, huidig, richting) : null;
  if (!nieuw) {
    return geweigerd({ form: `Actielijn ${lijn.code} staat al ${richting === "omhoog" ? "bovenaan" : "onderaan"}.` });
  }
  const hernummerd = pasIndelingToe(c.tx, c.visieId, nieuw);
  audit(c, id, "verplaatst", { code: lijn.code }, { richting, hernummerd });
  return GELUKT;
}

export function verwijderActielijn(c: Bewerkcontext, id: number): Uitkomst {
  const lijn = vindActielijn(c, id);
  if (!lijn) return nietGevonden("Deze actielijn");
  const doelen = c.tx
    .select({
      id: doelstelling.id,
      code: doelstelling.code,
      tekst: doelstelling.tekst,
      metActies: sql<number>`exists (select 1 from ${actieDoelstelling} where ${actieDoelstelling.doelstellingId} = ${doelstelling.id})`,
    })
    .from(doelstelling)
    .where(eq(doelstelling.actielijnId, id))
    .orderBy(doelstelling.volgorde)
    .all();
  const metActies = doelen.filter((d) => d.metActies).map((d) => d.code);
  if (metActies.length > 0) {
    return geweigerd({
      form:
        `Actielijn ${lijn.code} kan niet worden verwijderd: ${metActies.length === 1 ? "doelstelling" : "de doelstellingen"} ` +
        `${metActies.join(", ")} ${metActies.length === 1 ? "heeft" : "hebben"} acties. ` +
        "Verplaats die doelstellingen naar een andere actielijn, of trek ze in.",
    });
  }
  c.tx.delete(doelstelling).where(eq(doelstelling.actielijnId, id)).run();
  c.tx.delete(actielijn).where(eq(actielijn.id, id)).run();
  const hernummerd = hernummer(c.tx, c.visieId);
  audit(
    c,
    id,
    "verwijderd",
    { code: lijn.code, titel: lijn.titel, omschrijving: lijn.omschrijving, doelstellingen: doelen.map(({ id, code, tekst }) => ({ id, code, tekst })) },
    { hernummerd },
  );
  return GELUKT;
}
