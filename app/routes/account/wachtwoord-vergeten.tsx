import { and, count, eq, gt } from "drizzle-orm";
import { Form, data, useNavigation } from "react-router";
import type { Route } from "./+types/wachtwoord-vergeten";
import { db, writeTransaction } from "../../../db";
import { eenmaligeLink, gebruiker } from "../../../db/schema";
import { createEenmaligeLink } from "../../auth/eenmalige-link.server";
import { requireAnonymous } from "../../auth/guards.server";
import { AccountPage } from "../../components/account-page";
import { Button, ErrorSummary, Field, Notice } from "../../components/form";
import { publicOrigin } from "../../config.server";
import { RESET_GELDIGHEID, wachtwoordResetMail } from "../../domain/account-mails";
import { writeAudit } from "../../domain/audit.server";
import { parseForm } from "../../domain/form-data";
import { deliverPendingMailInBackground, queueMail } from "../../domain/mail.server";
import { z } from "../../domain/zod";

export const meta: Route.MetaFunction = () => [{ title: "Wachtwoord vergeten — Regiovisie Uitvoeringsplan" }];

const AanvraagSchema = z.object({
  email: z
    .string({ error: "Vul uw e-mailadres in." })
    .trim()
    .min(1, "Vul uw e-mailadres in.")
    .max(254, "Dit e-mailadres is te lang.")
    .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@gemeente.nl.")),
});

// Someone who knows an address could otherwise fill that inbox with reset mails.
const MAX_AANVRAGEN_PER_UUR = 3;

export function loader({ request }: Route.LoaderArgs) {
  requireAnonymous(request);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAnonymous(request);
  const parsed = parseForm(await request.formData(), AanvraagSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values, verstuurd: false }, { status: 400 });

  const email = parsed.data.email.toLowerCase();
  const ip = context?.ip ?? null;
  const now = new Date();
  const account = db
    .select({ id: gebruiker.id, naam: gebruiker.naam })
    .from(gebruiker)
    .where(and(eq(gebruiker.email, email), eq(gebruiker.actief, true)))
    .get();

  if (!account) {
    writeAudit(db, { ip, entiteit: "gebruiker", actie: "wachtwoord_reset.aangevraagd", resultaat: "mislukt", na: { email } });
  } else {
    const queued = writeTransaction((tx) => {
      const recent = tx
        .select({ n: count() })
        .from(eenmaligeLink)
        .where(
          and(
            eq(eenmaligeLink.gebruikerId, account.id),
            eq(eenmaligeLink.soort, "wachtwoord_reset"),
            gt(eenmaligeLink.aangemaaktOp, new Date(now.getTime() - 60 * 60 * 1000).toISOString()),
          ),
        )
        .get();
      if ((recent?.n ?? 0) >= MAX_AANVRAGEN_PER_UUR) {
        writeAudit(tx, {
          gebruikerId: account.id,
          ip,
          entiteit: "gebruiker",
          entiteitId: account.id,
          actie: "wachtwoord_reset.aangevraagd",
          resultaat: "geweigerd",
          na: { reden: "te veel aanvragen" },
        });
        return false;
      }
      const link = createEenmaligeLink(tx, account.id, "wachtwoord_reset", now);
      const mail = wachtwoordResetMail({
        naam: account.naam,
        link: `${publicOrigin()}/wachtwoord/${link.token}`,
        verlooptOp: link.verlooptOp,
      });
      const mailId = queueMail(tx, { aan: email, ...mail });
      writeAudit(tx, {
        gebruikerId: account.id,
        ip,
        entiteit: "gebruiker",
        entiteitId: account.id,
        actie: "wachtwoord_reset.aangevraagd",
        na: { outboxId: mailId, verlooptOp: link.verlooptOp.toISOString() },
      });
      return true;
    });
    if (queued) deliverPendingMailInBackground();
  }
  // The same answer either way, so this form does not reveal which addresses have an account.
  return { verstuurd: true as const };
}

export default function WachtwoordVergeten({ actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  if (actionData?.verstuurd) {
    return (
      <AccountPage title="Wachtwoord vergeten">
        <Notice>
          <p>
            Als dit e-mailadres bij ons bekend is, ontvangt u binnen enkele minuten een e-mail met een link om een
            nieuw wachtwoord in te stellen. De link is {RESET_GELDIGHEID} geldig.
          </p>
        </Notice>
        <p>Geen e-mail ontvangen? Kijk ook in uw map met ongewenste e-mail, of vraag uw regiocoördinator om hulp.</p>
        <p className="mt-6">
          <a href="/login">Terug naar inloggen</a>
        </p>
      </AccountPage>
    );
  }
  const errors = actionData && "errors" in actionData ? (actionData.errors as Record<string, string>) : undefined;
  const values = actionData && "values" in actionData ? actionData.values : undefined;
  return (
    <AccountPage title="Wachtwoord vergeten">
      <p className="mb-6">
        Vul het e-mailadres van uw account in. U ontvangt dan een e-mail met een link om een nieuw wachtwoord in te
        stellen.
      </p>
      <ErrorSummary errors={errors} labels={{ email: "E-mailadres" }} />
      <Form method="post" noValidate>
        <Field name="email" label="E-mailadres" error={errors?.email}>
          {(props) => (
            <input {...props} type="email" autoComplete="username" defaultValue={values?.email ?? ""} required />
          )}
        </Field>
        <Button type="submit" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Bezig met versturen…" : "Stuur mij een link"}
        </Button>
      </Form>
      <p className="mt-6">
        <a href="/login">Terug naar inloggen</a>
      </p>
    </AccountPage>
  );
}
