import { data, Form, useNavigation } from "react-router";
import type { Route } from "./+types/uitnodigen";
import { ROLLEN } from "../../../db/enums";
import { requireUser } from "../../auth/guards.server";
import { Button, ErrorSummary, Field, Notice } from "../../components/form";
import { smtpUrl } from "../../config.server";
import { emailVeld, naamVeld, optioneelId, rolVeld } from "../../domain/beheer/form-velden";
import { keuzesInScope, regiosInScope } from "../../domain/beheer/regios.server";
import { requireBeheerScope } from "../../domain/beheer/toegang.server";
import { nodigUit } from "../../domain/beheer/uitnodigen.server";
import { parseForm } from "../../domain/form-data";
import { deliverPendingMail } from "../../domain/mail.server";
import { z } from "../../domain/zod";
import { RolVelden } from "./rol-velden";

export const meta: Route.MetaFunction = () => [{ title: "Gebruiker uitnodigen — Beheer — Regiovisie Uitvoeringsplan" }];

const UitnodigingSchema = z.object({
  email: emailVeld,
  naam: naamVeld("Vul de naam van de persoon in.", 200),
  rol: rolVeld,
  regioId: optioneelId,
  gemeenteId: optioneelId,
  organisatieId: optioneelId,
});

const LABELS = {
  email: "E-mailadres",
  naam: "Naam",
  rol: "Rol",
  regioId: "Regio",
  gemeenteId: "Gemeente",
  organisatieId: "Organisatie",
};

export function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const scope = requireBeheerScope(user);
  return {
    beheerder: scope.beheerder,
    regios: regiosInScope(scope).map((r) => ({ id: r.id, naam: r.naam })),
    ...keuzesInScope(scope),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const scope = requireBeheerScope(user);
  const parsed = parseForm(await request.formData(), UitnodigingSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values, verstuurd: null }, { status: 400 });

  const uitkomst = nodigUit({ id: user.id, ip: user.ip }, scope, parsed.data);
  if (!uitkomst.ok) {
    return data(
      { errors: uitkomst.errors as Record<string, string>, values: waardenVan(parsed.data), verstuurd: null },
      { status: 400 },
    );
  }
  deliverPendingMail().catch(() => console.error("Bezorgen van de uitnodigingsmail is mislukt."));
  return {
    errors: undefined,
    values: undefined,
    verstuurd: {
      gebruikerId: uitkomst.waarde.gebruikerId,
      email: parsed.data.email,
      soort: uitkomst.waarde.soort,
      viaSmtp: Boolean(smtpUrl()),
    },
  };
}

function waardenVan(invoer: z.infer<typeof UitnodigingSchema>): Record<string, string> {
  return {
    email: invoer.email,
    naam: invoer.naam,
    rol: invoer.rol,
    regioId: invoer.regioId?.toString() ?? "",
    gemeenteId: invoer.gemeenteId?.toString() ?? "",
    organisatieId: invoer.organisatieId?.toString() ?? "",
  };
}

export default function Uitnodigen({ loaderData, actionData }: Route.ComponentProps) {
  const { beheerder, regios, gemeenten, organisaties } = loaderData;
  const navigation = useNavigation();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const values = (actionData?.values ?? {}) as Record<string, string>;
  const verstuurd = actionData?.verstuurd;
  const rollen = beheerder ? ROLLEN : ROLLEN.filter((r) => r !== "beheerder");

  return (
    <>
      <h1>Gebruiker uitnodigen</h1>
      <p className="mt-2 max-w-3xl">
        De persoon krijgt een e-mail met een link om zelf een wachtwoord te kiezen. Heeft deze persoon al een account? Dan
        krijgt het account de nieuwe rol erbij.
      </p>
      <div className="mt-6 max-w-xl">
        {verstuurd ? (
          <Notice>
            <p className="font-semibold">
              {verstuurd.soort === "uitgenodigd"
                ? `De uitnodiging voor ${verstuurd.email} is ${verstuurd.viaSmtp ? "verstuurd" : "klaargezet"}.`
                : `${verstuurd.email} had al een account en heeft de rol erbij gekregen. Er is een e-mail ${verstuurd.viaSmtp ? "verstuurd" : "klaargezet"}.`}
            </p>
            {!verstuurd.viaSmtp ? (
              <p className="mt-1">
                Er is geen mailserver ingesteld: de e-mail staat in de{" "}
                {beheerder ? <a href="/beheer/outbox">outbox</a> : "outbox"}, waar de beheerder hem kan lezen en doorsturen.
              </p>
            ) : null}
            <p className="mt-1">
              <a href={`/beheer/gebruikers/${verstuurd.gebruikerId}`}>Bekijk deze gebruiker</a>
            </p>
          </Notice>
        ) : null}
        <ErrorSummary errors={errors} labels={LABELS} />
        <Form method="post" noValidate key={verstuurd ? `na-${verstuurd.gebruikerId}` : "formulier"}>
          <Field name="email" label="E-mailadres" error={errors?.email}>
            {(props) => (
              <input {...props} type="email" autoComplete="off" maxLength={254} defaultValue={values.email ?? ""} required />
            )}
          </Field>
          <Field name="naam" label="Naam" hint="Voor- en achternaam, zoals de persoon die gebruikt." error={errors?.naam}>
            {(props) => <input {...props} type="text" autoComplete="off" maxLength={200} defaultValue={values.naam ?? ""} required />}
          </Field>
          {regios.length === 1 && !beheerder ? (
            <div className="mb-5">
              <p className="font-semibold">Regio</p>
              <p>{regios[0].naam}</p>
              <input type="hidden" name="regioId" value={regios[0].id} />
            </div>
          ) : (
            <Field
              name="regioId"
              label="Regio"
              hint={beheerder ? "Niet nodig voor de rol Beheerder: die geldt voor alle regio's." : undefined}
              error={errors?.regioId}
            >
              {(props) => (
                <select {...props} defaultValue={values.regioId ?? ""}>
                  <option value="">Kies een regio</option>
                  {regios.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.naam}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <RolVelden
            idPrefix=""
            rollen={rollen}
            regios={regios}
            gemeenten={gemeenten}
            organisaties={organisaties}
            errors={errors}
            waarden={values}
          />
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {navigation.state === "submitting" ? "Bezig met uitnodigen…" : "Uitnodiging versturen"}
          </Button>
        </Form>
      </div>
    </>
  );
}
