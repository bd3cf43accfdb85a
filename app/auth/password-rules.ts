import { z } from "../domain/zod";

import { MAX_WACHTWOORD_LENGTE, MIN_WACHTWOORD_LENGTE } from "./password-lengte";

const nieuwWachtwoord = z
  .string({ error: "Vul een nieuw wachtwoord in." })
  .min(1, "Vul een nieuw wachtwoord in.")
  .min(MIN_WACHTWOORD_LENGTE, `Kies een wachtwoord van minimaal ${MIN_WACHTWOORD_LENGTE} tekens.`)
  .max(MAX_WACHTWOORD_LENGTE, `Kies een wachtwoord van maximaal ${MAX_WACHTWOORD_LENGTE} tekens.`);

const herhaalWachtwoord = z
  .string({ error: "Herhaal het nieuwe wachtwoord." })
  .min(1, "Herhaal het nieuwe wachtwoord.")
  .max(MAX_WACHTWOORD_LENGTE, "De herhaling is niet gelijk aan het nieuwe wachtwoord.");

/** "Nieuw wachtwoord" + "Herhaal nieuw wachtwoord": length rules and both the same. */
export const NieuwWachtwoordSchema = z
  .object({ nieuwWachtwoord, herhaalWachtwoord })
  .refine((d) => d.nieuwWachtwoord === d.herhaalWachtwoord, {
    path: ["herhaalWachtwoord"],
    message: "De wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.",
  });

export const WACHTWOORD_IS_EMAIL = "Kies een wachtwoord dat niet gelijk is aan uw e-mailadres.";

/** The e-mail address is the first thing someone tries; it must not be the password. */
export function isGelijkAanEmail(wachtwoord: string, email: string): boolean {
  return wachtwoord.trim().toLowerCase() === email.trim().toLowerCase();
}

/** NieuwWachtwoordSchema plus the rule that the password is not the account's e-mail address. */
export function nieuwWachtwoordSchemaVoor(email: string) {
  return NieuwWachtwoordSchema.refine((d) => !isGelijkAanEmail(d.nieuwWachtwoord, email), {
    path: ["nieuwWachtwoord"],
    message: WACHTWOORD_IS_EMAIL,
  });
}

/** Mijn account: the current password first, then the new one twice. */
export function wachtwoordWijzigenSchemaVoor(email: string) {
  return z
    .object({
      huidigWachtwoord: z
        .string({ error: "Vul uw huidige wachtwoord in." })
        .min(1, "Vul uw huidige wachtwoord in.")
        .max(MAX_WACHTWOORD_LENGTE, "Dit is niet uw huidige wachtwoord."),
    })
    .and(nieuwWachtwoordSchemaVoor(email));
}
