import type { GeschiedenisRegel } from "../../domain/lokale-kamer/geschiedenis.server";
import { formatTijdstip } from "../../domain/format";

export function GeschiedenisLijst({ regels }: { regels: GeschiedenisRegel[] }) {
  if (regels.length === 0) return <p className="mt-2">Nog geen wijzigingen: de lokale kamer wordt aangemaakt bij de eerste wijziging.</p>;
  return (
    <ol className="mt-4 space-y-3">
      {regels.map((r) => (
        <li key={r.id} className="rounded border border-slate-300 bg-white p-3">
          <p className="text-sm text-slate-700">
            <time dateTime={r.tijdstip}>{formatTijdstip(r.tijdstip)}</time> door {r.door ?? "het systeem"}
          </p>
          <p className="font-semibold">
            {r.omschrijving}
            {r.mijlpaal ? `: ${r.mijlpaal}` : ""}
          </p>
          {r.wijzigingen.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {r.wijzigingen.map((w) => (
                <li key={w.veld}>
                  <span className="font-semibold">{w.label}:</span> {w.van} <span aria-hidden="true">→</span>
                  <span className="sr-only">werd</span> {w.naar}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
