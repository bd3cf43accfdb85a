import type { Route } from "./+types/outbox";
import { requireUser } from "../../auth/guards.server";
import { smtpUrl } from "../../config.server";
import { listOutbox, OUTBOX_PER_PAGINA } from "../../domain/beheer/outbox-lijst.server";
import { aantalPaginas, paginaUit } from "../../domain/beheer/pagina";
import { requireBeheerder } from "../../domain/beheer/toegang.server";
import { formatTijdstip } from "../../domain/format";
import { Paginering } from "./paginering";
import { ScrollRegion } from "../../components/scroll-region";

export const meta: Route.MetaFunction = () => [{ title: "Outbox — Beheer — Regiovisie Uitvoeringsplan" }];

export function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  requireBeheerder(user, { recht: "outbox.lezen" });
  const url = new URL(request.url);
  const pagina = paginaUit(url.searchParams);
  const { mails, totaal } = listOutbox(pagina);
  return { mails, totaal, pagina, aantal: aantalPaginas(totaal, OUTBOX_PER_PAGINA), smtp: Boolean(smtpUrl()), zoek: url.search };
}

function Status({ verzondenOp, fout, smtp }: { verzondenOp: string | null; fout: string | null; smtp: boolean }) {
  if (verzondenOp) return <>Verzonden op {formatTijdstip(verzondenOp)}</>;
  if (fout) {
    return (
      <>
        <span className="font-semibold text-red-800">Fout:</span> {fout}
      </>
    );
  }
  return <>{smtp ? "Nog niet verzonden" : "Niet verzonden: SMTP niet ingesteld"}</>;
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const { mails, totaal, pagina, aantal, smtp, zoek } = loaderData;
  return (
    <>
      <h1>Outbox</h1>
      <p className="mt-2 max-w-3xl">
        {smtp
          ? "Alle e-mail die de applicatie maakte, met de status van verzending."
          : "Er is geen mailserver ingesteld (SMTP_URL). E-mail wordt niet verzonden maar hier bewaard, zodat u een uitnodiging of herstellink zelf kunt doorsturen."}
      </p>
      {mails.length === 0 ? (
        <p className="mt-6">{totaal === 0 ? "De outbox is leeg: er is nog geen e-mail gemaakt." : "Deze pagina is leeg."}</p>
      ) : (
        <ScrollRegion label="Outbox" className="mt-6">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="mb-2 text-left text-slate-700">
              {totaal === 1 ? "1 e-mail" : `${totaal} e-mails`}, nieuwste eerst
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">Aan</th>
                <th scope="col" className="p-2">Onderwerp en tekst</th>
                <th scope="col" className="p-2">Aangemaakt</th>
                <th scope="col" className="p-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((m) => (
                <tr key={m.id} className="border-b border-slate-200 align-top">
                  <td className="p-2">{m.aan}</td>
                  <th scope="row" className="p-2 font-normal">
                    <details>
                      <summary className="min-h-6 cursor-pointer font-semibold">{m.onderwerp}</summary>
                      <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{m.tekst}</pre>
                    </details>
                  </th>
                  <td className="p-2 whitespace-nowrap">{formatTijdstip(m.aangemaaktOp)}</td>
                  <td className="p-2">
                    <Status verzondenOp={m.verzondenOp} fout={m.fout} smtp={smtp} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Paginering pagina={pagina} aantal={aantal} zoek={zoek} label="Pagina's van de outbox" />
    </>
  );
}
