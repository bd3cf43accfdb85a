import { useCallback, useState } from "react";
import type { ActielijnGroep, DoelstellingGroep, Plaatsing } from "../domain/plan/plan-groepering";
import type { PlanActie } from "../domain/plan/plan-pagina.server";
import { formatDatum, formatKwartaal } from "../domain/format";
import type { Veldverschil } from "../domain/actualisatie/vergelijken";
import { GewijzigdNaVaststelling } from "./actualisatie/gewijzigd-na-vaststelling";
import { StatusBadge } from "./status-badge";
import { VoortgangForm } from "./voortgang-form";
import { useGehydrateerd } from "./gehydrateerd";

interface Context {
  regioSlug: string;
  /** Per actie the doelstelling under which its full row stands; later listings refer to it. */
  volledigOnder: Map<number, string>;
  /** Per actie id what changed since the vaststelling (issue 4). */
  gewijzigd: Record<number, Veldverschil[]>;
  /** Fresh per page load; with the actie id and a counter it makes each form's idempotency key. */
  formKey: string;
}

interface TabelProps {
  regioSlug: string;
  formKey: string;
  groepen: ActielijnGroep<PlanActie>[];
  zonderDoelstelling: PlanActie[];
  gewijzigd?: Record<number, Veldverschil[]>;
}

/** The plan, read as on paper: actielijn → doelstelling → acties. */
export function PlanTabel({ regioSlug, formKey, groepen, zonderDoelstelling, gewijzigd = {} }: TabelProps) {
  const volledigOnder = new Map<number, string>();
  for (const lijn of groepen)
    for (const doel of lijn.doelstellingen)
      for (const plaatsing of doel.acties) if (plaatsing.eerste) volledigOnder.set(plaatsing.actie.id, doel.code);
  const ctx: Context = { regioSlug, formKey, gewijzigd, volledigOnder };
  return (
    <>
      {groepen.map((lijn) => (
        <section key={lijn.id} aria-labelledby={`actielijn-${lijn.id}`} className="mt-10">
          <h2 id={`actielijn-${lijn.id}`}>
            Actielijn {lijn.code}: {lijn.titel}
          </h2>
          {lijn.doelstellingen.map((doel) => (
            <DoelstellingBlok key={doel.id} ctx={ctx} doel={doel} />
          ))}
        </section>
      ))}
      {zonderDoelstelling.length > 0 ? (
        <section aria-labelledby="zonder-doelstelling" className="mt-10">
          <h2 id="zonder-doelstelling">Acties zonder doelstelling</h2>
          <ActiesTabel
            ctx={ctx}
            caption="Acties die (nog) aan geen doelstelling van de regiovisie gekoppeld zijn"
            acties={zonderDoelstelling.map((actie) => ({ actie, ookOnder: [], eerste: true }))}
          />
        </section>
      ) : null}
    </>
  );
}

function DoelstellingBlok({ ctx, doel }: { ctx: Context; doel: DoelstellingGroep<PlanActie> }) {
  return (
    <div className="mt-6">
      <h3>
        {doel.code} {doel.tekst}
        {doel.ingetrokken ? <span className="ml-2 text-base font-normal text-slate-700">(ingetrokken)</span> : null}
      </h3>
      {doel.acties.length === 0 ? (
        <p className="mt-2 text-slate-700">Geen acties bij deze doelstelling.</p>
      ) : (
        <ActiesTabel ctx={ctx} caption={`Acties bij doelstelling ${doel.code}`} acties={doel.acties} />
      )}
    </div>
  );
}

/** Cell padding, borders and sticky code column come from `.plan-tabel` in app.css: 300+ rows. */
function ActiesTabel({ ctx, caption, acties }: { ctx: Context; caption: string; acties: Plaatsing<PlanActie>[] }) {
  return (
    <div className="mt-2 overflow-x-auto rounded border border-slate-300 bg-white">
      <table className="plan-tabel">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col" className="min-w-[16rem]">
              Actie
            </th>
            <th scope="col">Niveau</th>
            <th scope="col">Trekker</th>
            <th scope="col">Eigenaar</th>
            <th scope="col">Partners</th>
            <th scope="col">Deadline</th>
            <th scope="col">Status</th>
            <th scope="col">Laatste voortgang</th>
            <th scope="col">Signalen</th>
          </tr>
        </thead>
        <tbody>
          {acties.map((plaatsing) => (
            <ActieRij key={plaatsing.actie.id} ctx={ctx} plaatsing={plaatsing} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ActieRij({ ctx, plaatsing }: { ctx: Context; plaatsing: Plaatsing<PlanActie> }) {
  const { actie, ookOnder, eerste } = plaatsing;
  const { regioSlug } = ctx;
  // An actie under several doelstellingen is shown in full once; repeating every cell made the
  // plan page a third longer without telling the reader anything new.
  if (!eerste) {
    return (
      <tr>
        <th scope="row">{actie.code}</th>
        <td colSpan={9}>
          <a href={`/r/${regioSlug}/acties/${actie.id}`}>
            {actie.titel}
          </a>
          <span className="text-slate-700">{` — staat volledig bij doelstelling ${ctx.volledigOnder.get(actie.id) ?? ookOnder.join(", ")}`}</span>
        </td>
      </tr>
    );
  }
  // The title link and the date columns are styled by column position in app.css (.plan-tabel).
  return (
    <tr>
      <th scope="row">{actie.code}</th>
      <td>
        <a href={`/r/${regioSlug}/acties/${actie.id}`}>
          {actie.titel}
        </a>
        {ookOnder.length > 0 ? <p className="mt-1 text-slate-700">{`Ook onder ${ookOnder.join(", ")}`}</p> : null}
        <GewijzigdNaVaststelling wijzigingen={ctx.gewijzigd[actie.id] ?? []} />
        {actie.magBijwerken ? <InlineVoortgang ctx={ctx} actie={actie} /> : null}
      </td>
      <td>{actie.niveau === "lokaal" ? `Lokaal: ${actie.gemeente ?? "onbekende gemeente"}` : "Regionaal"}</td>
      <td>{actie.trekker ?? "—"}</td>
      <td>{actie.eigenaar}</td>
      <td>{actie.partners.length === 0 ? "Geen" : actie.partners.join(", ")}</td>
      {/* Date and quarter as two lines of one text (white-space in app.css): a span per row was 300 elements. */}
      <td>{`${formatDatum(actie.deadline)}\n${formatKwartaal(actie.deadline)}`}</td>
      <td>
        <StatusBadge status={actie.status} />
      </td>
      <td>{actie.laatsteVoortgang ? formatDatum(actie.laatsteVoortgang) : "Nog geen"}</td>
      <td>
        <Signalen overDeadline={actie.overDeadline} nietBijgewerkt={actie.nietBijgewerkt} />
      </td>
    </tr>
  );
}

/**
 * Derived flags as text badges with a marker, so they do not rely on colour. Straight in the cell,
 * one per line: a list around one or two badges was another 400 elements on a plan of 300 acties.
 */
function Signalen({ overDeadline, nietBijgewerkt }: { overDeadline: boolean; nietBijgewerkt: boolean }) {
  return (
    <>
      {overDeadline ? <span className="signaal signaal-over-deadline">Over deadline</span> : null}
      {nietBijgewerkt ? <span className="signaal signaal-niet-bijgewerkt">Niet bijgewerkt</span> : null}
    </>
  );
}

/**
 * The voortgang form folded into the row, added once the page runs in the browser; its form is
 * built only when opened. Without JavaScript the actie title leads to the actie page and its
 * voortgang form. A form, or even a link, in each of 300 rows made the page slow to render.
 * Each save moves to the next idempotency key.
 */
function InlineVoortgang({ ctx, actie }: { ctx: Context; actie: PlanActie }) {
  const gehydrateerd = useGehydrateerd();
  const [open, setOpen] = useState(false);
  const [opgeslagen, setOpgeslagen] = useState(0);
  const naOpslaan = useCallback(() => setOpgeslagen((n) => n + 1), []);
  if (!gehydrateerd) return null;
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary-700 underline">
        Voortgang bijwerken<span className="sr-only">{` van ${actie.code}`}</span>
      </summary>
      {open ? (
        <div className="mt-2 w-[24rem] max-w-[75vw]">
          <VoortgangForm
            compact
            regioSlug={ctx.regioSlug}
            actieId={actie.id}
            huidigeStatus={actie.status}
            idempotencyKey={`${ctx.formKey}-${actie.id}-${opgeslagen}`}
            onSaved={naOpslaan}
          />
        </div>
      ) : null}
    </details>
  );
}
