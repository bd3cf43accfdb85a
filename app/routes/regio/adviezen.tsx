import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/adviezen";
import { requirePermission, requireRegio, requireUser } from "../../auth/guards.server";
import { AdviezenTabel } from "../../components/adviezen/adviezen-tabel";
import { NieuwAdviesForm } from "../../components/adviezen/nieuw-advies-form";
import { Button } from "../../components/form";
import { alleenOpenUit, NieuwAdviesSchema } from "../../domain/adviezen/advies-formulieren";
import { registreerAdvies } from "../../domain/adviezen/adviezen-opslaan.server";
import { listAdviezen } from "../../domain/adviezen/adviezen.server";
import { formWaarden } from "../../domain/adviezen/form-waarden";
import { parseForm } from "../../domain/form-data";
import { vandaag } from "../../domain/format";
import { can } from "../../domain/permissions";
import { listGemeenten } from "../../domain/plan/plan-query.server";

export const meta: Route.MetaFunction = () => [{ title: "Adviezen — Regiovisie Uitvoeringsplan" }];

export function loader({ request, context, params }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  const alleenOpen = alleenOpenUit(new URL(request.url));
  const magBeheren = can(user, { recht: "actualisatie.beheren", regioId: regio.id });
  return {
    regioSlug: regio.slug,
    adviezen: listAdviezen(regio.id, { alleenOpen }),
    alleenOpen,
    magBeheren,
    gemeenten: magBeheren ? listGemeenten(regio.id) : [],
    vandaag: vandaag(),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const regio = requireRegio(user, params.regio);
  requirePermission(user, { recht: "actualisatie.beheren", regioId: regio.id }, regio.id);
  const form = await request.formData();
  const parsed = parseForm(form, NieuwAdviesSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const uitkomst = registreerAdvies(user, regio.id, parsed.data);
  if (!uitkomst.ok) return data({ errors: uitkomst.errors, values: formWaarden(form) }, { status: uitkomst.status });
  return redirect(`/r/${regio.slug}/adviezen/${uitkomst.adviesId}`);
}

export default function Adviezen({ loaderData, actionData }: Route.ComponentProps) {
  const { regioSlug, adviezen, alleenOpen, magBeheren, gemeenten } = loaderData;
  return (
    <>
      <h1>Adviezen en zienswijzen</h1>
      <p className="mt-2 max-w-3xl">
        Adviesraden en gemeenten geven formeel advies op de regiovisie en de uitvoeringsplannen. Hier staat per advies hoe
        elk punt is verwerkt en welke acties het uitvoeren. Open punten komen terug bij de jaarlijkse actualisatie.
      </p>
      <Form method="get" className="mt-6 flex flex-wrap items-center gap-4">
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="open" value="1" defaultChecked={alleenOpen} className="h-5 w-5" />
          Alleen adviezen met open punten
        </label>
        <Button type="submit" variant="secondary">
          Filter toepassen
        </Button>
      </Form>
      {adviezen.length === 0 ? (
        <p className="mt-6">
          {alleenOpen
            ? "Er zijn geen adviezen met open punten."
            : `Er zijn nog geen adviezen geregistreerd.${magBeheren ? " Registreer hieronder het eerste advies." : ""}`}
        </p>
      ) : (
        <AdviezenTabel adviezen={adviezen} regioSlug={regioSlug} />
      )}
      {magBeheren ? (
        <NieuwAdviesForm
          gemeenten={gemeenten}
          vandaag={loaderData.vandaag}
          errors={actionData?.errors}
          values={actionData?.values}
        />
      ) : null}
    </>
  );
}
