import type { ActieStatus, Financiering } from "../../../db/enums";
import { leesBedrag } from "../acties/actie-schema";
import { STATUS_LABELS } from "../status";
import { type Cel, celTekst } from "./cel";
import { normaliseer } from "./tekst-normaliseren";

/**
 * Reads the status, financiering, niveau and bedrag of a sheet's row. Plans in Excel use the words
 * of the stoplicht ("groen", "oranje", "rood") as often as our labels, so both are understood.
 */

const STATUS_WOORDEN: Record<ActieStatus, string[]> = {
  niet_gestart: ["niet gestart", "nog niet gestart", "nog te starten", "niet begonnen", "nog niet begonnen", "gepland", "grijs", "wit", "nieuw"],
  op_schema: ["op schema", "groen", "loopt", "lopend", "in uitvoering", "bezig", "op koers", "on track", "volgens planning"],
  aandacht: ["aandacht", "aandacht nodig", "oranje", "geel", "risico", "zorgpunt"],
  vertraagd: ["vertraagd", "rood", "vertraging", "achter op schema", "achterstand"],
  afgerond: ["afgerond", "gereed", "klaar", "voltooid", "gerealiseerd", "behaald", "afgesloten"],
  vervallen: ["vervallen", "geschrapt", "gestopt", "vervalt", "komt te vervallen", "niet meer nodig"],
};

const STATUS_OPZOEK = new Map<string, ActieStatus>(
  (Object.entries(STATUS_WOORDEN) as [ActieStatus, string[]][]).flatMap(([status, woorden]) => [
    [normaliseer(status), status] as const,
    [normaliseer(STATUS_LABELS[status]), status] as const,
    ...woorden.map((w) => [normaliseer(w), status] as const),
  ]),
);

export type Gelezen<T> = { ok: true; waarde: T } | { ok: false; melding: string };

/** An empty cell is "niet gestart": a new actie starts there. */
export function leesStatus(cel: Cel): Gelezen<ActieStatus> {
  const tekst = normaliseer(celTekst(cel));
  if (tekst === "") return { ok: true, waarde: "niet_gestart" };
  const status = STATUS_OPZOEK.get(tekst);
  if (status) return { ok: true, waarde: status };
  return {
    ok: false,
    melding: `Status "${celTekst(cel)}" is onbekend. Gebruik ${Object.values(STATUS_LABELS).join(", ")}, of groen, oranje of rood.`,
  };
}

const FINANCIERING_WOORDEN: Record<Financiering, string[]> = {
  du_vo: ["du vo", "duvo", "du vo regionaal budget", "decentralisatie uitkering vrouwenopvang", "regionaal budget", "regionaal"],
  gemeentelijk: ["gemeentelijk", "gemeentelijk budget", "gemeente", "gemeentelijke middelen", "eigen middelen"],
  anders: ["anders", "overig", "overige", "anders namelijk"],
};

const FINANCIERING_OPZOEK = new Map<string, Financiering>(
  (Object.entries(FINANCIERING_WOORDEN) as [Financiering, string[]][]).flatMap(([f, woorden]) => [
    [normaliseer(f), f] as const,
    ...woorden.map((w) => [normaliseer(w), f] as const),
  ]),
);

export function leesFinanciering(cel: Cel): Gelezen<Financiering | null> {
  const tekst = normaliseer(celTekst(cel));
  if (tekst === "") return { ok: true, waarde: null };
  const f = FINANCIERING_OPZOEK.get(tekst);
  if (f) return { ok: true, waarde: f };
  return { ok: false, melding: `Financiering "${celTekst(cel)}" is onbekend. Gebruik DU VO, Gemeentelijk of Anders.` };
}

/** In euro's: a number cell as it is, text as a Dutch person types it (and "1234.56" from English exports). */
export function leesBedragCel(cel: Cel): Gelezen<number | null> {
  if (typeof cel === "number") {
    if (cel < 0) return { ok: false, melding: "Het bedrag kan niet negatief zijn." };
    return { ok: true, waarde: Math.round(cel * 100) };
  }
  const tekst = celTekst(cel);
  if (tekst === "") return { ok: true, waarde: null };
  const engels = tekst.replace(/[\s\u00a0€]/g, "").match(/^(\d+)\.(\d{1,2})$/);
  if (engels) return { ok: true, waarde: Number(engels[1]) * 100 + Number(engels[2].padEnd(2, "0")) };
  const gelezen = leesBedrag(tekst);
  return gelezen.ok ? { ok: true, waarde: gelezen.centen } : { ok: false, melding: gelezen.melding };
}

export type NiveauTekst = { soort: "regionaal" } | { soort: "lokaal" } | { soort: "naam"; naam: string } | { soort: "leeg" };

/** A niveau column often holds the gemeente's name instead of "lokaal". */
export function leesNiveau(cel: Cel): NiveauTekst {
  const tekst = normaliseer(celTekst(cel));
  if (tekst === "") return { soort: "leeg" };
  if (["regionaal", "regio", "regionaal niveau", "bovenlokaal", "subregionaal"].includes(tekst)) return { soort: "regionaal" };
  if (["lokaal", "lokaal een gemeente", "lokale actie", "gemeentelijk"].includes(tekst)) return { soort: "lokaal" };
  return { soort: "naam", naam: celTekst(cel) };
}
