import { formatDatum } from "../../domain/format";
import type { RapportageActielijn } from "../../domain/rapportage/model";
import { STATUS_LABELS } from "../../domain/status";
import { ScrollRegion } from "../scroll-region";
import { StatusBadge } from "../status-badge";
import { KostenTabel } from "./kosten-tabel";

/** One actielijn in the P&C form: wat wilden we bereiken, wat hebben we gedaan, wat kostte het. */
export function ActielijnSectie({ lijn, jaar }: { lijn: RapportageActielijn; jaar: number }) {
  const id = `actielijn-${lijn.code.replace(/[^a-z0-9]/gi, "-")}`;
  const metVoortgang = lijn.acties.filter((a) => a.voortgang.length > 0);
  return (
    <section aria-labelledby={id} className="rapportage-hoofdstuk mt-10">
      <h2 id={id}>
        Actielijn {lijn.code} {lijn.titel}
      </h2>

      <h3 className="mt-4">Wat wilden we bereiken</h3>
      {lijn.doelstellingen.length === 0 ? (
        <p className="mt-2">Geen doelstellingen.</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {lijn.doelstellingen.map((d) => (
            <li key={d.code}>
              <strong>{d.code}</strong> {d.tekst}
            </li>
          ))}
        </ul>
      )}

      <h3 className="mt-6">Wat hebben we gedaan</h3>
      {lijn.acties.length === 0 ? (
        <p className="mt-2">Geen acties in dit jaar.</p>
      ) : (
        <ScrollRegion label={`Acties van actielijn ${lijn.code}`} className="mt-2">
          <table className="rapportage-tabel w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Acties van actielijn {lijn.code} met status en laatste toelichting</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">Actie</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2">Laatste toelichting</th>
              </tr>
            </thead>
            <tbody>
              {lijn.acties.map((a) => (
                <tr key={a.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-normal">
                    <span className="font-semibold">{a.code}</span> {a.titel}
                    {a.gemeente ? <span className="block text-slate-700">Lokaal, {a.gemeente}</span> : null}
                  </th>
                  <td className="p-2">
                    <StatusBadge status={a.status} />
                  </td>
                  <td className="p-2">{a.laatsteToelichting ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      {metVoortgang.length > 0 ? (
        <>
          <h4 className="mt-4 font-semibold">Voortgang in {jaar}</h4>
          <ul className="mt-2 space-y-3">
            {metVoortgang.map((a) => (
              <li key={a.id} className="rapportage-blok">
                <p>
                  <strong>
                    {a.code} {a.titel}
                  </strong>
                  {a.afgerondOp ? <> — afgerond op {formatDatum(a.afgerondOp)}</> : null}
                </p>
                <ul className="mt-1 list-disc pl-6 text-sm">
                  {a.voortgang.map((v, i) => (
                    <li key={i}>
                      {formatDatum(v.datum)}: {STATUS_LABELS[v.statusNaar]}
                      {v.toelichting ? <> — {v.toelichting}</> : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className="mt-6">Wat kostte het</h3>
      <KostenTabel kosten={lijn.kosten} titel={`Financiering van actielijn ${lijn.code}`} />
    </section>
  );
}
