import { Field, type FieldErrors } from "./form";
import { MIN_WACHTWOORD_LENGTE } from "../auth/password-lengte";

export const NIEUW_WACHTWOORD_LABELS = {
  nieuwWachtwoord: "Nieuw wachtwoord",
  herhaalWachtwoord: "Herhaal nieuw wachtwoord",
};

/**
 * The fields of every "choose a password" form. The read-only e-mail field lets password managers
 * store the new password under the right account (WCAG 2.2 accessible authentication).
 */
export function NieuwWachtwoordVelden({ email, errors }: { email: string; errors?: FieldErrors }) {
  return (
    <>
      <Field name="username" label="E-mailadres">
        {(props) => <input {...props} type="email" autoComplete="username" value={email} readOnly />}
      </Field>
      <Field
        name="nieuwWachtwoord"
        label={NIEUW_WACHTWOORD_LABELS.nieuwWachtwoord}
        error={errors?.nieuwWachtwoord}
        hint={`Minimaal ${MIN_WACHTWOORD_LENGTE} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`}
      >
        {(props) => <input {...props} type="password" autoComplete="new-password" required />}
      </Field>
      <Field name="herhaalWachtwoord" label={NIEUW_WACHTWOORD_LABELS.herhaalWachtwoord} error={errors?.herhaalWachtwoord}>
        {(props) => <input {...props} type="password" autoComplete="new-password" required />}
      </Field>
    </>
  );
}
