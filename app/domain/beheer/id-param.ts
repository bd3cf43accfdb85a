import { data } from "react-router";

/** The numeric :id of a beheer URL; anything else is a page that does not exist. */
export function idUitParam(waarde: string | undefined, wat: string): number {
  if (!waarde || !/^\d{1,12}$/.test(waarde)) throw data(`${wat} bestaat niet.`, { status: 404 });
  return Number(waarde);
}
