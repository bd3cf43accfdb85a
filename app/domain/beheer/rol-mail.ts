import type { AccountMail } from "../account-mails";

/** For someone who already has an account and got a role in one more regio: no link to set a password. */
export function rolToegevoegdMail(input: { naam: string; regioNaam: string | null; rolLabel: string; loginLink: string }): AccountMail {
  const waar = input.regioNaam ? ` in regio ${input.regioNaam}` : "";
  return {
    onderwerp: "U heeft een nieuwe rol in Regiovisie Uitvoeringsplan",
    tekst: [
      `Beste ${input.naam},`,
      `U heeft in Regiovisie Uitvoeringsplan de rol ${input.rolLabel} gekregen${waar}. U logt in met uw bestaande e-mailadres en wachtwoord:\n${input.loginLink}`,
      "Verwachtte u deze rol niet? Neem dan contact op met de regiocoördinator van uw regio.",
      "Met vriendelijke groet,\nRegiovisie Uitvoeringsplan",
    ].join("\n\n"),
  };
}
