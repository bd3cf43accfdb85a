import { Form } from "react-router";
import { MIJLPAAL_STATUSSEN } from "../../../db/enums";
import { MAX_TITEL, MAX_TOELICHTING, MAX_URL, MIJLPAAL_VELD_LABELS } from "../../domain/lokale-kamer/mijlpaal-velden";
import { MIJLPAAL_STATUS_LABELS } from "../../domain/lokale-kamer/mijlpaal-status";
import { PRIVACY_HINT } from "../../domain/privacy";
import { Button, ErrorSummary, Field, type FieldErrors } from "../form";
import type { GetoondeMijlpaal } from "./mijlpalen-tabel";

export interface MijlpaalWaarden {
  titel?: string;
  status?: string;
  streefdatum?: string;
  gereedOp?: string;
  toelichting?: string;
  documentUrl?: string;
}

interface Props {
  mijlpaal: GetoondeMijlpaal;
  waarden?: MijlpaalWaarden;
  errors?: FieldErrors;
  version: number;
  vandaag: string;
  annuleerNaar: string;
}

/** Editing one mijlpaal; one at a time, so every control has a unique id on the page. */
export function MijlpaalFormulier({ mijlpaal, waarden, errors, version, vandaag, annuleerNaar }: Props) {
  const w: MijlpaalWaarden = waarden ?? {
    titel: mijlpaal.titel,
    status: mijlpaal.status,
    streefdatum: mijlpaal.streefdatum ?? "",
    gereedOp: mijlpaal.gereedOp ?? "",
    toelichting: mijlpaal.toelichting ?? "",
    documentUrl: mijlpaal.documentUrl ?? "",
  };
  const eigen = mijlpaal.templateId === null;
  return (
    <Form method="post" className="max-w-2xl rounded border border-slate-300 bg-white p-5" noValidate>
      <input type="hidden" name="intent" value="bijwerken" />
      <input type="hidden" name="sleutel" value={mijlpaal.sleutel} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary errors={errors} labels={MIJLPAAL_VELD_LABELS} />
      {eigen ? (
        <Field name="titel" label={MIJLPAAL_VELD_LABELS.titel} error={errors?.titel} hint={PRIVACY_HINT}>
          {(p) => <input {...p} type="text" maxLength={MAX_TITEL} defaultValue={w.titel} required />}
        </Field>
      ) : null}
      <Field name="status" label={MIJLPAAL_VELD_LABELS.status} error={errors?.status}>
        {(p) => (
          <select {...p} defaultValue={w.status}>
            {MIJLPAAL_STATUSSEN.map((s) => (
              <option key={s} value={s}>
                {MIJLPAAL_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="streefdatum" label={MIJLPAAL_VELD_LABELS.streefdatum} error={errors?.streefdatum} hint="Wanneer de mijlpaal gereed zou moeten zijn (mag leeg).">
        {(p) => <input {...p} type="date" defaultValue={w.streefdatum} />}
      </Field>
      <Field name="gereedOp" label={MIJLPAAL_VELD_LABELS.gereedOp} error={errors?.gereedOp} hint="Verplicht bij de status Gereed; niet later dan vandaag.">
        {(p) => <input {...p} type="date" max={vandaag} defaultValue={w.gereedOp} />}
      </Field>
      <Field name="toelichting" label={MIJLPAAL_VELD_LABELS.toelichting} error={errors?.toelichting} hint={`Alleen over het proces. ${PRIVACY_HINT}`}>
        {(p) => <textarea {...p} rows={4} maxLength={MAX_TOELICHTING} defaultValue={w.toelichting} />}
      </Field>
      <Field
        name="documentUrl"
        label={MIJLPAAL_VELD_LABELS.documentUrl}
        error={errors?.documentUrl}
        hint="Het document dat de mijlpaal aantoont, zoals het convenant of de werkwijze: een link die begint met https://."
      >
        {(p) => <input {...p} type="url" inputMode="url" maxLength={MAX_URL} defaultValue={w.documentUrl} />}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Mijlpaal opslaan</Button>
        <a href={annuleerNaar} className="inline-flex min-h-11 items-center">
          Annuleren
        </a>
      </div>
    </Form>
  );
}
