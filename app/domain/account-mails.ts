import { formatTijdstip } from "./format";

// Kept in step with UITNODIGING_GELDIG_MS and RESET_GELDIG_MS; a unit test checks both.
export const UITNODIGING_GELDIGHEID = "7 dagen";
export const RESET_GELDIGHEID = "1 uur";

const NIET_AANGEVRAAGD = "Heeft u dit niet aangevraagd? Dan kunt u deze e-mail negeren.";
const AFSLUITING = "Met vriendelijke groet,\nRegiovisie Uitvoeringsplan";

export interface AccountMail {
  onderwerp: string;
  tekst: string;
}

export function uitnodigingsMail(input: {
  naam: string;
  regioNaam?: string | null;
  rolLabel: string;
  link: string;
  verlooptOp: Date;
}): AccountMail {
  const waar = input.regioNaam ? ` in regio ${input.regioNaam}` : "";
  return {
    onderwerp: "Uitnodiging voor Regiovisie Uitvoeringsplan",
    tekst: [
      `Beste ${input.naam},`,
      `U bent uitgenodigd voor Regiovisie Uitvoeringsplan${waar}, met de rol ${input.rolLabel}. Hierin werken gemeenten en ketenpartners samen aan het uitvoeringsplan van de regiovisie aanpak huiselijk geweld en kindermishandeling.`,
      `Kies via deze link een wachtwoord om uw account te activeren:\n${input.link}`,
      `De link werkt één keer en is ${UITNODIGING_GELDIGHEID} geldig, tot ${formatTijdstip(input.verlooptOp)} uur. Is de link verlopen? Vraag dan de regiocoördinator van uw regio om een nieuwe uitnodiging.`,
      NIET_AANGEVRAAGD,
      AFSLUITING,
    ].join("\n\n"),
  };
}

export function wachtwoordResetMail(input: { naam: string; link: string; verlooptOp: Date }): AccountMail {
  return {
    onderwerp: "Nieuw wachtwoord instellen voor Regiovisie Uitvoeringsplan",
    tekst: [
      `Beste ${input.naam},`,
      "U heeft gevraagd om een nieuw wachtwoord voor Regiovisie Uitvoeringsplan.",
      `Kies via deze link een nieuw wachtwoord:\n${input.link}`,
      `De link werkt één keer en is ${RESET_GELDIGHEID} geldig, tot ${formatTijdstip(input.verlooptOp)} uur. Is de link verlopen? Vraag dan opnieuw een nieuw wachtwoord aan via "Wachtwoord vergeten" op de inlogpagina.`,
      `${NIET_AANGEVRAAGD} Uw huidige wachtwoord blijft dan gewoon geldig.`,
      AFSLUITING,
    ].join("\n\n"),
  };
}
