import { Form } from "react-router";
import type { OverzichtRij } from "../../domain/lokale-kamer/overzicht.server";
import { SORTEER_LABELS, sorteerLink, type OverzichtKeuze, type Sorteerveld } from "../../domain/lokale-kamer/overzicht-sortering";
import { formatDatum } from "../../domain/format";
import { ScrollRegion } from "../scroll-region";
import { Button } from "../form";
import { FaseBadge } from "./fase-badge";
import { TeLaat } from "./mijlpaal-status-badge";
import { VoortgangBalk } from "./voortgang-balk";

function SorteerKop({ veld, keuze }: { veld: Sorteerveld; keuze: OverzichtKeuze }) {
  const actief = keuze.sorteer === veld;
  const richting = actief ? (keuze.richting === "op" ? "oplopend" : "aflopend") : null;
  return (
    <th scope="col" className="p-2" aria-sort={actief ? (keuze.richting === "op" ? "ascending" : "descending") : undefined}>
      <a href={sorteerLink(keuze, veld)} className="inline-flex min-h-6 items-center gap-1 py-1">
        {SORTEER_LABELS[veld]}
        {richting ? (
          <span>
            <span aria-hidden="true">{keuze.richting === "op" ? "▲" : "▼"}</span>
            <span className="sr-only">, gesorteerd {richting}</span>
          </span>
        ) : (
          <span className="sr-only">, sorteer hierop</span>
        )}
      </a>
    </th>
  );
}

export function OverzichtTabel({ rijen, keuze, regioSlug }: { rijen: OverzichtRij[]; keuze: OverzichtKeuze; regioSlug: string }) {
  if (rijen.length === 0) return <p className="mt-4">Geen gemeenten in deze selectie.</p>;
  return (
    <ScrollRegion label="Lokale kamers per gemeente" className="mt-4">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">
          Lokale kamers per gemeente: fase, voortgang, volgende mijlpaal en mijlpalen die te laat zijn. Klik op een kolomkop om te sorteren.
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <SorteerKop veld="gemeente" keuze={keuze} />
            <SorteerKop veld="fase" keuze={keuze} />
            <SorteerKop veld="voortgang" keuze={keuze} />
            <th scope="col" className="p-2">Volgende mijlpaal</th>
            <SorteerKop veld="datum" keuze={keuze} />
            <th scope="col" className="p-2">Te laat</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.gemeenteId} className={`border-b border-slate-200 align-top ${r.teLaat > 0 ? "bg-red-50" : ""}`}>
              <th scope="row" className="p-2 text-base font-semibold">
                <a href={`/r/${regioSlug}/gemeenten/${r.slug}/lokale-kamer`} className="inline-block py-1">
                  {r.gemeente}
                </a>
                {r.subregio ? <span className="block text-xs font-normal text-slate-700">{r.subregio}</span> : null}
                {!r.gestart ? <span className="block text-xs font-normal text-slate-700">Nog niet bijgewerkt</span> : null}
              </th>
              <td className="p-2">
                <FaseBadge fase={r.fase} />
              </td>
              <td className="p-2">
                <VoortgangBalk gereed={r.gereed} totaal={r.totaal} />
              </td>
              <td className="p-2">{r.volgende ? r.volgende.titel : <span className="text-slate-700">Alle mijlpalen afgerond</span>}</td>
              <td className="whitespace-nowrap p-2">
                {r.volgende?.streefdatum ? formatDatum(r.volgende.streefdatum) : <span className="text-slate-700">geen</span>}
                {r.volgende?.teLaat ? <TeLaat /> : null}
              </td>
              <td className="p-2 whitespace-nowrap">
                {r.teLaat > 0 ? (
                  <span className="font-semibold text-red-900">
                    {r.teLaat} {r.teLaat === 1 ? "mijlpaal" : "mijlpalen"} te laat
                  </span>
                ) : (
                  <span className="text-slate-700">geen</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Filter per subregio: a plain GET form, so it works without JavaScript. */
export function SubregioFilter({ subregios, keuze }: { subregios: { id: number; naam: string }[]; keuze: OverzichtKeuze }) {
  if (subregios.length === 0) return null;
  return (
    <Form method="get" className="mt-4 flex flex-wrap items-end gap-4">
      <input type="hidden" name="sorteer" value={keuze.sorteer} />
      <input type="hidden" name="richting" value={keuze.richting} />
      <div>
        <label htmlFor="subregio" className="mb-1 block font-semibold">
          Subregio
        </label>
        <select
          id="subregio"
          name="subregio"
          defaultValue={keuze.subregioId ?? ""}
          className="block min-h-11 rounded border border-slate-500 bg-white px-3 py-2 text-base text-slate-900"
        >
          <option value="">Alle subregio&apos;s</option>
          {subregios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.naam}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Toon
      </Button>
    </Form>
  );
}
