import { Form } from "react-router";
import { PRIVACY_HINT } from "../../domain/privacy";
import { Button } from "../form";
import { TekstVeld } from "./tekst-veld";
import { type FormulierStaat, veldId } from "./terugmelding";

const INTENT = "visie-bewerken";
const HINT_ID = "periode-hint";

interface VisieGegevens {
  titel: string;
  periodeStart: number;
  periodeEind: number;
  centraleAmbitie: string;
  vorige: string | null;
  planjaren: number[];
}

export function VisieGegevensFormulier({ visie, staat, bezig }: { visie: VisieGegevens; staat: FormulierStaat; bezig: boolean }) {
  const { errors, values } = staat;
  const id = (veld: string) => veldId(INTENT, "", veld);
  const jaarVeld = (veld: "periodeStart" | "periodeEind", label: string) => (
    <div className="mb-4">
      <label htmlFor={id(veld)} className="mb-1 block font-semibold">
        {label}
      </label>
      {errors?.[veld] ? (
        <p id={`${id(veld)}-error`} className="mb-1 text-sm font-semibold text-red-800">
          <span className="sr-only">Fout: </span>
          {errors[veld]}
        </p>
      ) : null}
      <input
        id={id(veld)}
        name={veld}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        required
        defaultValue={values?.[veld] ?? String(visie[veld])}
        aria-invalid={errors?.[veld] ? true : undefined}
        aria-describedby={
          [visie.planjaren.length > 0 ? HINT_ID : null, errors?.[veld] ? `${id(veld)}-error` : null].filter(Boolean).join(" ") ||
          undefined
        }
        className="block w-32 rounded border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
      />
    </div>
  );

  return (
    <Form method="post" noValidate key={`${visie.titel}-${visie.periodeStart}-${visie.periodeEind}-${visie.centraleAmbitie}`}>
      <input type="hidden" name="intent" value={INTENT} />
      <TekstVeld
        id={id("titel")}
        name="titel"
        label="Titel"
        maxLength={200}
        required
        defaultValue={values?.titel ?? visie.titel}
        error={errors?.titel}
      />
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold">Periode</legend>
        {visie.planjaren.length > 0 ? (
          <p id={HINT_ID} className="mb-2 text-sm text-slate-700">
            Er zijn uitvoeringsplannen voor {visie.planjaren.join(", ")}; de periode moet die jaren omvatten.
          </p>
        ) : null}
        <div className="flex flex-wrap gap-6">
          {jaarVeld("periodeStart", "Beginjaar")}
          {jaarVeld("periodeEind", "Eindjaar (tot en met)")}
        </div>
      </fieldset>
      <TekstVeld
        id={id("centraleAmbitie")}
        name="centraleAmbitie"
        label="Centrale ambitie"
        hint={PRIVACY_HINT}
        rijen={5}
        maxLength={4000}
        required
        defaultValue={values?.centraleAmbitie ?? visie.centraleAmbitie}
        error={errors?.centraleAmbitie}
      />
      <TekstVeld
        id={id("vorige")}
        name="vorige"
        label="Vorige regiovisie (optioneel)"
        hint="De titel van de regiovisie die deze opvolgt."
        maxLength={300}
        defaultValue={values?.vorige ?? visie.vorige ?? ""}
        error={errors?.vorige}
      />
      <Button type="submit" disabled={bezig}>
        Gegevens opslaan
      </Button>
    </Form>
  );
}
