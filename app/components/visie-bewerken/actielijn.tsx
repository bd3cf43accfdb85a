import { Form } from "react-router";
import { PRIVACY_HINT } from "../../domain/privacy";
import { Button } from "../form";
import { DoelstellingBewerken, type DoelstellingRij } from "./doelstelling";
import { FormulierFout } from "./formulier-fout";
import { KnopFormulier } from "./knop-formulier";
import { TekstVeld } from "./tekst-veld";
import { staatVan, type Terugmelding, veldId } from "./terugmelding";

export interface ActielijnRij {
  id: number;
  code: string;
  titel: string;
  omschrijving: string | null;
  verwijderbaar: boolean;
  doelstellingen: DoelstellingRij[];
}

interface Props {
  lijn: ActielijnRij;
  eerste: boolean;
  laatste: boolean;
  alleActielijnen: { id: number; code: string; titel: string }[];
  terug: Terugmelding | undefined;
  bezig: boolean;
}

export function ActielijnBewerken({ lijn, eerste, laatste, alleActielijnen, terug, bezig }: Props) {
  const doel = String(lijn.id);
  const bewerken = staatVan(terug, "actielijn-bewerken", doel);
  const nieuwDoel = staatVan(terug, "doelstelling-toevoegen", doel);
  const rijFout = ["actielijn-bewerken", "actielijn-verplaatsen", "actielijn-verwijderen"]
    .map((intent) => staatVan(terug, intent, doel).errors?.form)
    .find(Boolean);
  const naam = `Actielijn ${lijn.code}`;
  const kopId = `actielijn-${lijn.id}-kop`;
  const andere = alleActielijnen.filter((l) => l.id !== lijn.id);

  return (
    <section aria-labelledby={kopId} className="rounded border border-slate-400 bg-slate-50 p-5">
      <h3 id={kopId}>
        {naam}: {lijn.titel}
      </h3>
      <Form method="post" noValidate className="mt-3 max-w-3xl" key={`${lijn.titel}-${lijn.omschrijving ?? ""}`}>
        <input type="hidden" name="intent" value="actielijn-bewerken" />
        <input type="hidden" name="id" value={lijn.id} />
        <TekstVeld
          id={veldId("actielijn-bewerken", doel, "titel")}
          name="titel"
          label={`Titel van actielijn ${lijn.code}`}
          maxLength={200}
          required
          defaultValue={bewerken.values?.titel ?? lijn.titel}
          error={bewerken.errors?.titel}
        />
        <TekstVeld
          id={veldId("actielijn-bewerken", doel, "omschrijving")}
          name="omschrijving"
          label={`Omschrijving van actielijn ${lijn.code} (optioneel)`}
          rijen={3}
          maxLength={2000}
          defaultValue={bewerken.values?.omschrijving ?? lijn.omschrijving ?? ""}
          error={bewerken.errors?.omschrijving}
        />
        <Button type="submit" aria-label={`${naam} opslaan`} disabled={bezig}>
          Opslaan
        </Button>
      </Form>
      <div className="mt-3 flex flex-wrap gap-2">
        {!eerste ? (
          <KnopFormulier
            intent="actielijn-verplaatsen"
            velden={{ id: lijn.id, richting: "omhoog" }}
            tekst="Omhoog"
            toegankelijkeNaam={`${naam} omhoog`}
            bezig={bezig}
          />
        ) : null}
        {!laatste ? (
          <KnopFormulier
            intent="actielijn-verplaatsen"
            velden={{ id: lijn.id, richting: "omlaag" }}
            tekst="Omlaag"
            toegankelijkeNaam={`${naam} omlaag`}
            bezig={bezig}
          />
        ) : null}
        {lijn.verwijderbaar ? (
          <KnopFormulier
            intent="actielijn-verwijderen"
            velden={{ id: lijn.id }}
            tekst="Verwijderen"
            toegankelijkeNaam={`${naam} verwijderen`}
            variant="danger"
            bezig={bezig}
          />
        ) : null}
      </div>
      {!lijn.verwijderbaar ? (
        <p className="mt-2 text-sm text-slate-700">
          Deze actielijn heeft doelstellingen met acties en kan daarom niet worden verwijderd.
        </p>
      ) : null}
      <FormulierFout melding={rijFout} />

      <h4 className="mt-6 font-semibold">Doelstellingen van {naam.toLowerCase()}</h4>
      {lijn.doelstellingen.length === 0 ? <p className="mt-2">Deze actielijn heeft nog geen doelstellingen.</p> : null}
      <ol className="mt-3 space-y-3">
        {lijn.doelstellingen.map((d, i) => (
          <DoelstellingBewerken
            key={d.id}
            doelstelling={d}
            eerste={i === 0}
            laatste={i === lijn.doelstellingen.length - 1}
            andereActielijnen={andere}
            terug={terug}
            bezig={bezig}
          />
        ))}
      </ol>

      <Form method="post" noValidate className="mt-4 max-w-3xl" key={`nieuw-${lijn.doelstellingen.length}`}>
        <input type="hidden" name="intent" value="doelstelling-toevoegen" />
        <input type="hidden" name="actielijnId" value={lijn.id} />
        <TekstVeld
          id={veldId("doelstelling-toevoegen", doel, "tekst")}
          name="tekst"
          label={`Nieuwe doelstelling onder actielijn ${lijn.code}`}
          hint={PRIVACY_HINT}
          rijen={2}
          maxLength={2000}
          required
          defaultValue={nieuwDoel.values?.tekst ?? ""}
          error={nieuwDoel.errors?.tekst}
        />
        <Button type="submit" variant="secondary" aria-label={`Doelstelling toevoegen aan ${naam.toLowerCase()}`} disabled={bezig}>
          Doelstelling toevoegen
        </Button>
        <FormulierFout melding={nieuwDoel.errors?.form} />
      </Form>
    </section>
  );
}
