import { vandaag } from "../format";

/**
 * The periods a digest belongs to, in Dutch time (Europe/Amsterdam). A weekly digest belongs to
 * the ISO week ("2026-W47"). A monthly digest belongs to the month in which that week's Monday
 * falls ("2026-11"): it goes out with the first weekly run of the month (the first Monday), so
 * monthly readers get it on a Monday as weekly readers do, and a run late in a week that began in
 * the previous month cannot send the next month's digest early.
 */
export interface DigestPerioden {
  /** "YYYY-MM-DD", today in the Netherlands. */
  vandaag: string;
  week: string;
  maand: string;
}

const DAG_MS = 86_400_000;

function alsUtcDag(datum: string): Date {
  return new Date(`${datum}T00:00:00Z`);
}

/** 1 = maandag … 7 = zondag, for a calendar date. */
export function weekdag(datum: string): number {
  const dag = alsUtcDag(datum).getUTCDay();
  return dag === 0 ? 7 : dag;
}

/** The Monday of the ISO week of a calendar date, as "YYYY-MM-DD". */
export function maandagVan(datum: string): string {
  return new Date(alsUtcDag(datum).getTime() - (weekdag(datum) - 1) * DAG_MS).toISOString().slice(0, 10);
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(datum: string): string {
  const donderdag = new Date(alsUtcDag(maandagVan(datum)).getTime() + 3 * DAG_MS);
  const jaar = donderdag.getUTCFullYear();
  const eersteJanuari = Date.UTC(jaar, 0, 1);
  const week = Math.floor((donderdag.getTime() - eersteJanuari) / DAG_MS / 7) + 1;
  return `${jaar}-W${String(week).padStart(2, "0")}`;
}

export function digestPerioden(now: Date): DigestPerioden {
  const datum = vandaag(now);
  return { vandaag: datum, week: isoWeek(datum), maand: maandagVan(datum).slice(0, 7) };
}

/** The calendar date `dagen` days after `datum`. */
export function dagenLater(datum: string, dagen: number): string {
  return new Date(alsUtcDag(datum).getTime() + dagen * DAG_MS).toISOString().slice(0, 10);
}

const uurFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone: "Europe/Amsterdam" });

/** The hour (0–23) on the clock in the Netherlands. */
export function uurInNederland(now: Date): number {
  return Number(uurFormat.format(now));
}
