import type { OrganisatieSoort } from "../../db/schema";

/**
 * Word lists for the generated regio's. Plausible Dutch policy text, so the plan page renders rows
 * of realistic length; names are invented and hold no personal data.
 */

export const GEMEENTE_VOOR = ["Noord", "Zuid", "Oost", "West", "Groot", "Klein", "Nieuw", "Oud", "Hoog", "Laag"];
export const GEMEENTE_ACHTER = ["broek", "dam", "veen", "wijk", "hoven", "dorp", "meer", "horst", "berg", "zande", "woude", "recht"];

export const ORGANISATIES: { naam: string; soort: OrganisatieSoort }[] = [
  { naam: "Veilig Thuis", soort: "veilig_thuis" },
  { naam: "Zorg- en Veiligheidshuis", soort: "zorg_en_veiligheid" },
  { naam: "Politie basisteam", soort: "politie_justitie" },
  { naam: "Openbaar Ministerie", soort: "politie_justitie" },
  { naam: "Jeugdbescherming", soort: "jeugdbescherming" },
  { naam: "Raad voor de Kinderbescherming", soort: "jeugdbescherming" },
  { naam: "Vrouwenopvang", soort: "opvang" },
  { naam: "GGD", soort: "zorg" },
  { naam: "GGZ-instelling", soort: "zorg" },
  { naam: "Slachtofferhulp", soort: "overig" },
];

export const ACTIELIJNEN: { titel: string; doelstellingen: string[] }[] = [
  {
    titel: "Preventie en vroegsignalering",
    doelstellingen: [
      "Professionals herkennen signalen van huiselijk geweld en handelen volgens de meldcode.",
      "Inwoners weten waar zij terechtkunnen met zorgen over huiselijk geweld.",
      "Scholen en kinderopvang hebben een aandachtsfunctionaris en gebruiken die.",
      "Risicogroepen worden vroeg bereikt met passende ondersteuning.",
    ],
  },
  {
    titel: "Stoppen en duurzaam herstel",
    doelstellingen: [
      "Geweld stopt snel na een melding, met één plan per gezin.",
      "Slachtoffers en plegers krijgen hulp die aansluit bij hun situatie.",
      "Na de crisis wordt herstel gevolgd tot het gezin duurzaam veilig is.",
      "Opvang en beschermd wonen sluiten aan op wonen en werk daarna.",
    ],
  },
  {
    titel: "Samenwerking en borging",
    doelstellingen: [
      "Elke gemeente heeft een lokale kamer die regelmatig casuïstiek bespreekt.",
      "Gemeenten en ketenpartners delen gegevens binnen de wettelijke kaders.",
      "De voortgang van de regiovisie wordt gemonitord en besproken.",
      "Financiering uit de DU VO is transparant verdeeld en verantwoord.",
    ],
  },
];

export const UITGANGSPUNTEN = [
  "Veiligheid van kinderen en volwassenen staat voorop.",
  "We werken systeemgericht: één gezin, één plan, één regisseur.",
  "Lokaal wat kan, regionaal wat moet.",
  "We leren van wat werkt en sturen bij op basis van cijfers.",
];

export const ACTIE_WERKWOORDEN = [
  "Training",
  "Campagne",
  "Werkgroep",
  "Pilot",
  "Handreiking",
  "Netwerkbijeenkomst",
  "Monitor",
  "Convenant",
  "Scholingsprogramma",
  "Evaluatie",
];

export const ACTIE_ONDERWERPEN = [
  "signalering voor wijkteams",
  "meldcode voor huisartsen",
  "ouderenmishandeling",
  "financiële uitbuiting",
  "kindermishandeling in de kinderopvang",
  "gedwongen huwelijk en eergerelateerd geweld",
  "nazorg na tijdelijk huisverbod",
  "plegerhulp",
  "digitaal geweld bij jongeren",
  "samenwerking met het onderwijs",
  "de lokale kamer",
  "herstelgerichte gesprekken",
  "opvangcapaciteit",
  "cijfers voor de regiomonitor",
];

export const TOELICHTINGEN = [
  "De werkgroep is twee keer bij elkaar geweest; de planning wordt gehaald.",
  "Eerste bijeenkomst met ketenpartners gehouden, afspraken vastgelegd in het verslag.",
  "Conceptversie besproken in het ambtelijk beleidsoverleg; reacties worden verwerkt.",
  "Uitvoering loopt volgens plan, de volgende stap staat voor het komende kwartaal.",
  "Deelnemers zijn geworven; de eerste sessie is ingepland.",
  "Tussenevaluatie gedaan met de gemeenten; kleine bijstelling van de aanpak.",
  "Materiaal is gereed en verspreid onder de professionals in de regio.",
  "Opdracht verleend aan de uitvoerende partij; startgesprek gevoerd.",
];

export const UITLEG = {
  oorzaak: [
    "Onvoldoende capaciteit bij de trekker door ziekte en vacatures.",
    "De benodigde gegevens zijn later beschikbaar dan afgesproken.",
    "Afstemming met de ketenpartners kost meer tijd dan voorzien.",
  ],
  gevolg: [
    "De oplevering schuift een kwartaal op.",
    "Minder gemeenten doen in de eerste fase mee.",
    "De evaluatie kan pas later in het jaar plaatsvinden.",
  ],
  bijsturing: [
    "Extra inzet vanuit de centrumgemeente tot het einde van het kwartaal.",
    "De planning is herzien en besproken in het ambtelijk beleidsoverleg.",
    "Een tweede trekker is aangewezen om de voortgang te bewaken.",
  ],
};

export const VOORNAMEN = ["Anouk", "Bram", "Carla", "Daan", "Esther", "Fatima", "Gert", "Hanna", "Imran", "Joke", "Karim", "Lotte", "Mehmet", "Noor", "Pieter", "Rianne", "Sander", "Tessa", "Youssef", "Zeynep"];
export const ACHTERNAMEN = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Yilmaz", "El Amrani", "Kaya", "Brouwer", "van Leeuwen"];
