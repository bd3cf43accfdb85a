import { useMemo } from "react";

/**
 * A large, uniform part of loader data (the plan's acties, the overleg agenda) sent as one JSON text.
 *
 * React Router serialises loader data with turbo-stream, value by value: about 1 µs per value, which
 * made it 7 ms of the plan page's 45 (300 acties × 15 fields). JSON.stringify does the same data in a
 * fraction of a millisecond, and JSON.parse in the browser is faster than turbo-stream's decoding.
 * The price: only plain data survives (no Date, Map or undefined), and an object used twice arrives
 * as two copies. The content's type travels with the text, so the component gets its data back typed.
 */
export type JsonTekst<T> = string & { readonly inhoud?: T };

/**
 * The last text made here, with the value it came from. On the server the page renders right after
 * its loader, so reading that same text gives back the value instead of parsing it again (about a
 * millisecond for the plan). The value is render input and is never changed, so sharing it is safe.
 */
let laatste: { tekst: string; waarde: unknown } | null = null;

export function alsJsonTekst<T>(waarde: T): JsonTekst<T> {
  const tekst = JSON.stringify(waarde);
  laatste = { tekst, waarde };
  return tekst as JsonTekst<T>;
}

export function leesJsonTekst<T>(tekst: JsonTekst<T>): T {
  if (laatste?.tekst === tekst) return laatste.waarde as T;
  return JSON.parse(tekst) as T;
}

/** Parses once per text; a revalidation with new loader data brings a new text. */
export function useJsonTekst<T>(tekst: JsonTekst<T>): T;
export function useJsonTekst<T>(tekst: JsonTekst<T> | null): T | null;
export function useJsonTekst<T>(tekst: JsonTekst<T> | null): T | null {
  return useMemo(() => (tekst === null ? null : leesJsonTekst(tekst)), [tekst]);
}
