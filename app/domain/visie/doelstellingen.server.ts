import { eq } from "drizzle-orm";
import { actieDoelstelling, doelstelling } from "../../../db/schema";
import { writeAudit } from "../audit.server";
import {
  type Bewerkcontext,
  GELUKT,
  geweigerd,
  nietGevonden,
  type Uitkomst,
  vindActielijn,
  vindDoelstelling,
} from "./context.server";
import { hernummer, huidigeIndeling, pasIndelingToe } from "./hernummeren.server";
import { type Richting, verschuif } from "./volgorde";

export const HEEFT_ACTIES_MELDING =
  "Deze doelstelling heeft acties en kan niet worden verwijderd. Trek haar in: dan blijft ze zichtbaar bij bestaande acties, maar komt ze niet meer in nieuwe plannen.";

function audit(c: Bewerkcontext, id: number, actie: string, voor: unknown, na: unknown) {
  writeAudit(c.tx, {
    regioId: c.regioId,
    gebruikerId: c.door.id,
    ip: c.door.ip,
    entiteit: "doelstelling",
    entiteitId: id,
    actie,
    voor,
    na,
  });
}

export function voegDoelstellingToe(c: Bewerkcontext, actielijnId: number, tekst: string): Uitkomst {
  const lijn = vindActielijn(c, actielijnId);
  if (!lijn) return nietGevonden("Deze actielijn");
  const aantal = huidigeIndeling(c.tx, c.visieId).find((l) => l.id === actielijnId)?.doelstellingen.length ?? 0;
  const code = `${lijn.code}.${aantal + 1}`;
  const nieuw = c.tx
    .insert(doelstelling)
    .values({ actielijnId, code, tekst, volgorde: aantal + 1 })
    .returning({ id: doelstelling.id })
    .get();
  const hernummerd = hernummer(c.tx, c.visieId);
  audit(c, nieuw.id, "aangemaakt", null, { actielijnId, code, tekst, hernummerd });
  return GELUKT;
}

export function bewerkDoelstelling(c: Bewerkcontext, id: number, tekst: string): Uitkomst {
  const doel = vindDoelstelling(c, id);
  if (!doel) return nietGevonden("Deze doelstelling");
  c.tx.update(doelstelling).set({ tekst }).where(eq(doelstelling.id, id)).run();
  audit(c, id, "gewijzigd", { tekst: doel.tekst }, { tekst });
  return GELUKT;
}

export function verplaatsDoelstelling(c: Bewerkcontext, id: number, richting: Richting): Uitkomst {
  const doel = vindDoelstelling(c, id);
  if (!doel) return nietGevonden("Deze doelstelling");
  const indeling = huidigeIndeling(c.tx, c.visieId);
  const binnenLijn = verschuif(indeling.find((l) => l.id === doel.actielijnId)?.doelstellingen ?? [], id, richting);
  if (!binnenLijn) {
    return geweigerd({
      form: `Doelstelling ${doel.code} staat al ${richting === "omhoog" ? "bovenaan" : "onderaan"} in haar actielijn.`,
    });
  }
  const nieuw = indeling.map((lijn) => (lijn.id === doel.actielijnId ? { ...lijn, doelstellingen: binnenLijn } : lijn));
  const hernummerd = pasIndelingToe(c.tx, c.visieId, nieuw);
  audit(c, id, "verplaatst", { code: doel.code }, { richting, hernummerd });
  return GELUKT;
}

export function verplaatsDoelstellingNaarActielijn(c: Bewerkcontext, id: number, actielijnId: number): Uitkomst {
  const doel = vindDoelstelling(c, id);
  if (!doel) return nietGevonden("Deze doelstelling");
  const doelLijn = vindActielijn(c, actielijnId);
  if (!doelLijn) return nietGevonden("Deze actielijn");
  if (doelLijn.id === doel.actielijnId) {
    return geweigerd({ actielijnId: `Doelstelling ${doel.code} staat al onder actielijn ${doelLijn.code}. Kies een andere actielijn.` });
  }
  const nieuw = huidigeIndeling(c.tx, c.visieId).map((lijn) => {
    if (lijn.id === doel.actielijnId) return { ...lijn, doelstellingen: lijn.doelstellingen.filter((d) => d !== id) };
    if (lijn.id === actielijnId) return { ...lijn, doelstellingen: [...lijn.doelstellingen, id] };
    return lijn;
  });
  const hernummerd = pasIndelingToe(c.tx, c.visieId, nieuw);
  audit(c, id, "verplaatst", { code: doel.code, actielijnId: doel.actielijnId }, { actielijnId, hernummerd });
  return GELUKT;
}

export function verwijderDoelstelling(c: Bewerkcontext, id: number): Uitkomst {
  const doel = vindDoelstelling(c, id);
  if (!doel) return nietGevonden("Deze doelstelling");
  const gebruikt = c.tx
    .select({ id: actieDoelstelling.actieId })
    .from(actieDoelstelling)
    .where(eq(actieDoelstelling.doelstellingId, id))
    .limit(1)
    .get();
  if (gebruikt) return geweigerd({ form: HEEFT_ACTIES_MELDING });
  c.tx.delete(doelstelling).where(eq(doelstelling.id, id)).run();
  const hernummerd = hernummer(c.tx, c.visieId);
  audit(c, id, "verwijderd", { code: doel.code, tekst: doel.tekst, actielijnId: doel.actielijnId }, { hernummerd });
  return GELUKT;
}

export function zetIngetrokken(c: Bewerkcontext, id: number, ingetrokken: boolean): Uitkomst {
  const doel = vindDoelstelling(c, id);
  if (!doel) return nietGevonden("Deze doelstelling");
  if (doel.ingetrokken === ingetrokken) {
    return geweigerd({ form: `Doelstelling ${doel.code} is al ${ingetrokken ? "ingetrokken" : "actief"}.` });
  }
  c.tx.update(doelstelling).set({ ingetrokken }).where(eq(doelstelling.id, id)).run();
  audit(c, id, ingetrokken ? "ingetrokken" : "geactiveerd", { ingetrokken: doel.ingetrokken }, { ingetrokken });
  return GELUKT;
}
