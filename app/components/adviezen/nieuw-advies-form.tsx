import { Form, useNavigation } from "react-router";
import {
  MAX_ADVIESRAAD,
  MAX_ONDERWERP,
  SOORT_LABELS,
  type AdviesSoort,
} from "../../domain/adviezen/advies-labels";
import { PRIVACY_HINT } from "../../domain/privacy";
import { Button, ErrorSummary, Field, type FieldErrors } from "../form";

export const NIEUW_ADVIES_LABELS = {
  soort: "Soort",
  adviesraad: "Naam van de adviesraad",
  gemeenteId: "Gemeente",
  datum: "Datum van het advies",
  onderwerp: "Onderwerp",
  punten: "Adviespunten",
};

const SOORTEN = Object.keys(SOORT_LABELS) as AdviesSoort[];

/** The summary lists the messages in the order of the fields, whichever check found them first. */
function inVeldvolgorde(errors?: FieldErrors): FieldErrors | undefined {
  if (!errors) return errors;
  const volgorde = ["form", ...Object.keys(NIEUW_ADVIES_LABELS)];
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => volgorde.indexOf(a) - volgorde.indexOf(b)));
}

/** Registers an advies with its points; works without JavaScript (both sender fields are shown). */
export function NieuwAdviesForm({
  gemeenten,
  vandaag,
  errors,
  values,
}: {
  gemeenten: { id: number; naam: string }[];
  vandaag: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
}) {
  const navigation = useNavigation();
  const soort = values?.soort ?? "adviesraad";
  const soortFout = errors?.soort;
  return (
    <section aria-labelledby="nieuw-advies" className="mt-10 max-w-2xl">
      <h2 id="nieuw-advies">Advies registreren</h2>
      <ErrorSummary errors={inVeldvolgorde(errors)} labels={NIEUW_ADVIES_LABELS} />
      <Form method="post" noValidate className="mt-4">
        <fieldset className="mb-5" aria-describedby={soortFout ? "soort-error" : undefined}>
          <legend className="mb-1 font-semibold">{NIEUW_ADVIES_LABELS.soort}</legend>
          {soortFout ? (
            <p id="soort-error" className="mb-1 text-sm font-semibold text-red-800">
              <span className="sr-only">Fout: </span>
              {soortFout}
            </p>
          ) : null}
          {SOORTEN.map((s, i) => (
            <label key={s} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="soort"
                value={s}
                id={i === 0 ? "soort" : undefined}
                defaultChecked={soort === s}
                className="h-5 w-5"
              />
              {SOORT_LABELS[s]}
            </label>
          ))}
        </fieldset>
        <Field
          name="adviesraad"
          label={NIEUW_ADVIES_LABELS.adviesraad}
          error={errors?.adviesraad}
          hint="Bij een zienswijze hoeft u dit niet in te vullen."
        >
          {(props) => <input {...props} type="text" maxLength={MAX_ADVIESRAAD} defaultValue={values?.adviesraad ?? ""} />}
        </Field>
        <Field
          name="gemeenteId"
          label={NIEUW_ADVIES_LABELS.gemeenteId}
          error={errors?.gemeenteId}
          hint="Verplicht bij een zienswijze. Bij een adviesraad: de gemeente waarvoor hij adviseert, als dat er één is."
        >
          {(props) => (
            <select {...props} defaultValue={values?.gemeenteId ?? ""}>
              <option value="">— Geen gemeente —</option>
              {gemeenten.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.naam}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="datum" label={NIEUW_ADVIES_LABELS.datum} error={errors?.datum}>
          {(props) => (
            <input {...props} type="date" required max={vandaag} defaultValue={values?.datum ?? ""} className={`${props.className} max-w-48`} />
          )}
        </Field>
        <Field name="onderwerp" label={NIEUW_ADVIES_LABELS.onderwerp} error={errors?.onderwerp} hint={PRIVACY_HINT}>
          {(props) => <input {...props} type="text" required maxLength={MAX_ONDERWERP} defaultValue={values?.onderwerp ?? ""} />}
        </Field>
        <Field
          name="punten"
          label={NIEUW_ADVIES_LABELS.punten}
          error={errors?.punten}
          hint={`Eén adviespunt per regel. ${PRIVACY_HINT}`}
        >
          {(props) => <textarea {...props} required rows={8} defaultValue={values?.punten ?? ""} />}
        </Field>
        <Button type="submit" disabled={navigation.state === "submitting"}>
          Advies registreren
        </Button>
      </Form>
    </section>
  );
}
