import { data } from "react-router";
import type { Route } from "./+types/gebruikers";
import { requireUser } from "../../auth/guards.server";
import { listGebruikers } from "../../domain/beheer/gebruikers.server";
import { regiosInScope } from "../../domain/beheer/regios.server";
import { requireBeheerScope } from "../../domain/beheer/toegang.server";
import { rolOmschrijving } from "../../domain/beheer/rol-omschrijving";
import { ScrollRegion } from "../../components/scroll-region";

export const meta: Route.MetaFunction = () => [{ title: "Gebruikers — Beheer — Regiovisie Uitvoeringsplan" }];

export function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const scope = requireBeheerScope(user);
  const regios = regiosInScope(scope);
  const slug = new URL(request.url).searchParams.get("regio") || null;
  const gekozen = slug ? regios.find((r) => r.slug === slug) : null;
  // A regio outside the scope looks exactly like one that does not exist.
  if (slug && !gekozen) throw data("Deze regio bestaat niet.", { status: 404 });
  return {
    regios,
    regio: gekozen ?? null,
    gebruikers: listGebruikers(scope, gekozen?.id ?? null),
  };
}

export default function Gebruikers({ loaderData }: Route.ComponentProps) {
  const { regios, regio, gebruikers } = loaderData;
  return (
    <>
      <h1>Gebruikers</h1>
      <p className="mt-4">
        <a href="/beheer/gebruikers/uitnodigen">Gebruiker uitnodigen</a>
      </p>
      {regios.length > 1 ? (
        <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="regio" className="mb-1 block font-semibold">
              Regio
            </label>
            <select
              id="regio"
              name="regio"
              defaultValue={regio?.slug ?? ""}
              className="block min-h-11 rounded border border-slate-500 bg-white px-3 py-2"
            >
              <option value="">Alle regio&apos;s</option>
              {regios.map((r) => (
                <option key={r.id} value={r.slug}>
                  {r.naam}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="min-h-11 rounded border border-primary-700 bg-white px-4 py-2 font-semibold text-primary-800 hover:bg-primary-50"
          >
            Filteren
          </button>
        </form>
      ) : null}

      {gebruikers.length === 0 ? (
        <p className="mt-6">
          {regio ? `Er zijn nog geen gebruikers in ${regio.naam}.` : "Er zijn nog geen gebruikers."} Nodig iemand uit via{" "}
          <a href="/beheer/gebruikers/uitnodigen">Gebruiker uitnodigen</a>.
        </p>
      ) : (
        <ScrollRegion label="Gebruikers" className="mt-6">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="mb-2 text-left text-slate-700">
              {gebruikers.length === 1 ? "1 gebruiker" : `${gebruikers.length} gebruikers`}
              {regio ? ` met een rol in ${regio.naam}` : ""}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">Naam</th>
                <th scope="col" className="p-2">E-mailadres</th>
                <th scope="col" className="p-2">Rollen</th>
                <th scope="col" className="p-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {gebruikers.map((g) => (
                <tr key={g.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-semibold">
                    <a href={`/beheer/gebruikers/${g.id}`}>{g.naam}</a>
                  </th>
                  <td className="p-2">{g.email}</td>
                  <td className="p-2">
                    <ul>
                      {g.rollen.map((r) => (
                        <li key={r.id}>{rolOmschrijving(r)}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="p-2">
                    {g.actief ? "Actief" : "Gedeactiveerd"}
                    {g.uitnodigingOpenstaand ? <span className="block text-slate-700">Uitnodiging openstaand</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
