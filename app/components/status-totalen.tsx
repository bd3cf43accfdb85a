import { ACTIE_STATUSSEN } from "../../db/enums";
import type { StatusTotalen as Totalen } from "../domain/plan/plan-pagina.server";
import { STATUS_LABELS } from "../domain/status";

/**
 * Acties per status per actielijn, with a total row; the first column stays put when scrolling on a
 * phone. Headers link to the plan filtered on that actielijn or status (and keep the scrolling
 * table reachable by keyboard).
 */
export function StatusTotalen({ totalen, gefilterd, planUrl }: { totalen: Totalen; gefilterd: boolean; planUrl: string }) {
  return (
    <div className="mt-3 overflow-x-auto rounded border border-slate-300 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="p-2 text-left text-slate-700">
          Aantal acties per status en actielijn{gefilterd ? ", volgens de gekozen filters" : ""}. Een actie onder twee
          actielijnen telt in beide rijen mee, maar één keer in het totaal.
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="sticky left-0 bg-white p-2">
              Actielijn
            </th>
            {ACTIE_STATUSSEN.map((s) => (
              <th key={s} scope="col" className="p-2 text-right">
                <a href={`${planUrl}?status=${s}`}>{STATUS_LABELS[s]}</a>
              </th>
            ))}
            <th scope="col" className="p-2 text-right">
              Totaal
            </th>
          </tr>
        </thead>
        <tbody>
          {totalen.rijen.map((rij) => (
            <tr key={rij.id} className="border-b border-slate-200">
              <th scope="row" className="sticky left-0 bg-white p-2 font-semibold">
                <a href={`${planUrl}?actielijn=${rij.id}`}>
                  {rij.code} {rij.titel}
                </a>
              </th>
              {ACTIE_STATUSSEN.map((s) => (
                <td key={s} className="p-2 text-right tabular-nums">
                  {rij.perStatus[s]}
                </td>
              ))}
              <td className="p-2 text-right font-semibold tabular-nums">{rij.totaal}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400">
            <th scope="row" className="sticky left-0 bg-white p-2">
              Totaal
            </th>
            {ACTIE_STATUSSEN.map((s) => (
              <td key={s} className="p-2 text-right font-semibold tabular-nums">
                {totalen.totaal.perStatus[s]}
              </td>
            ))}
            <td className="p-2 text-right font-bold tabular-nums">{totalen.totaal.totaal}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
