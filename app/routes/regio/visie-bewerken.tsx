import { data, useNavigation } from "react-router";
import type { Route } from "./+types/visie-bewerken";
import { requirePermission, requireRegio, requireUser } from "../../auth/guards.server";
import { ErrorSummary, type FieldErrors, Notice } from "../../components/form";
import { ActielijnBewerken } from "../../components/visie-bewerken/actielijn";
import { NieuweActielijn } from "../../components/visie-bewerken/nieuwe-actielijn";
import { staatVan, type Terugmelding, veldId } from "../../components/visie-bewerken/terugmelding";
import { UitgangspuntenBewerken } from "../../components/visie-bewerken/uitgangspunten";
import { VisieGegevensFormulier } from "../../components/visie-bewerken/visie-gegevens";
import { parseForm } from "../../domain/form-data";
import { MELDINGEN, VisieBewerkenSchema } from "../../domain/visie/formulieren";
import { bewerkVisie, getVisieVoorBewerken } from "../../domain/visie/visie-bewerken.server";

export const meta: Route.MetaFunction = () => [{ title: "Regiovisie bewerken — Regiovisie Uitvoeringsplan" }];

function toegang({ request, context, params }: Route.LoaderArgs | Route.ActionArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  requirePermission(user, { recht: "visie.bewerken", regioId: regio.id }, regio.id);
  return { user, regio };
}

export function loader(args: Route.LoaderArgs) {
  const { regio } = toegang(args);
  const visie = getVisieVoorBewerken(regio.id);
  if (!visie) throw data("Deze regio heeft nog geen regiovisie.", { status: 404 });
  return { visie, regioSlug: regio.slug };
}

export async function action(args: Route.ActionArgs) {
  const { user, regio } = toegang(args);
  const formData = await args.request.formData();
  const values: Record<string, string> = {};
  for (const [veld, waarde] of formData.entries()) if (typeof waarde === "string") values[veld] = waarde;
  const intent = values.intent ?? "";
  // Which row the form belongs to, so only that form shows the outcome.
  const doel = values.id ?? (intent === "doelstelling-toevoegen" ? (values.actielijnId ?? "") : "");

  const parsed = parseForm(formData, VisieBewerkenSchema);
  if (!parsed.ok) return data({ intent, doel, errors: parsed.errors, values: parsed.values, melding: null }, { status: 400 });

  const uitkomst = bewerkVisie({ id: user.id, ip: user.ip }, regio.id, parsed.data);
  if (!uitkomst.ok) return data({ intent, doel, errors: uitkomst.errors, values, melding: null }, { status: uitkomst.status });
  return { intent, doel, errors: undefined, values: undefined, melding: MELDINGEN[parsed.data.intent] };
}

/** The summary links to the field in the right form, whose id carries the form and the row. */
function foutenMetVeldIds(terug: Terugmelding | undefined): FieldErrors | undefined {
  if (!terug?.errors) return undefined;
  return Object.fromEntries(
    Object.entries(terug.errors).map(([veld, melding]) => [
      veld === "form" ? "form" : veldId(terug.intent ?? "", terug.doel ?? "", veld),
      melding,
    ]),
  );
}

export default function VisieBewerken({ loaderData, actionData }: Route.ComponentProps) {
  const { visie, regioSlug } = loaderData;
  const terug = actionData as Terugmelding | undefined;
  const bezig = useNavigation().state === "submitting";
  const lijnen = visie.actielijnen.map(({ id, code, titel }) => ({ id, code, titel }));

  return (
    <article>
      <h1>Regiovisie bewerken</h1>
      <p className="mt-2 text-slate-700">
        {visie.titel} · <a href={`/r/${regioSlug}/visie`}>Terug naar de regiovisie</a>
      </p>
      <div className="mt-6">
        {terug?.melding ? <Notice>{terug.melding}</Notice> : null}
        <ErrorSummary errors={foutenMetVeldIds(terug)} />
      </div>

      <section aria-labelledby="gegevens" className="mt-6 max-w-3xl">
        <h2 id="gegevens">Titel, periode en centrale ambitie</h2>
        <div className="mt-4">
          <VisieGegevensFormulier visie={visie} staat={staatVan(terug, "visie-bewerken")} bezig={bezig} />
        </div>
      </section>

      <section aria-labelledby="uitgangspunten" className="mt-10 max-w-3xl">
        <h2 id="uitgangspunten">Uitgangspunten</h2>
        <UitgangspuntenBewerken uitgangspunten={visie.uitgangspunten} terug={terug} bezig={bezig} />
      </section>

      <section aria-labelledby="actielijnen" className="mt-10">
        <h2 id="actielijnen">Actielijnen en doelstellingen</h2>
        <p className="mt-2 max-w-3xl text-slate-700">
          De codes volgen de volgorde: actielijn 2 heeft doelstellingen 2.1, 2.2, enzovoort. Na verplaatsen worden ze
          opnieuw genummerd. Een ingetrokken doelstelling houdt haar plaats en code.
        </p>
        <div className="mt-4 space-y-6">
          {visie.actielijnen.map((lijn, i) => (
            <ActielijnBewerken
              key={lijn.id}
              lijn={lijn}
              eerste={i === 0}
              laatste={i === visie.actielijnen.length - 1}
              alleActielijnen={lijnen}
              terug={terug}
              bezig={bezig}
            />
          ))}
        </div>
        <div className="mt-8">
          <h3>Actielijn toevoegen</h3>
          <NieuweActielijn aantal={visie.actielijnen.length} staat={staatVan(terug, "actielijn-toevoegen")} bezig={bezig} />
        </div>
      </section>
    </article>
  );
}
