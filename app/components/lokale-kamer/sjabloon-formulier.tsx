import { Form } from "react-router";
import { MAX_TITEL, MAX_TOELICHTING, MIJLPAAL_VELD_LABELS } from "../../domain/lokale-kamer/mijlpaal-velden";
import { PRIVACY_HINT } from "../../domain/privacy";
import { Button, ErrorSummary, Field, type FieldErrors } from "../form";

interface Props {
  /** Absent: a new template mijlpaal. */
  templateId?: number;
  waarden?: { sjabloonTitel?: string; sjabloonOmschrijving?: string };
  errors?: FieldErrors;
  annuleerNaar?: string;
}

export function SjabloonFormulier({ templateId, waarden, errors, annuleerNaar }: Props) {
  return (
    <Form method="post" className="max-w-2xl rounded border border-slate-300 bg-white p-5" noValidate>
      <input type="hidden" name="intent" value={templateId ? "wijzigen" : "toevoegen"} />
      {templateId ? <input type="hidden" name="templateId" value={templateId} /> : null}
      <ErrorSummary errors={errors} labels={MIJLPAAL_VELD_LABELS} />
      <Field name="sjabloonTitel" label={MIJLPAAL_VELD_LABELS.sjabloonTitel} error={errors?.sjabloonTitel} hint={PRIVACY_HINT}>
        {(p) => <input {...p} type="text" maxLength={MAX_TITEL} defaultValue={waarden?.sjabloonTitel} required />}
      </Field>
      <Field
        name="sjabloonOmschrijving"
        label={MIJLPAAL_VELD_LABELS.sjabloonOmschrijving}
        error={errors?.sjabloonOmschrijving}
        hint={`Wat er nodig is om deze mijlpaal gereed te melden (mag leeg). ${PRIVACY_HINT}`}
      >
        {(p) => <textarea {...p} rows={3} maxLength={MAX_TOELICHTING} defaultValue={waarden?.sjabloonOmschrijving} />}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{templateId ? "Wijziging opslaan" : "Mijlpaal aan het sjabloon toevoegen"}</Button>
        {annuleerNaar ? (
          <a href={annuleerNaar} className="inline-flex min-h-11 items-center">
            Annuleren
          </a>
        ) : null}
      </div>
    </Form>
  );
}
