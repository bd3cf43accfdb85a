import { Form } from "react-router";
import type { Route } from "./+types/gemeenten";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { Button, Notice } from "../../components/form";
import { MatrixTabel } from "../../components/gemeenten/matrix-tabel";
import { StatusKort } from "../../components/gemeenten/status-kort";
import { ACTIE_STATUSSEN } from "../../../db/enums";
import { laadMatrix } from "../../domain/gemeenten/matrix.server";
import { SORTERING_LABELS, SORTERINGEN } from "../../domain/gemeenten/matrix-regels";
import { STATUS_LABELS } from "../../domain/status";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Gemeenten${data?.matrix.plan ? ` ${data.matrix.plan.jaar}` : ""} — Regiovisie Uitvoeringsplan` },
];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const url = new URL(request.url);
  return { regioSlug: regio.slug, matrix: laadMatrix(regio.id, url.searchParams), zoek: url.search };
}

const SELECT = "min-h-11 rounded border border-slate-500 bg-white px-3";

const ONGELDIG: Record<string, string> = {
  weergave: "De gevraagde weergave bestaat niet; u ziet de doelstellingen.",
  sorteer: "De gevraagde sortering bestaat niet; er is op naam gesorteerd.",
  subregio: "De gevraagde subregio hoort niet bij deze regio; u ziet alle gemeenten.",
  jaar: "Voor het gevraagde jaar is geen uitvoeringsplan.",
};

export default function Gemeenten({ loaderData }: Route.ComponentProps) {
  const { regioSlug, matrix, zoek } = loaderData;
  const basis = `/r/${regioSlug}`;
  return (
    <>
      <h1>Gemeenten{matrix.plan ? ` ${matrix.plan.jaar}` : ""}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        {matrix.weergave === "acties"
          ? "De stand van elke gemeente in de regionale acties die per gemeente worden uitgevoerd."
          : "Per gemeente en doelstelling: het aantal lokale acties en eigen uitvoeringen, met de status die de meeste aandacht vraagt."}
      </p>

      <Form method="get" className="no-print mt-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
        <div>
          <label htmlFor="weergave" className="mb-1 block font-semibold">
            Weergave
          </label>
          <select id="weergave" name="weergave" defaultValue={matrix.weergave} className={SELECT}>
            <option value="doelstellingen">Doelstellingen</option>
            <option value="acties">Acties per gemeente</option>
          </select>
        </div>
        {matrix.jaren.length > 1 ? (
          <div>
            <label htmlFor="jaar" className="mb-1 block font-semibold">
              Jaar
            </label>
            <select id="jaar" name="jaar" defaultValue={matrix.plan?.jaar} className={SELECT}>
              {matrix.jaren.map((j) => (
                <option key={j} value={j}>
                  {j}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {matrix.subregios.length > 0 ? (
          <div>
            <label htmlFor="subregio" className="mb-1 block font-semibold">
              Subregio
            </label>
            <select id="subregio" name="subregio" defaultValue={matrix.subregioId ?? ""} className={SELECT}>
              <option value="">Alle subregio&apos;s</option>
              {matrix.subregios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.naam}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="sorteer" className="mb-1 block font-semibold">
            Sorteren op
          </label>
          <select id="sorteer" name="sorteer" defaultValue={matrix.sortering} className={SELECT}>
            {SORTERINGEN.map((s) => (
              <option key={s} value={s}>
                {SORTERING_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Toon</Button>
        <a
          href={`${basis}/gemeenten/matrix.xlsx${zoek}`}
          className="inline-flex min-h-11 items-center rounded border border-primary-700 bg-white px-4 font-semibold text-primary-800 no-underline hover:bg-primary-50"
          download
        >
          Download als spreadsheet (.xlsx)
        </a>
      </Form>

      {matrix.ongeldig.length > 0 ? (
        <div className="mt-4">
          <Notice tone="info">
            <ul>
              {matrix.ongeldig.map((n) => (
                <li key={n}>{ONGELDIG[n]}</li>
              ))}
            </ul>
          </Notice>
        </div>
      ) : null}

      {!matrix.plan ? (
        <p className="mt-6">Deze regio heeft nog geen uitvoeringsplan.</p>
      ) : matrix.kolommen.length === 0 ? (
        <p className="mt-6">
          {matrix.weergave === "acties"
            ? `In het plan ${matrix.plan.jaar} wordt geen actie per gemeente uitgevoerd.`
            : "De regiovisie heeft geen doelstellingen."}
        </p>
      ) : (
        <>
          <MatrixTabel matrix={matrix} basis={basis} />
          <section aria-labelledby="legenda-kop" className="mt-6 grid gap-6 md:grid-cols-2">
            <div>
              <h2 id="legenda-kop">Legenda</h2>
              <ul className="mt-2 space-y-1">
                {ACTIE_STATUSSEN.map((s) => (
                  <li key={s} className="flex items-center gap-2">
                    <StatusKort status={s} />
                    <span>{STATUS_LABELS[s]}</span>
                  </li>
                ))}
                <li className="flex items-center gap-2">
                  <span aria-hidden="true" className="px-1.5">
                    –
                  </span>
                  <span>{matrix.weergave === "acties" ? "Doet niet mee" : "Geen lokale invulling"}</span>
                </li>
              </ul>
              {matrix.weergave === "doelstellingen" ? (
                <p className="mt-2 text-sm text-slate-700">
                  Het getal is het aantal lokale acties en uitvoeringen; de status is die welke de meeste aandacht vraagt. Dekking: het
                  aantal doelstellingen met lokale invulling.
                </p>
              ) : null}
            </div>
            <div>
              <h2>{matrix.weergave === "acties" ? "Acties" : "Doelstellingen"}</h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                {matrix.kolommen.map((k) => (
                  <div key={k.id} className="contents">
                    <dt className="font-semibold">{k.code}</dt>
                    <dd>
                      {matrix.weergave === "acties" ? <a href={`${basis}/acties/${k.id}#uitvoering`}>{k.omschrijving}</a> : k.omschrijving}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          </section>
        </>
      )}
    </>
  );
}
