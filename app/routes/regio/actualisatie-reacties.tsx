import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/actualisatie-reacties";
import { requireRegio, requireUser } from "../../auth/guards.server";
import { ActualisatieNav } from "../../components/actualisatie/actualisatie-nav";
import { ReactieLijst } from "../../components/actualisatie/reactie-lijst";
import { Button, ErrorSummary, Field, Notice } from "../../components/form";
import { AntwoordSchema, ReactieSchema } from "../../domain/actualisatie/formulieren";
import { ingevuld } from "../../domain/actualisatie/ingevuld";
import { jaarUitParam } from "../../domain/actualisatie/jaar-param";
import { beantwoordReactie, laadAfstemming, plaatsReactie } from "../../domain/actualisatie/reacties.server";
import { parseForm } from "../../domain/form-data";
import { can } from "../../domain/permissions";
import { PRIVACY_HINT } from "../../domain/privacy";

export const meta: Route.MetaFunction = ({ params }) => [{ title: `Afstemming uitvoeringsplan ${params.jaar} — Regiovisie Uitvoeringsplan` }];

const MELDINGEN: Record<string, string> = {
  geplaatst: "Uw reactie is geplaatst. De regiocoördinator beantwoordt elke reactie.",
  beantwoord: "Het antwoord is opgeslagen.",
};

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const jaar = jaarUitParam(params.jaar);
  const afstemming = laadAfstemming(regio.id, jaar);
  if (!afstemming) throw data(`Er is geen uitvoeringsplan ${jaar} in deze regio.`, { status: 404 });
  const url = new URL(request.url);
  const melding = url.searchParams.get("melding");
  const gekozen = url.searchParams.get("actie");
  return {
    regioSlug: regio.slug,
    jaar,
    ...afstemming,
    magReageren: can(user, { recht: "reactie.plaatsen", regioId: regio.id }),
    magBeantwoorden: can(user, { recht: "actualisatie.beheren", regioId: regio.id }),
    gekozenActie: gekozen && /^\d{1,12}$/.test(gekozen) ? gekozen : "",
    // Fresh per page load: a double click or a resubmit of the same page reuses it, a saved reactie reloads the page.
    formKey: crypto.randomUUID(),
    melding: melding ? (MELDINGEN[melding] ?? null) : null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const jaar = jaarUitParam(params.jaar);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const hier = `/r/${regio.slug}/actualisatie/${jaar}/reacties`;

  if (intent === "reactie") {
    const parsed = parseForm(formData, ReactieSchema);
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    const uitkomst = plaatsReactie(user, regio.id, jaar, parsed.data);
    if (!uitkomst.ok) return data({ intent, errors: uitkomst.errors, values: ingevuld(formData) }, { status: uitkomst.status });
    return redirect(`${hier}?melding=geplaatst#reactie-${uitkomst.reactieId}`);
  }
  if (intent === "antwoord") {
    const parsed = parseForm(formData, AntwoordSchema);
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    const uitkomst = beantwoordReactie(user, regio.id, jaar, parsed.data);
    if (!uitkomst.ok) return data({ intent, errors: uitkomst.errors, values: ingevuld(formData) }, { status: uitkomst.status });
    return redirect(`${hier}?melding=beantwoord#reactie-${parsed.data.reactieId}`);
  }
  return data({ intent: null, errors: { form: "Onbekende handeling." } as Record<string, string>, values: {} as Record<string, string> }, { status: 400 });
}

export default function ActualisatieReacties({ loaderData, actionData }: Route.ComponentProps) {
  const { regioSlug, jaar, plan, reacties, gemeenten, acties, aantalOpen, magReageren, magBeantwoorden, melding, formKey, gekozenActie } = loaderData;
  const basis = `/r/${regioSlug}`;
  const navigation = useNavigation();
  const bezig = navigation.state === "submitting";
  const errors = actionData?.errors as Record<string, string | undefined> | undefined;
  const values = actionData?.values as Record<string, string> | undefined;
  const reactieFouten = actionData?.intent === "reactie" ? errors : undefined;
  const gereageerd = gemeenten.filter((g) => g.aantal > 0);
  const nietGereageerd = gemeenten.filter((g) => g.aantal === 0);

  return (
    <>
      <h1>Afstemming uitvoeringsplan {jaar}</h1>
      <ActualisatieNav basis={basis} jaar={jaar} status={plan.status} magBeheren={magBeantwoorden} huidig="reacties" />
      <div className="mt-6 max-w-4xl">
        {melding && !actionData ? <Notice>{melding}</Notice> : null}
        {errors?.form && actionData?.intent !== "reactie" ? (
          <div role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {errors.form}
          </div>
        ) : null}
        <p>
          {plan.status === "concept"
            ? "Het plan is nog een concept en ligt nog niet ter afstemming."
            : plan.status === "ter_afstemming"
              ? "Het plan ligt ter afstemming: gemeenten en ketenpartners kunnen reageren op het plan als geheel of op één actie."
              : "Het plan is vastgesteld; de afstemming is afgerond."}{" "}
          {reacties.length} {reacties.length === 1 ? "reactie" : "reacties"}, waarvan {aantalOpen} nog niet beantwoord.
        </p>
      </div>

      <section aria-labelledby="gemeenten-kop" className="mt-8 max-w-4xl">
        <h2 id="gemeenten-kop">Gemeenten</h2>
        <div className="mt-3 grid gap-6 sm:grid-cols-2">
          <div>
            <h3>Hebben gereageerd ({gereageerd.length})</h3>
            {gereageerd.length === 0 ? (
              <p className="mt-1">Nog geen enkele gemeente.</p>
            ) : (
              <ul className="mt-1 list-disc pl-5">
                {gereageerd.map((g) => (
                  <li key={g.id}>
                    {g.naam} ({g.aantal} {g.aantal === 1 ? "reactie" : "reacties"})
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>Nog niet gereageerd ({nietGereageerd.length})</h3>
            {nietGereageerd.length === 0 ? (
              <p className="mt-1">Alle gemeenten hebben gereageerd.</p>
            ) : (
              <ul className="mt-1 list-disc pl-5">
                {nietGereageerd.map((g) => (
                  <li key={g.id}>{g.naam}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </section>

      {magReageren && plan.status === "ter_afstemming" ? (
        <section aria-labelledby="reageren-kop" className="no-print mt-8 max-w-3xl rounded border border-slate-300 bg-white p-5">
          <h2 id="reageren-kop">Reageren op het plan {jaar}</h2>
          <ErrorSummary errors={reactieFouten} labels={{ tekst: "Reactie", actieId: "Over", idempotencyKey: "Formulier" }} />
          <Form method="post" noValidate className="mt-3">
            <input type="hidden" name="intent" value="reactie" />
            <input type="hidden" name="idempotencyKey" value={`${formKey}-reactie`} />
            <Field name="actieId" label="Over" error={reactieFouten?.actieId}>
              {(props) => (
                <select {...props} defaultValue={values?.actieId ?? gekozenActie}>
                  <option value="">Het plan als geheel</option>
                  {acties.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.code} {a.titel}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="tekst" label="Reactie" error={reactieFouten?.tekst ?? reactieFouten?.form} hint={PRIVACY_HINT}>
              {(props) => <textarea {...props} rows={5} maxLength={4000} required defaultValue={values?.tekst ?? ""} />}
            </Field>
            <Button type="submit" disabled={bezig}>
              Reactie plaatsen
            </Button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="reacties-kop" className="mt-8 max-w-4xl">
        <h2 id="reacties-kop">Reacties</h2>
        <ReactieLijst
          basis={basis}
          reacties={reacties}
          magBeantwoorden={magBeantwoorden && plan.status === "ter_afstemming"}
          bezig={bezig}
          fout={actionData?.intent === "antwoord" ? { reactieId: values?.reactieId ?? "", errors: errors ?? {}, values: values ?? {} } : null}
        />
      </section>
    </>
  );
}
