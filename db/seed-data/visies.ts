import { regioFeiten, type RegioFeiten } from "./regiovisies";

export interface DoelstellingSeed {
  code: string;
  tekst: string;
}

export interface ActielijnSeed {
  code: string;
  titel: string;
  omschrijving?: string;
  doelstellingen: DoelstellingSeed[];
}

export interface VisieSeed {
  titel: string;
  periodeStart: number;
  periodeEind: number;
  centraleAmbitie: string;
  vorige?: string;
  uitgangspunten: string[];
  actielijnen: ActielijnSeed[];
}

function basis(feiten: RegioFeiten) {
  const v = feiten.visie;
  return {
    titel: v.titel,
    periodeStart: v.periode[0],
    periodeEind: v.periode[1],
    centraleAmbitie: v.centrale_ambitie,
    vorige: v.vorige,
  };
}

/** Hollands Midden: everything exactly as in the regiovisie. */
function hollandsMidden(): VisieSeed {
  const feiten = regioFeiten("hollands-midden");
  return {
    ...basis(feiten),
    uitgangspunten: feiten.visie.uitgangspunten ?? [],
    actielijnen: (feiten.visie.actielijnen ?? []).map((lijn) => ({
      code: lijn.code,
      titel: lijn.titel,
      omschrijving: lijn.omschrijving,
      doelstellingen: lijn.doelstellingen ?? [],
    })),
  };
}

// Haaglanden names six ontwikkelopgaven but no numbered doelstellingen; these are derived from its
// centrale ambitie and the richtingen it gives the ketenpartners.
const HAAGLANDEN_UITWERKING: Record<string, { omschrijving: string; doelstellingen: string[] }> = {
  Preventie: {
    omschrijving:
      "Huiselijk geweld zoveel mogelijk voorkomen, met hulp van de eigen sociale netwerken.",
    doelstellingen: [
      "Meer en gerichter inzetten op preventie, met hulp van de eigen sociale netwerken en omgeving van plegers en slachtoffers.",
      "Meer focus op de oorzaken en achterliggende risicofactoren van huiselijk geweld.",
    ],
  },
  Vroegsignalering: {
    omschrijving: "Huiselijk geweld zo snel mogelijk herkennen en erkennen.",
    doelstellingen: [
      "Professionals en de omgeving herkennen en erkennen huiselijk geweld zo snel mogelijk.",
    ],
  },
  "Advies en melding": {
    omschrijving: "Inwoners en professionals vinden snel de weg naar advies en melding.",
    doelstellingen: [
      "Inwoners en professionals weten Veilig Thuis Haaglanden te vinden voor advies en melding.",
      "Een melding leidt zonder onderbreking tot passende vervolgstappen, eerst gericht op directe veiligheid.",
    ],
  },
  Interventie: {
    omschrijving: "Gefaseerd werken: eerst directe veiligheid, daarna duurzame veiligheid.",
    doelstellingen: [
      "Gefaseerde ketensamenwerking: eerst directe veiligheid, daarna duurzame veiligheid.",
      "Effectieve aanpak van betrokkenen die niet vrijwillig meewerken en niet in aanmerking komen voor het gedwongen kader.",
    ],
  },
  Monitoring: {
    omschrijving: "Veiligheid duurzaam borgen door gezinnen te blijven volgen.",
    doelstellingen: [
      "Zorg en ondersteuning worden geboden zo lang als nodig, met continuïteit van zorg.",
      "Cliënten worden een jaar tot anderhalf jaar gevolgd om terugval tijdig te zien.",
    ],
  },
  Ketensamenwerking: {
    omschrijving: "Partnerschap in samenwerking als voorwaarde voor een effectieve aanpak.",
    doelstellingen: [
      "Systeemgerichte en multidisciplinaire aanpak door alle ketenpartners.",
      "Meer partnerschap in de samenwerking.",
    ],
  },
};

function haaglanden(): VisieSeed {
  const feiten = regioFeiten("haaglanden");
  return {
    ...basis(feiten),
    uitgangspunten: [
      "Preventie en het aanpakken van oorzaken en risicofactoren staan voorop.",
      "Huiselijk geweld wordt zo snel mogelijk herkend, erkend en behandeld.",
      "Veiligheid wordt duurzaam geborgd.",
      "Partnerschap in samenwerking is een belangrijke voorwaarde voor een effectieve aanpak.",
    ],
    actielijnen: (feiten.visie.ontwikkelopgaven ?? []).map((opgave, i) => {
      const uitwerking = HAAGLANDEN_UITWERKING[opgave];
      if (!uitwerking) throw new Error(`Geen uitwerking voor ontwikkelopgave "${opgave}"`);
      const code = String(i + 1);
      return {
        code,
        titel: opgave,
        omschrijving: uitwerking.omschrijving,
        doelstellingen: uitwerking.doelstellingen.map((tekst, j) => ({
          code: `${code}.${j + 1}`,
          tekst,
        })),
      };
    }),
  };
}

// Zuid-Holland Zuid lists acties per actielijn, not doelstellingen; these group those acties.
const ZHZ_DOELSTELLINGEN: Record<string, string[]> = {
  "1": [
    "De belangrijkste risicogroepen zijn in beeld en worden met gerichte communicatie en preventieve begeleiding bereikt.",
    "Professionals en bestuurders wisselen regelmatig regionaal kennis uit over geweld in huiselijke kring en kindermishandeling.",
  ],
  "2": [
    "Vroegsignalering is met de juiste expertise belegd in alle lokale netwerken van eerstelijns professionals.",
    "Signalen uit de verschillende signaleringsinstrumenten worden regionaal samengebracht.",
  ],
  "3": [
    "Na iedere melding volgt snel triage en zo nodig direct een veiligheidsplan.",
    "Geweld blijft na interventie duurzaam uit en hulpverleners houden hun kennis op peil.",
  ],
};

function zuidHollandZuid(): VisieSeed {
  const feiten = regioFeiten("zuid-holland-zuid");
  return {
    ...basis(feiten),
    uitgangspunten: [
      "Systeemgericht kijken en handelen.",
      "Eén gezin, één plan, één verantwoordelijke.",
      "Zoveel mogelijk lokaal oplossen; alleen opschalen naar regionaal niveau als het niet anders kan.",
      "Voorkeur voor ambulante hulpverlening in de eigen omgeving.",
      "Bij zware problematiek snel adequate hulp, zonder tijdverlies door procedures en wachtlijsten.",
    ],
    actielijnen: (feiten.visie.actielijnen ?? []).map((lijn) => ({
      code: lijn.code,
      titel: lijn.titel,
      doelstellingen: (ZHZ_DOELSTELLINGEN[lijn.code] ?? []).map((tekst, j) => ({
        code: `${lijn.code}.${j + 1}`,
        tekst,
      })),
    })),
  };
}

export function visieSeed(regioSlug: string): VisieSeed {
  switch (regioSlug) {
    case "hollands-midden":
      return hollandsMidden();
    case "haaglanden":
      return haaglanden();
    case "zuid-holland-zuid":
      return zuidHollandZuid();
    default:
      throw new Error(`Geen visie-seed voor regio "${regioSlug}"`);
  }
}
