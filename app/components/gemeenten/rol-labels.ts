/** How a gemeente takes part in an actie, in words (never colour alone). */
export function rolTekst(a: { lokaal: boolean; uitvoering: boolean; trekker: boolean; partner: boolean }): string {
  const delen: string[] = [];
  if (a.lokaal) delen.push("Lokale actie");
  if (a.uitvoering) delen.push("Uitvoering per gemeente");
  if (a.trekker) delen.push("Trekker");
  if (a.partner) delen.push("Partner");
  return delen.join(", ");
}
