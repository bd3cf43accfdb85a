import { Form } from "react-router";
import { PRIVACY_HINT } from "../../domain/privacy";
import { Button } from "../form";
import { FormulierFout } from "./formulier-fout";
import { TekstVeld } from "./tekst-veld";
import { type FormulierStaat, veldId } from "./terugmelding";

const INTENT = "actielijn-toevoegen";

export function NieuweActielijn({ aantal, staat, bezig }: { aantal: number; staat: FormulierStaat; bezig: boolean }) {
  const { errors, values } = staat;
  return (
    <Form method="post" noValidate className="mt-3 max-w-3xl" key={`nieuw-${aantal}`}>
      <input type="hidden" name="intent" value={INTENT} />
      <TekstVeld
        id={veldId(INTENT, "", "titel")}
        name="titel"
        label="Titel van de nieuwe actielijn"
        maxLength={200}
        required
        defaultValue={values?.titel ?? ""}
        error={errors?.titel}
      />
      <TekstVeld
        id={veldId(INTENT, "", "omschrijving")}
        name="omschrijving"
        label="Omschrijving (optioneel)"
        hint={PRIVACY_HINT}
        rijen={3}
        maxLength={2000}
        defaultValue={values?.omschrijving ?? ""}
        error={errors?.omschrijving}
      />
      <Button type="submit" disabled={bezig}>
        Actielijn toevoegen
      </Button>
      <FormulierFout melding={errors?.form} />
    </Form>
  );
}
