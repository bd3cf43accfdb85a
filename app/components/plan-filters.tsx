import { Form, useLocation } from "react-router";
import { ACTIE_STATUSSEN } from "../../db/enums";
import { PARAM, SORTERINGEN, SORTERING_LABELS, trekkerWaarde, type PlanFilters } from "../domain/plan/plan-filter-namen";
import { STATUS_LABELS } from "../domain/status";
import { Button, Field } from "./form";

interface Keuze {
  id: number;
  naam: string;
}

export interface FilterKeuzelijsten {
  actielijnen: { id: number; code: string; titel: string }[];
  doelstellingen: { id: number; actielijnId: number; code: string; tekst: string }[];
  gemeenten: Keuze[];
  organisaties: Keuze[];
  eigenaren: Keuze[];
}

const kort = (tekst: string, max = 70) => (tekst.length > max ? `${tekst.slice(0, max - 1)}…` : tekst);

/**
 * A plain GET form: every filter ends up in the query string, so it works without JavaScript,
 * can be bookmarked, and the back button returns to the previous selection.
 */
export function PlanFilterFormulier({ filters, keuzes, wisUrl }: { filters: PlanFilters; keuzes: FilterKeuzelijsten; wisUrl: string }) {
  // Remount on every URL change so the controls show the filters of the page, also after "back".
  const { search } = useLocation();
  const waarde = (n?: number) => (n === undefined ? "" : String(n));

  return (
    <Form method="get" key={search} className="mt-3 rounded border border-slate-300 bg-white p-4">
      <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
        <Field name={PARAM.q} label="Zoeken" hint="In code, titel, omschrijving en beoogd resultaat">
          {(props) => <input {...props} type="search" defaultValue={filters.q ?? ""} maxLength={200} />}
        </Field>
        <Field name={PARAM.actielijn} label="Actielijn">
          {(props) => (
            <select {...props} defaultValue={waarde(filters.actielijn)}>
              <option value="">Alle actielijnen</option>
              {keuzes.actielijnen.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.code} {kort(l.titel)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name={PARAM.doelstelling} label="Doelstelling">
          {(props) => (
            <select {...props} defaultValue={waarde(filters.doelstelling)}>
              <option value="">Alle doelstellingen</option>
              {keuzes.actielijnen.map((l) => (
                <optgroup key={l.id} label={`Actielijn ${l.code}`}>
                  {keuzes.doelstellingen
                    .filter((d) => d.actielijnId === l.id)
                    .map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.code} {kort(d.tekst)}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field name={PARAM.trekker} label="Trekker">
          {(props) => (
            <select {...props} defaultValue={filters.trekker ? trekkerWaarde(filters.trekker) : ""}>
              <option value="">Alle trekkers</option>
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
        <Field name={PARAM.eigenaar} label="Eigenaar">
          {(props) => (
            <select {...props} defaultValue={waarde(filters.eigenaar)}>
              <option value="">Alle eigenaren</option>
              {keuzes.eigenaren.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.naam}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name={PARAM.niveau} label="Niveau">
          {(props) => (
            <select {...props} defaultValue={filters.niveau ?? ""}>
              <option value="">Regionaal en lokaal</option>
              <option value="regionaal">Regionaal</option>
              <option value="lokaal">Lokaal</option>
            </select>
          )}
        </Field>
        <Field
          name={PARAM.gemeente}
          label="Gemeente"
          hint="Lokale acties van de gemeente en regionale acties waarin zij trekker of partner is"
        >
          {(props) => (
            <select {...props} defaultValue={waarde(filters.gemeente)}>
              <option value="">Alle gemeenten</option>
              {keuzes.gemeenten.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.naam}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name={PARAM.van} label="Deadline vanaf">
          {(props) => <input {...props} type="date" defaultValue={filters.van ?? ""} />}
        </Field>
        <Field name={PARAM.tot} label="Deadline tot en met">
          {(props) => <input {...props} type="date" defaultValue={filters.tot ?? ""} />}
        </Field>
      </div>

      <div className="grid gap-x-6 sm:grid-cols-2">
        <fieldset className="mb-5">
          <legend className="mb-1 font-semibold">Status</legend>
          <div className="flex flex-wrap gap-x-4">
            {ACTIE_STATUSSEN.map((s) => (
              <label key={s} className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name={PARAM.status} value={s} defaultChecked={filters.status.includes(s)} className="size-5" />
                {STATUS_LABELS[s]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="mb-5">
          <legend className="mb-1 font-semibold">Signalen</legend>
          <div className="flex flex-wrap gap-x-4">
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name={PARAM.overDeadline} value="1" defaultChecked={filters.overDeadline} className="size-5" />
              Alleen over deadline
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name={PARAM.nietBijgewerkt} value="1" defaultChecked={filters.nietBijgewerkt} className="size-5" />
              Alleen niet bijgewerkt
            </label>
          </div>
        </fieldset>
      </div>

      <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
        <Field name={PARAM.sort} label="Sorteren op">
          {(props) => (
            <select {...props} defaultValue={filters.sort}>
              {SORTERINGEN.map((s) => (
                <option key={s} value={s}>
                  {SORTERING_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name={PARAM.richting} label="Volgorde">
          {(props) => (
            <select {...props} defaultValue={filters.richting}>
              <option value="op">Oplopend</option>
              <option value="af">Aflopend</option>
            </select>
          )}
        </Field>
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Filters toepassen</Button>
        <a href={wisUrl} className="inline-flex min-h-11 items-center">
          Filters wissen
        </a>
      </div>
    </Form>
  );
}
