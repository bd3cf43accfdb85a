import { Form } from "react-router";
import { Button } from "../form";
import { FormulierFout } from "./formulier-fout";
import { KnopFormulier } from "./knop-formulier";
import { TekstVeld } from "./tekst-veld";
import { staatVan, type Terugmelding, veldId } from "./terugmelding";

export interface DoelstellingRij {
  id: number;
  code: string;
  tekst: string;
  ingetrokken: boolean;
  aantalActies: number;
}

interface Props {
  doelstelling: DoelstellingRij;
  eerste: boolean;
  laatste: boolean;
  andereActielijnen: { id: number; code: string; titel: string }[];
  terug: Terugmelding | undefined;
  bezig: boolean;
}

const RIJ_INTENTS = [
  "doelstelling-bewerken",
  "doelstelling-verplaatsen",
  "doelstelling-naar-actielijn",
  "doelstelling-verwijderen",
  "doelstelling-intrekken",
  "doelstelling-activeren",
];

export function DoelstellingBewerken({ doelstelling: d, eerste, laatste, andereActielijnen, terug, bezig }: Props) {
  const doel = String(d.id);
  const bewerken = staatVan(terug, "doelstelling-bewerken", doel);
  const verplaatsen = staatVan(terug, "doelstelling-naar-actielijn", doel);
  const rijFout = RIJ_INTENTS.map((intent) => staatVan(terug, intent, doel).errors?.form).find(Boolean);
  const naam = `Doelstelling ${d.code}`;
  const selectId = veldId("doelstelling-naar-actielijn", doel, "actielijnId");
  const selectFout = verplaatsen.errors?.actielijnId;

  return (
    <li className="rounded border border-slate-300 bg-white p-4">
      <Form method="post" noValidate key={d.tekst}>
        <input type="hidden" name="intent" value="doelstelling-bewerken" />
        <input type="hidden" name="id" value={d.id} />
        <TekstVeld
          id={veldId("doelstelling-bewerken", doel, "tekst")}
          name="tekst"
          label={`${naam}${d.ingetrokken ? " (ingetrokken)" : ""}`}
          hint={
            d.aantalActies > 0
              ? `Gekoppeld aan ${d.aantalActies} ${d.aantalActies === 1 ? "actie" : "acties"}.`
              : "Nog niet gekoppeld aan acties."
          }
          rijen={2}
          maxLength={2000}
          required
          defaultValue={bewerken.values?.tekst ?? d.tekst}
          error={bewerken.errors?.tekst}
        />
        <Button type="submit" aria-label={`${naam} opslaan`} disabled={bezig}>
          Opslaan
        </Button>
      </Form>

      <div className="mt-3 flex flex-wrap items-end gap-2">
        {!eerste ? (
          <KnopFormulier
            intent="doelstelling-verplaatsen"
            velden={{ id: d.id, richting: "omhoog" }}
            tekst="Omhoog"
            toegankelijkeNaam={`${naam} omhoog`}
            bezig={bezig}
          />
        ) : null}
        {!laatste ? (
          <KnopFormulier
            intent="doelstelling-verplaatsen"
            velden={{ id: d.id, richting: "omlaag" }}
            tekst="Omlaag"
            toegankelijkeNaam={`${naam} omlaag`}
            bezig={bezig}
          />
        ) : null}
        {d.aantalActies === 0 ? (
          <KnopFormulier
            intent="doelstelling-verwijderen"
            velden={{ id: d.id }}
            tekst="Verwijderen"
            toegankelijkeNaam={`${naam} verwijderen`}
            variant="danger"
            bezig={bezig}
          />
        ) : null}
        {d.ingetrokken ? (
          <KnopFormulier
            intent="doelstelling-activeren"
            velden={{ id: d.id }}
            tekst="Weer activeren"
            toegankelijkeNaam={`${naam} weer activeren`}
            bezig={bezig}
          />
        ) : d.aantalActies > 0 || rijFout ? (
          <KnopFormulier
            intent="doelstelling-intrekken"
            velden={{ id: d.id }}
            tekst="Intrekken"
            toegankelijkeNaam={`${naam} intrekken`}
            bezig={bezig}
          />
        ) : null}
      </div>

      {andereActielijnen.length > 0 ? (
        <Form method="post" noValidate className="mt-3 flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value="doelstelling-naar-actielijn" />
          <input type="hidden" name="id" value={d.id} />
          <div>
            <label htmlFor={selectId} className="mb-1 block font-semibold">
              {naam} verplaatsen naar
            </label>
            {selectFout ? (
              <p id={`${selectId}-error`} className="mb-1 text-sm font-semibold text-red-800">
                <span className="sr-only">Fout: </span>
                {selectFout}
              </p>
            ) : null}
            <select
              id={selectId}
              name="actielijnId"
              aria-invalid={selectFout ? true : undefined}
              aria-describedby={selectFout ? `${selectId}-error` : undefined}
              className="block min-h-11 rounded border border-slate-500 bg-white px-3 py-2 text-base text-slate-900"
            >
              {andereActielijnen.map((lijn) => (
                <option key={lijn.id} value={lijn.id}>
                  Actielijn {lijn.code}: {lijn.titel}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" aria-label={`${naam} verplaatsen naar de gekozen actielijn`} disabled={bezig}>
            Verplaatsen
          </Button>
        </Form>
      ) : null}
      <FormulierFout melding={rijFout} />
    </li>
  );
}
