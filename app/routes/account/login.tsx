import { Form, redirect, data, useNavigation } from "react-router";
import type { Route } from "./+types/login";
import { requireAnonymous } from "../../auth/guards.server";
import { logIn } from "../../auth/login.server";
import { mfaStapPad, safeRedirect } from "../../auth/redirect-doel";
import { Button, ErrorSummary, Field, Notice } from "../../components/form";
import { AccountPage } from "../../components/account-page";
import { parseForm } from "../../domain/form-data";
import { z } from "../../domain/zod";

export const meta: Route.MetaFunction = () => [{ title: "Inloggen — Regiovisie Uitvoeringsplan" }];

const LoginSchema = z.object({
  email: z
    .string({ error: "Vul uw e-mailadres in." })
    .trim()
    .min(1, "Vul uw e-mailadres in.")
    .max(254, "Dit e-mailadres is te lang.")
    .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@gemeente.nl.")),
  password: z
    .string({ error: "Vul uw wachtwoord in." })
    .min(1, "Vul uw wachtwoord in.")
    .max(256, "Dit wachtwoord is te lang."),
  redirectTo: z.string().max(2000).optional(),
});

export function loader({ request }: Route.LoaderArgs) {
  requireAnonymous(request);
  const url = new URL(request.url);
  return {
    redirectTo: safeRedirect(url.searchParams.get("redirectTo")),
    wachtwoordGewijzigd: url.searchParams.get("gewijzigd") === "1",
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const parsed = parseForm(await request.formData(), LoginSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });

  const result = await logIn({
    email: parsed.data.email,
    password: parsed.data.password,
    ip: context?.ip ?? null,
    previousRequest: request,
  });
  if (!result.ok) {
    return data(
      { errors: { form: result.message }, values: { email: parsed.data.email } },
      { status: result.locked ? 429 : 401 },
    );
  }
  // With MFA the new session is half a login: it opens only the second step (or the set-up).
  const doel = safeRedirect(parsed.data.redirectTo);
  return redirect(result.stap ? mfaStapPad(result.stap, doel) : doel, { headers: { "Set-Cookie": result.cookie } });
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const errors = actionData?.errors as Record<string, string> | undefined;
  return (
    <AccountPage title="Inloggen">
      {loaderData.wachtwoordGewijzigd && !actionData ? (
        <Notice>
          <p>Uw wachtwoord is gewijzigd. U bent op alle apparaten uitgelogd; log in met uw nieuwe wachtwoord.</p>
        </Notice>
      ) : null}
      {errors?.form ? (
        <div role="alert" className="mb-6 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {errors.form}
        </div>
      ) : (
        <ErrorSummary errors={errors} labels={{ email: "E-mailadres", password: "Wachtwoord" }} />
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <Field name="email" label="E-mailadres" error={errors?.email}>
          {(props) => (
            <input {...props} type="email" autoComplete="username" defaultValue={actionData?.values?.email ?? ""} required />
          )}
        </Field>
        <Field name="password" label="Wachtwoord" error={errors?.password}>
          {(props) => <input {...props} type="password" autoComplete="current-password" required />}
        </Field>
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Bezig met inloggen…" : "Inloggen"}
        </Button>
      </Form>
      <p className="mt-6">
        <a href="/wachtwoord-vergeten">Wachtwoord vergeten?</a>
      </p>
    </AccountPage>
  );
}
