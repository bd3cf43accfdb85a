import { eq, isNull } from "drizzle-orm";
import nodemailer from "nodemailer";
import { db, type Tx } from "../../db";
import { outbox } from "../../db/schema";
import { smtpUrl } from "../config.server";

const DEFAULT_FROM = "Regiovisie Uitvoeringsplan <noreply@localhost>";

export interface Mail {
  aan: string;
  onderwerp: string;
  tekst: string;
}

/**
 * Puts a mail in the outbox inside the caller's transaction: it exists exactly when the change
 * that caused it was committed. Returns the outbox id.
 */
export function queueMail(tx: Tx | typeof db, mail: Mail): number {
  const row = tx
    .insert(outbox)
    .values({ aan: mail.aan, onderwerp: mail.onderwerp, tekst: mail.tekst })
    .returning({ id: outbox.id })
    .get();
  return row.id;
}

// One delivery run at a time per process, so two requests never send the same row twice.
let running: Promise<void> = Promise.resolve();

/**
 * Sends every unsent outbox row by SMTP when SMTP_URL is set. Without SMTP nothing happens: the
 * mail stays readable at /beheer/outbox and nothing pretends it was sent.
 */
export function deliverPendingMail(): Promise<void> {
  running = running.then(deliverOnce, deliverOnce);
  return running;
}

/** For routes: starts delivery after their transaction without making the response wait for SMTP. */
export function deliverPendingMailInBackground(): void {
  deliverPendingMail().catch(() => {
    // The SMTP URL may hold credentials, so the error itself is not logged.
    console.error("Bezorgen van e-mail uit de outbox is mislukt.");
  });
}

async function deliverOnce(): Promise<void> {
  const url = smtpUrl();
  if (!url) return;
  const pending = db
    .select({ id: outbox.id, aan: outbox.aan, onderwerp: outbox.onderwerp, tekst: outbox.tekst })
    .from(outbox)
    .where(isNull(outbox.verzondenOp))
    .orderBy(outbox.id)
    .all();
  if (pending.length === 0) return;

  const transport = nodemailer.createTransport(url);
  const from = process.env.MAIL_FROM || DEFAULT_FROM;
  try {
    for (const mail of pending) {
      try {
        await transport.sendMail({
          from,
          to: mail.aan,
          // A line break in a subject would start a new header.
          subject: mail.onderwerp.replace(/[\r\n]+/g, " "),
          text: mail.tekst,
        });
        db.update(outbox).set({ verzondenOp: new Date().toISOString(), fout: null }).where(eq(outbox.id, mail.id)).run();
      } catch (error) {
        db.update(outbox).set({ fout: foutmelding(error) }).where(eq(outbox.id, mail.id)).run();
        console.error(`E-mail ${mail.id} uit de outbox kon niet worden verzonden.`);
      }
    }
  } finally {
    transport.close();
  }
}

/** What a beheerder may read about a failure: the SMTP answer, never the URL with its password. */
function foutmelding(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const url = smtpUrl();
  const zonderUrl = url ? message.split(url).join("[SMTP_URL]") : message;
  return zonderUrl.replace(/\/\/[^@\s/]*@/g, "//***@").slice(0, 500);
}
