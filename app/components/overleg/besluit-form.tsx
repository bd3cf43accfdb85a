import { useEffect, useRef } from "react";
import { useFetcher } from "react-router";
import type { OverlegAntwoord } from "../../domain/overleg/overleg-antwoord";
import { PRIVACY_HINT } from "../../domain/privacy";
import { useGehydrateerd } from "../gehydrateerd";
import { Button, Field } from "../form";

export const besluitFetcherKey = (actieId: number | null) =>
  `overleg-besluit-${actieId ?? "algemeen"}`;

interface BesluitFormProps {
  action: string;
  /** The actie the besluit is about; null for a general besluit. */
  actieId: number | null;
  idempotencyKey: string;
  eerderAntwoord?: OverlegAntwoord;
  neemFocus: boolean;
}

/** Announces a besluit being recorded and recorded, for an agendapunt and for the general besluiten alike. */
export function BesluitMelding({ bezig, vastgelegd }: { bezig: boolean; vastgelegd: boolean }) {
  return (
    <p role="status" className="agendapunt-melding">
      {bezig ? "Besluit wordt vastgelegd…" : vastgelegd ? "Besluit vastgelegd." : ""}
    </p>
  );
}

/** Records a besluit without leaving the agenda; same saving pattern as the voortgang form. */
export function BesluitForm({
  action,
  actieId,
  idempotencyKey,
  eerderAntwoord,
  neemFocus,
}: BesluitFormProps) {
  const fetcher = useFetcher<OverlegAntwoord>({
    key: besluitFetcherKey(actieId),
  });
  const gehydrateerd = useGehydrateerd();
  const antwoord = fetcher.data ?? eerderAntwoord;
  const fout = antwoord && !antwoord.ok ? antwoord : undefined;
  const tekstRef = useRef<HTMLTextAreaElement>(null);
  const bezig = fetcher.state !== "idle";
  const id = `besluit-${actieId ?? "algemeen"}`;

  useEffect(() => {
    if (neemFocus) tekstRef.current?.focus();
  }, [neemFocus]);

  return (
    <fetcher.Form
      method="post"
      action={action}
      noValidate
      className="no-print mt-3"
    >
      <input type="hidden" name="intent" value="besluit" />
      {actieId !== null ? (
        <input type="hidden" name="actieId" value={actieId} />
      ) : null}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {gehydrateerd ? (
        <input type="hidden" name="antwoord" value="data" />
      ) : null}
      {fout?.errors.form || fout?.errors.actieId ? (
        <p
          role="alert"
          className="mb-3 rounded border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-900"
        >
          {fout.errors.form ?? fout.errors.actieId}
        </p>
      ) : null}
      <Field className="mb-3"
        id={id}
        label={
          actieId === null ? "Algemeen besluit" : "Besluit over deze actie"
        }
        hint={PRIVACY_HINT}
        error={fout?.errors.tekst}
      >
        {(props) => (
          <textarea
            {...props}
            ref={tekstRef}
            name="tekst"
            rows={2}
            maxLength={4000}
            defaultValue={fout?.values.tekst ?? ""}
            required
          />
        )}
      </Field>
      <Button
        type="submit"
        variant="secondary"
        aria-disabled={bezig || undefined}
        onClick={(e) => bezig && e.preventDefault()}
      >
        {bezig
          ? "Bezig met vastleggen…"
          : fout
            ? "Opnieuw proberen"
            : "Besluit vastleggen"}
      </Button>
    </fetcher.Form>
  );
}
