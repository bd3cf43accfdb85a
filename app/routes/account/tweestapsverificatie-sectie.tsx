import { Form } from "react-router";
import { Button, ErrorSummary, Field, Notice } from "../../components/form";
import { formatDatum } from "../../domain/format";
import { HerstelcodesTonen } from "./herstelcodes-tonen";
import { MfaInstellenVelden } from "./mfa-instellen-velden";

export interface MfaWeergave {
  actief: boolean;
  actiefSinds: string | null;
  verplicht: boolean;
  herstelcodesOver: number;
  herstelcodeGebruikt: boolean;
  instellen: { qrDataUri: string; geheimInGroepen: string } | null;
}

export interface MfaActieWeergave {
  errors?: Record<string, string>;
  melding?: string;
  herstelcodes?: string[];
}

const LABELS = {
  code: "Code uit de app",
  vernieuwCode: "Code voor nieuwe herstelcodes",
  uitschakelCode: "Code om uit te zetten",
};

function Foutmelding({ children }: { children: string }) {
  return (
    <div role="alert" className="mb-6 rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
      {children}
    </div>
  );
}

function codes(aantal: number): string {
  return aantal === 1 ? "1 herstelcode" : `${aantal} herstelcodes`;
}

/** "Tweestapsverificatie" on Mijn account: its state, setting it up, new recovery codes, switching it off. */
export function TweestapsverificatieSectie({ mfa, actie }: { mfa: MfaWeergave; actie?: MfaActieWeergave }) {
  const errors = actie?.errors;
  const { form: formFout, ...veldFouten } = errors ?? {};
  return (
    <section aria-labelledby="tweestapsverificatie" className="mb-10">
      <h2 id="tweestapsverificatie" className="mb-3">
        Tweestapsverificatie
      </h2>
      {mfa.herstelcodeGebruikt && !actie ? (
        <Notice tone="info">
          <p>
            U heeft ingelogd met een herstelcode. U heeft nog {codes(mfa.herstelcodesOver)}. Maak hieronder nieuwe codes
            als u er weinig over heeft.
          </p>
        </Notice>
      ) : null}
      {actie?.melding ? (
        <Notice>
          <p>{actie.melding}</p>
        </Notice>
      ) : null}
      {actie?.herstelcodes ? <HerstelcodesTonen codes={actie.herstelcodes} /> : null}
      {formFout ? <Foutmelding>{formFout}</Foutmelding> : <ErrorSummary errors={veldFouten} labels={LABELS} />}

      {mfa.actief ? (
        <>
          <p className="mb-2">
            Tweestapsverificatie staat aan{mfa.actiefSinds ? ` sinds ${formatDatum(mfa.actiefSinds)}` : ""}. Bij het
            inloggen vragen we na uw wachtwoord om een code uit uw authenticator-app.
          </p>
          <p className="mb-6">U heeft nog {codes(mfa.herstelcodesOver)} die u niet heeft gebruikt.</p>

          <h3 className="mb-2">Nieuwe herstelcodes maken</h3>
          <p className="mb-4">Uw huidige herstelcodes werken daarna niet meer.</p>
          <Form method="post" noValidate className="mb-8">
            <input type="hidden" name="intent" value="herstelcodes-vernieuwen" />
            <Field
              name="vernieuwCode"
              label={LABELS.vernieuwCode}
              hint="6 cijfers uit uw app, of een herstelcode."
              error={veldFouten.vernieuwCode}
            >
              {(props) => <input {...props} type="text" autoComplete="one-time-code" required />}
            </Field>
            <Button type="submit" variant="secondary">
              Nieuwe herstelcodes maken
            </Button>
          </Form>

          <h3 className="mb-2">Tweestapsverificatie uitzetten</h3>
          {mfa.verplicht ? (
            <p>
              Voor uw rol is tweestapsverificatie verplicht; u kunt hem niet uitzetten. Nieuwe telefoon of app kwijt?
              Vraag de beheerder om uw tweestapsverificatie opnieuw in te stellen.
            </p>
          ) : (
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="mfa-uitschakelen" />
              <Field
                name="uitschakelCode"
                label={LABELS.uitschakelCode}
                hint="6 cijfers uit uw app, of een herstelcode."
                error={veldFouten.uitschakelCode}
              >
                {(props) => <input {...props} type="text" autoComplete="one-time-code" required />}
              </Field>
              <Button type="submit" variant="danger">
                Tweestapsverificatie uitzetten
              </Button>
            </Form>
          )}
        </>
      ) : mfa.instellen ? (
        <>
          <Form method="post" noValidate className="mb-4">
            <input type="hidden" name="intent" value="mfa-bevestigen" />
            <MfaInstellenVelden
              qrDataUri={mfa.instellen.qrDataUri}
              geheimInGroepen={mfa.instellen.geheimInGroepen}
              error={veldFouten.code}
            />
            <Button type="submit">Tweestapsverificatie aanzetten</Button>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="mfa-annuleren" />
            <Button type="submit" variant="secondary">
              Stoppen met instellen
            </Button>
          </Form>
        </>
      ) : (
        <>
          <p className="mb-4">
            {mfa.verplicht
              ? "Voor uw rol is tweestapsverificatie verplicht. De volgende keer dat u inlogt, stelt u hem in; dat kan ook nu al."
              : "Met tweestapsverificatie logt u in met uw wachtwoord én een code uit een app op uw telefoon. Wie alleen uw wachtwoord kent, komt dan niet in uw account."}
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="mfa-starten" />
            <Button type="submit">Tweestapsverificatie instellen</Button>
          </Form>
        </>
      )}
    </section>
  );
}
