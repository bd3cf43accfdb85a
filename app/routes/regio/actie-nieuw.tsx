import { data, redirect } from "react-router";
import type { Route } from "./+types/actie-nieuw";
import { db } from "../../../db";
import { requirePermission, requireRegio, requireUser } from "../../auth/guards.server";
import { ActieForm } from "../../components/actie-form";
import { bewerkRuimte, createActie, findPlan, laadKeuzes } from "../../domain/acties/actie-opslaan.server";
import { formulierWaarden, nieuweActieSchema, type FormWaarden } from "../../domain/acties/actie-schema";
import { parseForm } from "../../domain/form-data";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Nieuwe actie in uitvoeringsplan ${data?.planJaar ?? ""} — Regiovisie Uitvoeringsplan` },
];

/** The plan of the URL and what this user may create in it, or a thrown 404/403. */
function laadPlan(request: Request, context: Route.LoaderArgs["context"], params: Route.LoaderArgs["params"]) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const plan = /^\d{4}$/.test(params.jaar) ? findPlan(db, regio.id, Number(params.jaar)) : undefined;
  if (!plan) throw data("Dit uitvoeringsplan bestaat niet.", { status: 404 });
  const keuzes = laadKeuzes(db, regio.id, plan.visieId);
  const ruimte = bewerkRuimte(user, regio.id, keuzes.gemeenten);
  if (!ruimte.regionaal && ruimte.lokaleGemeenteIds.length === 0) {
    // Asks the permission module once more so the refusal is logged and answered with 403.
    requirePermission(user, { recht: "actie.bewerken", actie: { regioId: regio.id, niveau: "regionaal", gemeenteId: null } }, regio.id);
  }
  return { user, regio, plan, keuzes, ruimte };
}

export function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, regio, plan, keuzes, ruimte } = laadPlan(request, context, params);
  const gevraagd = new URL(request.url).searchParams.getAll("doelstelling");
  const eenGemeente = !ruimte.regionaal && ruimte.lokaleGemeenteIds.length === 1 ? String(ruimte.lokaleGemeenteIds[0]) : "";
  const waarden: FormWaarden = {
    niveau: ruimte.regionaal ? "regionaal" : "lokaal",
    gemeenteId: eenGemeente,
    trekker: eenGemeente ? `g:${eenGemeente}` : "",
    doelstellingIds: gevraagd,
    eigenaarId: keuzes.gebruikers.some((g) => g.id === user.id) ? String(user.id) : "",
    deadline: `${plan.jaar}-12-31`,
  };
  return { regioSlug: regio.slug, planJaar: plan.jaar, keuzes, ruimte, waarden };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, regio, plan } = laadPlan(request, context, params);
  const formData = await request.formData();
  const values = formulierWaarden(formData);
  const parsed = parseForm(formData, nieuweActieSchema(plan.jaar));
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });

  const resultaat = createActie(user, regio.id, plan.jaar, parsed.data);
  if (resultaat.ok) return redirect(`/r/${regio.slug}/acties/${resultaat.id}?aangemaakt=1`);
  if (resultaat.status === 404) throw data(resultaat.errors.form ?? "Dit uitvoeringsplan bestaat niet.", { status: 404 });
  return data({ errors: resultaat.errors, values }, { status: resultaat.status });
}

export default function NieuweActie({ loaderData, actionData }: Route.ComponentProps) {
  const { regioSlug, planJaar, keuzes, ruimte } = loaderData;
  const planPad = `/r/${regioSlug}/plannen/${planJaar}`;
  return (
    <>
      <p className="text-sm">
        <a href={planPad}>Uitvoeringsplan {planJaar}</a>
      </p>
      <h1 className="mt-2">Nieuwe actie in uitvoeringsplan {planJaar}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Een nieuwe actie begint met de status Niet gestart. De code wordt gemaakt uit de eerste gekozen doelstelling.
      </p>
      <div className="mt-6">
        <ActieForm
          modus="nieuw"
          planJaar={planJaar}
          keuzes={keuzes}
          ruimte={ruimte}
          waarden={actionData?.values ?? loaderData.waarden}
          errors={actionData?.errors}
          annuleerNaar={planPad}
        />
      </div>
    </>
  );
}
