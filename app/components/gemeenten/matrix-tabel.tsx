import { celTekst } from "../../domain/gemeenten/matrix-cel-tekst";
import type { Matrix } from "../../domain/gemeenten/matrix.server";
import { ScrollRegion } from "../scroll-region";
import { StatusKort } from "./status-kort";

/**
 * Gemeenten × doelstellingen (or × per-gemeente acties). Compact enough for 18–20 gemeenten on one
 * screen; the gemeente column stays in view while scrolling sideways. Each cell links to the details.
 */
export function MatrixTabel({ matrix, basis }: { matrix: Matrix; basis: string }) {
  const { weergave, kolommen, rijen, plan } = matrix;
  const jaar = plan ? `?jaar=${plan.jaar}` : "";
  const kolomWoord = weergave === "acties" ? "Actie" : "Doelstelling";
  return (
    <ScrollRegion label="Matrix van gemeenten" className="mt-4 max-h-[80vh] overflow-y-auto rounded border border-slate-300 bg-white">
      <table className="border-collapse text-left text-sm">
        <caption className="sr-only">
          {weergave === "acties"
            ? `Status per gemeente van de acties die per gemeente worden uitgevoerd, ${plan?.jaar ?? ""}`
            : `Lokale invulling per gemeente en doelstelling, ${plan?.jaar ?? ""}`}
        </caption>
        <thead className="sticky top-0 z-20 bg-white">
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="sticky left-0 z-30 bg-white px-2 py-1">
              Gemeente
            </th>
            <th scope="col" className="px-2 py-1">
              Subregio
            </th>
            <th scope="col" className="px-2 py-1">
              Dekking
            </th>
            {kolommen.map((k) => (
              <th key={k.id} scope="col" className="px-2 py-1 whitespace-nowrap" title={k.omschrijving}>
                <span className="sr-only">{kolomWoord} </span>
                {k.code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <th scope="row" className="sticky left-0 z-10 whitespace-nowrap bg-white px-2 py-1 font-semibold">
                <a href={`${basis}/gemeenten/${r.slug}${jaar}`}>{r.naam}</a>
              </th>
              <td className="whitespace-nowrap px-2 py-1 text-slate-700">{r.subregio ?? "–"}</td>
              <td className="whitespace-nowrap px-2 py-1">
                {r.gedekt}/{matrix.aantalDoelstellingen}
              </td>
              {r.cellen.map((c, i) => {
                const kolom = kolommen[i];
                const href =
                  weergave === "acties"
                    ? `${basis}/acties/${kolom.id}#uitvoering-${r.slug}`
                    : `${basis}/gemeenten/${r.slug}${jaar}#doelstelling-${kolom.id}`;
                return (
                  <td key={kolom.id} className="px-1 py-1">
                    {c ? (
                      <a href={href} className="inline-block min-h-6 min-w-6 no-underline">
                        <StatusKort status={c.status} aantal={weergave === "acties" ? undefined : c.aantal} />
                        <span className="sr-only">{celTekst(c, weergave)}</span>
                      </a>
                    ) : (
                      <span className="text-slate-700">
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">{celTekst(null, weergave)}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
