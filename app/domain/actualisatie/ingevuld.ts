/** What the user typed, to show a refused form again as it was sent. */
export function ingevuld(formData: FormData): Record<string, string> {
  const waarden: Record<string, string> = {};
  for (const [naam, waarde] of formData.entries()) if (typeof waarde === "string" && naam !== "intent") waarden[naam] = waarde;
  return waarden;
}
