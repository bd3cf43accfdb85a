import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/regios";
import { requireUser } from "../../auth/guards.server";
import { Button, ErrorSummary, Field } from "../../components/form";
import { naamVeld } from "../../domain/beheer/form-velden";
import { createRegio, listRegios } from "../../domain/beheer/regios.server";
import { REGIO_SLUG_PATROON } from "../../domain/beheer/slug";
import { requireBeheerder } from "../../domain/beheer/toegang.server";
import { parseForm } from "../../domain/form-data";
import { z } from "../../domain/zod";
import { ScrollRegion } from "../../components/scroll-region";

export const meta: Route.MetaFunction = () => [{ title: "Regio's — Beheer — Regiovisie Uitvoeringsplan" }];

const RegioSchema = z.object({
  naam: naamVeld("Vul de naam van de regio in.", 100),
  slug: z
    .string({ error: "Vul een slug in." })
    .trim()
    .min(1, "Vul een slug in.")
    .max(60, "Gebruik hoogstens 60 tekens.")
    .regex(REGIO_SLUG_PATROON, "Gebruik alleen kleine letters a-z, cijfers en koppeltekens, zoals hollands-midden."),
});

export function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  requireBeheerder(user, { recht: "regios.beheren" });
  return { regios: listRegios() };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(request, context);
  requireBeheerder(user, { recht: "regios.beheren" });
  const parsed = parseForm(await request.formData(), RegioSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const uitkomst = createRegio({ id: user.id, ip: user.ip }, parsed.data);
  if (!uitkomst.ok) return data({ errors: uitkomst.errors, values: parsed.data }, { status: 400 });
  return redirect(`/beheer/regios/${uitkomst.waarde}?aangemaakt=1`);
}

export default function Regios({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors as Record<string, string> | undefined;
  const values = actionData?.values as Record<string, string> | undefined;
  return (
    <>
      <h1>Regio&apos;s</h1>
      <ScrollRegion label="Regio's" className="mt-4">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Alle regio&apos;s met hun aantal gemeenten en gebruikers</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">Naam</th>
              <th scope="col" className="p-2">Slug</th>
              <th scope="col" className="p-2 text-right">Gemeenten</th>
              <th scope="col" className="p-2 text-right">Gebruikers</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.regios.map((r) => (
              <tr key={r.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-base font-semibold">
                  <a href={`/beheer/regios/${r.id}`}>{r.naam}</a>
                </th>
                <td className="p-2 font-mono">{r.slug}</td>
                <td className="p-2 text-right">{r.aantalGemeenten}</td>
                <td className="p-2 text-right">{r.aantalGebruikers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      <section aria-labelledby="nieuwe-regio" className="mt-10 max-w-xl">
        <h2 id="nieuwe-regio">Nieuwe regio</h2>
        <div className="mt-4">
          <ErrorSummary errors={errors} labels={{ naam: "Naam", slug: "Slug" }} />
          <Form method="post" noValidate>
            <Field name="naam" label="Naam" error={errors?.naam}>
              {(props) => <input {...props} type="text" maxLength={100} defaultValue={values?.naam ?? ""} required />}
            </Field>
            <Field
              name="slug"
              label="Slug"
              hint="Het deel van het webadres, zoals hollands-midden. Kleine letters, cijfers en koppeltekens."
              error={errors?.slug}
            >
              {(props) => (
                <input {...props} type="text" maxLength={60} defaultValue={values?.slug ?? ""} required spellCheck={false} />
              )}
            </Field>
            <Button type="submit">Regio aanmaken</Button>
          </Form>
        </div>
      </section>
    </>
  );
}
