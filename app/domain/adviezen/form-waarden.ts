/** What was typed in a form, to show again when the domain refuses input that Zod accepted. */
export function formWaarden(form: FormData): Record<string, string> {
  const waarden: Record<string, string> = {};
  for (const [veld, waarde] of form.entries()) if (typeof waarde === "string") waarden[veld] = waarde;
  return waarden;
}
