import { ROL_LABELS } from "../permissions";
import type { RolRegel } from "./gebruikers.server";

/** "Gemeente Voorschoten — Hollands Midden" */
export function rolOmschrijving(rol: Pick<RolRegel, "rol" | "regioNaam" | "gemeenteNaam" | "organisatieNaam">): string {
  const bij = rol.gemeenteNaam ?? rol.organisatieNaam;
  const label = bij ? `${ROL_LABELS[rol.rol]} ${bij}` : ROL_LABELS[rol.rol];
  return rol.regioNaam ? `${label} — ${rol.regioNaam}` : `${label} (alle regio's)`;
}
