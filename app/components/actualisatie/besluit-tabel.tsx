import type { BesluitSchermRij } from "../../domain/actualisatie/besluiten.server";
import { BESLUIT_LABELS } from "../../domain/actualisatie/labels";
import { formatDatum } from "../../domain/format";
import { ScrollRegion } from "../scroll-region";
import { StatusBadge } from "../status-badge";

interface Props {
  basis: string;
  jaar: number;
  rijen: BesluitSchermRij[];
  eigenaren: { id: number; naam: string }[];
  bewerkbaar: boolean;
  errors?: Record<string, string | undefined>;
  values?: Record<string, string>;
}

const CEL = "p-2 align-top";
const CONTROL = "block w-full min-h-11 rounded border border-slate-500 bg-white px-2 py-1 text-sm text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/** A control with a label for screen readers (the column header says it for sighted users) and its error. */
function Cel({ naam, label, error, children }: { naam: string; label: string; error?: string; children: (props: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string }) => React.ReactNode }) {
  return (
    <>
      <label htmlFor={naam} className="sr-only">
        {label}
      </label>
      {error ? (
        <p id={`${naam}-error`} className="mb-1 text-sm font-semibold text-red-800">
          <span className="sr-only">Fout: </span>
          {error}
        </p>
      ) : null}
      {children({ id: naam, name: naam, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${naam}-error` : undefined, className: CONTROL })}
    </>
  );
}

/** One row per open actie of plan N, with its decision controls; everything is saved with one button. */
export function BesluitTabel({ basis, jaar, rijen, eigenaren, bewerkbaar, errors, values }: Props) {
  const waarde = (naam: string, standaard: string) => values?.[naam] ?? standaard;
  return (
    <ScrollRegion label={`Besluiten over de open acties van ${jaar - 1}`} className="rounded border border-slate-300 bg-white">
      <table className="w-full min-w-[72rem] border-collapse text-left text-sm">
        <caption className="sr-only">Open acties van {jaar - 1} met het besluit voor {jaar}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className={CEL}>
              Code
            </th>
            <th scope="col" className={CEL}>
              Actie in {jaar - 1}
            </th>
            <th scope="col" className={CEL}>
              Status
            </th>
            <th scope="col" className={`${CEL} w-44`}>
              Besluit
            </th>
            <th scope="col" className={`${CEL} w-40`}>
              Deadline in {jaar}
            </th>
            <th scope="col" className={`${CEL} w-48`}>
              Eigenaar in {jaar}
            </th>
            <th scope="col" className={`${CEL} w-64`}>
              Reden
            </th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <th scope="row" className={`${CEL} whitespace-nowrap font-semibold`}>
                {r.code}
                <input type="hidden" name="rij" value={r.id} />
              </th>
              <td className={`${CEL} min-w-[16rem]`}>
                <a href={`${basis}/acties/${r.id}`}>{r.titel}</a>
                <p className="text-slate-700">
                  Deadline {formatDatum(r.deadline)} · {r.eigenaarNaam}
                </p>
                {r.kopie ? (
                  <p className="mt-1">
                    In {jaar}: <a href={`${basis}/acties/${r.kopie.id}`}>actie {r.kopie.code}</a>
                    {r.kopie.heeftVoortgang ? " (heeft al voortgang)" : ""} ·{" "}
                    <a href={`${basis}/acties/${r.kopie.id}/bewerken`}>
                      bewerken<span className="sr-only"> actie {r.kopie.code} in {jaar}</span>
                    </a>
                  </p>
                ) : null}
                {r.onbeslist ? <p className="mt-1 font-semibold text-amber-950">Nog geen besluit</p> : null}
              </td>
              <td className={CEL}>
                <StatusBadge status={r.status} />
              </td>
              <td className={CEL}>
                <Cel naam={`besluit-${r.id}`} label={`Besluit over ${r.code}`} error={errors?.[`besluit-${r.id}`]}>
                  {(props) => (
                    <select {...props} defaultValue={waarde(`besluit-${r.id}`, r.besluit ?? "")} disabled={!bewerkbaar}>
                      <option value="">Nog geen besluit</option>
                      {(Object.keys(BESLUIT_LABELS) as (keyof typeof BESLUIT_LABELS)[]).map((b) => (
                        <option key={b} value={b}>
                          {BESLUIT_LABELS[b]}
                        </option>
                      ))}
                    </select>
                  )}
                </Cel>
              </td>
              <td className={CEL}>
                <Cel naam={`deadline-${r.id}`} label={`Nieuwe deadline van ${r.code} bij doorzetten`} error={errors?.[`deadline-${r.id}`]}>
                  {(props) => <input {...props} type="date" defaultValue={waarde(`deadline-${r.id}`, r.kopie?.deadline ?? "")} disabled={!bewerkbaar} />}
                </Cel>
              </td>
              <td className={CEL}>
                <Cel naam={`eigenaar-${r.id}`} label={`Eigenaar van ${r.code} bij doorzetten`} error={errors?.[`eigenaar-${r.id}`]}>
                  {(props) => (
                    <select {...props} defaultValue={waarde(`eigenaar-${r.id}`, r.kopie ? String(r.kopie.eigenaarId) : "")} disabled={!bewerkbaar}>
                      <option value="">Zelfde eigenaar</option>
                      {eigenaren.map((g) => (
                        <option key={g.id} value={g.id}>
                          {g.naam}
                        </option>
                      ))}
                    </select>
                  )}
                </Cel>
              </td>
              <td className={CEL}>
                <Cel naam={`reden-${r.id}`} label={`Reden bij ${r.code} (verplicht bij vervallen)`} error={errors?.[`reden-${r.id}`]}>
                  {(props) => <input {...props} type="text" maxLength={1000} defaultValue={waarde(`reden-${r.id}`, r.reden ?? "")} disabled={!bewerkbaar} />}
                </Cel>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="p-2 text-sm text-slate-700">Laat deadline en eigenaar leeg om die van {jaar - 1} over te nemen. Geen namen van inwoners, BSN-nummers of casusgegevens in de reden.</p>
    </ScrollRegion>
  );
}
