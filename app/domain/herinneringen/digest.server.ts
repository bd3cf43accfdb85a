import { and, eq } from "drizzle-orm";
import { writeTransaction } from "../../../db";
import { digestVerzonden } from "../../../db/schema";
import { publicOrigin } from "../../config.server";
import { writeAudit } from "../audit.server";
import { queueMail } from "../mail.server";
import { digestMail } from "./digest-mail";
import { selecteerDigests } from "./digest-selectie.server";
import { digestPerioden } from "./periode";

export interface DigestResultaat {
  /** People who want a digest (active, with a password, weekly or monthly). */
  overwogen: number;
  gemaild: number;
  nietsTeMelden: number;
  alVerzonden: number;
  week: string;
  maand: string;
}

/**
 * Mails every person their digest for the current period, at most once: the digest_verzonden row
 * and the outbox row commit together, so a second run (or a restarted server) skips them.
 * Delivery is the caller's business (deliverPendingMail), outside the transactions.
 */
export function runDigest({ now = new Date() }: { now?: Date } = {}): DigestResultaat {
  const perioden = digestPerioden(now);
  const origin = publicOrigin();
  const resultaat: DigestResultaat = {
    overwogen: 0,
    gemaild: 0,
    nietsTeMelden: 0,
    alVerzonden: 0,
    week: perioden.week,
    maand: perioden.maand,
  };

  for (const kandidaat of selecteerDigests(perioden)) {
    resultaat.overwogen++;
    if (kandidaat.alVerzonden) {
      resultaat.alVerzonden++;
      continue;
    }
    if (kandidaat.items.length === 0) {
      resultaat.nietsTeMelden++;
      continue;
    }
    const mail = digestMail(kandidaat, kandidaat.items, { origin, vandaag: perioden.vandaag });
    const verstuurd = writeTransaction((tx) => {
      // BEGIN IMMEDIATE serialises writers, so this check cannot race another run's insert.
      const eerder = tx
        .select({ periode: digestVerzonden.periode })
        .from(digestVerzonden)
        .where(and(eq(digestVerzonden.gebruikerId, kandidaat.id), eq(digestVerzonden.periode, kandidaat.periode)))
        .get();
      if (eerder) return false;
      const outboxId = queueMail(tx, { aan: kandidaat.email, onderwerp: mail.onderwerp, tekst: mail.tekst });
      tx.insert(digestVerzonden).values({ gebruikerId: kandidaat.id, periode: kandidaat.periode, outboxId }).run();
      writeAudit(tx, {
        entiteit: "gebruiker",
        entiteitId: kandidaat.id,
        actie: "digest.verzonden",
        na: { periode: kandidaat.periode, acties: kandidaat.items.map((i) => i.actieId), outboxId },
      });
      return true;
    });
    if (verstuurd) resultaat.gemaild++;
    else resultaat.alVerzonden++;
  }
  return resultaat;
}
