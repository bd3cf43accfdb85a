import { Form, data, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/tweede-stap";
import { halveLoginOf } from "../../auth/guards.server";
import { codeVeld, herstelcodeVeld } from "../../auth/mfa-formulieren";
import { voltooiTweedeStap } from "../../auth/mfa-login.server";
import { mfaStapPad, safeRedirect } from "../../auth/redirect-doel";
import { AccountPage } from "../../components/account-page";
import { Button, ErrorSummary, Field } from "../../components/form";
import { parseForm } from "../../domain/form-data";
import { z } from "../../domain/zod";

export const meta: Route.MetaFunction = () => [{ title: "Inloggen: code invullen — Regiovisie Uitvoeringsplan" }];

const redirectTo = z.string().max(2000).optional();
const TweedeStapSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("code"), code: codeVeld, redirectTo }),
    z.object({ intent: z.literal("herstelcode"), herstelcode: herstelcodeVeld, redirectTo }),
  ],
  { error: "Dit formulier kennen we niet. Laad de pagina opnieuw." },
);

/** The half login of this request; without one the login starts over. */
function requireHalveLogin(request: Request) {
  const url = new URL(request.url);
  const doel = safeRedirect(url.searchParams.get("redirectTo"));
  const halve = halveLoginOf(request);
  if (!halve) throw redirect(doel === "/" ? "/login" : `/login?redirectTo=${encodeURIComponent(doel)}`);
  if (halve.stap !== "tweede-stap") throw redirect(mfaStapPad(halve.stap, doel));
  return { halve, doel };
}

export function loader({ request }: Route.LoaderArgs) {
  const { doel } = requireHalveLogin(request);
  return { redirectTo: doel, metHerstelcode: new URL(request.url).searchParams.get("herstelcode") === "1" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { halve } = requireHalveLogin(request);
  const parsed = parseForm(await request.formData(), TweedeStapSchema);
  if (!parsed.ok) return data({ errors: parsed.errors }, { status: 400 });

  const invoer = parsed.data;
  const factor =
    invoer.intent === "code" ? { soort: "code" as const, code: invoer.code } : { soort: "herstelcode" as const, code: invoer.herstelcode };
  const uitkomst = voltooiTweedeStap({ halve, factor, ip: context?.ip ?? null, now: new Date() });
  if (!uitkomst.ok) {
    const veld = invoer.intent === "code" ? "code" : "herstelcode";
    return data(
      { errors: uitkomst.reden === "geblokkeerd" ? { form: uitkomst.melding } : { [veld]: uitkomst.melding } },
      { status: uitkomst.reden === "geblokkeerd" ? 429 : 401 },
    );
  }
  // After a recovery code Mijn account says how many are left, and how to make new ones.
  const doel = invoer.intent === "herstelcode" ? "/account?herstelcode=gebruikt" : safeRedirect(invoer.redirectTo);
  return redirect(doel, { headers: { "Set-Cookie": uitkomst.waarde.cookie } });
}

export default function TweedeStap({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const bezig = navigation.state === "submitting";
  const { redirectTo, metHerstelcode } = loaderData;
  const terug = redirectTo === "/" ? "" : `redirectTo=${encodeURIComponent(redirectTo)}`;
  return (
    <AccountPage title={metHerstelcode ? "Inloggen met een herstelcode" : "Vul de code uit uw app in"}>
      {errors?.form ? (
        <div role="alert" className="mb-6 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {errors.form}
        </div>
      ) : (
        <ErrorSummary errors={errors} labels={{ code: "Code uit de app", herstelcode: "Herstelcode" }} />
      )}
      {metHerstelcode ? (
        <>
          <p className="mb-6">
            Vul een van de herstelcodes in die u kreeg toen u tweestapsverificatie instelde. Elke code werkt één keer.
          </p>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="herstelcode" />
            <input type="hidden" name="redirectTo" value={redirectTo} />
            <Field name="herstelcode" label="Herstelcode" hint="8 tekens, bijvoorbeeld abcd-efgh." error={errors?.herstelcode}>
              {(props) => <input {...props} type="text" autoComplete="off" spellCheck={false} required />}
            </Field>
            <Button type="submit" disabled={bezig}>
              {bezig ? "Bezig met controleren…" : "Inloggen"}
            </Button>
          </Form>
          <p className="mt-6">
            <a href={`/login/tweede-stap${terug ? `?${terug}` : ""}`}>Toch de code uit de app gebruiken</a>
          </p>
        </>
      ) : (
        <>
          <p className="mb-6">
            Uw wachtwoord klopt. Open de authenticator-app op uw telefoon en vul de code van 6 cijfers in die bij
            Regiovisie Uitvoeringsplan staat.
          </p>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="code" />
            <input type="hidden" name="redirectTo" value={redirectTo} />
            <Field name="code" label="Code uit de app" hint="6 cijfers, bijvoorbeeld 123456." error={errors?.code}>
              {(props) => <input {...props} type="text" inputMode="numeric" autoComplete="one-time-code" required />}
            </Field>
            <Button type="submit" disabled={bezig}>
              {bezig ? "Bezig met controleren…" : "Inloggen"}
            </Button>
          </Form>
          <p className="mt-6">
            <a href={`/login/tweede-stap?herstelcode=1${terug ? `&${terug}` : ""}`}>
              Geen toegang tot uw app? Log in met een herstelcode
            </a>
          </p>
        </>
      )}
      <Form method="post" action="/logout" className="mt-4">
        <Button type="submit" variant="secondary">
          Stoppen met inloggen
        </Button>
      </Form>
      <p className="mt-6 text-sm text-slate-700">
        Telefoon kwijt en geen herstelcodes meer? Vraag de beheerder om uw tweestapsverificatie opnieuw in te stellen.
      </p>
    </AccountPage>
  );
}
