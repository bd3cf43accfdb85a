import { VERSCHIL_SOORT_LABELS, type VerschilSoort } from "../../domain/actualisatie/labels";
import type { PlanVerschil, VerschilRegel } from "../../domain/actualisatie/plan-verschil";
import { formatDatum } from "../../domain/format";
import { ScrollRegion } from "../scroll-region";
import { StatusBadge } from "../status-badge";

const VOLGORDE: VerschilSoort[] = ["nieuw", "gewijzigd", "doorgezet", "afgerond", "vervallen", "open"];
const CEL = "p-2 align-top";

export function VerschilOverzicht({ basis, jaar, vorigJaar, verschil }: { basis: string; jaar: number; vorigJaar: number; verschil: PlanVerschil }) {
  const soorten = VOLGORDE.filter((s) => s !== "open" || verschil.totaal.open > 0);
  return (
    <>
      <section aria-labelledby="aantallen-kop" className="mt-8">
        <h2 id="aantallen-kop">Aantallen per actielijn</h2>
        <ScrollRegion label="Aantallen per actielijn" className="mt-3 rounded border border-slate-300 bg-white">
          <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
            <caption className="sr-only">
              Aantal acties per soort verschil tussen {vorigJaar} en {jaar}, per actielijn
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className={CEL}>
                  Actielijn
                </th>
                {soorten.map((s) => (
                  <th key={s} scope="col" className={`${CEL} text-right`}>
                    {VERSCHIL_SOORT_LABELS[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {verschil.perActielijn.map(({ actielijn, aantallen }) => (
                <tr key={actielijn.id} className="border-b border-slate-200">
                  <th scope="row" className={`${CEL} font-normal`}>
                    {actielijn.code} {actielijn.titel}
                  </th>
                  {soorten.map((s) => (
                    <td key={s} className={`${CEL} text-right`}>
                      {aantallen[s]}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="border-t-2 border-slate-400 font-semibold">
                <th scope="row" className={CEL}>
                  Totaal (elke actie één keer)
                </th>
                {soorten.map((s) => (
                  <td key={s} className={`${CEL} text-right`}>
                    {verschil.totaal[s]}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      {soorten.map((soort) => {
        const regels = verschil.regels.filter((r) => r.soort === soort);
        return (
          <section key={soort} aria-labelledby={`soort-${soort}`} className="mt-10 break-inside-avoid-page">
            <h2 id={`soort-${soort}`}>
              {VERSCHIL_SOORT_LABELS[soort]} ({regels.length})
            </h2>
            {regels.length === 0 ? (
              <p className="mt-2">Geen.</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {regels.map((r) => (
                  <Regel key={`${soort}-${r.actie.id}`} basis={basis} vorigJaar={vorigJaar} regel={r} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}

function Regel({ basis, vorigJaar, regel }: { basis: string; vorigJaar: number; regel: VerschilRegel }) {
  const { actie, herkomst, wijzigingen, reden, soort } = regel;
  return (
    <li className="rounded border border-slate-300 bg-white p-3">
      <p>
        <span className="mr-2 font-semibold">{actie.code}</span>
        <a href={`${basis}/acties/${actie.id}`}>{actie.titel}</a>
      </p>
      <p className="text-sm text-slate-700">
        Eigenaar {actie.eigenaar.naam} · deadline {formatDatum(actie.deadline)}
        {herkomst ? ` · uit ${vorigJaar} (${herkomst.code})` : ""}
      </p>
      {soort === "afgerond" || soort === "vervallen" || soort === "open" ? (
        <p className="mt-1">
          <StatusBadge status={actie.status} />
          {reden ? <span className="ml-2">Reden: {reden}</span> : null}
        </p>
      ) : null}
      {wijzigingen.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {wijzigingen.map((w) => (
            <li key={w.veld}>
              <span className="font-semibold">{w.label}:</span> {w.van} <span aria-hidden="true">→</span>
              <span className="sr-only">werd</span> {w.naar}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
