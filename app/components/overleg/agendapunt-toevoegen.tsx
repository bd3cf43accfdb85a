import { Form, useNavigation } from "react-router";
import type { ActieKeuze } from "../../domain/overleg/agenda.server";
import type { OverlegAntwoord } from "../../domain/overleg/overleg-antwoord";
import { Button, Field } from "../form";

/** Adds an actie to the agenda by hand: chosen from the list, or typed by its code. */
export function AgendapuntToevoegen({
  action,
  overige,
  eerderAntwoord,
}: {
  action: string;
  overige: ActieKeuze[];
  eerderAntwoord?: OverlegAntwoord;
}) {
  const navigation = useNavigation();
  const fout =
    eerderAntwoord && !eerderAntwoord.ok ? eerderAntwoord : undefined;
  const bezig =
    navigation.state === "submitting" &&
    navigation.formData?.get("intent") === "agendapunt-toevoegen";
  return (
    <Form
      method="post"
      action={action}
      noValidate
      className="no-print mt-3 max-w-2xl"
    >
      <input type="hidden" name="intent" value="agendapunt-toevoegen" />
      <Field className="mb-3"
        id="agendapunt-actie"
        label="Kies een actie"
        error={fout?.errors.actieId}
      >
        {(props) => (
          <select
            {...props}
            name="actieId"
            defaultValue={fout?.values.actieId ?? ""}
          >
            <option value="">— Geen keuze: ik vul een actiecode in —</option>
            {overige.map((a) => (
              // One text per option: six text pieces each were 1,500 separators on a big agenda.
              <option key={a.id} value={a.id}>
                {`${a.code} ${a.titel} (${a.planJaar})`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field className="mb-3"
        id="agendapunt-code"
        label="Of vul een actiecode in"
        hint="Bijvoorbeeld 2.3-04."
        error={fout?.errors.code}
      >
        {(props) => (
          <input
            {...props}
            name="code"
            type="text"
            maxLength={50}
            defaultValue={fout?.values.code ?? ""}
            className={`${props.className} max-w-48`}
          />
        )}
      </Field>
      <Button type="submit" disabled={bezig}>
        Aan de agenda toevoegen
      </Button>
    </Form>
  );
}
