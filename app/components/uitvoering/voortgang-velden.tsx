import { ACTIE_STATUSSEN, type ActieStatus } from "../../../db/enums";
import { vandaag } from "../../domain/format";
import { PRIVACY_HINT } from "../../domain/privacy";
import { STATUS_LABELS } from "../../domain/status";
import { Field, type FieldErrors } from "../form";

/**
 * The fields of a voortgangsupdate, all visible so the form works without script; the server
 * decides whether the verantwoording is needed (aandacht, vertraagd, vervallen).
 */
export function VoortgangVelden({
  prefix,
  huidigeStatus,
  fouten,
  waarden,
}: {
  prefix: string;
  huidigeStatus: ActieStatus;
  fouten?: FieldErrors;
  waarden?: Record<string, string>;
}) {
  const status = (ACTIE_STATUSSEN as readonly string[]).includes(waarden?.status ?? "") ? waarden?.status : huidigeStatus;
  return (
    <>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field className="mb-4" id={`${prefix}-status`} label="Nieuwe status" error={fouten?.status}>
          {(props) => (
            <select {...props} name="status" defaultValue={status}>
              {ACTIE_STATUSSEN.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field className="mb-4" id={`${prefix}-datum`} label="Datum" error={fouten?.datum}>
          {(props) => <input {...props} type="date" name="datum" max={vandaag()} defaultValue={waarden?.datum ?? vandaag()} />}
        </Field>
      </div>
      <Field className="mb-4" id={`${prefix}-toelichting`} label="Toelichting" hint={PRIVACY_HINT} error={fouten?.toelichting}>
        {(props) => <textarea {...props} name="toelichting" rows={3} defaultValue={waarden?.toelichting ?? ""} />}
      </Field>
      <fieldset className="mb-2 rounded border border-slate-300 p-3">
        <legend className="px-1 text-sm font-semibold">Alleen bij Aandacht nodig, Vertraagd of Vervallen</legend>
        <Field className="mb-4" id={`${prefix}-oorzaak`} label="Oorzaak: wat is er aan de hand?" error={fouten?.oorzaak}>
          {(props) => <textarea {...props} name="oorzaak" rows={2} defaultValue={waarden?.oorzaak ?? ""} />}
        </Field>
        <Field className="mb-4" id={`${prefix}-gevolg`} label="Gevolg: wat betekent dit voor de actie?" error={fouten?.gevolg}>
          {(props) => <textarea {...props} name="gevolg" rows={2} defaultValue={waarden?.gevolg ?? ""} />}
        </Field>
        <Field className="mb-4" id={`${prefix}-bijsturing`} label="Bijsturing: wat gaat er gebeuren?" error={fouten?.bijsturing}>
          {(props) => <textarea {...props} name="bijsturing" rows={2} defaultValue={waarden?.bijsturing ?? ""} />}
        </Field>
      </fieldset>
    </>
  );
}

/** The form-level message of a refused post (e.g. a stale version), announced to screen readers. */
export function FormulierFout({ fouten }: { fouten?: FieldErrors }) {
  if (!fouten || Object.keys(fouten).length === 0) return null;
  return (
    <div role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-3">
      <p className="font-semibold text-red-900">{fouten.form ?? "Niet opgeslagen. Controleer de gemarkeerde velden."}</p>
    </div>
  );
}
