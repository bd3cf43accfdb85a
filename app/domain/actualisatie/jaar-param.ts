import { data } from "react-router";

/** The :jaar of an actualisatie URL; anything but a year is a page that does not exist. */
export function jaarUitParam(waarde: string | undefined): number {
  if (!waarde || !/^\d{4}$/.test(waarde)) throw data("Dit uitvoeringsplan bestaat niet.", { status: 404 });
  return Number(waarde);
}
