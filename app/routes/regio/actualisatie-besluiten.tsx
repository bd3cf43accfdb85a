import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/actualisatie-besluiten";
import { requirePermission, requireRegio, requireUser } from "../../auth/guards.server";
import { ActualisatieNav } from "../../components/actualisatie/actualisatie-nav";
import { BesluitTabel } from "../../components/actualisatie/besluit-tabel";
import { Button, Notice } from "../../components/form";
import { laadBesluitScherm, neemBesluiten, zetOnbeslisteDoor } from "../../domain/actualisatie/besluiten.server";
import { leesBesluitRijen } from "../../domain/actualisatie/formulieren";
import { ingevuld } from "../../domain/actualisatie/ingevuld";
import { jaarUitParam } from "../../domain/actualisatie/jaar-param";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: `Besluiten over de acties van ${Number(params.jaar) - 1} — Regiovisie Uitvoeringsplan` },
];

const MELDINGEN: Record<string, string> = {
  gestart: "Het conceptplan is aangemaakt. Besluit nu per open actie wat ermee gebeurt.",
  opgeslagen: "De besluiten zijn opgeslagen.",
};

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  requirePermission(user, { recht: "actualisatie.beheren", regioId: regio.id }, regio.id);
  const jaar = jaarUitParam(params.jaar);
  const scherm = laadBesluitScherm(regio.id, jaar);
  if (!scherm) throw data(`Er is geen uitvoeringsplan ${jaar} dat uit een vorig plan is gemaakt.`, { status: 404 });
  const melding = new URL(request.url).searchParams.get("melding");
  return { regioSlug: regio.slug, jaar, ...scherm, melding: melding ? (MELDINGEN[melding] ?? null) : null };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  requirePermission(user, { recht: "actualisatie.beheren", regioId: regio.id }, regio.id);
  const jaar = jaarUitParam(params.jaar);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const terug = `/r/${regio.slug}/actualisatie/${jaar}/besluiten?melding=opgeslagen`;

  if (intent === "alles-doorzetten") {
    const uitkomst = zetOnbeslisteDoor(user, regio.id, jaar);
    if (!uitkomst.ok) return data({ errors: uitkomst.errors, values: {} as Record<string, string> }, { status: uitkomst.status });
    return redirect(terug);
  }
  if (intent !== "besluiten") return data({ errors: { form: "Onbekende handeling." }, values: {} as Record<string, string> }, { status: 400 });

  const gelezen = leesBesluitRijen(formData, jaar);
  if (!gelezen.ok) return data({ errors: gelezen.errors, values: gelezen.values }, { status: 400 });
  const uitkomst = neemBesluiten(user, regio.id, jaar, gelezen.rijen);
  if (!uitkomst.ok) {
    return data({ errors: uitkomst.errors, values: ingevuld(formData) }, { status: uitkomst.status });
  }
  return redirect(terug);
}

export default function ActualisatieBesluiten({ loaderData, actionData }: Route.ComponentProps) {
  const { regioSlug, jaar, plan, rijen, eigenaren, melding } = loaderData;
  const navigation = useNavigation();
  const bezig = navigation.state === "submitting";
  const basis = `/r/${regioSlug}`;
  const errors = actionData?.errors as Record<string, string | undefined> | undefined;
  const open = rijen.filter((r) => !r.afgesloten);
  const afgesloten = rijen.filter((r) => r.afgesloten);
  const onbeslist = open.filter((r) => r.onbeslist).length;
  const bewerkbaar = plan.status === "concept";
  const aantalFouten = errors ? Object.keys(errors).filter((k) => k !== "form").length : 0;

  return (
    <>
      <h1>Besluiten over de acties van {jaar - 1}</h1>
      <ActualisatieNav basis={basis} jaar={jaar} status={plan.status} magBeheren huidig="besluiten" />
      <p className="mt-4 max-w-3xl">
        Besluit voor elke open actie van {jaar - 1} wat ermee gebeurt in {jaar}: doorzetten (met zo nodig een nieuwe deadline of eigenaar),
        afgerond of vervallen (met reden). Doorgezette acties bewerkt u daarna op hun eigen pagina; nieuwe acties voegt u toe via{" "}
        <a href={`${basis}/plannen/${jaar}/acties/nieuw`}>nieuwe actie in {jaar}</a>.
      </p>
      <div className="mt-6 max-w-4xl">
        {melding && !actionData ? <Notice>{melding}</Notice> : null}
        {errors?.form ? (
          <div role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {errors.form}
          </div>
        ) : null}
        {aantalFouten > 0 ? (
          <div role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {aantalFouten === 1 ? "Eén besluit is" : `${aantalFouten} besluiten zijn`} niet opgeslagen; de melding staat bij de actie. Er is niets gewijzigd.
          </div>
        ) : null}
        <p className="text-lg font-semibold" aria-live="polite">
          {onbeslist === 0 ? "Alle open acties hebben een besluit." : `Nog ${onbeslist} van ${open.length} open acties zonder besluit.`}
        </p>
        {!bewerkbaar ? (
          <Notice tone="info">
            <p>Het plan {jaar} is geen concept meer; de besluiten liggen vast.</p>
          </Notice>
        ) : null}
      </div>

      {bewerkbaar && onbeslist > 0 ? (
        <Form method="post" className="no-print mt-4">
          <input type="hidden" name="intent" value="alles-doorzetten" />
          <Button type="submit" variant="secondary" disabled={bezig}>
            Alle {onbeslist} acties zonder besluit doorzetten
          </Button>
        </Form>
      ) : null}

      <section aria-labelledby="open-kop" className="mt-8">
        <h2 id="open-kop">Open acties van {jaar - 1}</h2>
        {open.length === 0 ? (
          <p className="mt-2">Het plan {jaar - 1} heeft geen open acties.</p>
        ) : (
          <Form method="post" noValidate className="mt-3">
            <input type="hidden" name="intent" value="besluiten" />
            <BesluitTabel
              basis={basis}
              jaar={jaar}
              rijen={open}
              eigenaren={eigenaren}
              bewerkbaar={bewerkbaar}
              errors={errors}
              values={actionData?.values as Record<string, string> | undefined}
            />
            {bewerkbaar ? (
              <div className="no-print mt-4">
                <Button type="submit" disabled={bezig}>
                  Besluiten opslaan
                </Button>
              </div>
            ) : null}
          </Form>
        )}
      </section>

      <section aria-labelledby="gesloten-kop" className="mt-10">
        <h2 id="gesloten-kop">Afgesloten in {jaar - 1} (geen besluit nodig)</h2>
        {afgesloten.length === 0 ? (
          <p className="mt-2">Geen.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {afgesloten.map((r) => (
              <li key={r.id}>
                <span className="font-semibold">{r.code}</span> <a href={`${basis}/acties/${r.id}`}>{r.titel}</a> —{" "}
                {r.status === "afgerond" ? "afgerond" : "vervallen"}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
