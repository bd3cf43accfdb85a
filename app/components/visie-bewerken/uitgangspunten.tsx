import { Form } from "react-router";
import { PRIVACY_HINT } from "../../domain/privacy";
import { Button } from "../form";
import { FormulierFout } from "./formulier-fout";
import { KnopFormulier } from "./knop-formulier";
import { TekstVeld } from "./tekst-veld";
import { staatVan, type Terugmelding, veldId } from "./terugmelding";

interface Uitgangspunt {
  id: number;
  tekst: string;
}

export function UitgangspuntenBewerken({
  uitgangspunten,
  terug,
  bezig,
}: {
  uitgangspunten: Uitgangspunt[];
  terug: Terugmelding | undefined;
  bezig: boolean;
}) {
  const nieuw = staatVan(terug, "uitgangspunt-toevoegen");
  return (
    <>
      {uitgangspunten.length === 0 ? <p className="mt-2">Er zijn nog geen uitgangspunten.</p> : null}
      <ol className="mt-4 space-y-4">
        {uitgangspunten.map((punt, i) => {
          const nummer = i + 1;
          const doel = String(punt.id);
          const bewerken = staatVan(terug, "uitgangspunt-bewerken", doel);
          const rijFout =
            staatVan(terug, "uitgangspunt-verplaatsen", doel).errors?.form ??
            staatVan(terug, "uitgangspunt-verwijderen", doel).errors?.form ??
            bewerken.errors?.form;
          return (
            <li key={punt.id} className="rounded border border-slate-300 bg-white p-4">
              <Form method="post" noValidate key={punt.tekst}>
                <input type="hidden" name="intent" value="uitgangspunt-bewerken" />
                <input type="hidden" name="id" value={punt.id} />
                <TekstVeld
                  id={veldId("uitgangspunt-bewerken", doel, "tekst")}
                  name="tekst"
                  label={`Uitgangspunt ${nummer}`}
                  rijen={2}
                  maxLength={1000}
                  required
                  defaultValue={bewerken.values?.tekst ?? punt.tekst}
                  error={bewerken.errors?.tekst}
                />
                <Button type="submit" aria-label={`Uitgangspunt ${nummer} opslaan`} disabled={bezig}>
                  Opslaan
                </Button>
              </Form>
              <div className="mt-3 flex flex-wrap gap-2">
                {i > 0 ? (
                  <KnopFormulier
                    intent="uitgangspunt-verplaatsen"
                    velden={{ id: punt.id, richting: "omhoog" }}
                    tekst="Omhoog"
                    toegankelijkeNaam={`Uitgangspunt ${nummer} omhoog`}
                    bezig={bezig}
                  />
                ) : null}
                {i < uitgangspunten.length - 1 ? (
                  <KnopFormulier
                    intent="uitgangspunt-verplaatsen"
                    velden={{ id: punt.id, richting: "omlaag" }}
                    tekst="Omlaag"
                    toegankelijkeNaam={`Uitgangspunt ${nummer} omlaag`}
                    bezig={bezig}
                  />
                ) : null}
                <KnopFormulier
                  intent="uitgangspunt-verwijderen"
                  velden={{ id: punt.id }}
                  tekst="Verwijderen"
                  toegankelijkeNaam={`Uitgangspunt ${nummer} verwijderen`}
                  variant="danger"
                  bezig={bezig}
                />
              </div>
              <FormulierFout melding={rijFout} />
            </li>
          );
        })}
      </ol>
      <div className="mt-6 max-w-3xl">
        <h3>Uitgangspunt toevoegen</h3>
        <Form method="post" noValidate className="mt-3" key={`nieuw-${uitgangspunten.length}`}>
          <input type="hidden" name="intent" value="uitgangspunt-toevoegen" />
          <TekstVeld
            id={veldId("uitgangspunt-toevoegen", "", "tekst")}
            name="tekst"
            label="Tekst van het nieuwe uitgangspunt"
            hint={PRIVACY_HINT}
            rijen={2}
            maxLength={1000}
            required
            defaultValue={nieuw.values?.tekst ?? ""}
            error={nieuw.errors?.tekst}
          />
          <Button type="submit" disabled={bezig}>
            Uitgangspunt toevoegen
          </Button>
        </Form>
        <FormulierFout melding={nieuw.errors?.form} />
      </div>
    </>
  );
}
