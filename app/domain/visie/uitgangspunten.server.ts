import { asc, eq } from "drizzle-orm";
import { uitgangspunt } from "../../../db/schema";
import { writeAudit } from "../audit.server";
import { type Bewerkcontext, GELUKT, geweigerd, nietGevonden, type Uitkomst, vindUitgangspunt } from "./context.server";
import { type Richting, verschuif } from "./volgorde";

function audit(c: Bewerkcontext, id: number, actie: string, voor: unknown, na: unknown) {
  writeAudit(c.tx, {
    regioId: c.regioId,
    gebruikerId: c.door.id,
    ip: c.door.ip,
    entiteit: "uitgangspunt",
    entiteitId: id,
    actie,
    voor,
    na,
  });
}

function volgordeIds(c: Bewerkcontext): number[] {
  return c.tx
    .select({ id: uitgangspunt.id })
    .from(uitgangspunt)
    .where(eq(uitgangspunt.visieId, c.visieId))
    .orderBy(asc(uitgangspunt.volgorde), asc(uitgangspunt.id))
    .all()
    .map((u) => u.id);
}

function zetVolgorde(c: Bewerkcontext, ids: readonly number[]) {
  ids.forEach((id, i) => {
    c.tx.update(uitgangspunt).set({ volgorde: i + 1 }).where(eq(uitgangspunt.id, id)).run();
  });
}

export function voegUitgangspuntToe(c: Bewerkcontext, tekst: string): Uitkomst {
  const volgorde = volgordeIds(c).length + 1;
  const nieuw = c.tx
    .insert(uitgangspunt)
    .values({ visieId: c.visieId, tekst, volgorde })
    .returning({ id: uitgangspunt.id })
    .get();
  audit(c, nieuw.id, "aangemaakt", null, { tekst, volgorde });
  return GELUKT;
}

export function bewerkUitgangspunt(c: Bewerkcontext, id: number, tekst: string): Uitkomst {
  const punt = vindUitgangspunt(c, id);
  if (!punt) return nietGevonden("Dit uitgangspunt");
  c.tx.update(uitgangspunt).set({ tekst }).where(eq(uitgangspunt.id, id)).run();
  audit(c, id, "gewijzigd", { tekst: punt.tekst }, { tekst });
  return GELUKT;
}

export function verplaatsUitgangspunt(c: Bewerkcontext, id: number, richting: Richting): Uitkomst {
  if (!vindUitgangspunt(c, id)) return nietGevonden("Dit uitgangspunt");
  const voor = volgordeIds(c);
  const na = verschuif(voor, id, richting);
  if (!na) return geweigerd({ form: `Dit uitgangspunt staat al ${richting === "omhoog" ? "bovenaan" : "onderaan"}.` });
  zetVolgorde(c, na);
  audit(c, id, "verplaatst", { positie: voor.indexOf(id) + 1 }, { positie: na.indexOf(id) + 1 });
  return GELUKT;
}

export function verwijderUitgangspunt(c: Bewerkcontext, id: number): Uitkomst {
  const punt = vindUitgangspunt(c, id);
  if (!punt) return nietGevonden("Dit uitgangspunt");
  c.tx.delete(uitgangspunt).where(eq(uitgangspunt.id, id)).run();
  zetVolgorde(c, volgordeIds(c));
  audit(c, id, "verwijderd", { tekst: punt.tekst, volgorde: punt.volgorde }, null);
  return GELUKT;
}
