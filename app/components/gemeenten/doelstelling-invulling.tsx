import type { DoelstellingInvulling } from "../../domain/gemeenten/gemeente-invulling.server";
import { formatDatum } from "../../domain/format";
import { ScrollRegion } from "../scroll-region";
import { StatusBadge } from "../status-badge";
import { rolTekst } from "./rol-labels";

const LINK_KNOP =
  "no-print inline-flex min-h-11 items-center rounded border border-primary-700 bg-white px-3 font-semibold text-primary-800 no-underline hover:bg-primary-50";

function DekkingLabel({ ditJaar }: { ditJaar: boolean }) {
  return ditJaar ? (
    <span className="rounded border border-green-700 bg-green-50 px-2 py-0.5 text-sm font-semibold text-green-900">
      <span aria-hidden="true">✓ </span>Lokale invulling
    </span>
  ) : (
    <span className="rounded border-2 border-red-700 bg-white px-2 py-0.5 text-sm font-semibold text-red-900">
      <span aria-hidden="true">! </span>Geen lokale invulling
    </span>
  );
}

/** One doelstelling on the gemeente page: coverage now and last year, and the gemeente's acties. */
export function DoelstellingInvullingBlok({
  doel,
  gemeenteNaam,
  vorigJaar,
  basis,
  planJaar,
  magLokaleActies,
}: {
  doel: DoelstellingInvulling;
  gemeenteNaam: string;
  vorigJaar: number | null;
  basis: string;
  planJaar: number;
  magLokaleActies: boolean;
}) {
  return (
    <div id={`doelstelling-${doel.id}`} className="mt-6 break-inside-avoid rounded border border-slate-300 bg-white p-4">
      <h3>
        <span className="mr-2 text-slate-700">{doel.code}</span>
        {doel.tekst}
      </h3>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <DekkingLabel ditJaar={doel.dekking.ditJaar} />
        <span className="text-slate-700">
          {doel.dekking.vorigJaar === null
            ? "Geen plan van vorig jaar om mee te vergelijken."
            : `Vorig jaar (${vorigJaar}): ${doel.dekking.vorigJaar ? "wel lokale invulling" : "geen lokale invulling"}.`}
        </span>
        {magLokaleActies ? (
          <a href={`${basis}/plannen/${planJaar}/acties/nieuw?doelstelling=${doel.id}`} className={LINK_KNOP}>
            Lokale actie toevoegen<span className="sr-only"> bij doelstelling {doel.code}</span>
          </a>
        ) : null}
      </p>
      {doel.acties.length === 0 ? (
        <p className="mt-3">{gemeenteNaam} neemt in dit plan geen deel aan acties bij deze doelstelling.</p>
      ) : (
        <ScrollRegion label={`Acties bij doelstelling ${doel.code}`} className="mt-3">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Acties van {gemeenteNaam} bij doelstelling {doel.code}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="px-2 py-1">Code</th>
                <th scope="col" className="px-2 py-1">Actie</th>
                <th scope="col" className="px-2 py-1">Rol van de gemeente</th>
                <th scope="col" className="px-2 py-1">Status</th>
                <th scope="col" className="px-2 py-1">Laatste voortgang</th>
              </tr>
            </thead>
            <tbody>
              {doel.acties.map((a) => (
                <tr key={a.id} className="border-b border-slate-300 align-top">
                  <td className="whitespace-nowrap px-2 py-1">{a.code}</td>
                  <th scope="row" className="px-2 py-1 font-normal">
                    <a href={`${basis}/acties/${a.id}${a.uitvoering ? "#uitvoering" : ""}`}>{a.titel}</a>
                    {a.lokaal && magLokaleActies ? (
                      <a href={`${basis}/acties/${a.id}/bewerken`} className="no-print ml-2 inline-block py-1 font-semibold">
                        Bewerken<span className="sr-only"> {a.titel}</span>
                      </a>
                    ) : null}
                  </th>
                  <td className="px-2 py-1">{rolTekst(a)}</td>
                  <td className="px-2 py-1">
                    <StatusBadge status={a.status} />
                  </td>
                  <td className="whitespace-nowrap px-2 py-1">{a.laatsteVoortgang ? formatDatum(a.laatsteVoortgang) : "Nog geen"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
