import { deliverPendingMailInBackground } from "../mail.server";
import { runDigest } from "./digest.server";
import { digestIsAanDeBeurt } from "./planning";

export const CONTROLE_INTERVAL_MS = 15 * 60 * 1000;
// Soon after a (re)start, so a server that was down on Monday morning catches up.
const EERSTE_CONTROLE_MS = 60 * 1000;

export interface DigestPlanner {
  stop(): void;
  /** Runs one check now; for the server's start and for tests. */
  controleer(now?: Date): void;
}

/** An in-process scheduler: checks every 15 minutes and never takes the server down. */
export function startDigestPlanner(): DigestPlanner {
  let laatstGedraaideWeek: string | null = null;

  const controleer = (now = new Date()) => {
    if (!digestIsAanDeBeurt(now, laatstGedraaideWeek)) return;
    try {
      const r = runDigest({ now });
      laatstGedraaideWeek = r.week;
      console.log(
        `Herinneringen ${r.week}: ${r.gemaild} verstuurd, ${r.nietsTeMelden} zonder iets te melden, ${r.alVerzonden} al eerder verstuurd (${r.overwogen} ontvangers).`,
      );
      if (r.gemaild > 0) deliverPendingMailInBackground();
    } catch (error) {
      // Database errors carry no secrets; the SMTP URL only appears in delivery, which logs itself.
      console.error(`Herinneringen versturen is mislukt; volgende poging over 15 minuten. ${error instanceof Error ? error.message : ""}`);
    }
  };

  const eerste = setTimeout(() => controleer(), EERSTE_CONTROLE_MS);
  const interval = setInterval(() => controleer(), CONTROLE_INTERVAL_MS);
  // The scheduler must never keep the process alive on its own.
  eerste.unref();
  interval.unref();
  return {
    controleer,
    stop() {
      clearTimeout(eerste);
      clearInterval(interval);
    },
  };
}
