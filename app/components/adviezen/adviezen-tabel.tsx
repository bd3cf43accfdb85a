import { Link } from "react-router";
import { SOORT_LABELS, type AdviesSoort } from "../../domain/adviezen/advies-labels";
import { formatDatum } from "../../domain/format";
import { ScrollRegion } from "../scroll-region";

export interface AdviesRij {
  id: number;
  soort: AdviesSoort;
  adviesraad: string;
  datum: string;
  onderwerp: string;
  open: number;
  overgenomen: number;
  deels: number;
  niet: number;
}

/** The register: one row per advies with how its points were processed. */
export function AdviezenTabel({ adviezen, regioSlug }: { adviezen: AdviesRij[]; regioSlug: string }) {
  return (
    <ScrollRegion label="Adviezen en zienswijzen" className="mt-4">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Adviezen en zienswijzen met het aantal punten per verwerking</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Onderwerp</th>
            <th scope="col" className="p-2">Van</th>
            <th scope="col" className="p-2">Datum</th>
            <th scope="col" className="p-2 text-right">Open</th>
            <th scope="col" className="p-2 text-right">Overgenomen</th>
            <th scope="col" className="p-2 text-right">Deels</th>
            <th scope="col" className="p-2 text-right">Niet</th>
          </tr>
        </thead>
        <tbody>
          {adviezen.map((a) => (
            <tr key={a.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 text-base font-semibold">
                <Link to={`/r/${regioSlug}/adviezen/${a.id}`}>{a.onderwerp}</Link>
              </th>
              <td className="p-2">
                {a.adviesraad}
                <span className="block text-xs text-slate-700">{SOORT_LABELS[a.soort]}</span>
              </td>
              <td className="whitespace-nowrap p-2">{formatDatum(a.datum)}</td>
              <td className={`p-2 text-right ${a.open > 0 ? "font-bold" : ""}`}>{a.open}</td>
              <td className="p-2 text-right">{a.overgenomen}</td>
              <td className="p-2 text-right">{a.deels}</td>
              <td className="p-2 text-right">{a.niet}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
