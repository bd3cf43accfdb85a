/** The one formatter module: nl-NL, always in the Europe/Amsterdam time zone (DESIGN §6). */
const TIME_ZONE = "Europe/Amsterdam";

const datum = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const datumKort = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: TIME_ZONE });
const tijd = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });
const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
// Building an Intl formatter is costly; a plan page formats hundreds of dates.
const maandNummer = new Intl.DateTimeFormat("en-US", { month: "numeric", timeZone: TIME_ZONE });
const jaarNummer = new Intl.DateTimeFormat("en-US", { year: "numeric", timeZone: TIME_ZONE });
const isoDatum = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE });

/** "2025-03-03" (a calendar date) is read as that day, not as midnight UTC. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** "3 maart 2025" */
export function formatDatum(value: string | Date): string {
  // A calendar date is written out directly: Intl with a time zone costs microseconds per call,
  // and a plan page formats over 600 dates.
  const kalender = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (kalender) return `${Number(kalender[3])} ${MAANDEN[Number(kalender[2]) - 1]} ${kalender[1]}`;
  return datum.format(toDate(value));
}

/** "3 mrt 2025" */
export function formatDatumKort(value: string | Date): string {
  return datumKort.format(toDate(value));
}

/** "3 maart 2025 om 14:05" */
export function formatTijdstip(value: string | Date): string {
  const d = toDate(value);
  return `${datum.format(d)} om ${tijd.format(d)}`;
}

/** "14:05" */
export function formatTijd(value: string | Date): string {
  return tijd.format(toDate(value));
}

/** "€ 1.234,56" from an amount in cents. */
export function formatBedrag(centen: number): string {
  return euro.format(centen / 100);
}

/** "Q3 2025" */
export function formatKwartaal(value: string): string {
  // A calendar date needs no time zone arithmetic: read it as written.
  const kalender = /^(\d{4})-(\d{2})-\d{2}$/.exec(value);
  if (kalender) return `Q${Math.ceil(Number(kalender[2]) / 3)} ${kalender[1]}`;
  const d = toDate(value);
  return `Q${Math.ceil(Number(maandNummer.format(d)) / 3)} ${jaarNummer.format(d)}`;
}

/** Today's calendar date in the Netherlands, as "YYYY-MM-DD". */
export function vandaag(now = new Date()): string {
  return isoDatum.format(now);
}

/** "1 actie", "3 acties". */
export function aantalTekst(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}
