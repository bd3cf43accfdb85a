import type { KamerMijlpaal } from "../../domain/lokale-kamer/kamer.server";
import { formatDatum } from "../../domain/format";
import { ScrollRegion } from "../scroll-region";
import { MijlpaalStatusBadge, TeLaat } from "./mijlpaal-status-badge";

function hostVan(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export type GetoondeMijlpaal = KamerMijlpaal & { teLaat: boolean };

export function MijlpalenTabel({ gemeente, mijlpalen, magBewerken }: { gemeente: string; mijlpalen: GetoondeMijlpaal[]; magBewerken: boolean }) {
  if (mijlpalen.length === 0) {
    return <p className="mt-4">Er zijn nog geen mijlpalen: het sjabloon van de regio is leeg{magBewerken ? "; voeg hieronder een eigen mijlpaal toe" : ""}.</p>;
  }
  return (
    <ScrollRegion label={`Mijlpalen van de lokale kamer ${gemeente}`} className="mt-4">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Mijlpalen van de lokale kamer {gemeente}, met status, streefdatum, datum gereed en toelichting</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Nr.</th>
            <th scope="col" className="p-2">Mijlpaal</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Streefdatum</th>
            <th scope="col" className="p-2">Gereed op</th>
            <th scope="col" className="p-2">Toelichting of document</th>
            {magBewerken ? (
              <th scope="col" className="p-2">
                <span className="sr-only">Handeling</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {mijlpalen.map((m, i) => (
            <tr key={m.sleutel} className={`border-b border-slate-200 align-top ${m.teLaat ? "bg-red-50" : ""}`}>
              <td className="p-2">{i + 1}</td>
              <th scope="row" className="p-2 text-base font-semibold">
                {m.titel}
                {m.templateId === null ? <span className="mt-1 block text-xs font-normal text-slate-700">Eigen mijlpaal van de gemeente</span> : null}
                {m.templateId !== null && !m.inSjabloon ? (
                  <span className="mt-1 block text-xs font-normal text-slate-700">Niet meer in het sjabloon van de regio</span>
                ) : null}
                {m.omschrijving ? <span className="mt-1 block text-sm font-normal text-slate-700">{m.omschrijving}</span> : null}
              </th>
              <td className="p-2">
                <MijlpaalStatusBadge status={m.status} />
              </td>
              <td className="p-2 whitespace-nowrap">
                {m.streefdatum ? formatDatum(m.streefdatum) : <span className="text-slate-700">geen</span>}
                {m.teLaat ? <TeLaat /> : null}
              </td>
              <td className="p-2 whitespace-nowrap">{m.gereedOp ? formatDatum(m.gereedOp) : ""}</td>
              <td className="max-w-md p-2">
                {m.toelichting ? <p className="whitespace-pre-line">{m.toelichting}</p> : null}
                {m.documentUrl ? (
                  <a
                    href={m.documentUrl}
                    rel="noopener noreferrer nofollow"
                    className="inline-block py-1 break-all"
                    aria-label={`Document (${hostVan(m.documentUrl)}) bij ${m.titel}`}
                  >
                    Document ({hostVan(m.documentUrl)})
                  </a>
                ) : null}
              </td>
              {magBewerken ? (
                <td className="p-2">
                  <a
                    href={`?mijlpaal=${encodeURIComponent(m.sleutel)}#bewerken`}
                    className="inline-flex min-h-11 items-center whitespace-nowrap"
                    aria-label={`Bewerken: ${m.titel}`}
                  >
                    Bewerken
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
