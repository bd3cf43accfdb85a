import { data } from "react-router";
import type { Route } from "./+types/audit";
import { requirePermission, requireUser } from "../../auth/guards.server";
import { AUDIT_PER_PAGINA, AUDIT_RESULTATEN } from "../../domain/beheer/audit-filter";
import { auditEntiteiten, listAudit } from "../../domain/beheer/audit-log.server";
import { aantalPaginas, paginaUit } from "../../domain/beheer/pagina";
import { regiosInScope } from "../../domain/beheer/regios.server";
import { requireBeheerScope } from "../../domain/beheer/toegang.server";
import { formatTijdstip } from "../../domain/format";
import { Paginering } from "./paginering";
import { ScrollRegion } from "../../components/scroll-region";

export const meta: Route.MetaFunction = () => [{ title: "Auditlog — Beheer — Regiovisie Uitvoeringsplan" }];

const RESULTAAT_LABELS: Record<(typeof AUDIT_RESULTATEN)[number], string> = {
  ok: "Gelukt",
  geweigerd: "Geweigerd",
  mislukt: "Mislukt",
};

function isResultaat(waarde: string | null): waarde is (typeof AUDIT_RESULTATEN)[number] {
  return (AUDIT_RESULTATEN as readonly (string | null)[]).includes(waarde);
}

export function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const scope = requireBeheerScope(user);
  const regios = regiosInScope(scope);
  // The scope follows gebruikers.beheren; reading the log is its own right in the permission module.
  if (!scope.beheerder) {
    for (const regioId of scope.regioIds) requirePermission(user, { recht: "audit.lezen", regioId }, regioId);
  }
  const url = new URL(request.url);
  const zoek = url.searchParams;
  const slug = zoek.get("regio") || null;
  const regio = slug ? regios.find((r) => r.slug === slug) : null;
  if (slug && !regio) throw data("Deze regio bestaat niet.", { status: 404 });
  const entiteiten = auditEntiteiten(scope);
  const entiteit = zoek.get("entiteit") || null;
  const resultaat = zoek.get("resultaat") || null;
  const filter = {
    regioId: regio?.id ?? null,
    entiteit: entiteit && entiteiten.includes(entiteit) ? entiteit : null,
    resultaat: isResultaat(resultaat) ? resultaat : null,
    pagina: paginaUit(zoek),
  };
  const { rijen, totaal } = listAudit(scope, filter);
  return {
    rijen,
    totaal,
    regios,
    entiteiten,
    filter: { regio: regio?.slug ?? "", entiteit: filter.entiteit ?? "", resultaat: filter.resultaat ?? "" },
    pagina: filter.pagina,
    aantal: aantalPaginas(totaal, AUDIT_PER_PAGINA),
    zoek: url.search,
  };
}

function Json({ label, waarde }: { label: string; waarde: unknown }) {
  if (waarde === null || waarde === undefined) return null;
  return (
    <>
      <p className="mt-2 font-semibold">{label}</p>
      <pre className="whitespace-pre-wrap break-all font-mono text-xs">{JSON.stringify(waarde, null, 2)}</pre>
    </>
  );
}

const SELECT = "block min-h-11 rounded border border-slate-500 bg-white px-3 py-2";

export default function Audit({ loaderData }: Route.ComponentProps) {
  const { rijen, totaal, regios, entiteiten, filter, pagina, aantal, zoek } = loaderData;
  return (
    <>
      <h1>Auditlog</h1>
      <p className="mt-2 max-w-3xl">
        Elke wijziging en elke geweigerde handeling, met wie, wanneer en vanaf welk IP-adres. Het log kan niet worden
        gewijzigd.
      </p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4">
        {regios.length > 1 ? (
          <div>
            <label htmlFor="regio" className="mb-1 block font-semibold">
              Regio
            </label>
            <select id="regio" name="regio" defaultValue={filter.regio} className={SELECT}>
              <option value="">Alle regio&apos;s</option>
              {regios.map((r) => (
                <option key={r.id} value={r.slug}>
                  {r.naam}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="entiteit" className="mb-1 block font-semibold">
            Entiteit
          </label>
          <select id="entiteit" name="entiteit" defaultValue={filter.entiteit} className={SELECT}>
            <option value="">Alle entiteiten</option>
            {entiteiten.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="resultaat" className="mb-1 block font-semibold">
            Resultaat
          </label>
          <select id="resultaat" name="resultaat" defaultValue={filter.resultaat} className={SELECT}>
            <option value="">Alle resultaten</option>
            {AUDIT_RESULTATEN.map((r) => (
              <option key={r} value={r}>
                {RESULTAAT_LABELS[r]}
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

      {rijen.length === 0 ? (
        <p className="mt-6">Er zijn geen regels in het auditlog die bij deze filters passen.</p>
      ) : (
        <ScrollRegion label="Auditlog" className="mt-6">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="mb-2 text-left text-slate-700">
              {totaal === 1 ? "1 regel" : `${totaal} regels`}, nieuwste eerst
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">Tijdstip</th>
                <th scope="col" className="p-2">Gebruiker</th>
                <th scope="col" className="p-2">Actie</th>
                <th scope="col" className="p-2">Entiteit</th>
                <th scope="col" className="p-2">Resultaat</th>
                <th scope="col" className="p-2">IP-adres</th>
              </tr>
            </thead>
            <tbody>
              {rijen.map((r) => (
                <tr key={r.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 whitespace-nowrap font-normal">
                    {formatTijdstip(r.tijdstip)}
                  </th>
                  <td className="p-2">{r.gebruikerNaam ?? "—"}</td>
                  <td className="p-2">
                    {r.actie}
                    {r.voor != null || r.na != null ? (
                      <details className="mt-1">
                        <summary className="min-h-6 cursor-pointer text-primary-800">Gegevens voor en na</summary>
                        <Json label="Voor" waarde={r.voor} />
                        <Json label="Na" waarde={r.na} />
                      </details>
                    ) : null}
                  </td>
                  <td className="p-2">
                    {r.entiteit}
                    {r.entiteitId ? ` ${r.entiteitId}` : ""}
                    {r.regioNaam ? <span className="block text-slate-700">{r.regioNaam}</span> : null}
                  </td>
                  <td className="p-2">{RESULTAAT_LABELS[r.resultaat as keyof typeof RESULTAAT_LABELS] ?? r.resultaat}</td>
                  <td className="p-2 font-mono">{r.ip ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Paginering pagina={pagina} aantal={aantal} zoek={zoek} label="Pagina's van het auditlog" />
    </>
  );
}
