import { useEffect, useRef, useState } from "react";
import { useActionData, useFetcher, useLocation } from "react-router";
import { ACTIE_STATUSSEN, type ActieStatus } from "../../db/enums";
import { vraagtVerantwoording } from "../domain/acties/status-regels";
import { vandaag } from "../domain/format";
import { PRIVACY_HINT } from "../domain/privacy";
import { STATUS_LABELS } from "../domain/status";
import { Button, Field, type FieldErrors } from "./form";
import { useGehydrateerd } from "./gehydrateerd";

/** What the actie route answers to a voortgang post (as fetcher data, or as action data without JS). */
export type VoortgangAntwoord =
  | { soort: "voortgang"; actieId: number; ok: true; status: ActieStatus; herhaald: boolean }
  | { soort: "voortgang"; actieId: number; ok: false; errors: FieldErrors; values?: Record<string, string> };

function isAntwoordVoor(data: unknown, actieId: number): data is VoortgangAntwoord {
  const d = data as Partial<VoortgangAntwoord> | undefined;
  return d?.soort === "voortgang" && d.actieId === actieId;
}

interface VoortgangFormProps {
  regioSlug: string;
  actieId: number;
  huidigeStatus: ActieStatus;
  idempotencyKey: string;
  compact?: boolean;
  onSaved?: (status: ActieStatus) => void;
}

/**
 * A voortgangsupdate: the only way to change the status of an actie. With JavaScript it posts in
 * the background and stays on the page; without, it is a plain form and the server redirects back.
 * A retry after a failure reuses the idempotency key, so it never creates a second update.
 */
export function VoortgangForm({ regioSlug, actieId, huidigeStatus, idempotencyKey, compact, onSaved }: VoortgangFormProps) {
  const fetcher = useFetcher<VoortgangAntwoord>();
  const actionData = useActionData();
  const location = useLocation();
  const metScript = useGehydrateerd();
  const actiePad = `/r/${regioSlug}/acties/${actieId}`;

  const zonderScript = isAntwoordVoor(actionData, actieId) ? actionData : undefined;
  const antwoord = isAntwoordVoor(fetcher.data, actieId) ? fetcher.data : zonderScript;
  const bezig = fetcher.state !== "idle";
  const fouten = antwoord && !antwoord.ok ? antwoord.errors : undefined;
  const waarden = antwoord && !antwoord.ok ? antwoord.values : undefined;
  const validatieFout = fouten && Object.keys(fouten).some((k) => k !== "form");

  const afgehandeld = useRef<unknown>(null);
  useEffect(() => {
    if (fetcher.state !== "idle" || !fetcher.data?.ok || afgehandeld.current === fetcher.data) return;
    afgehandeld.current = fetcher.data;
    onSaved?.(fetcher.data.status);
  }, [fetcher.state, fetcher.data, onSaved]);

  const p = `vg-${actieId}`;
  return (
    <div>
      <div role="status" className="empty:hidden">
        {antwoord?.ok && !bezig ? (
          <p className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold">
            Voortgang opgeslagen. De status is nu: {STATUS_LABELS[antwoord.status]}.
          </p>
        ) : null}
      </div>
      {fouten && !bezig ? (
        <div role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-3">
          <p className="font-semibold text-red-900">
            {fouten.form ?? "De voortgang is niet opgeslagen. Controleer de gemarkeerde velden."}
          </p>
          {!validatieFout ? (
            <Button type="submit" form={`${p}-form`} variant="secondary" className="mt-2">
              Opnieuw proberen
            </Button>
          ) : null}
        </div>
      ) : null}
      <fetcher.Form method="post" action={actiePad} id={`${p}-form`} noValidate>
        <input type="hidden" name="intent" value="voortgang" />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        {metScript ? <input type="hidden" name="antwoord" value="fetcher" /> : null}
        {location.pathname !== actiePad ? (
          <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
        ) : null}
        <VoortgangVelden
          key={`${idempotencyKey}-${huidigeStatus}`}
          prefix={p}
          huidigeStatus={huidigeStatus}
          compact={compact}
          metScript={metScript}
          fouten={fouten}
          waarden={waarden}
        />
        <Button type="submit" disabled={bezig}>
          {bezig ? "Bezig met opslaan…" : "Voortgang opslaan"}
        </Button>
      </fetcher.Form>
    </div>
  );
}

function VoortgangVelden({
  prefix,
  huidigeStatus,
  compact,
  metScript,
  fouten,
  waarden,
}: {
  prefix: string;
  huidigeStatus: ActieStatus;
  compact?: boolean;
  metScript: boolean;
  fouten?: FieldErrors;
  waarden?: Record<string, string>;
}) {
  const beginStatus = (ACTIE_STATUSSEN as readonly string[]).includes(waarden?.status ?? "")
    ? (waarden?.status as ActieStatus)
    : huidigeStatus;
  const [status, setStatus] = useState<ActieStatus>(beginStatus);
  // Without script every field is shown: the server decides whether the verantwoording is needed.
  const verbergVerantwoording = metScript && !vraagtVerantwoording(status);
  const vandaagDatum = vandaag();
  const regels = compact ? 2 : 4;

  return (
    <>
      <div className={compact ? "grid gap-x-4 sm:grid-cols-2" : "grid gap-x-4 sm:grid-cols-2 md:max-w-xl"}>
        <Field className="mb-4" id={`${prefix}-status`} label="Nieuwe status" error={fouten?.status}>
          {(props) => (
            <select {...props} name="status" value={status} onChange={(e) => setStatus(e.target.value as ActieStatus)}>
              {ACTIE_STATUSSEN.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field className="mb-4" id={`${prefix}-datum`} label="Datum" error={fouten?.datum}>
          {(props) => (
            <input {...props} type="date" name="datum" max={vandaagDatum} defaultValue={waarden?.datum ?? vandaagDatum} />
          )}
        </Field>
      </div>
      <Field className="mb-4" id={`${prefix}-toelichting`} label="Toelichting" hint={PRIVACY_HINT} error={fouten?.toelichting}>
        {(props) => <textarea {...props} name="toelichting" rows={regels} defaultValue={waarden?.toelichting ?? ""} />}
      </Field>
      <div hidden={verbergVerantwoording}>
        {metScript ? null : (
          <p className="mb-2 text-sm text-slate-700">
            Alleen invullen bij de status Aandacht nodig, Vertraagd of Vervallen.
          </p>
        )}
        <Field className="mb-4" id={`${prefix}-oorzaak`} label="Oorzaak: wat is er aan de hand?" error={fouten?.oorzaak}>
          {(props) => <textarea {...props} name="oorzaak" rows={2} disabled={verbergVerantwoording} defaultValue={waarden?.oorzaak ?? ""} />}
        </Field>
        <Field className="mb-4" id={`${prefix}-gevolg`} label="Gevolg: wat betekent dit voor de actie?" error={fouten?.gevolg}>
          {(props) => <textarea {...props} name="gevolg" rows={2} disabled={verbergVerantwoording} defaultValue={waarden?.gevolg ?? ""} />}
        </Field>
        <Field className="mb-4" id={`${prefix}-bijsturing`} label="Bijsturing: wat gaat er gebeuren?" error={fouten?.bijsturing}>
          {(props) => <textarea {...props} name="bijsturing" rows={2} disabled={verbergVerantwoording} defaultValue={waarden?.bijsturing ?? ""} />}
        </Field>
      </div>
    </>
  );
}
