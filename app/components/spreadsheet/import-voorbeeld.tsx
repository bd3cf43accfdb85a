import type { ActieStatus } from "../../../db/enums";
import { formatDatum } from "../../domain/format";
import { ScrollRegion } from "../scroll-region";
import { StatusBadge } from "../status-badge";

export interface VoorbeeldRij {
  rij: number;
  fouten: string[];
  meldingen: string[];
  weergave: {
    titel: string;
    doelstellingen: string;
    niveau: string;
    trekker: string;
    eigenaar: string;
    deadline: string | null;
    status: ActieStatus | null;
  };
}

/** Step 3: every row as it would be imported, with its problems in words (never colour alone). */
export function ImportVoorbeeld({ rijen }: { rijen: VoorbeeldRij[] }) {
  return (
    <ScrollRegion label="Controle van de rijen" className="mt-4 rounded border border-slate-300 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="p-2 text-left text-slate-700">
          Elke rij van het bestand zoals die wordt geïmporteerd. Rijnummers zijn die van het bestand.
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Rij</th>
            <th scope="col" className="p-2">Controle</th>
            <th scope="col" className="p-2">Titel</th>
            <th scope="col" className="p-2">Doelstelling</th>
            <th scope="col" className="p-2">Niveau</th>
            <th scope="col" className="p-2">Trekker</th>
            <th scope="col" className="p-2">Eigenaar</th>
            <th scope="col" className="p-2">Deadline</th>
            <th scope="col" className="p-2">Status</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.rij} id={`rij-${r.rij}`} className={`border-b border-slate-200 align-top ${r.fouten.length > 0 ? "bg-red-50" : ""}`}>
              <th scope="row" className="p-2 font-semibold">
                {r.rij}
              </th>
              <td className="p-2">
                {r.fouten.length === 0 ? (
                  <span className="font-semibold text-green-900">
                    <span aria-hidden="true">✓ </span>OK
                  </span>
                ) : (
                  <ul className="space-y-1">
                    {r.fouten.map((f, i) => (
                      <li key={i} className="font-semibold text-red-800">
                        Fout: {f}
                      </li>
                    ))}
                  </ul>
                )}
                {r.meldingen.length > 0 ? (
                  <ul className="mt-1 space-y-1">
                    {r.meldingen.map((m, i) => (
                      <li key={i} className="text-slate-800">
                        Let op: {m}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
              <td className="p-2">{r.weergave.titel || <span className="text-slate-700">(leeg)</span>}</td>
              <td className="p-2">{r.weergave.doelstellingen}</td>
              <td className="p-2">{r.weergave.niveau}</td>
              <td className="p-2">{r.weergave.trekker}</td>
              <td className="p-2">{r.weergave.eigenaar}</td>
              <td className="whitespace-nowrap p-2">{r.weergave.deadline ? formatDatum(r.weergave.deadline) : ""}</td>
              <td className="p-2">{r.weergave.status ? <StatusBadge status={r.weergave.status} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
