import type { Rol } from "../../../db/enums";
import { Field } from "../../components/form";
import { ROL_LABELS } from "../../domain/permissions";

export interface Keuze {
  id: number;
  naam: string;
  regioId: number;
}

interface RolVeldenProps {
  /** Prefix for the ids, so several of these forms can live on one page. */
  idPrefix: string;
  rollen: readonly Rol[];
  regios: { id: number; naam: string }[];
  gemeenten: Keuze[];
  organisaties: Keuze[];
  errors?: Record<string, string>;
  waarden: { rol?: string; gemeenteId?: string; organisatieId?: string };
}

function Opties({ keuzes, regios }: { keuzes: Keuze[]; regios: { id: number; naam: string }[] }) {
  if (regios.length <= 1) {
    return keuzes.map((k) => (
      <option key={k.id} value={k.id}>
        {k.naam}
      </option>
    ));
  }
  return regios.map((r) => {
    const inRegio = keuzes.filter((k) => k.regioId === r.id);
    if (inRegio.length === 0) return null;
    return (
      <optgroup key={r.id} label={r.naam}>
        {inRegio.map((k) => (
          <option key={k.id} value={k.id}>
            {k.naam}
          </option>
        ))}
      </optgroup>
    );
  });
}

/** Rol, gemeente and organisatie: the same choices when inviting and when changing a role. */
export function RolVelden({ idPrefix, rollen, regios, gemeenten, organisaties, errors, waarden }: RolVeldenProps) {
  return (
    <>
      <Field id={`${idPrefix}rol`} label="Rol" error={errors?.rol}>
        {(props) => (
          <select {...props} name="rol" defaultValue={waarden.rol ?? ""} required>
            <option value="" disabled>
              Kies een rol
            </option>
            {rollen.map((r) => (
              <option key={r} value={r}>
                {ROL_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={`${idPrefix}gemeenteId`}
        label="Gemeente"
        hint="Verplicht voor de rollen Gemeente en Procesregisseur; mag ook bij Regiocoördinator en Lezer."
        error={errors?.gemeenteId}
      >
        {(props) => (
          <select {...props} name="gemeenteId" defaultValue={waarden.gemeenteId ?? ""}>
            <option value="">Geen gemeente</option>
            <Opties keuzes={gemeenten} regios={regios} />
          </select>
        )}
      </Field>
      <Field
        id={`${idPrefix}organisatieId`}
        label="Organisatie"
        hint="Verplicht voor de rol Ketenpartner."
        error={errors?.organisatieId}
      >
        {(props) => (
          <select {...props} name="organisatieId" defaultValue={waarden.organisatieId ?? ""}>
            <option value="">Geen organisatie</option>
            <Opties keuzes={organisaties} regios={regios} />
          </select>
        )}
      </Field>
    </>
  );
}
