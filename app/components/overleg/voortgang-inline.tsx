import { useEffect, useRef, useState } from "react";
import { useFetcher } from "react-router";
import { ACTIE_STATUSSEN, type ActieStatus } from "../../../db/enums";
import { vraagtVerantwoording } from "../../domain/acties/status-regels";
import type { OverlegAntwoord } from "../../domain/overleg/overleg-antwoord";
import { PRIVACY_HINT } from "../../domain/privacy";
import { STATUS_LABELS } from "../../domain/status";
import { useGehydrateerd } from "../gehydrateerd";
import { Button, Field } from "../form";

export const voortgangFetcherKey = (actieId: number) =>
  `overleg-voortgang-${actieId}`;

interface VoortgangInlineProps {
  action: string;
  actieId: number;
  huidigeStatus: ActieStatus;
  idempotencyKey: string;
  datum: string;
  /** The answer to a plain POST (no JS) about this actie, to show its errors and keep the input. */
  eerderAntwoord?: OverlegAntwoord;
  /** Set right after this form saved: the new, empty form takes the focus, so it stays in the item. */
  neemFocus: boolean;
}

const VRAGEN = [
  ["oorzaak", "Wat is de oorzaak?"],
  ["gevolg", "Wat is het gevolg?"],
  ["bijsturing", "Hoe wordt bijgestuurd?"],
] as const;

/**
 * A compact voortgang form for one agendapunt. It posts to the overleg (so the update carries the
 * overleg) through a fetcher: no page reload, and the parent shows the new status while saving.
 * A failed save keeps the input and the idempotency key, so "Opnieuw proberen" cannot duplicate.
 */
export function VoortgangInline({
  action,
  actieId,
  huidigeStatus,
  idempotencyKey,
  datum,
  eerderAntwoord,
  neemFocus,
}: VoortgangInlineProps) {
  const fetcher = useFetcher<OverlegAntwoord>({
    key: voortgangFetcherKey(actieId),
  });
  const gehydrateerd = useGehydrateerd();
  const antwoord = fetcher.data ?? eerderAntwoord;
  const fout = antwoord && !antwoord.ok ? antwoord : undefined;
  const waarden = fout?.values ?? {};
  const [status, setStatus] = useState<ActieStatus>(
    (waarden.status as ActieStatus | undefined) ?? huidigeStatus,
  );
  const statusRef = useRef<HTMLSelectElement>(null);
  const id = (veld: string) => `${veld}-${actieId}`;

  useEffect(() => {
    if (neemFocus) statusRef.current?.focus();
  }, [neemFocus]);

  const verantwoordingZichtbaar = !gehydrateerd || vraagtVerantwoording(status);
  const bezig = fetcher.state !== "idle";

  return (
    <fetcher.Form
      method="post"
      action={action}
      noValidate
      className="no-print mt-3"
    >
      <input type="hidden" name="intent" value="voortgang" />
      <input type="hidden" name="actieId" value={actieId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="datum" value={datum} />
      {gehydrateerd ? (
        <input type="hidden" name="antwoord" value="data" />
      ) : null}
      {fout?.errors.form ? (
        <p
          role="alert"
          className="mb-3 rounded border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-900"
        >
          {fout.errors.form}
        </p>
      ) : null}
      <div className="grid gap-x-4 md:grid-cols-[14rem_1fr]">
        <Field className="mb-3"
          id={id("status")}
          label="Nieuwe status"
          error={fout?.errors.status}
        >
          {(props) => (
            <select
              {...props}
              ref={statusRef}
              name="status"
              value={status}
              onChange={(e) => setStatus(e.target.value as ActieStatus)}
            >
              {ACTIE_STATUSSEN.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field className="mb-3"
          id={id("toelichting")}
          label="Toelichting"
          hint={PRIVACY_HINT}
          error={fout?.errors.toelichting ?? fout?.errors.datum}
        >
          {(props) => (
            <textarea
              {...props}
              name="toelichting"
              rows={2}
              maxLength={4000}
              defaultValue={waarden.toelichting ?? ""}
              required
            />
          )}
        </Field>
      </div>
      {verantwoordingZichtbaar ? (
        <fieldset className="mt-1 grid gap-x-4 md:grid-cols-3">
          <legend className="mb-2 text-sm text-slate-700">
            Bij {STATUS_LABELS.aandacht}, {STATUS_LABELS.vertraagd} of{" "}
            {STATUS_LABELS.vervallen}: beantwoord ook deze vragen.
          </legend>
          {VRAGEN.map(([veld, vraag]) => (
            <Field className="mb-3"
              key={veld}
              id={id(veld)}
              label={vraag}
              error={fout?.errors[veld]}
            >
              {(props) => (
                <textarea
                  {...props}
                  name={veld}
                  rows={2}
                  maxLength={1000}
                  defaultValue={waarden[veld] ?? ""}
                />
              )}
            </Field>
          ))}
        </fieldset>
      ) : null}
      <Button
        type="submit"
        variant="secondary"
        aria-disabled={bezig || undefined}
        onClick={(e) => bezig && e.preventDefault()}
      >
        {bezig
          ? "Bezig met opslaan…"
          : fout
            ? "Opnieuw proberen"
            : "Voortgang opslaan"}
      </Button>
    </fetcher.Form>
  );
}
