import { Form } from "react-router";
import { MAX_TITEL, MIJLPAAL_VELD_LABELS } from "../../domain/lokale-kamer/mijlpaal-velden";
import { PRIVACY_HINT } from "../../domain/privacy";
import { Button, ErrorSummary, Field, type FieldErrors } from "../form";

export function NieuweMijlpaalFormulier({ waarden, errors }: { waarden?: Record<string, string>; errors?: FieldErrors }) {
  return (
    <Form method="post" className="max-w-2xl rounded border border-slate-300 bg-white p-5" noValidate>
      <input type="hidden" name="intent" value="toevoegen" />
      <ErrorSummary errors={errors} labels={MIJLPAAL_VELD_LABELS} />
      <Field name="nieuweTitel" label={MIJLPAAL_VELD_LABELS.nieuweTitel} error={errors?.nieuweTitel} hint={PRIVACY_HINT}>
        {(p) => <input {...p} type="text" maxLength={MAX_TITEL} defaultValue={waarden?.nieuweTitel} required />}
      </Field>
      <Field name="nieuweStreefdatum" label={MIJLPAAL_VELD_LABELS.nieuweStreefdatum} error={errors?.nieuweStreefdatum} hint="Mag leeg.">
        {(p) => <input {...p} type="date" defaultValue={waarden?.nieuweStreefdatum} />}
      </Field>
      <Button type="submit">Mijlpaal toevoegen</Button>
    </Form>
  );
}
