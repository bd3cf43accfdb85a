import { data, type ShouldRevalidateFunctionArgs } from "react-router";
import type { Route } from "./+types/plan";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { Notice } from "../../components/form";
import { PlanFilterFormulier } from "../../components/plan-filters";
import { ActualisatieLinks } from "../../components/actualisatie/gewijzigd-na-vaststelling";
import { PlanTabel } from "../../components/plan-tabel";
import { PlanSpreadsheetLinks } from "../../components/spreadsheet/plan-spreadsheet-links";
import { StatusTotalen } from "../../components/status-totalen";
import { PlanStatusBadge } from "../../components/status-badge";
import { formatDatum } from "../../domain/format";
import { can } from "../../domain/permissions";
import { ongeldigMelding } from "../../domain/plan/plan-filter-namen";
import { planKoppelingen } from "../../domain/actualisatie/plan-koppelingen.server";
import { laadPlanPagina } from "../../domain/plan/plan-pagina.server";
import { alsJsonTekst, useJsonTekst } from "../../domain/json-tekst";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Uitvoeringsplan ${data?.plan.jaar ?? ""} — Regiovisie Uitvoeringsplan` },
];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const jaar = /^\d{4}$/.test(params.jaar) ? Number(params.jaar) : null;
  const pagina = jaar === null ? null : laadPlanPagina(user, regio, jaar, new URL(request.url).searchParams);
  if (!pagina) throw data("Deze regio heeft geen uitvoeringsplan voor dit jaar.", { status: 404 });
  const magImporteren = pagina.plan.status === "concept" && can(user, { recht: "actualisatie.beheren", regioId: regio.id });
  return {
    ...pagina,
    groepen: alsJsonTekst(pagina.groepen),
    regioSlug: regio.slug,
    formKey: crypto.randomUUID(),
    magImporteren,
    actualisatie: planKoppelingen(user, regio, pagina.plan.jaar),
  };
}

/**
 * After a refused inline voortgang the page stays as it is, so a retry reuses the same idempotency
 * key; after a saved one the table reloads to show the new status.
 */
export function shouldRevalidate({ actionResult, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if ((actionResult as { ok?: boolean } | undefined)?.ok === false) return false;
  return defaultShouldRevalidate;
}

export default function Plan({ loaderData }: Route.ComponentProps) {
  const { plan, regioSlug, filters, ongeldig, gefilterd, aantalGevonden, totalen, keuzes } = loaderData;
  const groepen = useJsonTekst(loaderData.groepen);
  const planUrl = `/r/${regioSlug}/plannen/${plan.jaar}`;
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1>Uitvoeringsplan {plan.jaar}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-2">
            <PlanStatusBadge status={plan.status} />
            {plan.vastgesteldOp ? <span>Vastgesteld op {formatDatum(plan.vastgesteldOp)}</span> : null}
          </p>
          {plan.besluit ? <p className="mt-1 max-w-3xl text-slate-700">Besluit: {plan.besluit}</p> : null}
          <ActualisatieLinks links={loaderData.actualisatie.links} />
        </div>
        {loaderData.magActiesMaken ? (
          <a
            href={`${planUrl}/acties/nieuw`}
            className="inline-flex min-h-11 items-center rounded bg-primary-700 px-4 py-2 font-semibold text-white no-underline hover:bg-primary-800 hover:text-white"
          >
            Nieuwe actie
          </a>
        ) : null}
      </div>

      <section aria-labelledby="totalen-kop" className="mt-8">
        <h2 id="totalen-kop">Stand per actielijn</h2>
        <StatusTotalen totalen={totalen} gefilterd={gefilterd} planUrl={planUrl} />
      </section>

      <section aria-labelledby="filters-kop" className="mt-8">
        <h2 id="filters-kop">Filteren en sorteren</h2>
        <PlanFilterFormulier filters={filters} keuzes={keuzes} wisUrl={planUrl} />
      </section>

      <div className="mt-6">
        {ongeldig.length > 0 ? (
          <Notice tone="info">
            <ul>
              {ongeldig.map((naam) => (
                <li key={naam}>{ongeldigMelding(naam)}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        <p className="text-lg font-semibold">
          {aantalGevonden} van {plan.aantalActies} acties
        </p>
        <PlanSpreadsheetLinks planUrl={planUrl} magImporteren={loaderData.magImporteren} />
      </div>

      {aantalGevonden === 0 ? (
        <div className="mt-4 rounded border border-slate-300 bg-white p-5">
          <p className="font-semibold">{gefilterd ? "Geen acties die aan deze filters voldoen." : "Dit plan heeft nog geen acties."}</p>
          {gefilterd ? (
            <p className="mt-2">
              <a href={planUrl}>Filters wissen</a>
            </p>
          ) : null}
        </div>
      ) : null}

      {aantalGevonden > 0 || !gefilterd ? (
        <PlanTabel regioSlug={regioSlug} formKey={loaderData.formKey} gewijzigd={loaderData.actualisatie.gewijzigd} groepen={groepen.actielijnen} zonderDoelstelling={groepen.zonderDoelstelling} />
      ) : null}
    </>
  );
}
