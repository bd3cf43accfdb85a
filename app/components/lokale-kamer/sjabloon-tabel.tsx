import { Form } from "react-router";
import type { SjabloonRegel } from "../../domain/lokale-kamer/sjabloon.server";
import { ScrollRegion } from "../scroll-region";

const KNOP =
  "inline-flex min-h-11 items-center rounded border border-primary-700 bg-white px-3 py-1 text-sm font-semibold text-primary-800 hover:bg-primary-50 disabled:opacity-60";

function Verplaats({ id, titel, richting, kan }: { id: number; titel: string; richting: "omhoog" | "omlaag"; kan: boolean }) {
  if (!kan) return null;
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="verplaatsen" />
      <input type="hidden" name="templateId" value={id} />
      <input type="hidden" name="richting" value={richting} />
      <button type="submit" className={KNOP} aria-label={`${richting === "omhoog" ? "Omhoog" : "Omlaag"}: ${titel}`}>
        <span aria-hidden="true">{richting === "omhoog" ? "↑" : "↓"}&nbsp;</span>
        {richting === "omhoog" ? "Omhoog" : "Omlaag"}
      </button>
    </Form>
  );
}

export function SjabloonTabel({ regels, magBewerken, aantalKamers }: { regels: SjabloonRegel[]; magBewerken: boolean; aantalKamers: number }) {
  if (regels.length === 0) return <p className="mt-4">Het sjabloon heeft nog geen mijlpalen.</p>;
  return (
    <ScrollRegion label="Mijlpalen van het sjabloon" className="mt-4">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Mijlpalen van het sjabloon in volgorde, met het aantal gemeenten dat ermee begonnen is</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Nr.</th>
            <th scope="col" className="p-2">Mijlpaal</th>
            <th scope="col" className="p-2">Begonnen</th>
            {magBewerken ? (
              <th scope="col" className="p-2">
                <span className="sr-only">Handelingen</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {regels.map((r, i) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <td className="p-2">{i + 1}</td>
              <th scope="row" className="p-2 text-base font-semibold">
                {r.titel}
                {r.omschrijving ? <span className="mt-1 block text-sm font-normal text-slate-700">{r.omschrijving}</span> : null}
              </th>
              <td className="p-2 whitespace-nowrap">
                {r.gestart} van {aantalKamers} {aantalKamers === 1 ? "lokale kamer" : "lokale kamers"}
              </td>
              {magBewerken ? (
                <td className="p-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <a href={`?bewerk=${r.id}#bewerken`} className="inline-flex min-h-11 items-center px-1" aria-label={`Bewerken: ${r.titel}`}>
                      Bewerken
                    </a>
                    <Verplaats id={r.id} titel={r.titel} richting="omhoog" kan={i > 0} />
                    <Verplaats id={r.id} titel={r.titel} richting="omlaag" kan={i < regels.length - 1} />
                    <a href={`?verwijder=${r.id}#verwijderen`} className="inline-flex min-h-11 items-center px-1" aria-label={`Verwijderen: ${r.titel}`}>
                      Verwijderen
                    </a>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
