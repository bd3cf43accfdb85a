/** Who performs a beheer mutation, for the audit row. */
export interface Uitvoerder {
  id: number;
  ip: string | null;
}

export type Uitkomst<T = undefined> =
  | { ok: true; waarde: T }
  | { ok: false; errors: Partial<Record<string, string>> };
