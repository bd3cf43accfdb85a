import type {
  Verslag,
  VerslagBesluit,
} from "../../domain/overleg/verslag.server";
import { StatusBadge } from "../status-badge";

function actielijnNaam(
  actielijn: Verslag["groepen"][number]["actielijn"],
): string {
  return actielijn
    ? `Actielijn ${actielijn.code} ${actielijn.titel}`
    : "Acties zonder actielijn";
}

function BesluitenLijst({
  besluiten,
  metActie,
}: {
  besluiten: VerslagBesluit[];
  metActie: boolean;
}) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6">
      {besluiten.map((b) => (
        <li key={b.id}>
          {metActie ? (
            <strong>{`${b.code} ${b.actieTitel ?? ""}: `}</strong>
          ) : null}
          <span className="whitespace-pre-line">{b.tekst}</span>{" "}
          <span className="text-sm text-slate-700">({b.auteur})</span>
        </li>
      ))}
    </ul>
  );
}

/** The verslag of an overleg as a printable page section; the same content as the .docx. */
export function VerslagWeergave({
  verslag,
  docxHref,
}: {
  verslag: Verslag;
  docxHref: string;
}) {
  return (
    <section aria-labelledby="verslag-kop" className="mt-8">
      <h2 id="verslag-kop">Verslag</h2>
      <p className="no-print mt-2">
        Druk deze pagina af of{" "}
        <a href={docxHref}>download het verslag als Word-bestand (.docx)</a> om
        het te mailen.
      </p>
      {verslag.groepen.length === 0 ? (
        <p className="mt-4">
          In dit overleg zijn (nog) geen statuswijzigingen of besluiten over
          acties vastgelegd.
        </p>
      ) : null}
      {verslag.groepen.map((groep) => {
        const naam = actielijnNaam(groep.actielijn);
        return (
          <section
            key={groep.actielijn?.id ?? "zonder"}
            aria-label={naam}
            className="mt-6"
          >
            <h3>{naam}</h3>
            {groep.wijzigingen.length > 0 ? (
              <div className="mt-2 overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="mb-1 text-left font-semibold">
                    Statuswijzigingen
                  </caption>
                  <thead>
                    <tr className="border-b border-slate-500">
                      <th scope="col" className="py-1 pr-3">
                        Actie
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        Van
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        Naar
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        Toelichting
                      </th>
                      <th scope="col" className="py-1">
                        Door
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {groep.wijzigingen.map((w) => (
                      <tr
                        key={w.voortgangId}
                        className="border-b border-slate-300 align-top"
                      >
                        <th scope="row" className="py-1 pr-3 font-semibold">
                          {w.code} {w.actieTitel}
                        </th>
                        <td className="py-1 pr-3">
                          <StatusBadge status={w.van} />
                        </td>
                        <td className="py-1 pr-3">
                          <StatusBadge status={w.naar} />
                        </td>
                        <td className="whitespace-pre-line py-1 pr-3">
                          {w.toelichting}
                          {w.oorzaak ? `\nOorzaak: ${w.oorzaak}` : ""}
                          {w.gevolg ? `\nGevolg: ${w.gevolg}` : ""}
                          {w.bijsturing ? `\nBijsturing: ${w.bijsturing}` : ""}
                        </td>
                        <td className="py-1">{w.auteur}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {groep.besluiten.length > 0 ? (
              <>
                <h4 className="mt-4 font-semibold">Besluiten</h4>
                <BesluitenLijst besluiten={groep.besluiten} metActie />
              </>
            ) : null}
          </section>
        );
      })}
      <section aria-labelledby="verslag-algemeen" className="mt-6">
        <h3 id="verslag-algemeen">Algemene besluiten</h3>
        {verslag.algemeneBesluiten.length === 0 ? (
          <p className="mt-2">Geen algemene besluiten.</p>
        ) : (
          <BesluitenLijst
            besluiten={verslag.algemeneBesluiten}
            metActie={false}
          />
        )}
      </section>
    </section>
  );
}
