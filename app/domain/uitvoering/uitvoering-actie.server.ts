import { data, redirect } from "react-router";
import type { Sessiegebruiker } from "../../auth/guards.server";
import { VoortgangSchema } from "../acties/voortgang.server";
import { parseForm } from "../form-data";
import { EigenaarSchema, GemeentenKeuzeSchema, UitvoeringIdSchema, type UitvoeringAntwoord, type UitvoeringIntent } from "./uitvoering-formulieren";
import type { UitvoeringMeldingCode } from "./uitvoering-meldingen";
import {
  herstelAfleiding,
  overschrijfStatus,
  plaatsUitvoeringVoortgang,
  stopUitvoering,
  zetUitvoeringEigenaar,
  zetUitvoeringGemeenten,
  type UitvoeringResultaat,
} from "./uitvoering-opslaan.server";

interface Verzoek {
  user: Sessiegebruiker;
  regio: { id: number; slug: string };
  actieId: number;
  intent: UitvoeringIntent;
  formData: FormData;
}

const MELDING: Record<UitvoeringIntent, UitvoeringMeldingCode> = {
  "uitvoering-instellen": "ingericht",
  "uitvoering-stoppen": "gestopt",
  "uitvoering-voortgang": "voortgang",
  "uitvoering-eigenaar": "eigenaar",
  "status-overschrijven": "overschreven",
  "afleiding-herstellen": "hersteld",
};

function ongeldig(intent: UitvoeringIntent, uitvoeringId: number | null, errors: UitvoeringAntwoord["errors"], values?: Record<string, string>, status = 400) {
  return data({ soort: "uitvoering", intent, uitvoeringId, ok: false, errors, values } satisfies UitvoeringAntwoord, { status });
}

/**
 * Handles the uitvoering forms of the actie page: parse, call the domain, and answer with a
 * redirect back to the section, or the errors for the form that was sent (400/409). A refusal
 * (403) or an unknown actie/uitvoering (404) is thrown, like the rest of the page does.
 */
export function verwerkUitvoeringFormulier({ user, regio, actieId, intent, formData }: Verzoek) {
  const naarSectie = () => redirect(`/r/${regio.slug}/acties/${actieId}?uitvoering=${MELDING[intent]}#uitvoering`);
  const uitvoeringIdRuw = formData.get("uitvoeringId");
  const uitvoeringId = typeof uitvoeringIdRuw === "string" && /^\d{1,12}$/.test(uitvoeringIdRuw) ? Number(uitvoeringIdRuw) : null;

  let resultaat: UitvoeringResultaat;
  let values: Record<string, string> | undefined;
  switch (intent) {
    case "uitvoering-instellen": {
      const parsed = parseForm(formData, GemeentenKeuzeSchema);
      if (!parsed.ok) return ongeldig(intent, null, parsed.errors, parsed.values);
      resultaat = zetUitvoeringGemeenten(user, regio.id, actieId, parsed.data.gemeenteIds);
      break;
    }
    case "uitvoering-stoppen":
      resultaat = stopUitvoering(user, regio.id, actieId);
      break;
    case "uitvoering-voortgang": {
      const id = parseForm(formData, UitvoeringIdSchema);
      if (!id.ok) return ongeldig(intent, null, id.errors);
      const parsed = parseForm(formData, VoortgangSchema);
      if (!parsed.ok) return ongeldig(intent, id.data.uitvoeringId, parsed.errors, parsed.values);
      values = Object.fromEntries(Object.entries(parsed.data).map(([k, v]) => [k, String(v ?? "")]));
      resultaat = plaatsUitvoeringVoortgang(user, regio.id, actieId, id.data.uitvoeringId, parsed.data);
      break;
    }
    case "uitvoering-eigenaar": {
      const parsed = parseForm(formData, EigenaarSchema);
      if (!parsed.ok) return ongeldig(intent, uitvoeringId, parsed.errors, parsed.values);
      resultaat = zetUitvoeringEigenaar(user, regio.id, actieId, parsed.data);
      break;
    }
    case "status-overschrijven": {
      const parsed = parseForm(formData, VoortgangSchema);
      if (!parsed.ok) return ongeldig(intent, null, parsed.errors, parsed.values);
      values = Object.fromEntries(Object.entries(parsed.data).map(([k, v]) => [k, String(v ?? "")]));
      resultaat = overschrijfStatus(user, regio.id, actieId, parsed.data);
      break;
    }
    case "afleiding-herstellen":
      resultaat = herstelAfleiding(user, regio.id, actieId);
      break;
  }

  if (resultaat.ok) return naarSectie();
  if (resultaat.status === 403 || resultaat.status === 404) {
    throw data(resultaat.errors.form ?? "Deze actie bestaat niet (meer).", { status: resultaat.status });
  }
  return ongeldig(intent, uitvoeringId, resultaat.errors, values, resultaat.status);
}
