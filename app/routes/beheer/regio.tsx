import { data, Form, useNavigation } from "react-router";
import type { Route } from "./+types/regio";
import { ORGANISATIE_SOORTEN } from "../../../db/enums";
import { requireUser } from "../../auth/guards.server";
import { Button, ErrorSummary, Field, Notice } from "../../components/form";
import { naamVeld } from "../../domain/beheer/form-velden";
import { idUitParam } from "../../domain/beheer/id-param";
import { ORGANISATIE_SOORT_LABELS } from "../../domain/beheer/organisatie-soorten";
import { addGemeente, addOrganisatie, getRegioDetail, updateRegio } from "../../domain/beheer/regios.server";
import { requireBeheerder } from "../../domain/beheer/toegang.server";
import { parseForm } from "../../domain/form-data";
import { z } from "../../domain/zod";
import { ScrollRegion } from "../../components/scroll-region";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.regio.naam ?? "Regio"} — Beheer — Regiovisie Uitvoeringsplan` },
];

const WekenMelding = "Kies een aantal weken van 1 tot en met 52.";

const RegioActieSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("regio-bewerken"),
      naam: naamVeld("Vul de naam van de regio in.", 100),
      nietBijgewerktWeken: z
        .string({ error: WekenMelding })
        .trim()
        .regex(/^\d{1,2}$/, WekenMelding)
        .transform(Number)
        .pipe(z.number().min(1, WekenMelding).max(52, WekenMelding)),
    }),
    z.object({
      intent: z.literal("gemeente-toevoegen"),
      gemeenteNaam: naamVeld("Vul de naam van de gemeente in.", 100),
      centrumgemeente: z
        .literal("ja", { error: "Ongeldige keuze voor centrumgemeente." })
        .optional()
        .transform((v) => v === "ja"),
    }),
    z.object({
      intent: z.literal("organisatie-toevoegen"),
      organisatieNaam: naamVeld("Vul de naam van de organisatie in.", 150),
      soort: z.enum(ORGANISATIE_SOORTEN, { error: "Kies een soort organisatie uit de lijst." }),
    }),
  ],
  { error: "Onbekende handeling." },
);

function laadRegio(id: number) {
  const regio = getRegioDetail(id);
  if (!regio) throw data("Deze regio bestaat niet.", { status: 404 });
  return regio;
}

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  requireBeheerder(user, { recht: "regios.beheren" });
  const regio = laadRegio(idUitParam(params.id, "Deze regio"));
  return { regio, aangemaakt: new URL(request.url).searchParams.has("aangemaakt") };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  requireBeheerder(user, { recht: "regios.beheren" });
  const regioId = laadRegio(idUitParam(params.id, "Deze regio")).id;
  const parsed = parseForm(await request.formData(), RegioActieSchema);
  if (!parsed.ok) {
    return data({ intent: parsed.values.intent, errors: parsed.errors, values: parsed.values, melding: null }, { status: 400 });
  }
  const door = { id: user.id, ip: user.ip };
  const invoer = parsed.data;
  const uitkomst =
    invoer.intent === "regio-bewerken"
      ? updateRegio(door, regioId, { naam: invoer.naam, nietBijgewerktWeken: invoer.nietBijgewerktWeken })
      : invoer.intent === "gemeente-toevoegen"
        ? hernoem(addGemeente(door, regioId, { naam: invoer.gemeenteNaam, isCentrumgemeente: invoer.centrumgemeente }), "gemeenteNaam")
        : hernoem(addOrganisatie(door, regioId, { naam: invoer.organisatieNaam, soort: invoer.soort }), "organisatieNaam");
  if (!uitkomst) throw data("Deze regio bestaat niet.", { status: 404 });
  if (!uitkomst.ok) {
    return data({ intent: invoer.intent, errors: uitkomst.errors, values: terugInFormulier(invoer), melding: null }, { status: 400 });
  }
  const melding = {
    "regio-bewerken": "De regio is bijgewerkt.",
    "gemeente-toevoegen": "De gemeente is toegevoegd.",
    "organisatie-toevoegen": "De organisatie is toegevoegd.",
  }[invoer.intent];
  return { intent: invoer.intent, errors: undefined, values: undefined, melding };
}

function terugInFormulier(invoer: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(invoer).map(([veld, waarde]) => [veld, waarde === true ? "ja" : waarde === false ? "" : String(waarde)]),
  );
}

/** The domain says "naam"; this page has three name fields and must point at the right one. */
function hernoem<T extends { ok: boolean; errors?: Partial<Record<string, string>> }>(uitkomst: T, veld: string): T {
  if (uitkomst.ok || !uitkomst.errors?.naam) return uitkomst;
  return { ...uitkomst, errors: { [veld]: uitkomst.errors.naam } };
}

export default function RegioBeheer({ loaderData, actionData }: Route.ComponentProps) {
  const { regio, aangemaakt } = loaderData;
  const navigation = useNavigation();
  const bezig = navigation.state === "submitting";
  const foutenVoor = (intent: string) =>
    actionData?.intent === intent ? (actionData.errors as Record<string, string> | undefined) : undefined;
  const waardenVoor = (intent: string) =>
    actionData?.intent === intent ? (actionData.values as Record<string, string> | undefined) : undefined;
  const regioFouten = foutenVoor("regio-bewerken");
  const gemeenteFouten = foutenVoor("gemeente-toevoegen");
  const organisatieFouten = foutenVoor("organisatie-toevoegen");
  const regioWaarden = waardenVoor("regio-bewerken");
  const gemeenteWaarden = waardenVoor("gemeente-toevoegen");
  const organisatieWaarden = waardenVoor("organisatie-toevoegen");

  return (
    <>
      <p className="text-sm">
        <a href="/beheer/regios">Alle regio&apos;s</a>
      </p>
      <h1 className="mt-2">{regio.naam}</h1>
      <p className="mt-1 text-slate-700">
        Webadres: <span className="font-mono">/r/{regio.slug}</span>
      </p>
      <div className="mt-6">
        {aangemaakt && !actionData ? <Notice>De regio is aangemaakt. Voeg nu de gemeenten en organisaties toe.</Notice> : null}
        {actionData?.melding ? <Notice>{actionData.melding}</Notice> : null}
      </div>

      <section aria-labelledby="instellingen" className="mt-6 max-w-xl">
        <h2 id="instellingen">Instellingen</h2>
        <div className="mt-4">
          <ErrorSummary errors={regioFouten} labels={{ naam: "Naam", nietBijgewerktWeken: "Niet bijgewerkt na" }} />
          <Form method="post" noValidate key={`regio-${regio.naam}-${regio.nietBijgewerktWeken}`}>
            <input type="hidden" name="intent" value="regio-bewerken" />
            <Field name="naam" label="Naam" error={regioFouten?.naam}>
              {(props) => <input {...props} type="text" maxLength={100} defaultValue={regioWaarden?.naam ?? regio.naam} required />}
            </Field>
            <Field
              name="nietBijgewerktWeken"
              label="Niet bijgewerkt na (weken)"
              hint="Een actie zonder voortgang in zoveel weken krijgt de markering ‘niet bijgewerkt’. Van 1 tot en met 52."
              error={regioFouten?.nietBijgewerktWeken}
            >
              {(props) => (
                <input
                  {...props}
                  type="number"
                  min={1}
                  max={52}
                  inputMode="numeric"
                  className={`${props.className} max-w-32`}
                  defaultValue={regioWaarden?.nietBijgewerktWeken ?? String(regio.nietBijgewerktWeken)}
                  required
                />
              )}
            </Field>
            <Button type="submit" disabled={bezig}>
              Opslaan
            </Button>
          </Form>
        </div>
      </section>

      <section aria-labelledby="gemeenten" className="mt-10">
        <h2 id="gemeenten">Gemeenten</h2>
        {regio.gemeenten.length === 0 ? (
          <p className="mt-2">Deze regio heeft nog geen gemeenten.</p>
        ) : (
          <ScrollRegion label="Gemeenten" className="mt-4">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">Gemeenten van {regio.naam}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="p-2">Gemeente</th>
                  <th scope="col" className="p-2">Subregio</th>
                  <th scope="col" className="p-2">Centrumgemeente</th>
                </tr>
              </thead>
              <tbody>
                {regio.gemeenten.map((g) => (
                  <tr key={g.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-semibold">{g.naam}</th>
                    <td className="p-2">{g.subregio ?? "—"}</td>
                    <td className="p-2">{g.isCentrumgemeente ? "Ja, centrumgemeente" : "Nee"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <div className="mt-6 max-w-xl">
          <h3>Gemeente toevoegen</h3>
          <div className="mt-3">
            <ErrorSummary errors={gemeenteFouten} labels={{ gemeenteNaam: "Naam van de gemeente" }} />
            <Form method="post" noValidate key={`gemeente-${regio.gemeenten.length}`}>
              <input type="hidden" name="intent" value="gemeente-toevoegen" />
              <Field name="gemeenteNaam" label="Naam van de gemeente" error={gemeenteFouten?.gemeenteNaam}>
                {(props) => (
                  <input {...props} type="text" maxLength={100} defaultValue={gemeenteWaarden?.gemeenteNaam ?? ""} required />
                )}
              </Field>
              <div className="mb-5 flex min-h-11 items-center gap-3">
                <input
                  id="centrumgemeente"
                  name="centrumgemeente"
                  type="checkbox"
                  value="ja"
                  className="h-6 w-6"
                  defaultChecked={gemeenteWaarden?.centrumgemeente === "ja"}
                />
                <label htmlFor="centrumgemeente">Dit is een centrumgemeente</label>
              </div>
              <Button type="submit" disabled={bezig}>
                Gemeente toevoegen
              </Button>
            </Form>
          </div>
        </div>
      </section>

      <section aria-labelledby="organisaties" className="mt-10">
        <h2 id="organisaties">Organisaties</h2>
        {regio.organisaties.length === 0 ? (
          <p className="mt-2">Deze regio heeft nog geen organisaties (ketenpartners).</p>
        ) : (
          <ScrollRegion label="Organisaties" className="mt-4">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">Organisaties (ketenpartners) van {regio.naam}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="p-2">Organisatie</th>
                  <th scope="col" className="p-2">Soort</th>
                </tr>
              </thead>
              <tbody>
                {regio.organisaties.map((o) => (
                  <tr key={o.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-semibold">{o.naam}</th>
                    <td className="p-2">{ORGANISATIE_SOORT_LABELS[o.soort]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <div className="mt-6 max-w-xl">
          <h3>Organisatie toevoegen</h3>
          <div className="mt-3">
            <ErrorSummary
              errors={organisatieFouten}
              labels={{ organisatieNaam: "Naam van de organisatie", soort: "Soort" }}
            />
            <Form method="post" noValidate key={`organisatie-${regio.organisaties.length}`}>
              <input type="hidden" name="intent" value="organisatie-toevoegen" />
              <Field name="organisatieNaam" label="Naam van de organisatie" error={organisatieFouten?.organisatieNaam}>
                {(props) => (
                  <input {...props} type="text" maxLength={150} defaultValue={organisatieWaarden?.organisatieNaam ?? ""} required />
                )}
              </Field>
              <Field name="soort" label="Soort" error={organisatieFouten?.soort}>
                {(props) => (
                  <select {...props} defaultValue={organisatieWaarden?.soort ?? "overig"}>
                    {ORGANISATIE_SOORTEN.map((s) => (
                      <option key={s} value={s}>
                        {ORGANISATIE_SOORT_LABELS[s]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Button type="submit" disabled={bezig}>
                Organisatie toevoegen
              </Button>
            </Form>
          </div>
        </div>
      </section>
    </>
  );
}
