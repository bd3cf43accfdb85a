import { DOELVELD_LABELS, isDoelveld, VERPLICHTE_DOELVELDEN, type Doelveld, type Koppeling } from "./doelvelden";

/**
 * The column mapping form: per column of the sheet a select named `kolom-<n>`, with an actie field
 * or "" for "niet importeren". Each field at most once; the required fields at least once.
 */

export function ontbrekendeVelden(koppeling: Koppeling): string[] {
  return VERPLICHTE_DOELVELDEN.filter((v) => !koppeling.includes(v)).map((v) => DOELVELD_LABELS[v]);
}

export type KoppelingUitkomst =
  | { ok: true; koppeling: Koppeling }
  | { ok: false; errors: Partial<Record<string, string>>; waarden: Record<string, string> };

export function leesKoppeling(formData: FormData, aantalKolommen: number): KoppelingUitkomst {
  const errors: Partial<Record<string, string>> = {};
  const waarden: Record<string, string> = {};
  const koppeling: Koppeling = [];
  const eerste = new Map<Doelveld, number>();
  for (let kolom = 0; kolom < aantalKolommen; kolom++) {
    const naam = `kolom-${kolom}`;
    const ruw = formData.get(naam);
    const waarde = typeof ruw === "string" ? ruw : "";
    waarden[naam] = waarde;
    if (waarde === "") {
      koppeling.push(null);
      continue;
    }
    if (!isDoelveld(waarde)) {
      errors[naam] = "Kies een veld uit de lijst.";
      koppeling.push(null);
      continue;
    }
    const eerder = eerste.get(waarde);
    if (eerder !== undefined) {
      errors[naam] = `${DOELVELD_LABELS[waarde]} is al gekoppeld aan een andere kolom; kies voor één kolom een ander veld of "Niet importeren".`;
    } else eerste.set(waarde, kolom);
    koppeling.push(waarde);
  }
  const ontbreekt = ontbrekendeVelden(koppeling);
  if (ontbreekt.length > 0) errors.form = `Koppel een kolom aan: ${ontbreekt.join(", ")}.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors, waarden };
  return { ok: true, koppeling };
}
