import type { z } from "zod";
import type { FieldErrors } from "../components/form";

export type ParseResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Reads a form with its Zod schema. On failure it returns the first message per field and the
 * submitted values (passwords excluded), so the form can show both.
 */
export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): ParseResult<z.infer<S>> {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const previous = raw[key];
    if (previous === undefined) raw[key] = value;
    else raw[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };

  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    errors[field] ??= issue.message;
  }
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (/password|wachtwoord/i.test(key)) continue;
    values[key] = Array.isArray(value) ? value.join(", ") : value;
  }
  return { ok: false, errors, values };
}
