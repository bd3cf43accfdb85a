import type { FieldErrors } from "../../components/form";
import type { Actor } from "../permissions";

export type Gebruiker = Actor & { ip?: string | null };

export type Uitkomst<T extends object = object> = ({ ok: true } & T) | { ok: false; status: 400 | 403 | 404; errors: FieldErrors };

export function fout(status: 400 | 403 | 404, melding: string, veld = "form"): { ok: false; status: 400 | 403 | 404; errors: FieldErrors } {
  return { ok: false, status, errors: { [veld]: melding } };
}
