import { ACTIE_STATUSSEN } from "../../../db/enums";
import { formatDatum } from "../../domain/format";
import { LEGENDA } from "../../domain/rapportage/legenda";
import { rapportagePad, type Rapportage } from "../../domain/rapportage/model";
import { PLAN_STATUS_LABELS } from "../../domain/status";
import { ScrollRegion } from "../scroll-region";
import { StatusBadge } from "../status-badge";
import { ActielijnSectie } from "./actielijn-sectie";
import { GemeenteBijlageSectie } from "./gemeente-bijlage";
import { KostenTabel } from "./kosten-tabel";

const KNOP =
  "inline-flex min-h-11 items-center rounded border border-primary-700 bg-white px-4 font-semibold text-primary-800 no-underline hover:bg-primary-50";

export function RapportageWeergave({ rapportage: r }: { rapportage: Rapportage }) {
  const s = r.samenvatting;
  const gemeenteSlug = r.gemeente?.slug ?? null;
  return (
    <article className="rapportage">
      <p className="rapportage-printkop hidden">
        Regio {r.regio.naam} · {r.titel}
      </p>
      <p className="text-slate-700">Regio {r.regio.naam}</p>
      <h1>{r.titel}</h1>

      <div className="no-print mt-4 flex flex-wrap items-center gap-3">
        <button type="button" className={KNOP} onClick={() => window.print()}>
          Afdrukken
        </button>
        <a className={KNOP} href={rapportagePad(r.regio.slug, r.jaar, gemeenteSlug, true)} download>
          Download als Word (.docx)
        </a>
        {r.gemeente ? <a href={rapportagePad(r.regio.slug, r.jaar, null)}>Rapportage van de hele regio</a> : null}
      </div>
      {r.gemeente === null && r.bijlagen.length > 0 ? (
        <form method="get" className="no-print mt-4 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="gemeente" className="mb-1 block text-sm font-semibold">
              Alleen voor gemeente
            </label>
            <select id="gemeente" name="gemeente" className="min-h-11 rounded border border-slate-500 bg-white px-3">
              {r.bijlagen.map((b) => (
                <option key={b.gemeente.slug} value={b.gemeente.slug}>
                  {b.gemeente.naam}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={KNOP}>
            Toon lokale voortgang
          </button>
        </form>
      ) : null}

      <section aria-labelledby="samenvatting-kop" className="mt-8">
        <h2 id="samenvatting-kop">Samenvatting</h2>
        <p className="mt-2">
          Uitvoeringsplan {r.jaar}: {PLAN_STATUS_LABELS[r.plan.status].toLowerCase()}
          {r.plan.vastgesteldOp ? <> op {formatDatum(r.plan.vastgesteldOp)}</> : null}
          {r.plan.besluitnummer ? <> (besluit {r.plan.besluitnummer})</> : null}
          {r.plan.besluit ? <>: {r.plan.besluit}</> : null}.
        </p>
        <p className="mt-2">
          {s.totaal} acties, waarvan <strong>{s.pctAfgerond}% afgerond</strong> (vervallen acties tellen niet mee). In {r.jaar} zijn{" "}
          {s.afgerondInJaar} acties afgerond.
        </p>
        <ScrollRegion label="Acties per status" className="mt-3 max-w-md">
          <table className="rapportage-tabel w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Aantal acties per status</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2 text-right">Aantal acties</th>
              </tr>
            </thead>
            <tbody>
              {ACTIE_STATUSSEN.map((status) => (
                <tr key={status} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <StatusBadge status={status} />
                  </th>
                  <td className="p-2 text-right">{s.telling[status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <h3 className="mt-6">Kosten in totaal</h3>
        <KostenTabel kosten={r.kosten} titel="Financiering van alle acties" />
      </section>

      <section aria-labelledby="legenda-kop" className="rapportage-blok mt-8">
        <h2 id="legenda-kop">Legenda stoplicht</h2>
        <dl className="mt-2 space-y-1">
          {LEGENDA.map((l) => (
            <div key={l.status} className="flex flex-wrap items-baseline gap-2">
              <dt>
                <StatusBadge status={l.status} /> <span className="text-sm">({l.kleur})</span>
              </dt>
              <dd>{l.definitie}</dd>
            </div>
          ))}
        </dl>
      </section>

      {r.actielijnen.map((lijn) => (
        <ActielijnSectie key={lijn.code} lijn={lijn} jaar={r.jaar} />
      ))}

      {r.bijlagen.length > 0 ? (
        <section aria-labelledby="bijlage-kop" className="rapportage-hoofdstuk mt-12">
          <h2 id="bijlage-kop">{r.gemeente ? "Bijlage: lokale invulling" : "Bijlage: lokale invulling per gemeente"}</h2>
          {r.bijlagen.map((b) => (
            <GemeenteBijlageSectie key={b.gemeente.slug} bijlage={b} />
          ))}
        </section>
      ) : null}
    </article>
  );
}
