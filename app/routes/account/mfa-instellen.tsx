import { Form, data, redirect, useNavigation, type ShouldRevalidateFunction } from "react-router";
import type { Route } from "./+types/mfa-instellen";
import { halveLoginOf } from "../../auth/guards.server";
import { codeVeld } from "../../auth/mfa-formulieren";
import { voltooiInstellen } from "../../auth/mfa-login.server";
import { mfaInstelGegevens } from "../../auth/mfa-qr.server";
import { mfaStand } from "../../auth/mfa.server";
import { mfaStapPad, safeRedirect } from "../../auth/redirect-doel";
import { AccountPage } from "../../components/account-page";
import { Button, ErrorSummary } from "../../components/form";
import { parseForm } from "../../domain/form-data";
import { z } from "../../domain/zod";
import { HerstelcodesTonen } from "./herstelcodes-tonen";
import { MfaInstellenVelden } from "./mfa-instellen-velden";

export const meta: Route.MetaFunction = () => [{ title: "Tweestapsverificatie instellen — Regiovisie Uitvoeringsplan" }];

// The page shows the secret, and after the set-up the recovery codes: no cache may keep them.
export const headers: Route.HeadersFunction = () => ({ "Cache-Control": "no-store" });

const InstellenSchema = z.object({ code: codeVeld, redirectTo: z.string().max(2000).optional() });

function doelVan(request: Request): string {
  return safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
}

/**
 * No redirect when there is no half login: right after the set-up the half session is gone
 * (replaced by a full one), and a browser without JavaScript renders the recovery codes from the
 * action together with this loader, still with the old cookie.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const doel = doelVan(request);
  const halve = halveLoginOf(request);
  if (!halve) return { stand: "verlopen" as const, redirectTo: doel };
  if (halve.stap !== "mfa-instellen") throw redirect(mfaStapPad(halve.stap, doel));
  const geheim = mfaStand(halve.gebruikerId).geheimInAfwachting;
  if (!geheim) return { stand: "verlopen" as const, redirectTo: doel };
  return { stand: "instellen" as const, redirectTo: doel, ...(await mfaInstelGegevens(geheim, halve.email)) };
}

// The action swaps the session: revalidating would load this page as someone fully signed in.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod === "POST" ? false : defaultShouldRevalidate;

export async function action({ request, context }: Route.ActionArgs) {
  const halve = halveLoginOf(request);
  if (!halve || halve.stap !== "mfa-instellen") throw redirect("/login");
  const parsed = parseForm(await request.formData(), InstellenSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, herstelcodes: null }, { status: 400 });

  const uitkomst = voltooiInstellen({ halve, code: parsed.data.code, ip: context?.ip ?? null, now: new Date() });
  if (!uitkomst.ok) {
    const geblokkeerd = uitkomst.reden === "geblokkeerd";
    return data(
      { errors: geblokkeerd ? { form: uitkomst.melding } : { code: uitkomst.melding }, herstelcodes: null },
      { status: geblokkeerd ? 429 : 401 },
    );
  }
  return data(
    { errors: undefined, herstelcodes: uitkomst.waarde.herstelcodes, redirectTo: safeRedirect(parsed.data.redirectTo) },
    { headers: { "Set-Cookie": uitkomst.waarde.cookie } },
  );
}

export default function MfaInstellen({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const bezig = navigation.state === "submitting";

  if (actionData?.herstelcodes) {
    return (
      <AccountPage title="Tweestapsverificatie staat aan">
        <p className="mb-6">
          Voortaan vraagt Regiovisie Uitvoeringsplan bij het inloggen na uw wachtwoord om een code uit uw app.
        </p>
        <HerstelcodesTonen codes={actionData.herstelcodes} />
        <a
          href={actionData.redirectTo ?? "/"}
          className="inline-flex min-h-11 items-center justify-center rounded bg-primary-700 px-4 py-2 font-semibold text-white no-underline hover:bg-primary-800 hover:text-white"
        >
          Ik heb de codes bewaard
        </a>
      </AccountPage>
    );
  }

  if (loaderData.stand === "verlopen") {
    return (
      <AccountPage title="Log opnieuw in">
        <p className="mb-6">
          Het instellen van tweestapsverificatie is verlopen of al afgerond. Log opnieuw in om verder te gaan.
        </p>
        <p>
          <a href="/login">Naar inloggen</a>
        </p>
      </AccountPage>
    );
  }

  const errors = actionData?.errors as Record<string, string> | undefined;
  return (
    <AccountPage title="Tweestapsverificatie instellen">
      <p className="mb-6">
        Uw wachtwoord klopt. Voor uw rol is tweestapsverificatie verplicht: naast uw wachtwoord logt u in met een code
        uit een app op uw telefoon. Stel dat nu eenmalig in.
      </p>
      {errors?.form ? (
        <div role="alert" className="mb-6 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {errors.form}
        </div>
      ) : (
        <ErrorSummary errors={errors} labels={{ code: "Code uit de app" }} />
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <MfaInstellenVelden
          qrDataUri={loaderData.qrDataUri}
          geheimInGroepen={loaderData.geheimInGroepen}
          error={errors?.code}
        />
        <Button type="submit" disabled={bezig}>
          {bezig ? "Bezig met controleren…" : "Tweestapsverificatie aanzetten"}
        </Button>
      </Form>
      <Form method="post" action="/logout" className="mt-4">
        <Button type="submit" variant="secondary">
          Stoppen met inloggen
        </Button>
      </Form>
    </AccountPage>
  );
}
