import type { FieldErrors } from "../form";

/** What the action returns; `intent` and `doel` say which of the many forms on the page it was. */
export interface Terugmelding {
  intent?: string;
  doel?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  melding?: string | null;
}

export interface FormulierStaat {
  errors?: FieldErrors;
  values?: Record<string, string>;
}

export function staatVan(terug: Terugmelding | undefined, intent: string, doel = ""): FormulierStaat {
  if (!terug || terug.intent !== intent || (terug.doel ?? "") !== doel) return {};
  return { errors: terug.errors, values: terug.values };
}

/** Several forms share field names, so element ids also carry the form and the row. */
export function veldId(intent: string, doel: string, veld: string): string {
  return `${intent}-${doel || "nieuw"}-${veld}`;
}
