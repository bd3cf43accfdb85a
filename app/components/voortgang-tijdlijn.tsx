import type { ActieStatus } from "../../db/enums";
import { formatDatum } from "../domain/format";
import { StatusBadge } from "./status-badge";

export interface TijdlijnItem {
  id: number;
  datum: string;
  statusVan: ActieStatus;
  statusNaar: ActieStatus;
  toelichting: string;
  oorzaak: string | null;
  gevolg: string | null;
  bijsturing: string | null;
  auteur: string;
  /** Set for an update of the same actie in an earlier year's plan (herkomst). */
  eerder: { jaar: number; code: string } | null;
}

/** Every voortgangsupdate of an actie, newest first, including those of the acties it continues. */
export function VoortgangTijdlijn({ items }: { items: TijdlijnItem[] }) {
  if (items.length === 0) {
    return <p className="mt-2">Er is nog geen voortgang gemeld.</p>;
  }
  return (
    <ol className="mt-3 space-y-4 border-l-2 border-slate-300 pl-5">
      {items.map((item) => (
        <li key={item.id} className="rounded border border-slate-300 bg-white p-4">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-semibold">{formatDatum(item.datum)}</span>
            <span className="text-slate-700">door {item.auteur}</span>
            {item.eerder ? (
              <span className="rounded border border-slate-400 bg-slate-100 px-2 text-sm text-slate-800">
                Uitvoeringsplan {item.eerder.jaar} · actie {item.eerder.code}
              </span>
            ) : null}
          </p>
          <p className="mt-2 flex flex-wrap items-center gap-2">
            <span className="sr-only">Status van</span>
            <StatusBadge status={item.statusVan} />
            <span aria-hidden="true">→</span>
            <span className="sr-only">naar</span>
            <StatusBadge status={item.statusNaar} />
          </p>
          {item.toelichting ? <p className="mt-2 whitespace-pre-line">{item.toelichting}</p> : null}
          {item.oorzaak || item.gevolg || item.bijsturing ? (
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
              {item.oorzaak ? (
                <>
                  <dt className="font-semibold">Oorzaak</dt>
                  <dd className="whitespace-pre-line">{item.oorzaak}</dd>
                </>
              ) : null}
              {item.gevolg ? (
                <>
                  <dt className="font-semibold">Gevolg</dt>
                  <dd className="whitespace-pre-line">{item.gevolg}</dd>
                </>
              ) : null}
              {item.bijsturing ? (
                <>
                  <dt className="font-semibold">Bijsturing</dt>
                  <dd className="whitespace-pre-line">{item.bijsturing}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
