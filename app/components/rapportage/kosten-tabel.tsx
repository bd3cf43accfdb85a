import { FINANCIERING_LABELS } from "../../domain/acties/actie-schema";
import { formatBedrag } from "../../domain/format";
import type { Kosten } from "../../domain/rapportage/model";
import { ScrollRegion } from "../scroll-region";

export function KostenTabel({ kosten, titel }: { kosten: Kosten; titel: string }) {
  const posten = kosten.posten.filter((p) => p.aantal > 0);
  if (posten.length === 0 && kosten.onbekend === 0) return <p className="mt-2">Geen acties.</p>;
  return (
    <>
      {posten.length > 0 ? (
        <ScrollRegion label={titel} className="mt-2">
          <table className="rapportage-tabel w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{titel}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">Financiering</th>
                <th scope="col" className="p-2 text-right">Acties</th>
                <th scope="col" className="p-2 text-right">Bekende bedragen</th>
                <th scope="col" className="p-2 text-right">Acties zonder bedrag</th>
              </tr>
            </thead>
            <tbody>
              {posten.map((p) => (
                <tr key={p.financiering} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">{FINANCIERING_LABELS[p.financiering]}</th>
                  <td className="p-2 text-right">{p.aantal}</td>
                  <td className="p-2 text-right">{formatBedrag(p.bedragCenten)}</td>
                  <td className="p-2 text-right">{p.zonderBedrag}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {kosten.onbekend > 0 ? <p className="mt-2 text-sm">Bij {kosten.onbekend} actie(s) is de financiering niet vastgelegd.</p> : null}
    </>
  );
}
