import { FASE_LABELS } from "../../domain/lokale-kamer/fase";
import type { GemeenteBijlage } from "../../domain/rapportage/model";
import { ScrollRegion } from "../scroll-region";
import { StatusBadge } from "../status-badge";

export function GemeenteBijlageSectie({ bijlage }: { bijlage: GemeenteBijlage }) {
  const { gemeente, acties, dekking, lokaleKamer: k } = bijlage;
  const id = `bijlage-${gemeente.slug}`;
  return (
    <section aria-labelledby={id} className="rapportage-blok mt-6">
      <h3 id={id}>{gemeente.naam}</h3>
      <p className="mt-1">
        Doelstellingen lokaal ingevuld: {dekking.gedekt} van {dekking.totaal}.
      </p>
      {acties.length === 0 ? (
        <p className="mt-1">Geen lokale acties of eigen uitvoering in dit plan.</p>
      ) : (
        <ScrollRegion label={`Lokale invulling ${gemeente.naam}`} className="mt-2">
          <table className="rapportage-tabel w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Lokale invulling van {gemeente.naam}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">Actie</th>
                <th scope="col" className="p-2">Soort</th>
                <th scope="col" className="p-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {acties.map((a) => (
                <tr key={`${a.soort}-${a.code}`} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <span className="font-semibold">{a.code}</span> {a.titel}
                  </th>
                  <td className="p-2">{a.soort === "lokaal" ? "Lokale actie" : "Eigen deel regionale actie"}</td>
                  <td className="p-2">
                    <StatusBadge status={a.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <p className="mt-2">
        Lokale kamer: <strong>{FASE_LABELS[k.fase]}</strong>
        {k.gestart ? null : " (nog niet gestart)"}; {k.gereed} van {k.totaal} mijlpalen gereed
        {k.teLaat > 0 ? `; ${k.teLaat} te laat` : ""}.
      </p>
    </section>
  );
}
