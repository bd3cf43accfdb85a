import type { ActieStatus } from "../../../db/enums";
import type { FieldErrors } from "../../components/form";

/** What the overleg route's action answers a fetcher (and, on bad input, a plain POST). */
export type OverlegAntwoord =
  | {
      intent: "voortgang";
      actieId: number;
      ok: true;
      status: ActieStatus;
      voortgangId: number;
    }
  | { intent: "besluit"; actieId: number | null; ok: true; besluitId: number }
  | {
      intent: string;
      actieId: number | null;
      ok: false;
      errors: FieldErrors;
      values: Record<string, string>;
    };

export function opgeslagenVoortgang(antwoord: OverlegAntwoord | undefined) {
  return antwoord?.ok && antwoord.intent === "voortgang" ? antwoord : undefined;
}

export function opgeslagenBesluit(antwoord: OverlegAntwoord | undefined) {
  return antwoord?.ok && antwoord.intent === "besluit" ? antwoord : undefined;
}
