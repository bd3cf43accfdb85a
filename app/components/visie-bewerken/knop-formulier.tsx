import { Form } from "react-router";
import { Button } from "../form";

interface KnopFormulierProps {
  intent: string;
  velden: Record<string, string | number>;
  /** The visible text; the accessible name says which row it acts on. */
  tekst: string;
  toegankelijkeNaam: string;
  variant?: "primary" | "secondary" | "danger";
  bezig?: boolean;
}

/** A one-button form (move, delete, retire) that works without JavaScript. */
export function KnopFormulier({ intent, velden, tekst, toegankelijkeNaam, variant = "secondary", bezig }: KnopFormulierProps) {
  return (
    <Form method="post" className="inline">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(velden).map(([naam, waarde]) => (
        <input key={naam} type="hidden" name={naam} value={waarde} />
      ))}
      <Button type="submit" variant={variant} aria-label={toegankelijkeNaam} disabled={bezig}>
        {tekst}
      </Button>
    </Form>
  );
}
