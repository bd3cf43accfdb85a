import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/lokale-kamers-sjabloon";
import { requirePermission, requireRegio, requireUser } from "../../auth/guards.server";
import { Button, Notice } from "../../components/form";
import { SjabloonFormulier } from "../../components/lokale-kamer/sjabloon-formulier";
import { SjabloonTabel } from "../../components/lokale-kamer/sjabloon-tabel";
import { parseForm } from "../../domain/form-data";
import { sjabloonIdSchema, sjabloonMijlpaalSchema, sjabloonVerplaatsSchema, sjabloonWijzigSchema } from "../../domain/lokale-kamer/formulieren";
import {
  aantalLokaleKamers,
  laadSjabloon,
  verplaatsSjabloonMijlpaal,
  verwijderSjabloonMijlpaal,
  voegSjabloonMijlpaalToe,
  wijzigSjabloonMijlpaal,
  type SjabloonResultaat,
} from "../../domain/lokale-kamer/sjabloon.server";
import { can } from "../../domain/permissions";

export const meta: Route.MetaFunction = () => [{ title: "Sjabloon lokale kamer — Regiovisie Uitvoeringsplan" }];

function idUitZoek(zoek: URLSearchParams, naam: string): number | null {
  const waarde = zoek.get(naam);
  return waarde && /^\d{1,12}$/.test(waarde) ? Number(waarde) : null;
}

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const zoek = new URL(request.url).searchParams;
  return {
    regioSlug: regio.slug,
    regioNaam: regio.naam,
    regels: laadSjabloon(regio.id),
    aantalKamers: aantalLokaleKamers(regio.id),
    magBewerken: can(user, { recht: "lokaleKamerSjabloon.bewerken", regioId: regio.id }),
    bewerk: idUitZoek(zoek, "bewerk"),
    verwijder: idUitZoek(zoek, "verwijder"),
    opgeslagen: zoek.get("opgeslagen") === "1",
  };
}

type Uitkomst = { intent: string | null; errors: Record<string, string | undefined>; values: Record<string, string> };

function fout(intent: string | null, errors: Uitkomst["errors"], values: Record<string, string>, status: number) {
  return data<Uitkomst>({ intent, errors, values }, { status });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  requirePermission(user, { recht: "lokaleKamerSjabloon.bewerken", regioId: regio.id }, regio.id);
  const formData = await request.formData();
  const intent = typeof formData.get("intent") === "string" ? (formData.get("intent") as string) : null;
  const terug = `/r/${regio.slug}/lokale-kamers/sjabloon?opgeslagen=1`;

  let resultaat: SjabloonResultaat;
  let values: Record<string, string> = {};
  if (intent === "toevoegen") {
    const parsed = parseForm(formData, sjabloonMijlpaalSchema);
    if (!parsed.ok) return fout(intent, parsed.errors, parsed.values, 400);
    values = { sjabloonTitel: parsed.data.sjabloonTitel, sjabloonOmschrijving: parsed.data.sjabloonOmschrijving ?? "" };
    resultaat = voegSjabloonMijlpaalToe(user, regio.id, parsed.data);
  } else if (intent === "wijzigen") {
    const parsed = parseForm(formData, sjabloonWijzigSchema);
    if (!parsed.ok) return fout(intent, parsed.errors, parsed.values, 400);
    values = {
      templateId: String(parsed.data.templateId),
      sjabloonTitel: parsed.data.sjabloonTitel,
      sjabloonOmschrijving: parsed.data.sjabloonOmschrijving ?? "",
    };
    resultaat = wijzigSjabloonMijlpaal(user, regio.id, parsed.data.templateId, parsed.data);
  } else if (intent === "verplaatsen") {
    const parsed = parseForm(formData, sjabloonVerplaatsSchema);
    if (!parsed.ok) return fout(intent, parsed.errors, parsed.values, 400);
    resultaat = verplaatsSjabloonMijlpaal(user, regio.id, parsed.data.templateId, parsed.data.richting);
  } else if (intent === "verwijderen") {
    const parsed = parseForm(formData, sjabloonIdSchema);
    if (!parsed.ok) return fout(intent, parsed.errors, parsed.values, 400);
    resultaat = verwijderSjabloonMijlpaal(user, regio.id, parsed.data.templateId);
  } else {
    return fout(null, { form: "Onbekende handeling." }, {}, 400);
  }

  if (resultaat.ok) return redirect(terug);
  return fout(intent, resultaat.errors, values, resultaat.status);
}

export default function LokaleKamersSjabloon({ loaderData, actionData }: Route.ComponentProps) {
  const { regioSlug, regioNaam, regels, aantalKamers, magBewerken, opgeslagen } = loaderData;
  const pagina = `/r/${regioSlug}/lokale-kamers/sjabloon`;
  const bewerkId = actionData?.intent === "wijzigen" ? Number(actionData.values.templateId) || loaderData.bewerk : loaderData.bewerk;
  const teBewerken = magBewerken ? regels.find((r) => r.id === bewerkId) : undefined;
  const teVerwijderen = magBewerken ? regels.find((r) => r.id === loaderData.verwijder) : undefined;
  const algemeneFout = actionData && actionData.intent !== "toevoegen" && actionData.intent !== "wijzigen" ? actionData.errors.form : undefined;

  return (
    <>
      <p className="text-sm">
        <a href={`/r/${regioSlug}/lokale-kamers`} className="inline-block py-1">
          Terug naar de lokale kamers
        </a>
      </p>
      <h1 className="mt-2">Sjabloon met mijlpalen voor de lokale kamer</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Elke gemeente van {regioNaam} volgt de opbouw van haar lokale kamer met deze mijlpalen, in deze volgorde. Een wijziging
        geldt voor gemeenten die de mijlpaal nog niet zijn begonnen (status open en niets ingevuld); wat een gemeente al heeft
        gedaan, blijft staan. Een nieuwe mijlpaal komt bij elke gemeente erbij.
      </p>

      {opgeslagen && !actionData ? (
        <div className="mt-4">
          <Notice>Het sjabloon is bijgewerkt.</Notice>
        </div>
      ) : null}
      {algemeneFout ? (
        <div role="alert" className="mt-4 max-w-3xl rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {algemeneFout}
        </div>
      ) : null}

      <section aria-labelledby="sjabloon-kop" className="mt-6">
        <h2 id="sjabloon-kop">Mijlpalen</h2>
        <SjabloonTabel regels={regels} magBewerken={magBewerken} aantalKamers={aantalKamers} />
      </section>

      {teVerwijderen ? (
        <section aria-labelledby="verwijderen-kop" className="mt-8" id="verwijderen">
          <h2 id="verwijderen-kop">Mijlpaal uit het sjabloon verwijderen</h2>
          <Form method="post" className="mt-3 max-w-2xl rounded border border-red-700 bg-white p-4">
            <input type="hidden" name="intent" value="verwijderen" />
            <input type="hidden" name="templateId" value={teVerwijderen.id} />
            <p className="font-semibold">Weet u zeker dat u &ldquo;{teVerwijderen.titel}&rdquo; uit het sjabloon wilt verwijderen?</p>
            <p className="mt-1">
              {teVerwijderen.gestart > 0
                ? `${teVerwijderen.gestart} ${teVerwijderen.gestart === 1 ? "gemeente is" : "gemeenten zijn"} er al mee begonnen en houden de mijlpaal als eigen geschiedenis. `
                : ""}
              Bij de andere gemeenten verdwijnt hij.
            </p>
            <div className="mt-3 flex flex-wrap items-center gap-4">
              <Button type="submit" variant="danger">
                Ja, verwijderen
              </Button>
              <a href={pagina} className="inline-flex min-h-11 items-center">
                Nee, niet verwijderen
              </a>
            </div>
          </Form>
        </section>
      ) : null}

      {magBewerken && teBewerken ? (
        <section aria-labelledby="bewerken-kop" className="mt-8" id="bewerken">
          <h2 id="bewerken-kop">Mijlpaal bewerken: {teBewerken.titel}</h2>
          <div className="mt-3">
            <SjabloonFormulier
              key={teBewerken.id}
              templateId={teBewerken.id}
              waarden={
                actionData?.intent === "wijzigen"
                  ? actionData.values
                  : { sjabloonTitel: teBewerken.titel, sjabloonOmschrijving: teBewerken.omschrijving ?? "" }
              }
              errors={actionData?.intent === "wijzigen" ? actionData.errors : undefined}
              annuleerNaar={pagina}
            />
          </div>
        </section>
      ) : magBewerken ? (
        <section aria-labelledby="toevoegen-kop" className="mt-8">
          <h2 id="toevoegen-kop">Mijlpaal toevoegen</h2>
          <div className="mt-3">
            <SjabloonFormulier
              waarden={actionData?.intent === "toevoegen" ? actionData.values : undefined}
              errors={actionData?.intent === "toevoegen" ? actionData.errors : undefined}
            />
          </div>
        </section>
      ) : (
        <p className="mt-6">Alleen de regiocoördinatoren kunnen het sjabloon wijzigen.</p>
      )}
    </>
  );
}
