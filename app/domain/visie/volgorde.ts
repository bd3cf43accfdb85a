export const RICHTINGEN = ["omhoog", "omlaag"] as const;
export type Richting = (typeof RICHTINGEN)[number];

/**
 * The order after moving one item a place up or down; null when it is not in the list or already
 * at that end, so the caller can say so instead of writing a change that is none.
 */
export function verschuif<T>(items: readonly T[], item: T, richting: Richting): T[] | null {
  const van = items.indexOf(item);
  if (van === -1) return null;
  const naar = richting === "omhoog" ? van - 1 : van + 1;
  if (naar < 0 || naar >= items.length) return null;
  const nieuw = [...items];
  [nieuw[van], nieuw[naar]] = [nieuw[naar], nieuw[van]];
  return nieuw;
}
