import { Field } from "../../components/form";

/**
 * Setting up an authenticator app: the QR code, the secret for typing over, and the field for the
 * first code. Used at login (when MFA is required) and in Mijn account (when chosen).
 */
export function MfaInstellenVelden({
  qrDataUri,
  geheimInGroepen,
  error,
}: {
  qrDataUri: string;
  geheimInGroepen: string;
  error?: string;
}) {
  return (
    <>
      <ol className="mb-6 list-decimal space-y-2 pl-5">
        <li>
          Open een authenticator-app op uw telefoon, zoals Microsoft Authenticator, Google Authenticator of FreeOTP.
        </li>
        <li>Kies in de app voor een nieuw account toevoegen en scan de QR-code hieronder.</li>
        <li>Vul de code van 6 cijfers in die de app daarna toont.</li>
      </ol>
      <div className="mb-6">
        <img
          src={qrDataUri}
          alt="QR-code om Regiovisie Uitvoeringsplan toe te voegen aan uw authenticator-app"
          width={200}
          height={200}
          className="rounded border border-slate-300 bg-white"
        />
      </div>
      <div className="mb-6">
        <p className="mb-1 font-semibold">Lukt scannen niet? Typ dan deze sleutel over in de app:</p>
        <p className="font-mono text-lg tracking-wide" data-testid="mfa-sleutel">
          {geheimInGroepen}
        </p>
        <p className="mt-1 text-sm text-slate-700">Kies in de app voor een sleutel op basis van tijd.</p>
      </div>
      <Field name="code" label="Code uit de app" hint="6 cijfers, bijvoorbeeld 123456." error={error}>
        {(props) => <input {...props} type="text" inputMode="numeric" autoComplete="one-time-code" required />}
      </Field>
    </>
  );
}
