import { data, redirect, useNavigation } from "react-router";
import { Form } from "react-router";
import type { Route } from "./+types/plan-import";
import { db } from "../../../db";
import { requirePermission, requireRegio, requireUser } from "../../auth/guards.server";
import { Button, ErrorSummary, Notice } from "../../components/form";
import { ImportVoorbeeld } from "../../components/spreadsheet/import-voorbeeld";
import { KoppelingFormulier } from "../../components/spreadsheet/koppeling-formulier";
import { UploadFormulier } from "../../components/spreadsheet/upload-formulier";
import { findPlan } from "../../domain/acties/actie-opslaan.server";
import { formatTijdstip } from "../../domain/format";
import { vrijeTekst } from "../../domain/vrije-tekst";
import { MAX_VERZOEK_BYTES, MELDING } from "../../domain/spreadsheet/bestand-controle";
import { leesBegrensdFormulier } from "../../domain/spreadsheet/begrensd-formulier.server";
import { leesBestand } from "../../domain/spreadsheet/bestand-lezen.server";
import { laadImportStap, laadSessieOf404, sessieUitParam } from "../../domain/spreadsheet/import-pagina.server";
import { bewaarKoppeling, maakSessie } from "../../domain/spreadsheet/import-sessie.server";
import { ALLEEN_CONCEPT_IMPORT } from "../../domain/spreadsheet/import-meldingen";
import { voerImportUit } from "../../domain/spreadsheet/import-uitvoeren.server";
import { leesKoppeling } from "../../domain/spreadsheet/koppeling-controle";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Acties importeren in uitvoeringsplan ${data?.planJaar ?? ""} — Regiovisie Uitvoeringsplan` },
];

/** Coordinators (and beheerders) import into a plan of their regio; everyone else gets 403. */
function laadPlan(request: Request, context: Route.LoaderArgs["context"], params: Route.LoaderArgs["params"]) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  requirePermission(user, { recht: "actualisatie.beheren", regioId: regio.id }, regio.id);
  const plan = /^\d{4}$/.test(params.jaar) ? findPlan(db, regio.id, Number(params.jaar)) : undefined;
  if (!plan) throw data("Dit uitvoeringsplan bestaat niet.", { status: 404 });
  return { user, regio, plan, basis: `/r/${regio.slug}/plannen/${plan.jaar}/import` };
}

export function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, regio, plan } = laadPlan(request, context, params);
  const zoek = new URL(request.url).searchParams;
  const stap = laadImportStap(regio.id, plan, user.id, zoek);
  const aantal = /^\d{1,5}$/.test(zoek.get("aantal") ?? "") ? Number(zoek.get("aantal")) : null;
  return { regioSlug: regio.slug, planJaar: plan.jaar, isConcept: plan.status === "concept", aantal, ...stap };
}

const bestandsnaamSchema = vrijeTekst({ max: 200, label: "De bestandsnaam" });

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, regio, plan, basis } = laadPlan(request, context, params);
  const gelezen = await leesBegrensdFormulier(request, MAX_VERZOEK_BYTES);
  if (!gelezen.ok) {
    const melding = gelezen.reden === "te-groot" ? MELDING.teGroot : "Het formulier kon niet worden gelezen. Probeer het opnieuw.";
    return data({ errors: { bestand: melding } as Record<string, string>, waarden: undefined }, { status: 400 });
  }
  const formData = gelezen.formData;
  if (plan.status !== "concept") return data({ errors: { form: ALLEEN_CONCEPT_IMPORT } as Record<string, string>, waarden: undefined }, { status: 400 });

  const intent = formData.get("intent");
  if (intent === "upload") {
    const bestand = formData.get("bestand");
    if (!(bestand instanceof File) || (bestand.size === 0 && bestand.name === "")) {
      return data({ errors: { bestand: MELDING.geenBestand } as Record<string, string>, waarden: undefined }, { status: 400 });
    }
    const naam = bestandsnaamSchema.safeParse(bestand.name);
    if (!naam.success) return data({ errors: { bestand: naam.error.issues[0].message } as Record<string, string>, waarden: undefined }, { status: 400 });
    const uitkomst = await leesBestand(naam.data, new Uint8Array(await bestand.arrayBuffer()));
    if (!uitkomst.ok) return data({ errors: { bestand: uitkomst.melding } as Record<string, string>, waarden: undefined }, { status: 400 });
    const id = maakSessie(user, regio.id, plan.id, naam.data, uitkomst.tabel);
    return redirect(`${basis}?sessie=${id}`);
  }

  if (intent === "koppeling" || intent === "importeren") {
    const sessieId = sessieUitParam(typeof formData.get("sessie") === "string" ? (formData.get("sessie") as string) : null);
    const sessie = laadSessieOf404(regio.id, plan, user.id, sessieId);
    if (sessie.geimporteerdOp) return redirect(`${basis}?sessie=${sessie.id}`);
    if (intent === "koppeling") {
      const koppeling = leesKoppeling(formData, sessie.kolommen.namen.length);
      if (!koppeling.ok) return data({ errors: koppeling.errors as Record<string, string>, waarden: koppeling.waarden }, { status: 400 });
      bewaarKoppeling(user, regio.id, sessie, koppeling.koppeling);
      return redirect(`${basis}?sessie=${sessie.id}&stap=controle`);
    }
    const resultaat = voerImportUit(user, regio.id, plan.jaar, sessie.id);
    if (resultaat.ok) return redirect(`${basis}?sessie=${sessie.id}${resultaat.herhaald ? "" : `&aantal=${resultaat.aantal}`}`);
    if (resultaat.status === 404) throw data(resultaat.errors.form ?? "Deze import bestaat niet.", { status: 404 });
    return data({ errors: resultaat.errors as Record<string, string>, waarden: undefined }, { status: resultaat.status });
  }
  return data({ errors: { form: "Onbekende handeling; laad de pagina opnieuw." } as Record<string, string>, waarden: undefined }, { status: 400 });
}

function Stappen({ huidig }: { huidig: 1 | 2 | 3 | 4 }) {
  const namen = ["Bestand kiezen", "Kolommen koppelen", "Controleren", "Geïmporteerd"];
  return (
    <ol className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
      {namen.map((naam, i) => (
        <li key={naam} aria-current={i + 1 === huidig ? "step" : undefined} className={i + 1 === huidig ? "font-semibold text-slate-900 underline" : ""}>
          Stap {i + 1}: {naam}
        </li>
      ))}
    </ol>
  );
}

export default function PlanImport({ loaderData, actionData }: Route.ComponentProps) {
  const { regioSlug, planJaar, isConcept } = loaderData;
  const navigation = useNavigation();
  const planPad = `/r/${regioSlug}/plannen/${planJaar}`;
  const basis = `${planPad}/import`;
  const errors = actionData?.errors;
  const heeftVeldfouten = errors && Object.keys(errors).some((k) => k !== "form");

  return (
    <>
      <p className="text-sm">
        <a href={planPad}>Uitvoeringsplan {planJaar}</a>
      </p>
      <h1 className="mt-2">Acties importeren in uitvoeringsplan {planJaar}</h1>
      {!isConcept ? (
        <div className="mt-6">
          <Notice tone="info">
            <p>{ALLEEN_CONCEPT_IMPORT}</p>
          </Notice>
        </div>
      ) : loaderData.stap === "upload" ? (
        <>
          <Stappen huidig={1} />
          <p className="mt-4 max-w-3xl text-slate-700">
            Importeer een bestaand uitvoeringsplan uit Excel of CSV. U koppelt daarna de kolommen, ziet per rij wat er wordt
            geïmporteerd, en pas dan worden de acties in één keer toegevoegd. Bestanden met een BSN of gegevens van inwoners
            horen hier niet thuis.
          </p>
          <div className="mt-6">
            <UploadFormulier errors={errors} bezig={navigation.state === "submitting"} />
          </div>
        </>
      ) : loaderData.stap === "koppeling" ? (
        <>
          <Stappen huidig={2} />
          <BestandInfo sessie={loaderData.sessie} />
          <h2 className="mt-6">Kolommen koppelen</h2>
          <p className="mt-2 max-w-3xl text-slate-700">
            Kies per kolom van het bestand in welk veld van de actie die komt. Wij hebben een keuze voorgesteld op basis van
            de kolomnamen. Titel, Doelstelling, Trekker en Deadline zijn nodig.
          </p>
          <div className="mt-4">
            <KoppelingFormulier
              sessieId={loaderData.sessie.id}
              kolommen={loaderData.kolommen}
              koppeling={loaderData.koppeling}
              errors={errors}
              waarden={actionData?.waarden}
            />
          </div>
          <p className="mt-6">
            <a href={basis}>Ander bestand kiezen</a>
          </p>
        </>
      ) : loaderData.stap === "controle" ? (
        <>
          <Stappen huidig={3} />
          <BestandInfo sessie={loaderData.sessie} />
          <h2 className="mt-6">Controleren</h2>
          {errors && !heeftVeldfouten ? <ErrorSummary errors={errors} /> : null}
          {loaderData.ontbreekt.length > 0 ? (
            <Notice tone="info">
              <p>Koppel eerst een kolom aan: {loaderData.ontbreekt.join(", ")}.</p>
            </Notice>
          ) : loaderData.foutRijen.length > 0 ? (
            <div className="rounded border-l-4 border-red-700 bg-red-50 p-4">
              <p className="font-semibold text-red-800">
                {loaderData.foutRijen.length} van {loaderData.rijen.length} rijen {loaderData.foutRijen.length === 1 ? "heeft" : "hebben"} een
                fout. Er wordt pas geïmporteerd als alle rijen in orde zijn.
              </p>
              <p className="mt-1">Pas het bestand aan en upload het opnieuw, of pas de koppeling van de kolommen aan.</p>
            </div>
          ) : (
            <p className="mt-2">
              {loaderData.rijen.length === 1 ? "De rij is" : `Alle ${loaderData.rijen.length} rijen zijn`} in orde. Bij het importeren{" "}
              {loaderData.rijen.length === 1 ? "wordt 1 actie" : `worden ${loaderData.rijen.length} acties`} aangemaakt
              in uitvoeringsplan {planJaar}; een status anders dan Niet gestart wordt vastgelegd als voortgangsupdate.
            </p>
          )}
          {loaderData.overgeslagen.length > 0 ? (
            <p className="mt-2 text-slate-700">
              Overgeslagen (geen titel, doelstelling, trekker of deadline): rij {loaderData.overgeslagen.join(", ")}.
            </p>
          ) : null}
          <ImportVoorbeeld rijen={loaderData.rijen} />
          <div className="mt-6 flex flex-wrap items-center gap-4">
            {loaderData.foutRijen.length === 0 && loaderData.ontbreekt.length === 0 && loaderData.rijen.length > 0 ? (
              <Form method="post">
                <input type="hidden" name="intent" value="importeren" />
                <input type="hidden" name="sessie" value={loaderData.sessie.id} />
                <Button type="submit" disabled={navigation.state === "submitting"}>
                  {loaderData.rijen.length} {loaderData.rijen.length === 1 ? "actie" : "acties"} importeren
                </Button>
              </Form>
            ) : null}
            <a href={`${basis}?sessie=${loaderData.sessie.id}`} className="inline-flex min-h-11 items-center">
              Koppeling aanpassen
            </a>
            <a href={basis} className="inline-flex min-h-11 items-center">
              Ander bestand kiezen
            </a>
          </div>
        </>
      ) : (
        <>
          <Stappen huidig={4} />
          <div className="mt-6">
            <Notice>
              <p>
                {loaderData.aantal !== null ? `${loaderData.aantal} ${loaderData.aantal === 1 ? "actie" : "acties"}` : "De acties"} uit{" "}
                {loaderData.sessie.bestandsnaam} {loaderData.aantal === 1 ? "is" : "zijn"} geïmporteerd
                {loaderData.sessie.geimporteerdOp ? ` op ${formatTijdstip(loaderData.sessie.geimporteerdOp)}` : ""}.
              </p>
            </Notice>
          </div>
          <p>
            <a href={planPad}>Naar uitvoeringsplan {planJaar}</a>
          </p>
        </>
      )}
    </>
  );
}

function BestandInfo({ sessie }: { sessie: { bestandsnaam: string; tabblad: string | null; kopRij: number; aantalRijen: number; overgeslagenTabbladen: string[] } }) {
  return (
    <p className="mt-4 max-w-3xl text-slate-700">
      Bestand <strong>{sessie.bestandsnaam}</strong>
      {sessie.tabblad ? `, tabblad "${sessie.tabblad}"` : ""}: kolomnamen op rij {sessie.kopRij}, {sessie.aantalRijen}{" "}
      {sessie.aantalRijen === 1 ? "rij" : "rijen"} met gegevens.
      {sessie.overgeslagenTabbladen.length > 0 ? ` Niet gelezen: ${sessie.overgeslagenTabbladen.map((t) => `"${t}"`).join(", ")}.` : ""}
    </p>
  );
}
