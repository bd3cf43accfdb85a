import { digestPerioden, uurInNederland, weekdag } from "./periode";

/** Monday from this hour (Dutch time) on, the week's digest may go out. */
export const START_UUR = 7;

/**
 * True from Monday 07:00 (Dutch time) until the end of the ISO week, unless this process already
 * ran the digest for this week. A missed Monday (server down) is caught up later in the week;
 * the digest_verzonden rows make a repeat harmless, this only saves needless work.
 */
export function digestIsAanDeBeurt(now: Date, laatstGedraaideWeek: string | null): boolean {
  const { vandaag, week } = digestPerioden(now);
  if (week === laatstGedraaideWeek) return false;
  return !(weekdag(vandaag) === 1 && uurInNederland(now) < START_UUR);
}
