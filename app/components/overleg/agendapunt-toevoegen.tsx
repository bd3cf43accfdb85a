import { Form, useNavigation } from "react-router";
import type { ActieKeuze } from "../../domain/overleg/agenda.server";
import type { OverlegAntwoord } from "../../domain/overleg/overleg-antwoord";
import { aantalTekst } from "../../domain/format";
import { Button, Field } from "../form";

/**
 * Adds an actie to the agenda by hand: typed by its code, or chosen from the list of acties not on
 * the agenda yet. The list comes with the page only on request (?aanvullen), and then the form
 * posts there too, so a refused choice is shown with the list it was made from.
 */
export function AgendapuntToevoegen({
  basis,
  overige,
  aantalOverige,
  eerderAntwoord,
}: {
  basis: string;
  overige: ActieKeuze[] | null;
  aantalOverige: number;
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
      action={overige ? `${basis}?aanvullen` : basis}
      noValidate
      className="no-print mt-3 max-w-2xl"
    >
      <input type="hidden" name="intent" value="agendapunt-toevoegen" />
      {overige ? (
        <Field
          className="mb-3"
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
      ) : aantalOverige > 0 ? (
        <p className="mb-3">
          <a href={`${basis}?aanvullen#aanvullen-kop`}>
            {`Kies uit de lijst van ${aantalTekst(aantalOverige, "actie", "acties")} die niet op de agenda ${aantalOverige === 1 ? "staat" : "staan"}`}
          </a>
        </p>
      ) : null}
      <Field
        className="mb-3"
        id="agendapunt-code"
        label={overige ? "Of vul een actiecode in" : "Vul een actiecode in"}
        hint="Bijvoorbeeld 2.3-04."
        // Without the list on the page, "choose or type" is about this field.
        error={fout?.errors.code ?? (overige ? undefined : fout?.errors.actieId)}
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
