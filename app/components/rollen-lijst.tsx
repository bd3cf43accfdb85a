import type { Rol } from "../../db/enums";
import { ROL_LABELS } from "../domain/permissions";

export interface RolRegel {
  rol: Rol;
  regioNaam: string | null;
  gemeenteNaam: string | null;
  organisatieNaam: string | null;
}

/** "Gemeente (Voorschoten)" in "Hollands Midden"; a beheerder's role holds for every regio. */
export function RollenLijst({ rollen }: { rollen: RolRegel[] }) {
  if (rollen.length === 0) return <p>U heeft nog geen rol in een regio.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {rollen.map((r, i) => {
        const bij = r.gemeenteNaam ?? r.organisatieNaam;
        return (
          <li key={i}>
            <span className="font-semibold">{ROL_LABELS[r.rol]}</span>
            {bij ? ` (${bij})` : ""}
            {r.regioNaam ? ` in regio ${r.regioNaam}` : r.rol === "beheerder" ? " voor alle regio's" : ""}
          </li>
        );
      })}
    </ul>
  );
}
