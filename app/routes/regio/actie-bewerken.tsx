import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/actie-bewerken";
import { db } from "../../../db";
import { requirePermission, requireRegio, requireUser } from "../../auth/guards.server";
import { ActieForm } from "../../components/actie-form";
import { Button } from "../../components/form";
import {
  bewerkRuimte,
  deleteActie,
  findPlanVanActie,
  laadKeuzes,
  leesSnapshot,
  updateActie,
} from "../../domain/acties/actie-opslaan.server";
import { ALLEEN_CONCEPT, bewerkActieSchema, formulierWaarden, snapshotAlsWaarden } from "../../domain/acties/actie-schema";
import { idUitParam } from "../../domain/beheer/id-param";
import { parseForm } from "../../domain/form-data";
import { formatTijdstip } from "../../domain/format";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.code ?? "Actie"} bewerken — Regiovisie Uitvoeringsplan` },
];

const NIET_GEVONDEN = "Deze actie bestaat niet (meer), of hoort niet bij deze regio.";

/** The actie of this regio and the user's right to edit it, or a thrown 404/403. */
function laadActie(request: Request, context: Route.LoaderArgs["context"], params: Route.LoaderArgs["params"]) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const actieId = idUitParam(params.id, "Deze actie");
  const plan = findPlanVanActie(db, regio.id, actieId);
  if (!plan) throw data(NIET_GEVONDEN, { status: 404 });
  requirePermission(user, { recht: "actie.bewerken", actie: { ...plan.actie, regioId: regio.id } }, regio.id);
  return { user, regio, actieId, plan };
}

export function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, regio, actieId, plan } = laadActie(request, context, params);
  const snapshot = leesSnapshot(db, actieId);
  if (!snapshot) throw data(NIET_GEVONDEN, { status: 404 });
  const keuzes = laadKeuzes(db, regio.id, plan.visieId);
  return {
    regioSlug: regio.slug,
    actieId,
    code: snapshot.code,
    titel: snapshot.titel,
    planJaar: plan.jaar,
    magVerwijderen: plan.status === "concept",
    bevestigVerwijderen: new URL(request.url).searchParams.get("verwijderen") === "1",
    version: plan.actie.version,
    waarden: snapshotAlsWaarden(snapshot),
    keuzes,
    ruimte: bewerkRuimte(user, regio.id, keuzes.gemeenten),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, regio, actieId, plan } = laadActie(request, context, params);
  const formData = await request.formData();
  const intent = formData.get("intent");

  if (intent === "verwijderen") {
    const resultaat = deleteActie(user, regio.id, actieId);
    if (resultaat.ok) return redirect(`/r/${regio.slug}/plannen/${resultaat.jaar}`);
    if (resultaat.status !== 400) throw data(resultaat.errors.form ?? NIET_GEVONDEN, { status: resultaat.status });
    return data({ errors: resultaat.errors, values: null, conflict: null, version: null }, { status: 400 });
  }
  if (intent !== "opslaan") {
    return data({ errors: { form: "Onbekende handeling." }, values: null, conflict: null, version: null }, { status: 400 });
  }

  const values = formulierWaarden(formData);
  const parsed = parseForm(formData, bewerkActieSchema(plan.jaar));
  if (!parsed.ok) return data({ errors: parsed.errors, values, conflict: null, version: null }, { status: 400 });

  const resultaat = updateActie(user, regio.id, actieId, parsed.data);
  if (resultaat.ok) return redirect(`/r/${regio.slug}/acties/${actieId}?bijgewerkt=1`);
  if (resultaat.status === 404) throw data(NIET_GEVONDEN, { status: 404 });
  if (resultaat.status === 409) {
    return data({ errors: resultaat.errors, values, conflict: resultaat.conflict, version: resultaat.version }, { status: 409 });
  }
  return data({ errors: resultaat.errors, values, conflict: null, version: null }, { status: resultaat.status });
}

export default function ActieBewerken({ loaderData, actionData }: Route.ComponentProps) {
  const { regioSlug, actieId, code, titel, planJaar, magVerwijderen, bevestigVerwijderen, keuzes, ruimte } = loaderData;
  const actiePad = `/r/${regioSlug}/acties/${actieId}`;
  const conflict = actionData?.conflict;
  const verwijderFout = actionData && !actionData.values ? actionData.errors?.form : undefined;
  const formFouten = actionData?.values ? actionData.errors : undefined;

  return (
    <>
      <p className="text-sm">
        <a href={actiePad}>
          Terug naar actie {code}
        </a>
      </p>
      <h1 className="mt-2">Actie {code} bewerken</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        {titel}. De status wijzigt u niet hier, maar met een voortgangsupdate op de pagina van de actie.
      </p>

      {conflict ? (
        <div role="alert" className="mt-6 max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 p-4">
          <h2 className="text-base font-semibold">Deze actie is intussen gewijzigd</h2>
          <p className="mt-1">
            {conflict.door ?? "Iemand anders"} heeft de actie gewijzigd
            {conflict.op ? ` op ${formatTijdstip(conflict.op)}` : ""}. Uw invoer is nog niet opgeslagen en staat hieronder.
          </p>
          {conflict.wijzigingen.length ? (
            <ul className="mt-2 list-disc pl-5">
              {conflict.wijzigingen.map((w) => (
                <li key={w.veld}>
                  <span className="font-semibold">{w.label}:</span> {w.van} <span aria-hidden="true">→</span>
                  <span className="sr-only">werd</span> {w.naar}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="mt-2">Controleer uw invoer en sla opnieuw op om uw versie te bewaren.</p>
        </div>
      ) : null}

      <div className="mt-6">
        <ActieForm
          modus="bewerken"
          planJaar={planJaar}
          keuzes={keuzes}
          ruimte={ruimte}
          waarden={actionData?.values ?? loaderData.waarden}
          errors={conflict ? undefined : formFouten}
          version={actionData?.version ?? loaderData.version}
          annuleerNaar={actiePad}
        />
      </div>

      <section aria-labelledby="verwijderen" className="mt-12 max-w-3xl border-t border-slate-300 pt-6">
        <h2 id="verwijderen">Actie verwijderen</h2>
        {verwijderFout ? (
          <div role="alert" className="mt-3 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {verwijderFout}
          </div>
        ) : null}
        {!magVerwijderen ? (
          <p className="mt-2">{ALLEEN_CONCEPT}</p>
        ) : bevestigVerwijderen ? (
          <Form method="post" className="mt-3 rounded border border-red-700 bg-white p-4">
            <input type="hidden" name="intent" value="verwijderen" />
            <p className="font-semibold">
              Weet u zeker dat u actie {code} wilt verwijderen? De voortgang en koppelingen verdwijnen mee; het auditlog bewaart
              wat er was.
            </p>
            <div className="mt-3 flex flex-wrap items-center gap-4">
              <Button type="submit" variant="danger">
                Ja, verwijder deze actie
              </Button>
              <a href="?" className="inline-flex min-h-11 items-center">
                Nee, niet verwijderen
              </a>
            </div>
          </Form>
        ) : (
          <p className="mt-2">
            Het uitvoeringsplan {planJaar} is nog een concept: u kunt deze actie verwijderen.{" "}
            <a href="?verwijderen=1#verwijderen" className="inline-flex min-h-11 items-center">
              Actie verwijderen…
            </a>
          </p>
        )}
      </section>
    </>
  );
}
