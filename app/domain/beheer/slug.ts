/** "Alphen aan den Rijn" → "alphen-aan-den-rijn", "Súdwest-Fryslân" → "sudwest-fryslan", "'s-Gravenhage" → "s-gravenhage". */
export function gemeenteSlug(naam: string): string {
  return naam
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, "-")
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}

export const REGIO_SLUG_PATROON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
