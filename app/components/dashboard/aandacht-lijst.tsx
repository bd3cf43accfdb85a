import type { Aandachtspunt } from "../../domain/dashboard/dashboard.server";
import { formatDatum } from "../../domain/format";
import { StatusBadge } from "../status-badge";

/** A short list of acties that need a wethouder's eye, with their last toelichting. */
export function AandachtLijst({
  id,
  titel,
  punten,
  leeg,
  regioSlug,
  metToelichting,
}: {
  id: string;
  titel: string;
  punten: Aandachtspunt[];
  leeg: string;
  regioSlug: string;
  metToelichting?: boolean;
}) {
  return (
    <section aria-labelledby={id} className="rounded border border-slate-300 bg-white p-4">
      <h3 id={id}>
        {titel} <span className="font-normal text-slate-700">({punten.length})</span>
      </h3>
      {punten.length === 0 ? (
        <p className="mt-2 text-slate-700">{leeg}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200">
          {punten.map((p) => (
            <li key={p.id} className="py-2">
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={p.status} />
                <a href={`/r/${regioSlug}/acties/${p.id}`}>
                  {p.code} {p.titel}
                </a>
              </div>
              <p className="mt-1 text-sm text-slate-700">
                Deadline {formatDatum(p.deadline)}
                {p.laatsteVoortgang ? ` · laatst bijgewerkt ${formatDatum(p.laatsteVoortgang)}` : " · nog nooit bijgewerkt"}
              </p>
              {metToelichting && p.toelichting ? <p className="mt-1 text-sm">{p.toelichting}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
