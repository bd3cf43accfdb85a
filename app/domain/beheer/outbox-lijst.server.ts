import { desc, isNull, sql } from "drizzle-orm";
import { db } from "../../../db";
import { outbox } from "../../../db/schema";

export const OUTBOX_PER_PAGINA = 50;

export function listOutbox(pagina: number) {
  const totaal = db.select({ n: sql<number>`count(*)` }).from(outbox).get()?.n ?? 0;
  const mails = db
    .select({
      id: outbox.id,
      aan: outbox.aan,
      onderwerp: outbox.onderwerp,
      tekst: outbox.tekst,
      aangemaaktOp: outbox.aangemaaktOp,
      verzondenOp: outbox.verzondenOp,
      fout: outbox.fout,
    })
    .from(outbox)
    .orderBy(desc(outbox.aangemaaktOp), desc(outbox.id))
    .limit(OUTBOX_PER_PAGINA)
    .offset((pagina - 1) * OUTBOX_PER_PAGINA)
    .all();
  return { mails, totaal };
}

export function telOnverzonden(): number {
  return db.select({ n: sql<number>`count(*)` }).from(outbox).where(isNull(outbox.verzondenOp)).get()?.n ?? 0;
}
