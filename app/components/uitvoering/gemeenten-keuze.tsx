import { Form } from "react-router";
import { Button, type FieldErrors } from "../form";

/** Checkboxes for the gemeenten that carry out the actie; all of the regio by default. */
export function GemeentenKeuze({
  actiePad,
  gemeenten,
  gekozen,
  fouten,
  knop,
}: {
  actiePad: string;
  gemeenten: { id: number; naam: string }[];
  gekozen: Set<number>;
  fouten?: FieldErrors;
  knop: string;
}) {
  const foutId = "uitvoering-gemeenten-error";
  return (
    <Form method="post" action={actiePad} noValidate>
      <input type="hidden" name="intent" value="uitvoering-instellen" />
      <fieldset aria-describedby={fouten?.gemeenteIds ? foutId : undefined} aria-invalid={fouten?.gemeenteIds ? true : undefined}>
        <legend className="font-semibold">Gemeenten die deze actie uitvoeren</legend>
        {fouten?.gemeenteIds ? (
          <p id={foutId} className="mt-1 text-sm font-semibold text-red-800">
            <span className="sr-only">Fout: </span>
            {fouten.gemeenteIds}
          </p>
        ) : null}
        <ul className="mt-2 grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
          {gemeenten.map((g) => (
            <li key={g.id}>
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name="gemeenteIds" value={g.id} defaultChecked={gekozen.has(g.id)} className="h-5 w-5" />
                {g.naam}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" className="mt-3">
        {knop}
      </Button>
    </Form>
  );
}
