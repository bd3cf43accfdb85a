import type { ReactNode } from "react";
import { Form, useNavigation } from "react-router";
import { FINANCIERINGEN } from "../../db/enums";
import {
  FINANCIERING_LABELS,
  NIVEAU_LABELS,
  VELD_LABELS,
  type ActieKeuzes,
  type BewerkRuimte,
  type FormWaarden,
} from "../domain/acties/actie-schema";
import { PRIVACY_HINT } from "../domain/privacy";
import { Button, ErrorSummary, Field, type FieldErrors } from "./form";

interface ActieFormProps {
  modus: "nieuw" | "bewerken";
  planJaar: number;
  keuzes: ActieKeuzes;
  ruimte: BewerkRuimte;
  waarden: FormWaarden;
  errors?: FieldErrors;
  /** The version the form was loaded from (optimistic concurrency); only when editing. */
  version?: number;
  annuleerNaar: string;
}

function tekst(waarden: FormWaarden, naam: string): string {
  const w = waarden[naam];
  return Array.isArray(w) ? (w[0] ?? "") : (w ?? "");
}

/** Checkbox values come back as a list, or joined with ", " after a failed parse. */
function lijst(waarden: FormWaarden, naam: string): string[] {
  const w = waarden[naam];
  if (Array.isArray(w)) return w;
  return w ? w.split(", ").filter(Boolean) : [];
}

function Groep({
  id,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset id={id} tabIndex={-1} className="mb-6" aria-describedby={describedBy || undefined}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mb-1 text-sm font-semibold text-red-800">
          <span className="sr-only">Fout: </span>
          {error}
        </p>
      ) : null}
      <div className={error ? "border-l-4 border-red-700 pl-3" : undefined}>{children}</div>
    </fieldset>
  );
}

function Vinkje({ naam, waarde, gekozen, children }: { naam: string; waarde: string; gekozen: boolean; children: ReactNode }) {
  const id = `${naam}-${waarde.replace(":", "-")}`;
  return (
    <div className="flex min-h-11 items-start gap-2 py-1">
      <input id={id} type="checkbox" name={naam} value={waarde} defaultChecked={gekozen} className="mt-1 size-5 shrink-0" />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

/** The fields of an actie (DESIGN §3), for creating and editing. The status is not here: it changes by voortgang. */
export function ActieForm({ modus, planJaar, keuzes, ruimte, waarden, errors, version, annuleerNaar }: ActieFormProps) {
  const navigation = useNavigation();
  const bezig = navigation.state === "submitting";
  const doelen = new Set(lijst(waarden, "doelstellingIds"));
  const partners = new Set(lijst(waarden, "partners"));
  const niveau = tekst(waarden, "niveau");
  const niveaus = (["regionaal", "lokaal"] as const).filter((n) =>
    n === "regionaal" ? ruimte.regionaal || niveau === "regionaal" : ruimte.lokaleGemeenteIds.length > 0 || niveau === "lokaal",
  );
  const gekozenGemeente = tekst(waarden, "gemeenteId");
  const lokaleGemeenten = keuzes.gemeenten.filter(
    (g) => ruimte.lokaleGemeenteIds.includes(g.id) || String(g.id) === gekozenGemeente,
  );

  return (
    <Form method="post" noValidate className="max-w-3xl">
      <ErrorSummary errors={errors} labels={VELD_LABELS} />
      <input type="hidden" name="intent" value="opslaan" />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}

      {modus === "bewerken" ? (
        <Field name="code" label="Code" hint="Uniek binnen het uitvoeringsplan, bijvoorbeeld 2.3-04." error={errors?.code}>
          {(props) => <input {...props} type="text" defaultValue={tekst(waarden, "code")} className={`${props.className} max-w-48`} />}
        </Field>
      ) : null}

      <Field name="titel" label="Titel" error={errors?.titel}>
        {(props) => <input {...props} type="text" defaultValue={tekst(waarden, "titel")} />}
      </Field>

      <Field name="omschrijving" label="Omschrijving (optioneel)" hint={PRIVACY_HINT} error={errors?.omschrijving}>
        {(props) => <textarea {...props} rows={5} defaultValue={tekst(waarden, "omschrijving")} />}
      </Field>

      <Groep id="niveau" legend="Niveau" error={errors?.niveau}>
        {niveaus.map((n) => (
          <div key={n} className="flex min-h-11 items-center gap-2">
            <input id={`niveau-${n}`} type="radio" name="niveau" value={n} defaultChecked={niveau === n} className="size-5" />
            <label htmlFor={`niveau-${n}`}>{NIVEAU_LABELS[n]}</label>
          </div>
        ))}
      </Groep>

      <Field name="gemeenteId" label="Gemeente (bij een lokale actie)" hint="De gemeente waarvan dit de lokale invulling is." error={errors?.gemeenteId}>
        {(props) => (
          <select {...props} defaultValue={gekozenGemeente}>
            {ruimte.regionaal ? <option value="">Geen: regionale actie</option> : null}
            {lokaleGemeenten.map((g) => (
              <option key={g.id} value={g.id}>
                {g.naam}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Groep
        id="doelstellingIds"
        legend="Doelstellingen"
        hint="Kies ten minste één doelstelling. De eerste bepaalt de code van een nieuwe actie."
        error={errors?.doelstellingIds}
      >
        {keuzes.actielijnen.map((lijn) => (
          <fieldset key={lijn.id} className="mt-2">
            <legend className="font-semibold text-slate-800">
              Actielijn {lijn.code}: {lijn.titel}
            </legend>
            {lijn.doelstellingen
              .filter((d) => !d.ingetrokken || doelen.has(String(d.id)))
              .map((d) => (
                <Vinkje key={d.id} naam="doelstellingIds" waarde={String(d.id)} gekozen={doelen.has(String(d.id))}>
                  <span className="font-semibold">{d.code}</span> {d.tekst}
                  {d.ingetrokken ? <em className="ml-1">(ingetrokken)</em> : null}
                </Vinkje>
              ))}
          </fieldset>
        ))}
      </Groep>

      <Field name="eigenaarId" label="Eigenaar" hint="De persoon die verantwoordelijk is voor de actie." error={errors?.eigenaarId}>
        {(props) => (
          <select {...props} defaultValue={tekst(waarden, "eigenaarId")}>
            <option value="">Kies een eigenaar</option>
            {keuzes.gebruikers.map((g) => (
              <option key={g.id} value={g.id}>
                {g.naam}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field name="trekker" label="Trekker" hint="De gemeente of organisatie die de actie trekt." error={errors?.trekker}>
        {(props) => (
          <select {...props} defaultValue={tekst(waarden, "trekker")}>
            <option value="">Kies een trekker</option>
            <optgroup label="Gemeenten">
              {keuzes.gemeenten.map((g) => (
                <option key={g.id} value={`g:${g.id}`}>
                  {g.naam}
                </option>
              ))}
            </optgroup>
            <optgroup label="Organisaties">
              {keuzes.organisaties.map((o) => (
                <option key={o.id} value={`o:${o.id}`}>
                  {o.naam}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>

      <Groep id="partners" legend="Betrokken partners (optioneel)" hint="Niet de trekker zelf." error={errors?.partners}>
        <div className="grid gap-x-6 sm:grid-cols-2">
          <fieldset>
            <legend className="font-semibold text-slate-800">Gemeenten</legend>
            {keuzes.gemeenten.map((g) => (
              <Vinkje key={g.id} naam="partners" waarde={`g:${g.id}`} gekozen={partners.has(`g:${g.id}`)}>
                {g.naam}
              </Vinkje>
            ))}
          </fieldset>
          <fieldset>
            <legend className="font-semibold text-slate-800">Organisaties</legend>
            {keuzes.organisaties.map((o) => (
              <Vinkje key={o.id} naam="partners" waarde={`o:${o.id}`} gekozen={partners.has(`o:${o.id}`)}>
                {o.naam}
              </Vinkje>
            ))}
          </fieldset>
        </div>
      </Groep>

      <Field
        name="deadline"
        label="Deadline"
        hint={`Een datum in ${planJaar - 1}, ${planJaar} of ${planJaar + 1}.`}
        error={errors?.deadline}
      >
        {(props) => (
          <input
            {...props}
            type="date"
            min={`${planJaar - 1}-01-01`}
            max={`${planJaar + 1}-12-31`}
            defaultValue={tekst(waarden, "deadline")}
            className={`${props.className} max-w-48`}
          />
        )}
      </Field>

      <Field name="beoogdResultaat" label="Beoogd resultaat (optioneel)" hint={PRIVACY_HINT} error={errors?.beoogdResultaat}>
        {(props) => <textarea {...props} rows={3} defaultValue={tekst(waarden, "beoogdResultaat")} />}
      </Field>

      <Field name="indicator" label="Indicator (optioneel)" hint="Waaraan ziet u dat het resultaat is bereikt?" error={errors?.indicator}>
        {(props) => <textarea {...props} rows={2} defaultValue={tekst(waarden, "indicator")} />}
      </Field>

      <div className="grid gap-x-6 sm:grid-cols-2">
        <Field name="financiering" label="Financiering (optioneel)" error={errors?.financiering}>
          {(props) => (
            <select {...props} defaultValue={tekst(waarden, "financiering")}>
              <option value="">Geen of onbekend</option>
              {FINANCIERINGEN.map((f) => (
                <option key={f} value={f}>
                  {FINANCIERING_LABELS[f]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="bedrag" label="Bedrag in euro (optioneel)" hint="Bijvoorbeeld 25.000 of 1.234,56." error={errors?.bedrag}>
          {(props) => <input {...props} type="text" inputMode="decimal" defaultValue={tekst(waarden, "bedrag")} />}
        </Field>
      </div>

      <div className="mt-2 flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={bezig}>
          {bezig ? "Bezig met opslaan…" : modus === "nieuw" ? "Actie aanmaken" : "Wijzigingen opslaan"}
        </Button>
        <a href={annuleerNaar} className="inline-flex min-h-11 items-center">
          Annuleren
        </a>
      </div>
    </Form>
  );
}
