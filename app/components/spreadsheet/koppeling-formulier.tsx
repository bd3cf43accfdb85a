import { Form } from "react-router";
import { DOELVELD_LABELS, DOELVELDEN, type Koppeling } from "../../domain/spreadsheet/doelvelden";
import { Button, ErrorSummary, Field, type FieldErrors } from "../form";

interface Kolom {
  naam: string;
  voorbeelden: string[];
}

/** Step 2: per column of the sheet, the actie field it goes to; pre-filled with our guess. */
export function KoppelingFormulier({
  sessieId,
  kolommen,
  koppeling,
  errors,
  waarden,
}: {
  sessieId: number;
  kolommen: Kolom[];
  koppeling: Koppeling;
  errors?: FieldErrors;
  waarden?: Record<string, string>;
}) {
  const labels = Object.fromEntries(kolommen.map((k, i) => [`kolom-${i}`, `Kolom "${k.naam}"`]));
  return (
    <Form method="post" className="max-w-2xl">
      <ErrorSummary errors={errors} labels={labels} />
      <input type="hidden" name="intent" value="koppeling" />
      <input type="hidden" name="sessie" value={sessieId} />
      {kolommen.map((kolom, i) => {
        const naam = `kolom-${i}`;
        return (
          <Field
            key={naam}
            name={naam}
            label={`Kolom "${kolom.naam}"`}
            error={errors?.[naam]}
            hint={kolom.voorbeelden.length > 0 ? `Bijvoorbeeld: ${kolom.voorbeelden.join(" · ")}` : "Deze kolom is leeg."}
          >
            {(props) => (
              <select {...props} defaultValue={waarden?.[naam] ?? koppeling[i] ?? ""}>
                <option value="">Niet importeren</option>
                {DOELVELDEN.map((veld) => (
                  <option key={veld} value={veld}>
                    {DOELVELD_LABELS[veld]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        );
      })}
      <Button type="submit">Verder naar controle</Button>
    </Form>
  );
}
