import { ACTIE_STATUSSEN } from "../../../db/enums";
import type { Dashboard } from "../../domain/dashboard/dashboard.server";
import { verschilTekst } from "../../domain/dashboard/stand";
import { formatDatum } from "../../domain/format";
import { STATUS_LABELS } from "../../domain/status";
import { ScrollRegion } from "../scroll-region";
import { StatusBalk, StatusLegenda } from "./status-balk";

/** Per actielijn: the status bar, the share afgerond and its change; then the same as a table. */
export function StandPerActielijn({ dashboard }: { dashboard: Dashboard }) {
  const { actielijnen, totaal, vorigJaar, laatsteOverleg } = dashboard;
  return (
    <section aria-labelledby="stand-kop" className="mt-6">
      <h2 id="stand-kop">Stand per actielijn</h2>
      <p className="mt-1 text-sm text-slate-700">
        Percentage afgerond: afgeronde acties als deel van alle acties die niet zijn vervallen.
        {vorigJaar ? ` Vergeleken met ${vorigJaar}` : ""}
        {laatsteOverleg ? `${vorigJaar ? " en" : " Vergeleken"} met het overleg van ${formatDatum(laatsteOverleg.datum)}` : ""}
        {vorigJaar || laatsteOverleg ? "." : ""}
      </p>
      <div className="mt-3">
        <StatusLegenda />
      </div>
      <ul className="mt-4 space-y-5">
        {actielijnen.map((lijn) => (
          <li key={lijn.code}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="text-base">
                Actielijn {lijn.code}: {lijn.titel}
              </h3>
              <p className="text-sm">
                <strong>{lijn.pctAfgerond}% afgerond</strong>
                {verschilTekst(lijn.pctAfgerond, lijn.pctAfgerondVorigJaar)
                  ? ` · t.o.v. ${vorigJaar}: ${verschilTekst(lijn.pctAfgerond, lijn.pctAfgerondVorigJaar)}`
                  : ""}
                {verschilTekst(lijn.pctAfgerond, lijn.pctAfgerondBijOverleg)
                  ? ` · sinds laatste overleg: ${verschilTekst(lijn.pctAfgerond, lijn.pctAfgerondBijOverleg)}`
                  : ""}
              </p>
            </div>
            <div className="mt-1">
              <StatusBalk telling={lijn.telling} label={`Actielijn ${lijn.code}`} />
            </div>
          </li>
        ))}
      </ul>
      <ScrollRegion label="Stand per actielijn als tabel" className="mt-6">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="mb-2 text-left font-semibold">Dezelfde cijfers als tabel</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">Actielijn</th>
              {ACTIE_STATUSSEN.map((s) => (
                <th key={s} scope="col" className="p-2 text-right">{STATUS_LABELS[s]}</th>
              ))}
              <th scope="col" className="p-2 text-right">Totaal</th>
              <th scope="col" className="p-2 text-right">% afgerond</th>
              {vorigJaar ? <th scope="col" className="p-2 text-right">% in {vorigJaar}</th> : null}
              {laatsteOverleg ? <th scope="col" className="p-2 text-right">% bij overleg</th> : null}
            </tr>
          </thead>
          <tbody>
            {[...actielijnen.map((l) => ({ ...l, naam: `${l.code} ${l.titel}` })), { ...totaal, code: "totaal", naam: "Alle acties" }].map((rij) => (
              <tr key={rij.code} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-semibold">{rij.naam}</th>
                {ACTIE_STATUSSEN.map((s) => (
                  <td key={s} className="p-2 text-right">{rij.telling[s]}</td>
                ))}
                <td className="p-2 text-right font-semibold">{rij.totaal}</td>
                <td className="p-2 text-right">{rij.pctAfgerond}%</td>
                {vorigJaar ? <td className="p-2 text-right">{rij.pctAfgerondVorigJaar === null ? "—" : `${rij.pctAfgerondVorigJaar}%`}</td> : null}
                {laatsteOverleg ? <td className="p-2 text-right">{rij.pctAfgerondBijOverleg === null ? "—" : `${rij.pctAfgerondBijOverleg}%`}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
