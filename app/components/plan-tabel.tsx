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
  const ctx: Context = { regioSlug, formKey, gewijzigd };
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

const CEL = "p-2 align-top";

function ActiesTabel({ ctx, caption, acties }: { ctx: Context; caption: string; acties: Plaatsing<PlanActie>[] }) {
  return (
    <div className="mt-2 overflow-x-auto rounded border border-slate-300 bg-white">
      <table className="w-full min-w-[64rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className={`${CEL} sticky left-0 z-10 bg-white`}>
              Code
            </th>
            <th scope="col" className={CEL}>
              Actie
            </th>
            <th scope="col" className={CEL}>
              Niveau
            </th>
            <th scope="col" className={CEL}>
              Trekker
            </th>
            <th scope="col" className={CEL}>
              Eigenaar
            </th>
            <th scope="col" className={CEL}>
              Partners
            </th>
            <th scope="col" className={CEL}>
              Deadline
            </th>
            <th scope="col" className={CEL}>
              Status
            </th>
            <th scope="col" className={CEL}>
              Laatste voortgang
            </th>
            <th scope="col" className={CEL}>
              Signalen
            </th>
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
  return (
    <tr className="border-b border-slate-200">
      <th scope="row" className={`${CEL} sticky left-0 z-10 whitespace-nowrap bg-white font-semibold`}>
        {actie.code}
      </th>
      <td className={`${CEL} min-w-[16rem]`}>
        <a href={`/r/${regioSlug}/acties/${actie.id}`} className="inline-block py-1 font-semibold">
          {actie.titel}
        </a>
        {ookOnder.length > 0 ? <p className="mt-1 text-slate-700">Ook onder {ookOnder.join(", ")}</p> : null}
        <GewijzigdNaVaststelling wijzigingen={ctx.gewijzigd[actie.id] ?? []} />
        {!actie.magBijwerken ? null : eerste ? (
          <InlineVoortgang ctx={ctx} actie={actie} />
        ) : (
          <VoortgangLink regioSlug={regioSlug} actie={actie} />
        )}
      </td>
      <td className={CEL}>{actie.niveau === "lokaal" ? `Lokaal: ${actie.gemeente ?? "onbekende gemeente"}` : "Regionaal"}</td>
      <td className={CEL}>{actie.trekker ?? "—"}</td>
      <td className={CEL}>{actie.eigenaar}</td>
      <td className={CEL}>
        {actie.partners.length === 0 ? (
          "Geen"
        ) : (
          <ul>
            {actie.partners.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </td>
      <td className={`${CEL} whitespace-nowrap`}>
        {formatDatum(actie.deadline)}
        <span className="block text-slate-700">{formatKwartaal(actie.deadline)}</span>
      </td>
      <td className={CEL}>
        <StatusBadge status={actie.status} />
      </td>
      <td className={`${CEL} whitespace-nowrap`}>{actie.laatsteVoortgang ? formatDatum(actie.laatsteVoortgang) : "Nog geen"}</td>
      <td className={CEL}>
        <Signalen overDeadline={actie.overDeadline} nietBijgewerkt={actie.nietBijgewerkt} />
      </td>
    </tr>
  );
}

/** Derived flags as text badges with a marker, so they do not rely on colour. */
export function Signalen({ overDeadline, nietBijgewerkt }: { overDeadline: boolean; nietBijgewerkt: boolean }) {
  if (!overDeadline && !nietBijgewerkt) return null;
  return (
    <ul className="flex flex-col gap-1">
      {overDeadline ? (
        <li className="inline-flex w-fit items-center gap-1 whitespace-nowrap rounded border border-red-700 bg-red-50 px-2 py-0.5 font-semibold text-red-900">
          <span aria-hidden="true">!</span>Over deadline
        </li>
      ) : null}
      {nietBijgewerkt ? (
        <li className="inline-flex w-fit items-center gap-1 whitespace-nowrap rounded border border-dashed border-amber-700 bg-amber-50 px-2 py-0.5 font-semibold text-amber-950">
          Niet bijgewerkt
        </li>
      ) : null}
    </ul>
  );
}

/**
 * The voortgang form folded into the row. The server renders only a link to the form on the actie
 * page (which also serves readers without JavaScript); once the page runs in the browser the row
 * gets the fold-out, and its form is built only when opened. A full form in each of 300 rows made
 * the page several megabytes and slow to render. Each save moves to the next idempotency key.
 */
function InlineVoortgang({ ctx, actie }: { ctx: Context; actie: PlanActie }) {
  const gehydrateerd = useGehydrateerd();
  const [open, setOpen] = useState(false);
  const [opgeslagen, setOpgeslagen] = useState(0);
  const naOpslaan = useCallback(() => setOpgeslagen((n) => n + 1), []);
  if (!gehydrateerd) return <VoortgangLink regioSlug={ctx.regioSlug} actie={actie} />;
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary-700 underline">
        Voortgang bijwerken<span className="sr-only"> van {actie.code}</span>
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

/** An actie listed a second time (under another doelstelling) links to its page instead of a second form. */
function VoortgangLink({ regioSlug, actie }: { regioSlug: string; actie: PlanActie }) {
  return (
    <p>
      <a href={`/r/${regioSlug}/acties/${actie.id}#voortgang`} className="inline-flex min-h-11 items-center whitespace-nowrap">
        Voortgang bijwerken<span className="sr-only"> van {actie.code}</span>
      </a>
    </p>
  );
}
