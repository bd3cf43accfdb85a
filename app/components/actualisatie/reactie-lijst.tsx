import { Form } from "react-router";
import type { Afstemming } from "../../domain/actualisatie/reacties.server";
import { AFHANDELING_LABELS, type ReactieAfhandeling } from "../../domain/actualisatie/labels";
import { formatTijdstip } from "../../domain/format";
import { PRIVACY_HINT } from "../../domain/privacy";
import { Button } from "../form";

interface Props {
  basis: string;
  reacties: Afstemming["reacties"];
  magBeantwoorden: boolean;
  bezig: boolean;
  /** The answer form that was refused, to show its messages and keep what was typed. */
  fout: { reactieId: string; errors: Record<string, string | undefined>; values: Record<string, string> } | null;
}

export function ReactieLijst({ basis, reacties, magBeantwoorden, bezig, fout }: Props) {
  if (reacties.length === 0) return <p className="mt-2">Er zijn nog geen reacties.</p>;
  return (
    <ol className="mt-3 space-y-4">
      {reacties.map((r) => {
        const eigenFout = fout && fout.reactieId === String(r.id) ? fout : null;
        return (
          <li key={r.id} id={`reactie-${r.id}`} className="rounded border border-slate-300 bg-white p-4">
            <h3 className="text-base">
              {r.gemeente ?? r.organisatie ?? "Onbekend"} — {r.auteur}
            </h3>
            <p className="text-sm text-slate-700">
              {formatTijdstip(r.aangemaaktOp)} · over{" "}
              {r.actieId !== null ? (
                <a href={`${basis}/acties/${r.actieId}`}>
                  actie {r.actieCode} {r.actieTitel}
                </a>
              ) : (
                "het plan als geheel"
              )}
            </p>
            <p className="mt-2 whitespace-pre-line">{r.tekst}</p>
            {r.afhandeling ? (
              <div className="mt-3 border-l-4 border-primary-700 pl-3">
                <p className="font-semibold">
                  {AFHANDELING_LABELS[r.afhandeling]}
                  {r.beantwoordDoor ? ` — ${r.beantwoordDoor}` : ""}
                  {r.beantwoordOp ? `, ${formatTijdstip(r.beantwoordOp)}` : ""}
                </p>
                <p className="whitespace-pre-line">{r.antwoord}</p>
              </div>
            ) : (
              <p className="mt-3 font-semibold text-amber-950">Open: nog niet beantwoord</p>
            )}
            {magBeantwoorden ? <AntwoordFormulier reactieId={r.id} huidig={r} fout={eigenFout} bezig={bezig} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

function AntwoordFormulier({
  reactieId,
  huidig,
  fout,
  bezig,
}: {
  reactieId: number;
  huidig: { afhandeling: ReactieAfhandeling | null; antwoord: string | null };
  fout: Props["fout"];
  bezig: boolean;
}) {
  const id = (naam: string) => `${naam}-${reactieId}`;
  const errors = fout?.errors ?? {};
  const afhandeling = fout?.values.afhandeling ?? huidig.afhandeling ?? "";
  return (
    <details className="no-print mt-3" open={fout !== null || huidig.afhandeling === null}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary-700 underline">
        {huidig.afhandeling ? "Antwoord wijzigen" : "Beantwoorden"}
      </summary>
      <Form method="post" noValidate className="mt-2">
        <input type="hidden" name="intent" value="antwoord" />
        <input type="hidden" name="reactieId" value={reactieId} />
        {errors.form || errors.reactieId ? (
          <p role="alert" className="mb-2 font-semibold text-red-800">
            {errors.form ?? errors.reactieId}
          </p>
        ) : null}
        <fieldset className="mb-3" aria-describedby={errors.afhandeling ? id("afhandeling-error") : undefined}>
          <legend className="font-semibold">Verwerking</legend>
          {errors.afhandeling ? (
            <p id={id("afhandeling-error")} className="text-sm font-semibold text-red-800">
              <span className="sr-only">Fout: </span>
              {errors.afhandeling}
            </p>
          ) : null}
          <div className="mt-1 flex flex-wrap gap-x-6">
            {(Object.keys(AFHANDELING_LABELS) as ReactieAfhandeling[]).map((a) => (
              <label key={a} className="inline-flex min-h-11 items-center gap-2">
                <input type="radio" name="afhandeling" value={a} defaultChecked={afhandeling === a} className="h-5 w-5" />
                {AFHANDELING_LABELS[a]}
              </label>
            ))}
          </div>
        </fieldset>
        <label htmlFor={id("antwoord")} className="block font-semibold">
          Antwoord
        </label>
        <p id={id("antwoord-hint")} className="text-sm text-slate-700">
          {PRIVACY_HINT}
        </p>
        {errors.antwoord ? (
          <p id={id("antwoord-error")} className="text-sm font-semibold text-red-800">
            <span className="sr-only">Fout: </span>
            {errors.antwoord}
          </p>
        ) : null}
        <textarea
          id={id("antwoord")}
          name="antwoord"
          rows={3}
          maxLength={4000}
          defaultValue={fout?.values.antwoord ?? huidig.antwoord ?? ""}
          aria-invalid={errors.antwoord ? true : undefined}
          aria-describedby={[id("antwoord-hint"), errors.antwoord ? id("antwoord-error") : null].filter(Boolean).join(" ")}
          className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
        />
        <Button type="submit" className="mt-3" disabled={bezig}>
          Antwoord opslaan
        </Button>
      </Form>
    </details>
  );
}
