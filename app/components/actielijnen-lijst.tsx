import type { VisieMetInhoud } from "../domain/visie.server";

export function ActielijnenLijst({ actielijnen }: { actielijnen: VisieMetInhoud["actielijnen"] }) {
  return (
    <ol className="mt-4 space-y-6">
      {actielijnen.map((lijn) => (
        <li key={lijn.id} className="rounded border border-slate-300 bg-white p-5">
          <h3>
            Actielijn {lijn.code}: {lijn.titel}
          </h3>
          {lijn.omschrijving ? <p className="mt-1 text-slate-700">{lijn.omschrijving}</p> : null}
          <ul className="mt-3 space-y-2">
            {lijn.doelstellingen.map((d) => (
              <li key={d.id} className="flex gap-3">
                <span className="min-w-10 font-semibold">{d.code}</span>
                <span>
                  {d.tekst}
                  {d.ingetrokken ? <em className="ml-2 text-slate-700">(ingetrokken)</em> : null}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
