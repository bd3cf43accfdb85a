import type { Financiering } from "../schema";
import type { DemoEmail } from "./demo-accounts";
import { aandacht, klaar, op, vertraagd, vervallen, type VoortgangSeed } from "./voortgang";

/**
 * Demo acties of the uitvoeringsplannen 2024, 2025 and 2026 of Hollands Midden. Each entry is one
 * line of work; `jaren` says in which plans it appears, with that year's deadline and voortgang.
 * An actie that was not afgerond or vervallen at the end of a year is carried over: the next year's
 * actie points at it (herkomst). Recurring work that was finished starts as a new actie.
 * Content is illustrative (based on the plans the regiovisie names), not taken from a real plan.
 */

export type HmGemeente = "Leiden" | "Gouda" | "Voorschoten" | "Katwijk";
export type HmOrganisatie =
  | "Veilig Thuis Hollands Midden"
  | "HECHT"
  | "Zorg- en Veiligheidshuis Hollands Midden"
  | "MDA++ team"
  | "Politie"
  | "Openbaar Ministerie"
  | "Raad voor de Kinderbescherming"
  | "Reclassering"
  | "Centrum Seksueel Geweld"
  | "Rosa Manus (vrouwenopvang)"
  | "Kwintes (vrouwenopvang)"
  | "GGD Hollands Midden"
  | "Gecertificeerde Instellingen";

export type Betrokkene = { gemeente: HmGemeente } | { organisatie: HmOrganisatie };

export type PlanJaar = 2024 | 2025 | 2026;

export interface JaarSeed {
  deadline: string;
  verloop: VoortgangSeed[];
}

export interface HmActieSeed {
  sleutel: string;
  /** Doelstelling codes; the first determines the actie code. */
  doelstellingen: [string, ...string[]];
  titel: string;
  omschrijving: string;
  beoogdResultaat: string;
  /** Set for a lokale actie: the gemeente whose lokale invulling it is. */
  gemeente?: HmGemeente;
  eigenaar: DemoEmail;
  trekker: Betrokkene;
  partners?: Betrokkene[];
  financiering?: Financiering;
  bedragCenten?: number;
  jaren: Partial<Record<PlanJaar, JaarSeed>>;
}

export interface HmPlanSeed {
  jaar: PlanJaar;
  status: "concept" | "vastgesteld";
  vastgesteldOp?: string;
  besluit?: string;
}

export const HM_PLANNEN: HmPlanSeed[] = [
  {
    jaar: 2024,
    status: "vastgesteld",
    vastgesteldOp: "2023-12-14",
    besluit:
      "Ambtelijk beleidsoverleg 14 december 2023; ter kennisname bij de regiovisie aan de raad van Leiden",
  },
  {
    jaar: 2025,
    status: "vastgesteld",
    vastgesteldOp: "2024-12-12",
    besluit: "Ambtelijk beleidsoverleg 12 december 2024",
  },
  { jaar: 2026, status: "concept" },
];

const jaar = (deadline: string, ...verloop: VoortgangSeed[]): JaarSeed => ({ deadline, verloop });

const LEIDEN = { gemeente: "Leiden" } as const;
const GOUDA = { gemeente: "Gouda" } as const;
const VOORSCHOTEN = { gemeente: "Voorschoten" } as const;
const KATWIJK = { gemeente: "Katwijk" } as const;
const VEILIG_THUIS = { organisatie: "Veilig Thuis Hollands Midden" } as const;
const HECHT = { organisatie: "HECHT" } as const;
const ZVH = { organisatie: "Zorg- en Veiligheidshuis Hollands Midden" } as const;
const MDA = { organisatie: "MDA++ team" } as const;
const POLITIE = { organisatie: "Politie" } as const;
const OM = { organisatie: "Openbaar Ministerie" } as const;
const RAAD = { organisatie: "Raad voor de Kinderbescherming" } as const;
const RECLASSERING = { organisatie: "Reclassering" } as const;
const CSG = { organisatie: "Centrum Seksueel Geweld" } as const;
const ROSA_MANUS = { organisatie: "Rosa Manus (vrouwenopvang)" } as const;
const KWINTES = { organisatie: "Kwintes (vrouwenopvang)" } as const;
const GGD = { organisatie: "GGD Hollands Midden" } as const;
const GI = { organisatie: "Gecertificeerde Instellingen" } as const;

const COORD_LEIDEN = "coordinator@leiden.example";
const COORD_GOUDA = "coordinator@gouda.example";
const BELEID_VOORSCHOTEN = "beleid@voorschoten.example";
const PROCESREGISSEUR = "procesregisseur@voorschoten.example";
const VEILIG_THUIS_PARTNER = "partner@veiligthuis.example";
const BELEID_LEIDEN = "beleid@leiden.example";
const BELEID_KATWIJK = "beleid@katwijk.example";
const BELEID_GOUDA = "beleid@gouda.example";

export const HM_ACTIES: HmActieSeed[] = [
  // -------------------------------------------------------------------------------------------
  // 1.1 Bewustwording en taboe doorbreken
  {
    sleutel: "landelijke-campagne",
    doelstellingen: ["1.1"],
    titel: "Regionale aansluiting bij de landelijke campagne 'Het houdt niet op. Niet vanzelf.'",
    omschrijving:
      "De centrumgemeenten stellen campagnemateriaal (posters, berichten voor sociale media, persbericht) beschikbaar aan alle gemeenten en stemmen de timing af met Veilig Thuis.",
    beoogdResultaat:
      "Alle 18 gemeenten voeren de campagne lokaal uit; het bezoek aan de website van Veilig Thuis stijgt in de campagneweken.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [VEILIG_THUIS, GOUDA],
    financiering: "du_vo",
    bedragCenten: 1_500_000,
    jaren: {
      2024: jaar(
        "2024-10-31",
        op("2024-03-05", "Campagnekalender afgestemd met Veilig Thuis; materiaal besteld."),
        op("2024-06-18"),
        klaar(
          "2024-10-28",
          "Campagne in 16 van de 18 gemeenten uitgevoerd; twee gemeenten sloten aan in de Week tegen Kindermishandeling.",
        ),
      ),
      2025: jaar(
        "2025-10-31",
        op("2025-02-20"),
        aandacht("2025-05-14", {
          toelichting: "Landelijk materiaal komt later; regionale basisberichten opgesteld.",
          oorzaak: "Het landelijke campagnemateriaal wordt later geleverd dan aangekondigd.",
          gevolg: "Gemeenten hebben minder voorbereidingstijd voor lokale communicatie.",
          bijsturing:
            "Regionale basisberichten zelf opgesteld zodat gemeenten alvast kunnen plannen.",
        }),
        op("2025-07-01"),
        klaar("2025-10-30"),
      ),
      2026: jaar(
        "2026-10-31",
        op("2026-02-17", "Campagneplanning 2026 gedeeld in het ambtelijk beleidsoverleg."),
        op("2026-06-09"),
        klaar(
          "2026-10-27",
          "Campagne afgerond; bereik per gemeente verzameld voor de jaarrapportage.",
        ),
      ),
    },
  },
  {
    sleutel: "week-tegen-kindermishandeling",
    doelstellingen: ["1.1", "1.3"],
    titel: "Week tegen Kindermishandeling: regionaal activiteitenprogramma",
    omschrijving:
      "Gezamenlijk programma met webinars voor professionals en lokale activiteiten tijdens de Week tegen Kindermishandeling in november.",
    beoogdResultaat:
      "Ten minste 300 professionals bereikt met webinars; iedere gemeente organiseert minimaal één lokale activiteit.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [VEILIG_THUIS, GGD],
    financiering: "du_vo",
    bedragCenten: 800_000,
    jaren: {
      2024: jaar(
        "2024-11-30",
        op("2024-05-21"),
        op("2024-09-10"),
        klaar(
          "2024-11-26",
          "Drie webinars met in totaal 340 deelnemers; 15 gemeenten met een lokale activiteit.",
        ),
      ),
      2025: jaar("2025-11-30", op("2025-06-03"), klaar("2025-11-25")),
      2026: jaar(
        "2026-11-30",
        op("2026-05-19", "Programmacommissie met Veilig Thuis en GGD gestart."),
        aandacht("2026-09-08", {
          toelichting: "Programma nog niet rond zes weken voor de Week tegen Kindermishandeling.",
          oorzaak: "Twee sprekers hebben afgezegd en de zaal in Gouda is niet beschikbaar.",
          gevolg: "Het programma is nog niet compleet; aanmelden kan nog niet.",
          bijsturing: "Online programma als uitwijk; de GGD levert een vervangende spreker.",
        }),
        op("2026-10-06", "Programma compleet; aanmelding geopend."),
      ),
    },
  },
  {
    sleutel: "voorschoten-voorlichting",
    doelstellingen: ["1.1", "1.4"],
    gemeente: "Voorschoten",
    titel:
      "Voorlichtingsbijeenkomsten huiselijk geweld voor inwoners en verenigingen in Voorschoten",
    omschrijving:
      "Met Voorschoten voor Elkaar en Veilig Thuis twee bijeenkomsten per jaar in bibliotheek en buurthuis: signalen herkennen en weten waar je terechtkunt.",
    beoogdResultaat: "Twee bijeenkomsten per jaar met samen ten minste 60 deelnemers.",
    eigenaar: BELEID_VOORSCHOTEN,
    trekker: VOORSCHOTEN,
    partners: [VEILIG_THUIS],
    financiering: "gemeentelijk",
    bedragCenten: 350_000,
    jaren: {
      2025: jaar(
        "2025-12-15",
        op("2025-03-11"),
        op("2025-06-24", "Eerste bijeenkomst in de bibliotheek met 35 deelnemers."),
        klaar("2025-11-18", "Tweede bijeenkomst in het buurthuis met 31 deelnemers."),
      ),
      2026: jaar(
        "2026-12-15",
        op("2026-03-03"),
        op(
          "2026-05-26",
          "Eerste bijeenkomst gehouden met 28 deelnemers; tweede gepland in het najaar.",
        ),
      ),
    },
  },
  {
    sleutel: "katwijk-praat-erover",
    doelstellingen: ["1.1"],
    gemeente: "Katwijk",
    titel: "Lokale campagne 'Praat erover' in Katwijk",
    omschrijving:
      "Verhalen van ervaringsdeskundigen in het huis-aan-huisblad en op sociale media, gekoppeld aan de landelijke campagneweken.",
    beoogdResultaat: "Vier publicaties en meer adviesvragen bij het Sociaal Plein Katwijk.",
    eigenaar: BELEID_KATWIJK,
    trekker: KATWIJK,
    financiering: "gemeentelijk",
    bedragCenten: 400_000,
    jaren: {
      2026: jaar("2026-09-30"),
    },
  },
  {
    sleutel: "gouda-orange-the-world",
    doelstellingen: ["1.1", "3.3"],
    gemeente: "Gouda",
    titel: "Orange the World: bewustwordingsactie tegen geweld tegen vrouwen in Gouda",
    omschrijving:
      "Het stadhuis oranje aanlichten en een bijeenkomst met Kwintes en lokale vrouwenorganisaties tijdens Orange the World (25 november – 10 december).",
    beoogdResultaat: "Een goed bezochte bijeenkomst en aandacht in de lokale media.",
    eigenaar: BELEID_GOUDA,
    trekker: GOUDA,
    partners: [KWINTES],
    financiering: "gemeentelijk",
    bedragCenten: 250_000,
    jaren: {
      2024: jaar("2024-12-10", op("2024-09-17"), klaar("2024-11-26")),
      2025: jaar("2025-12-10", op("2025-09-23"), klaar("2025-11-25")),
      2026: jaar(
        "2026-12-10",
        op(
          "2026-09-15",
          "Afspraken met Kwintes gemaakt; programma van de bijeenkomst in voorbereiding.",
        ),
        op("2026-11-10", "Sprekers bevestigd; uitnodiging verstuurd."),
      ),
    },
  },

  // -------------------------------------------------------------------------------------------
  // 1.2 Samenwerking met veiligheidspartners en bestaanszekerheid
  {
    sleutel: "schuldhulp-werkafspraken",
    doelstellingen: ["1.2"],
    titel: "Werkafspraken schuldhulpverlening en lokale teams bij signalen van huiselijk geweld",
    omschrijving:
      "Vastleggen hoe schuldhulpverlening signalen van spanningen en geweld bespreekt en doorverwijst, en hoe lokale teams schuldhulp snel inschakelen.",
    beoogdResultaat: "Werkafspraken vastgesteld door alle schuldhulporganisaties in de regio.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [LEIDEN, VEILIG_THUIS],
    jaren: {
      2024: jaar(
        "2024-09-30",
        op("2024-02-27"),
        vertraagd("2024-07-09", {
          toelichting: "Eén regionale afspraak blijkt niet haalbaar; eerst per subregio.",
          oorzaak: "Schuldhulporganisaties werken per subregio verschillend.",
          gevolg: "Vaststelling schuift naar 2025.",
          bijsturing:
            "Eerst per subregio afspraken maken en daarna harmoniseren; actie meegenomen naar 2025.",
        }),
      ),
      2025: jaar(
        "2025-06-30",
        op("2025-02-04"),
        klaar("2025-06-26", "Werkafspraken vastgesteld in Holland Rijnland en Midden-Holland."),
      ),
    },
  },
  {
    sleutel: "vroegsignalering-betalingsachterstanden",
    doelstellingen: ["1.2"],
    titel: "Vroegsignalering betalingsachterstanden verbinden met de aanpak huiselijk geweld",
    omschrijving:
      "Medewerkers vroegsignalering (huisbezoeken bij betalingsachterstanden) leren signalen van huiselijk geweld herkennen en weten de aandachtsfunctionaris van het lokale team te vinden.",
    beoogdResultaat:
      "Alle teams vroegsignalering getraind; doorverwijzingen naar lokale teams worden geregistreerd.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [GOUDA],
    jaren: {
      2025: jaar("2025-12-31", op("2025-04-08"), aandacht("2025-09-16"), op("2025-11-25")),
      2026: jaar(
        "2026-06-30",
        op("2026-01-20", "Alle teams vroegsignalering getraind in januari."),
        aandacht("2026-04-14", {
          toelichting: "Effect nog niet meetbaar.",
          oorzaak:
            "Doorverwijzingen kunnen niet worden geregistreerd in het systeem van de schuldhulpverlening.",
          gevolg: "Het effect van de actie is niet te meten.",
          bijsturing: "Handmatige turflijst in twee pilotgemeenten tot de systeemaanpassing er is.",
        }),
        vertraagd("2026-07-07", {
          toelichting: "Systeemaanpassing pas in 2027.",
          oorzaak: "De systeemleverancier levert de registratiemogelijkheid pas in 2027.",
          gevolg: "Het doel 'doorverwijzingen geregistreerd' wordt in 2026 niet gehaald.",
          bijsturing:
            "Turflijst uitgebreid naar alle gemeenten; evaluatie in het eerste kwartaal van 2027.",
        }),
      ),
    },
  },
  {
    sleutel: "maatwerkbudget-veiligheid",
    doelstellingen: ["1.2", "2.3"],
    titel: "Regionaal maatwerkbudget voor directe veiligheid",
    omschrijving:
      "Afspraken over snelle inzet van praktische maatregelen (sloten vervangen, tijdelijk verblijf, vervoer) zonder eerst een indicatietraject.",
    beoogdResultaat: "Een regeling die lokale teams binnen 24 uur kunnen inzetten.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [VEILIG_THUIS, ZVH],
    financiering: "du_vo",
    bedragCenten: 2_500_000,
    jaren: {
      2025: jaar(
        "2025-09-30",
        op("2025-03-18"),
        op("2025-06-10"),
        klaar("2025-09-23", "Regeling vastgesteld en in werking; looptijd tot en met 2026."),
      ),
      2026: jaar(
        "2026-12-31",
        op("2026-02-03", "Regeling in gebruik; eerste aanvragen verwerkt."),
        op("2026-10-13", "Tussenevaluatie: 41 inzetten, gemiddeld binnen één werkdag."),
      ),
    },
  },
  {
    sleutel: "katwijk-woningcorporaties",
    doelstellingen: ["1.2"],
    gemeente: "Katwijk",
    titel: "Woningcorporaties in Katwijk betrekken bij signalering van huiselijk geweld",
    omschrijving:
      "Convenant met de woningcorporaties over het doorgeven van zorgsignalen (overlast, huurachterstand) aan het Sociaal Plein.",
    beoogdResultaat:
      "Convenant ondertekend; zorgsignalen komen binnen een week bij het Sociaal Plein.",
    eigenaar: BELEID_KATWIJK,
    trekker: KATWIJK,
    partners: [POLITIE],
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-04-16"),
        op("2024-10-01", "Concept-convenant besproken met beide corporaties."),
      ),
      2025: jaar(
        "2025-06-30",
        op("2025-01-28"),
        klaar("2025-06-17", "Convenant ondertekend door beide corporaties."),
      ),
    },
  },
  {
    sleutel: "leiden-geldzorgen",
    doelstellingen: ["1.2"],
    gemeente: "Leiden",
    titel:
      "Gezamenlijk casusoverleg van schuldhulp en wijkteams bij geldzorgen en spanningen thuis",
    omschrijving:
      "Maandelijks overleg van de Leidse schuldhulpverlening en de wijkteams over huishoudens waar geldzorgen samengaan met spanningen of geweld.",
    beoogdResultaat:
      "Maandelijks overleg in alle wijken; gezamenlijk plan bij elk besproken huishouden.",
    eigenaar: BELEID_LEIDEN,
    trekker: LEIDEN,
    financiering: "gemeentelijk",
    jaren: {
      2026: jaar("2026-12-31", op("2026-03-24"), op("2026-06-30"), op("2026-10-20")),
    },
  },

  // -------------------------------------------------------------------------------------------
  // 1.3 Professionals kennen de risicofactoren
  {
    sleutel: "netwerk-aandachtsfunctionarissen",
    doelstellingen: ["1.3"],
    titel:
      "Netwerk aandachtsfunctionarissen huiselijk geweld en kindermishandeling in de lokale teams",
    omschrijving:
      "Elk lokaal team heeft een of meer aandachtsfunctionarissen; viermaal per jaar een regionale netwerkbijeenkomst met Veilig Thuis.",
    beoogdResultaat:
      "Alle 18 lokale teams hebben een aandachtsfunctionaris; vier netwerkbijeenkomsten per jaar.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [VEILIG_THUIS, GOUDA],
    financiering: "du_vo",
    bedragCenten: 1_200_000,
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-03-14"),
        op("2024-06-20"),
        aandacht("2024-09-12", {
          toelichting: "Niet elk lokaal team heeft nog een aandachtsfunctionaris.",
          oorzaak: "Drie lokale teams hebben door verloop geen aandachtsfunctionaris meer.",
          gevolg: "Signalen in deze teams komen minder snel bij de juiste professional terecht.",
          bijsturing:
            "Teamleiders aangesproken; tijdelijk vangnet via de aandachtsfunctionaris van een buurgemeente.",
        }),
        op("2024-12-05", "Alle teams hebben weer een aandachtsfunctionaris."),
      ),
      2025: jaar("2025-12-31", op("2025-03-13"), op("2025-09-18"), klaar("2025-12-11")),
      2026: jaar(
        "2026-12-31",
        op("2026-03-12"),
        op("2026-06-18"),
        op(
          "2026-10-08",
          "Derde netwerkbijeenkomst over financieel misbruik; vierde gepland op 10 december.",
        ),
      ),
    },
  },
  {
    sleutel: "meldcode-huisartsen-onderwijs",
    doelstellingen: ["1.3"],
    titel: "Voorlichting meldcode en afwegingskader voor huisartsen en onderwijs",
    omschrijving:
      "Veilig Thuis geeft voorlichting op huisartsenavonden en aan intern begeleiders in het onderwijs, waar het werken met de meldcode achterblijft.",
    beoogdResultaat:
      "Twaalf voorlichtingen per jaar; meer adviesvragen van huisartsen en scholen bij Veilig Thuis.",
    eigenaar: VEILIG_THUIS_PARTNER,
    trekker: VEILIG_THUIS,
    partners: [GGD],
    financiering: "anders",
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-02-22"),
        op("2024-07-04"),
        klaar("2024-12-12", "Dertien voorlichtingen gegeven."),
      ),
      2025: jaar(
        "2025-12-31",
        op("2025-02-13"),
        aandacht("2025-06-05", {
          toelichting: "Minder voorlichtingen bij huisartsen dan gepland.",
          oorzaak: "Huisartsengroepen hebben weinig ruimte in hun nascholingsprogramma.",
          gevolg: "Het aantal voorlichtingen bij huisartsen blijft achter.",
          bijsturing:
            "Aansluiten bij de regionale huisartsenkring en een korte e-learning aanbieden.",
        }),
        op("2025-10-09"),
      ),
      2026: jaar(
        "2026-12-31",
        op("2026-02-12"),
        op("2026-05-28"),
        aandacht("2026-10-01", {
          toelichting: "Acht van de twaalf voorlichtingen gegeven.",
          oorzaak: "Veilig Thuis heeft door een hoge meldingsdruk voorlichtingen moeten schrappen.",
          gevolg: "Het jaardoel van twaalf voorlichtingen komt in gevaar.",
          bijsturing:
            "Resterende voorlichtingen online in december; onderwijs via de samenwerkingsverbanden.",
        }),
      ),
    },
  },
  {
    sleutel: "voorschoten-aandachtsfunctionaris",
    doelstellingen: ["1.3"],
    gemeente: "Voorschoten",
    titel: "Aandachtsfunctionaris huiselijk geweld in het jeugdteam van Voorschoten voor Elkaar",
    omschrijving:
      "Twee medewerkers van het jeugdteam volgen de opleiding tot aandachtsfunctionaris.",
    beoogdResultaat: "Het jeugdteam heeft twee opgeleide aandachtsfunctionarissen.",
    eigenaar: BELEID_VOORSCHOTEN,
    trekker: VOORSCHOTEN,
    partners: [VEILIG_THUIS],
    financiering: "gemeentelijk",
    bedragCenten: 300_000,
    jaren: {
      2024: jaar(
        "2024-06-30",
        op("2024-02-06"),
        klaar("2024-05-28", "Twee medewerkers opgeleid en benoemd tot aandachtsfunctionaris."),
      ),
    },
  },
  {
    sleutel: "gouda-kinderopvang",
    doelstellingen: ["1.3"],
    gemeente: "Gouda",
    titel: "Scholing signaleren van kindermishandeling voor kinderopvang en peuteropvang in Gouda",
    omschrijving:
      "De GGD traint pedagogisch medewerkers in het herkennen van signalen en de stappen van de meldcode.",
    beoogdResultaat: "Elke locatie heeft ten minste één getrainde medewerker.",
    eigenaar: BELEID_GOUDA,
    trekker: GOUDA,
    partners: [GGD],
    financiering: "gemeentelijk",
    bedragCenten: 600_000,
    jaren: {
      2025: jaar(
        "2025-11-30",
        op("2025-04-15"),
        vertraagd("2025-09-02", {
          toelichting: "Tweede trainingsronde kan niet doorgaan.",
          oorzaak: "De trainer van de GGD is langdurig uitgevallen.",
          gevolg: "De tweede trainingsronde schuift naar 2026.",
          bijsturing:
            "Actie meegenomen naar het uitvoeringsplan 2026; de GGD zoekt een vervangende trainer.",
        }),
      ),
      2026: jaar(
        "2026-05-31",
        op("2026-01-27", "Vervangende trainer gevonden; trainingen gepland in maart en april."),
        klaar("2026-05-19", "Alle 23 locaties hebben ten minste één getrainde medewerker."),
      ),
    },
  },
  {
    sleutel: "e-learning-meldcode",
    doelstellingen: ["1.3"],
    titel: "Regionale e-learning meldcode voor sportverenigingen en vrijwilligersorganisaties",
    omschrijving:
      "Een korte e-learning over signalen en de meldcode, aangeboden via de gemeenten aan verenigingen.",
    beoogdResultaat: "De e-learning is beschikbaar en door ten minste 50 verenigingen gebruikt.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [VEILIG_THUIS],
    financiering: "du_vo",
    bedragCenten: 1_800_000,
    jaren: {
      2026: jaar("2027-03-31"),
    },
  },

  // -------------------------------------------------------------------------------------------
  // 1.4 Mensen weten de weg te vinden
  {
    sleutel: "vindbaarheid-websites",
    doelstellingen: ["1.4"],
    titel: "Vindbaarheid van hulp: informatie op alle gemeentelijke websites actualiseren",
    omschrijving:
      "Een regionale standaardtekst over hulp bij huiselijk geweld, met het nummer van Veilig Thuis, op elke gemeentelijke website.",
    beoogdResultaat: "Alle gemeenten tonen actuele informatie en het Veilig Thuis-nummer.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [VEILIG_THUIS],
    jaren: {
      2024: jaar(
        "2024-09-30",
        op("2024-03-19"),
        klaar(
          "2024-09-24",
          "Alle gemeenten hebben de standaardtekst en het Veilig Thuis-nummer op hun website.",
        ),
      ),
      2025: jaar(
        "2025-06-30",
        op("2025-04-01", "Jaarlijkse controle gestart."),
        klaar("2025-06-12"),
      ),
    },
  },
  {
    sleutel: "leiden-informatiepunt",
    doelstellingen: ["1.4"],
    gemeente: "Leiden",
    titel: "Pilot laagdrempelig informatiepunt huiselijk geweld in Leiden-Noord",
    omschrijving:
      "Wekelijks inloopspreekuur waar inwoners anoniem vragen kunnen stellen over spanningen en geweld thuis.",
    beoogdResultaat: "Evaluatie met een advies over voortzetting aan het college.",
    eigenaar: BELEID_LEIDEN,
    trekker: LEIDEN,
    partners: [VEILIG_THUIS],
    financiering: "gemeentelijk",
    bedragCenten: 1_500_000,
    jaren: {
      2025: jaar(
        "2025-12-31",
        op("2025-05-06", "Spreekuur gestart in de bibliotheek Leiden-Noord."),
        op("2025-10-14"),
      ),
      2026: jaar(
        "2026-09-30",
        op("2026-01-13"),
        aandacht("2026-04-21", {
          toelichting: "Weinig bezoekers.",
          oorzaak: "De bezoekersaantallen blijven achter bij de verwachting.",
          gevolg: "Onvoldoende basis voor een besluit over voortzetting.",
          bijsturing:
            "Spreekuur verplaatst naar het wijkcentrum en gekoppeld aan de inloop van het wijkteam.",
        }),
        op("2026-06-16", "Na de verhuizing naar het wijkcentrum verdubbeld bezoek."),
        klaar("2026-09-29", "Evaluatie opgeleverd; het college besluit tot voortzetting in 2027."),
      ),
    },
  },
  {
    sleutel: "meertalige-informatie",
    doelstellingen: ["1.4", "3.3"],
    titel: "Meertalige informatie over hulp bij huiselijk geweld",
    omschrijving:
      "Folder en webtekst in zes talen, getoetst door sleutelpersonen uit de gemeenschappen.",
    beoogdResultaat:
      "Informatie beschikbaar in zes talen en verspreid via gemeenten, huisartsen en zelforganisaties.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [VEILIG_THUIS, GGD],
    financiering: "du_vo",
    bedragCenten: 950_000,
    jaren: {
      2026: jaar(
        "2026-06-30",
        op("2026-02-24"),
        vertraagd("2026-06-02", {
          toelichting: "Publicatie schuift naar het najaar.",
          oorzaak:
            "De vertalingen moeten nog worden getoetst door sleutelpersonen uit de gemeenschappen.",
          gevolg: "Publicatie schuift naar het vierde kwartaal.",
          bijsturing: "Toetsing in drie groepsgesprekken in september; publicatie in november.",
        }),
        op("2026-10-06", "Toetsing afgerond; publicatie gepland in november."),
      ),
    },
  },
  {
    sleutel: "veilig-thuis-jongeren",
    doelstellingen: ["1.4"],
    titel: "Chat en anoniem advies van Veilig Thuis onder de aandacht brengen bij jongeren",
    omschrijving:
      "Via scholen, jongerenwerk en sociale media bekendheid geven aan de chat van Veilig Thuis.",
    beoogdResultaat: "Meer chatgesprekken met jongeren dan in 2025.",
    eigenaar: VEILIG_THUIS_PARTNER,
    trekker: VEILIG_THUIS,
    partners: [GGD],
    financiering: "anders",
    jaren: {
      2026: jaar(
        "2026-12-31",
        op("2026-04-09"),
        op("2026-08-13", "Posters verspreid op alle middelbare scholen."),
      ),
    },
  },
  {
    sleutel: "voorschoten-website",
    doelstellingen: ["1.4"],
    gemeente: "Voorschoten",
    titel: "Informatie over hulp bij huiselijk geweld op de website van Voorschoten voor Elkaar",
    omschrijving: "Een vindbare pagina met contactgegevens van het jeugdteam en Veilig Thuis.",
    beoogdResultaat: "Pagina online en gekoppeld aan de gemeentelijke website.",
    eigenaar: BELEID_VOORSCHOTEN,
    trekker: VOORSCHOTEN,
    jaren: {
      2024: jaar("2024-04-30", op("2024-02-13"), klaar("2024-04-23")),
    },
  },

  // -------------------------------------------------------------------------------------------
  // 2.1 Gezamenlijke verklarende analyse
  {
    sleutel: "training-verklarende-analyse",
    doelstellingen: ["2.1", "2.4"],
    titel: "Leergang gezamenlijke verklarende analyse voor lokale teams, Veilig Thuis en GI's",
    omschrijving:
      "Professionals leren samen met het gezin de geweldsdynamiek en onderliggende problematiek te analyseren, volgens het Toekomstscenario Kind- en Gezinsbescherming.",
    beoogdResultaat: "Elk lokaal team heeft ten minste vier getrainde professionals.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [VEILIG_THUIS, GI, GOUDA],
    financiering: "du_vo",
    bedragCenten: 4_500_000,
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-04-11"),
        op("2024-10-15", "Twee leergangen gegeven; vier gepland in 2025."),
      ),
      2025: jaar(
        "2025-12-31",
        op("2025-02-11"),
        klaar("2025-12-02", "Zes leergangen; 140 professionals getraind."),
      ),
      2026: jaar("2026-12-31", op("2026-02-10"), op("2026-06-23"), op("2026-10-13")),
    },
  },
  {
    sleutel: "pilot-een-analyse",
    doelstellingen: ["2.1", "2.3"],
    titel:
      "Pilot één gezamenlijke analyse en één plan in het Toekomstscenario Kind- en Gezinsbescherming",
    omschrijving:
      "In twee gemeenten werken lokaal team, Veilig Thuis, Raad voor de Kinderbescherming en GI met één analyse en één plan per gezin.",
    beoogdResultaat: "Evaluatie van de pilot met een advies over regionale invoering.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [VEILIG_THUIS, RAAD, GI],
    financiering: "du_vo",
    bedragCenten: 3_000_000,
    jaren: {
      2025: jaar(
        "2025-12-31",
        op("2025-05-20"),
        aandacht("2025-10-07", {
          toelichting: "Gegevensdeling nog niet geregeld.",
          oorzaak: "Gegevensdeling tussen Raad, GI en lokale teams is juridisch nog niet geregeld.",
          gevolg: "De pilot kan niet starten met echte casuïstiek.",
          bijsturing: "Juridisch advies gevraagd; pilot meegenomen naar 2026.",
        }),
      ),
      2026: jaar(
        "2026-09-30",
        op("2026-01-27"),
        vertraagd("2026-05-12", {
          toelichting: "Wachten op het landelijke kader.",
          oorzaak:
            "Het landelijke kader voor gegevensdeling in het Toekomstscenario is nog niet vastgesteld.",
          gevolg: "De pilot kan niet met echte casuïstiek starten.",
          bijsturing: "Voorbereiding met fictieve casussen; start zodra het kader er is.",
        }),
        aandacht("2026-09-22", {
          toelichting: "Kader gereed; pilot loopt door tot in 2027.",
          oorzaak: "De deelnemende teams moeten na de vertraging opnieuw worden ingewerkt.",
          gevolg: "De pilot loopt door tot in 2027.",
          bijsturing:
            "Bij de actualisatie de deadline verschuiven naar het tweede kwartaal van 2027.",
        }),
      ),
    },
  },
  {
    sleutel: "ervaringsdeskundigen-analyse",
    doelstellingen: ["2.1"],
    titel: "Ervaringsdeskundigen betrekken bij het opstellen van de verklarende analyse",
    omschrijving:
      "Een pool van getrainde ervaringsdeskundigen die lokale teams kunnen inschakelen bij de analyse met het gezin.",
    beoogdResultaat:
      "Een pool van ten minste acht ervaringsdeskundigen met een werkwijze voor inzet.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [ROSA_MANUS, KWINTES],
    financiering: "du_vo",
    bedragCenten: 1_000_000,
    jaren: {
      2026: jaar(
        "2026-10-31",
        op("2026-03-10"),
        op("2026-07-14", "Negen ervaringsdeskundigen gestart met de training."),
        klaar(
          "2026-10-20",
          "Pool van negen ervaringsdeskundigen beschikbaar; werkwijze gedeeld met de lokale teams.",
        ),
      ),
    },
  },
  {
    sleutel: "katwijk-analyse-casusoverleg",
    doelstellingen: ["2.1"],
    gemeente: "Katwijk",
    titel: "Verklarende analyse als vast onderdeel van het casusoverleg in Katwijk",
    omschrijving:
      "Het format van de gezamenlijke analyse wordt standaard gebruikt in het casusoverleg van het Sociaal Plein.",
    beoogdResultaat:
      "Bij elke besproken casus huiselijk geweld ligt een verklarende analyse op tafel.",
    eigenaar: BELEID_KATWIJK,
    trekker: KATWIJK,
    partners: [VEILIG_THUIS],
    jaren: {
      2026: jaar("2026-03-31", op("2026-01-20"), klaar("2026-03-24")),
    },
  },

  // -------------------------------------------------------------------------------------------
  // 2.2 Een contactpersoon zo lang als nodig
  {
    sleutel: "vaste-contactpersoon",
    doelstellingen: ["2.2"],
    titel: "Afspraken over een vaste contactpersoon per gezin tussen lokale teams en Veilig Thuis",
    omschrijving:
      "Bij overdracht van Veilig Thuis naar het lokale team is vooraf bekend wie de vaste contactpersoon van het gezin wordt.",
    beoogdResultaat:
      "Bij 90% van de overdrachten is de contactpersoon binnen vijf werkdagen bekend.",
    eigenaar: VEILIG_THUIS_PARTNER,
    trekker: VEILIG_THUIS,
    partners: [LEIDEN, GOUDA],
    jaren: {
      2024: jaar("2024-12-31", op("2024-03-07"), op("2024-09-19")),
      2025: jaar(
        "2025-06-30",
        op("2025-01-23"),
        klaar("2025-06-19", "Afspraken opgenomen in de samenwerkingsafspraken."),
      ),
      2026: jaar(
        "2026-06-30",
        op("2026-02-05", "Monitoring van de overdrachten gestart."),
        op(
          "2026-04-30",
          "Eerste kwartaal: bij 84% van de overdrachten binnen vijf werkdagen een contactpersoon.",
        ),
      ),
    },
  },
  {
    sleutel: "monitoring-langdurig",
    doelstellingen: ["2.2", "2.3"],
    titel: "Gezinnen 12 tot 18 maanden volgen na afsluiting: monitoring op herhaald geweld",
    omschrijving:
      "Lokale teams nemen na afsluiting periodiek contact op en registreren herhaald geweld op een eenduidige manier.",
    beoogdResultaat: "Vergelijkbare cijfers over herhaald geweld per gemeente.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [VEILIG_THUIS, ZVH],
    jaren: {
      2025: jaar("2025-12-31", op("2025-04-22"), op("2025-11-11")),
      2026: jaar(
        "2026-12-31",
        op("2026-01-29"),
        aandacht("2026-06-09", {
          toelichting: "Cijfers niet vergelijkbaar.",
          oorzaak: "Lokale teams registreren het moment van afsluiting verschillend.",
          gevolg: "Cijfers over herhaald geweld zijn niet vergelijkbaar tussen gemeenten.",
          bijsturing:
            "Eenduidige registratie-instructie opgesteld en in het beleidsoverleg besproken.",
        }),
        op(
          "2026-10-27",
          "Registratie-instructie ingevoerd; eerste vergelijkbare cijfers over het derde kwartaal.",
        ),
      ),
    },
  },
  {
    sleutel: "voorschoten-contactpersoon",
    doelstellingen: ["2.2"],
    gemeente: "Voorschoten",
    titel: "Vaste contactpersoon huiselijk geweld in het jeugdteam van Voorschoten voor Elkaar",
    omschrijving:
      "Gezinnen met huiselijk geweld houden één contactpersoon in het jeugdteam zo lang als nodig.",
    beoogdResultaat: "Elk gezin met huiselijk geweld heeft één vaste contactpersoon.",
    eigenaar: BELEID_VOORSCHOTEN,
    trekker: VOORSCHOTEN,
    partners: [VEILIG_THUIS],
    jaren: {
      2025: jaar("2025-12-31", op("2025-03-25"), op("2025-09-30")),
      2026: jaar(
        "2026-06-30",
        op("2026-01-15"),
        klaar("2026-06-25", "Werkwijze vastgelegd in het werkproces van het jeugdteam."),
      ),
    },
  },
  {
    sleutel: "gouda-casusregie",
    doelstellingen: ["2.2"],
    gemeente: "Gouda",
    titel: "Casusregie bij huiselijk geweld beleggen bij het Sociaal Team Gouda",
    omschrijving:
      "Duidelijk maken wie regie voert als meerdere hulpverleners bij een gezin betrokken zijn.",
    beoogdResultaat: "Werkinstructie casusregie vastgesteld en bekend bij alle betrokken partners.",
    eigenaar: BELEID_GOUDA,
    trekker: GOUDA,
    jaren: {
      2026: jaar("2026-12-31"),
    },
  },
  {
    sleutel: "jeugdmatch",
    doelstellingen: ["2.2"],
    titel: "JeugdMatch uitbreiden naar alle leeftijden (0–100)",
    omschrijving:
      "Onderzoeken of de matching van hulpverleners rond een gezin ook voor volwassenen kan worden ingezet.",
    beoogdResultaat: "Besluit over uitbreiding van JeugdMatch.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [GI],
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-02-08"),
        vervallen("2024-06-20", {
          toelichting:
            "De uitbreiding van JeugdMatch van 0 tot 100 jaar blijkt niet haalbaar; de ambitie is losgelaten.",
          oorzaak:
            "Onvoldoende capaciteit bij de deelnemende organisaties door krapte en hoge werkdruk.",
          gevolg: "Geen automatische matching voor volwassenen.",
          bijsturing:
            "Inzet verschuift naar afspraken over een vaste contactpersoon per gezin (2.2).",
        }),
      ),
    },
  },

  // -------------------------------------------------------------------------------------------
  // 2.3 Een plan om geweld te stoppen en duurzaam op te lossen
  {
    sleutel: "lokale-kamer-voorschoten",
    doelstellingen: ["2.3"],
    gemeente: "Voorschoten",
    titel: "Lokale kamer Voorschoten inrichten",
    omschrijving:
      "De procesregisseur zet met het jeugdteam van Voorschoten voor Elkaar een lokale kamer op: een structureel multidisciplinair overleg voor consultatie en advies over (on)veiligheid, waarin veiligheidsplannen worden opgesteld en gemonitord.",
    beoogdResultaat:
      "De lokale kamer komt maandelijks bijeen; veiligheidsplannen worden gemonitord.",
    eigenaar: PROCESREGISSEUR,
    trekker: VOORSCHOTEN,
    partners: [VEILIG_THUIS, POLITIE],
    financiering: "gemeentelijk",
    bedragCenten: 1_000_000,
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-03-26", "Samenwerkingsafspraken met het jeugdteam in concept."),
        aandacht("2024-08-27", {
          toelichting: "Afstemming met het jeugdteam loopt langzaam.",
          oorzaak:
            "Het jeugdteam heeft door personeelswisselingen weinig ruimte voor de uitwerking.",
          gevolg: "Vaststelling van de samenwerkingsafspraken schuift naar november.",
          bijsturing:
            "Procesregisseur schrijft de afspraken uit; het jeugdteam reageert op het concept.",
        }),
        op("2024-11-19", "Samenwerkingsafspraken met het lokale team vastgesteld."),
      ),
      2025: jaar(
        "2025-12-31",
        op("2025-02-18", "Deelnemers benoemd: Veilig Thuis, jeugdteam, politie en GGZ."),
        vertraagd("2025-07-08", {
          toelichting: "Eerste lokale kamer uitgesteld.",
          oorzaak:
            "Afspraken over gegevensdeling (privacy) met de ketenpartners zijn nog niet rond.",
          gevolg: "De eerste lokale kamer kon niet in juni plaatsvinden.",
          bijsturing:
            "Privacyprotocol van Leiden als basis genomen; eerste lokale kamer gepland in het najaar.",
        }),
        op("2025-10-21", "Eerste lokale kamer gehouden."),
      ),
      2026: jaar(
        "2026-12-31",
        op("2026-01-20", "Vergaderplanning 2026 vastgesteld: maandelijks op dinsdag."),
        op("2026-04-14", "Veiligheidsplannen worden opgesteld en gemonitord."),
        op("2026-07-07"),
        op("2026-10-13", "Evaluatie van de werkwijze gestart met de deelnemers."),
      ),
    },
  },
  {
    sleutel: "mda-verbeterslag",
    doelstellingen: ["2.3"],
    titel: "MDA++: verbeterslag uit het landelijk actieonderzoek doorvoeren",
    omschrijving:
      "Aanbevelingen uit het actieonderzoek MDA++ uitvoeren: eenduidige casusinbreng, betere terugkoppeling aan lokale teams en zicht op resultaten.",
    beoogdResultaat: "Meer ingebrachte casussen en een jaarlijkse resultaatmeting.",
    eigenaar: COORD_LEIDEN,
    trekker: MDA,
    partners: [ZVH, VEILIG_THUIS, POLITIE],
    financiering: "du_vo",
    bedragCenten: 5_000_000,
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-02-29"),
        op("2024-06-27"),
        aandacht("2024-10-24", {
          toelichting: "Casusinbreng blijft achter.",
          oorzaak: "Het aantal ingebrachte casussen blijft achter bij de verwachting.",
          gevolg: "Te weinig casussen om de nieuwe werkwijze te toetsen.",
          bijsturing: "Ambassadeurs MDA++ in de lokale teams; presentatie in elk teamoverleg.",
        }),
      ),
      2025: jaar(
        "2025-12-31",
        op("2025-03-06"),
        op("2025-09-25"),
        klaar("2025-12-04", "Nieuwe werkwijze vastgesteld door de stuurgroep."),
      ),
      2026: jaar(
        "2026-12-31",
        op("2026-02-26", "Resultaatmeting ingericht."),
        op("2026-07-02"),
        op(
          "2026-10-29",
          "Eerste resultaatmeting besproken in de stuurgroep; casusinbreng 30% hoger dan in 2025.",
        ),
      ),
    },
  },
  {
    sleutel: "samenwerkingsafspraken-veilig-thuis",
    doelstellingen: ["2.3", "1.2"],
    titel: "Samenwerkingsafspraken Veilig Thuis en lokale teams actualiseren en lokaal verankeren",
    omschrijving:
      "De regionale samenwerkingsafspraken evalueren, actualiseren en per gemeente vertalen naar de lokale werkwijze.",
    beoogdResultaat: "Alle 18 gemeenten werken volgens de geactualiseerde afspraken.",
    eigenaar: VEILIG_THUIS_PARTNER,
    trekker: VEILIG_THUIS,
    partners: [LEIDEN, GOUDA],
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-01-25"),
        op("2024-05-30"),
        klaar("2024-11-14", "Afspraken geëvalueerd en door alle betrokken partijen vastgesteld."),
      ),
      2025: jaar(
        "2025-12-31",
        op("2025-03-20"),
        op("2025-10-02", "Twaalf gemeenten hebben de afspraken lokaal vertaald."),
      ),
      2026: jaar(
        "2026-09-30",
        op("2026-01-22"),
        klaar("2026-09-10", "Alle 18 gemeenten hebben de afspraken lokaal vertaald."),
      ),
    },
  },
  {
    sleutel: "plegerhulp",
    doelstellingen: ["2.3"],
    titel: "Regionaal aanbod plegerhulp, ook na een tijdelijk huisverbod",
    omschrijving:
      "Vrijwillige en verplichte hulp voor plegers inkopen en bekendmaken bij lokale teams, politie en Reclassering.",
    beoogdResultaat: "Plegerhulp start binnen vier weken na aanmelding.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [RECLASSERING, ZVH, LEIDEN],
    financiering: "du_vo",
    bedragCenten: 6_000_000,
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-03-12"),
        op("2024-08-15"),
        klaar("2024-12-10", "Aanbod ingekocht voor 2025 en 2026."),
      ),
      2025: jaar(
        "2025-12-31",
        op("2025-02-25"),
        aandacht("2025-08-19", {
          toelichting: "Wachttijd plegerhulp loopt op.",
          oorzaak: "De wachttijd voor plegerhulp loopt op tot tien weken.",
          gevolg: "Plegers starten later met hulp; risico op herhaling.",
          bijsturing: "Extra groepstraining ingekocht uit de DU VO.",
        }),
        op("2025-11-04"),
      ),
      2026: jaar(
        "2026-06-30",
        op("2026-02-24"),
        vertraagd("2026-05-26", {
          toelichting: "Aanbieder groepstraining stopt.",
          oorzaak: "De aanbieder van de groepstraining stopt per 1 juli.",
          gevolg: "Geen groepsaanbod voor plegers in het tweede halfjaar.",
          bijsturing: "Nieuwe aanbieder gezocht via een meervoudig onderhandse uitvraag.",
        }),
        vertraagd("2026-08-18", {
          toelichting: "Uitvraag loopt; gunning verwacht in december.",
          oorzaak: "De uitvraag leverde in eerste instantie één inschrijving op.",
          gevolg: "Het groepsaanbod start op zijn vroegst in januari 2027.",
          bijsturing: "Individuele trajecten bij de Reclassering als overbrugging.",
        }),
      ),
    },
  },
  {
    sleutel: "traumahulp-kinderen",
    doelstellingen: ["2.3"],
    titel: "Traumahulp voor kinderen na huiselijk geweld: wachttijden terugdringen",
    omschrijving:
      "Afspraken met de jeugdhulpregio en aanbieders over voorrang en overbruggingszorg voor kinderen na huiselijk geweld.",
    beoogdResultaat: "Traumahulp start binnen zes weken na verwijzing.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [GGD, GI],
    jaren: {
      2025: jaar("2025-12-31", op("2025-05-13"), aandacht("2025-09-09")),
      2026: jaar(
        "2026-12-31",
        aandacht("2026-02-10", {
          toelichting: "Wachttijden opgelopen.",
          oorzaak:
            "De wachttijden bij de jeugd-GGZ voor traumabehandeling zijn opgelopen tot vier maanden.",
          gevolg: "Kinderen wachten te lang op hulp na een melding.",
          bijsturing:
            "Overbruggingszorg door het lokale team en gesprek met de jeugdhulpregio over voorrang.",
        }),
        op("2026-06-30", "Voorrangsafspraak gemaakt met twee aanbieders."),
        op("2026-10-06", "Wachttijd teruggebracht naar acht weken; overbruggingszorg loopt."),
      ),
    },
  },
  {
    sleutel: "lokale-kamer-leiden",
    doelstellingen: ["2.3"],
    gemeente: "Leiden",
    titel: "Lokale kamer Leiden uitbreiden naar alle wijken",
    omschrijving:
      "De lokale kamer, gestart in twee wijken, wordt uitgebreid naar alle Leidse wijkteams.",
    beoogdResultaat: "Alle wijkteams kunnen casussen inbrengen in de lokale kamer.",
    eigenaar: BELEID_LEIDEN,
    trekker: LEIDEN,
    partners: [VEILIG_THUIS, POLITIE],
    financiering: "gemeentelijk",
    jaren: {
      2025: jaar("2025-12-31", op("2025-03-04"), op("2025-09-09")),
      2026: jaar(
        "2026-06-30",
        op("2026-02-03"),
        klaar("2026-06-16", "Alle wijkteams aangesloten."),
      ),
    },
  },
  {
    sleutel: "lokale-kamer-katwijk",
    doelstellingen: ["2.3"],
    gemeente: "Katwijk",
    titel: "Lokale kamer Katwijk opzetten",
    omschrijving:
      "Een lokale kamer met het Sociaal Plein, Veilig Thuis en politie, naar het voorbeeld van Voorschoten en Leiden.",
    beoogdResultaat: "De eerste lokale kamer is gehouden en de vergaderplanning staat.",
    eigenaar: BELEID_KATWIJK,
    trekker: KATWIJK,
    partners: [VEILIG_THUIS],
    jaren: {
      2025: jaar(
        "2025-12-31",
        op("2025-04-03"),
        vertraagd("2025-10-16", {
          toelichting: "Geen procesregisseur.",
          oorzaak: "De vacature voor procesregisseur is nog niet vervuld.",
          gevolg: "De lokale kamer start niet in 2025.",
          bijsturing: "Vacature opnieuw uitgezet; actie meegenomen naar 2026.",
        }),
      ),
      2026: jaar(
        "2026-09-30",
        op("2026-02-19", "Procesregisseur aangesteld per 1 februari."),
        aandacht("2026-07-21", {
          toelichting: "Deelname politie nog niet geregeld.",
          oorzaak: "De politie kan nog geen vaste deelnemer leveren.",
          gevolg: "Starten zonder politie is niet wenselijk; de eerste lokale kamer schuift op.",
          bijsturing: "Afspraak met de teamchef; tijdelijk deelname via de wijkagent.",
        }),
      ),
    },
  },
  {
    sleutel: "lokale-kamer-gouda",
    doelstellingen: ["2.3"],
    gemeente: "Gouda",
    titel: "Lokale kamer Gouda evalueren en de werkwijze borgen",
    omschrijving:
      "Evaluatie van twee jaar lokale kamer met de deelnemers en een voorstel voor borging.",
    beoogdResultaat: "Evaluatierapport en geactualiseerde werkwijze.",
    eigenaar: BELEID_GOUDA,
    trekker: GOUDA,
    jaren: {
      2026: jaar("2027-03-31"),
    },
  },
  {
    sleutel: "huisverbod-opvolging",
    doelstellingen: ["2.3"],
    titel: "Tijdelijk huisverbod: opvolging door het lokale team binnen drie werkdagen",
    omschrijving:
      "Sluitende afspraken tussen politie, Veilig Thuis, Zorg- en Veiligheidshuis en lokale teams over de opvolging van een huisverbod.",
    beoogdResultaat: "Na elk huisverbod is er binnen drie werkdagen contact met het lokale team.",
    eigenaar: COORD_LEIDEN,
    trekker: ZVH,
    partners: [POLITIE, VEILIG_THUIS],
    jaren: {
      2024: jaar("2024-06-30", op("2024-02-01"), klaar("2024-06-13")),
      2025: jaar(
        "2025-12-31",
        op("2025-03-27"),
        vervallen("2025-09-30", {
          toelichting:
            "Opvolging is onderdeel geworden van de reguliere werkafspraken van het Zorg- en Veiligheidshuis.",
          oorzaak: "Een afzonderlijke actie is niet meer nodig.",
          gevolg: "Monitoring loopt via de kwartaalrapportage van het Zorg- en Veiligheidshuis.",
          bijsturing: "Actie vervalt; signalering blijft in de kwartaalrapportage.",
        }),
      ),
    },
  },
  {
    sleutel: "kwintes-keurmerk",
    doelstellingen: ["2.3"],
    titel: "Vrouwenopvang Kwintes behaalt het keurmerk Veiligheid in de Vrouwenopvang",
    omschrijving:
      "Kwintes werkt de verbeterpunten uit de audit af, zodat beide opvangorganisaties aan het keurmerk voldoen.",
    beoogdResultaat: "Kwintes heeft het keurmerk.",
    eigenaar: COORD_GOUDA,
    trekker: KWINTES,
    partners: [GOUDA],
    financiering: "du_vo",
    bedragCenten: 1_200_000,
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-02-15"),
        op("2024-09-05", "Audit uitgevoerd; vier verbeterpunten."),
      ),
      2025: jaar("2025-09-30", op("2025-03-11"), klaar("2025-09-16", "Keurmerk behaald.")),
    },
  },
  {
    sleutel: "ambulant-tenzij",
    doelstellingen: ["2.3"],
    titel: "Ambulant, tenzij: ambulante hulp door de vrouwenopvang uitbreiden",
    omschrijving:
      "Meer vrouwen en kinderen krijgen hulp in de eigen woonsituatie, met opvang alleen als het niet anders kan.",
    beoogdResultaat: "Het aandeel ambulante trajecten stijgt naar 60%.",
    eigenaar: COORD_LEIDEN,
    trekker: ROSA_MANUS,
    partners: [KWINTES, LEIDEN],
    financiering: "du_vo",
    bedragCenten: 7_500_000,
    jaren: {
      2025: jaar("2025-12-31", op("2025-04-17"), op("2025-10-30")),
      2026: jaar(
        "2026-12-31",
        op("2026-01-29"),
        op("2026-05-07"),
        op("2026-09-29", "Aandeel ambulante trajecten nu 57%."),
      ),
    },
  },
  {
    sleutel: "schuldhulp-na-opvang",
    doelstellingen: ["2.3", "1.2"],
    titel: "Doorlopende schuldhulp voor vrouwen na vertrek uit de opvang",
    omschrijving:
      "Sluitende afspraken met de gemeenten van vestiging over het doorlopen van schuldhulp na de opvang.",
    beoogdResultaat: "Geen onderbreking van schuldhulp bij vertrek uit de opvang.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [ROSA_MANUS, KWINTES],
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-03-21"),
        aandacht("2024-07-18", {
          toelichting: "Niet alle gemeenten doen mee.",
          oorzaak: "Vier gemeenten willen eerst de gevolgen voor hun schuldhulpbudget kennen.",
          gevolg: "De afspraken zijn nog niet sluitend.",
          bijsturing: "Kostenraming opgesteld en besproken in het beleidsoverleg.",
        }),
        op("2024-11-28"),
      ),
      2025: jaar(
        "2025-06-30",
        op("2025-01-30"),
        klaar("2025-05-22", "Sluitende afspraken met alle gemeenten vastgesteld."),
      ),
    },
  },
  {
    sleutel: "regionale-monitor",
    doelstellingen: ["2.3"],
    titel: "Regionale monitor: cijfers van Veilig Thuis per gemeente halfjaarlijks delen",
    omschrijving:
      "Een vaste set cijfers (adviezen, meldingen, hermeldingen, huisverboden) per gemeente voor het beleidsoverleg.",
    beoogdResultaat: "Twee halfjaarrapportages per jaar, besproken in het beleidsoverleg.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [VEILIG_THUIS, GGD],
    jaren: {
      2025: jaar("2025-12-31"),
      2026: jaar(
        "2026-12-31",
        op("2026-03-03", "Eerste halfjaarrapportage per gemeente opgesteld met Veilig Thuis."),
        op("2026-09-29"),
      ),
    },
  },

  // -------------------------------------------------------------------------------------------
  // 2.4 Domeinoverstijgende deskundigheidsbevordering
  {
    sleutel: "jaarprogramma-deskundigheid",
    doelstellingen: ["2.4"],
    titel: "Jaarprogramma regionale deskundigheidsbevordering huiselijk geweld",
    omschrijving:
      "Trainingen, intervisie en kennissessies voor lokale teams en ketenpartners, gefinancierd uit de DU VO.",
    beoogdResultaat: "Ten minste twaalf activiteiten per jaar met een waardering van 7 of hoger.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [GOUDA, HECHT],
    financiering: "du_vo",
    bedragCenten: 8_000_000,
    jaren: {
      2024: jaar("2024-12-31", op("2024-01-30"), op("2024-06-06"), klaar("2024-12-17")),
      2025: jaar("2025-12-31", op("2025-01-28"), op("2025-06-26"), klaar("2025-12-16")),
      2026: jaar("2026-12-31", op("2026-01-27"), op("2026-06-25"), op("2026-10-22")),
    },
  },
  {
    sleutel: "training-gefaseerd-samenwerken",
    doelstellingen: ["2.4"],
    titel:
      "Training 'Gefaseerd samenwerken aan veiligheid' voor nieuwe medewerkers van lokale teams",
    omschrijving:
      "Nieuwe medewerkers krijgen de training waarin de visie Gefaseerd samenwerken aan veiligheid de rode draad is.",
    beoogdResultaat:
      "Alle nieuwe medewerkers volgen de training binnen een half jaar na indiensttreding.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [HECHT],
    financiering: "du_vo",
    bedragCenten: 2_200_000,
    jaren: {
      2024: jaar("2024-11-30", op("2024-02-20"), klaar("2024-11-21")),
      2025: jaar("2025-11-30", op("2025-02-18"), klaar("2025-11-20")),
      2026: jaar(
        "2026-11-30",
        op("2026-02-16"),
        op("2026-06-11"),
        op("2026-11-10", "Laatste training van dit jaar op 24 november."),
      ),
    },
  },
  {
    sleutel: "lerend-netwerk-procesregisseurs",
    doelstellingen: ["2.4", "2.3"],
    titel: "Lerend netwerk voor procesregisseurs van de lokale kamers",
    omschrijving:
      "Procesregisseurs uit de regio komen elk kwartaal bijeen om ervaringen met de lokale kamer te delen.",
    beoogdResultaat: "Vier bijeenkomsten per jaar; gedeelde handreiking voor de lokale kamer.",
    eigenaar: PROCESREGISSEUR,
    trekker: VOORSCHOTEN,
    partners: [LEIDEN, KATWIJK],
    jaren: {
      2025: jaar("2025-12-31", op("2025-05-27"), op("2025-11-25")),
      2026: jaar(
        "2026-12-31",
        op("2026-01-29"),
        op("2026-05-21"),
        op("2026-10-01", "Handreiking in concept gedeeld."),
      ),
    },
  },
  {
    sleutel: "leerbijeenkomst-ervaringsdeskundigen",
    doelstellingen: ["2.4"],
    titel: "Regionale leerbijeenkomst met ervaringsdeskundigen",
    omschrijving: "Professionals en ervaringsdeskundigen bespreken samen wat helpt en wat niet.",
    beoogdResultaat: "Een bijeenkomst met ten minste 80 deelnemers uit verschillende domeinen.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [ROSA_MANUS],
    financiering: "du_vo",
    bedragCenten: 500_000,
    jaren: {
      2026: jaar(
        "2026-04-30",
        op("2026-02-11"),
        klaar("2026-04-16", "Bijeenkomst met 95 deelnemers."),
      ),
    },
  },

  // -------------------------------------------------------------------------------------------
  // 3.1 Deskundigheid over specifieke vormen van geweld
  {
    sleutel: "training-eergerelateerd-geweld",
    doelstellingen: ["3.1"],
    titel: "Training herkennen van eergerelateerd geweld, huwelijksdwang en achterlating",
    omschrijving:
      "Training voor aandachtsfunctionarissen en lokale teams, met inbreng van het Landelijk Knooppunt.",
    beoogdResultaat: "Elk lokaal team heeft ten minste één getrainde professional.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [VEILIG_THUIS, POLITIE],
    financiering: "du_vo",
    bedragCenten: 1_600_000,
    jaren: {
      2024: jaar("2024-10-31", op("2024-04-04"), klaar("2024-10-10")),
      2025: jaar("2025-10-31", op("2025-04-10"), klaar("2025-10-16")),
      2026: jaar("2026-10-31", op("2026-03-31"), klaar("2026-10-15")),
    },
  },
  {
    sleutel: "scholing-ouderenmishandeling",
    doelstellingen: ["3.1", "3.3"],
    titel: "Scholing signaleren van ouderenmishandeling voor thuiszorg en wijkverpleging",
    omschrijving:
      "Voortzetting van de scholing in Holland Rijnland voor organisaties die veel bij ouderen thuis komen.",
    beoogdResultaat: "Alle thuiszorgorganisaties in de regio hebben scholing gevolgd.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [GGD],
    financiering: "du_vo",
    bedragCenten: 900_000,
    jaren: {
      2024: jaar("2024-12-31", op("2024-05-14"), op("2024-11-05")),
      2025: jaar("2025-12-31", op("2025-03-04"), klaar("2025-11-13")),
      2026: jaar(
        "2026-11-30",
        op("2026-04-07"),
        vervallen("2026-08-20", {
          toelichting:
            "De thuiszorgorganisaties nemen de scholing op in hun eigen opleidingsaanbod.",
          oorzaak: "Dubbel aanbod naast de landelijke e-learning van de branche.",
          gevolg: "Het regionale budget komt vrij.",
          bijsturing: "Budget ingezet voor deskundigheid over intieme terreur (3.1).",
        }),
      ),
    },
  },
  {
    sleutel: "deskundigheid-intieme-terreur",
    doelstellingen: ["3.1", "3.2"],
    titel: "Deskundigheid over intieme terreur en stalking bij lokale teams en politie",
    omschrijving:
      "Veilig Thuis verzorgt casusgerichte kennissessies over dwingende controle, stalking en het risico op femicide.",
    beoogdResultaat:
      "Zes kennissessies per jaar; aandachtsfunctionarissen herkennen intieme terreur.",
    eigenaar: VEILIG_THUIS_PARTNER,
    trekker: VEILIG_THUIS,
    partners: [POLITIE, OM],
    jaren: {
      2025: jaar("2025-12-31", op("2025-06-12"), op("2025-11-27")),
      2026: jaar(
        "2026-12-31",
        op("2026-03-05"),
        op("2026-10-01", "Vier van de zes kennissessies gegeven."),
      ),
    },
  },
  {
    sleutel: "voorschoten-ouderen",
    doelstellingen: ["3.1"],
    gemeente: "Voorschoten",
    titel: "Aandachtsfunctionaris ouderenmishandeling bij de ouderenadviseurs van Voorschoten",
    omschrijving:
      "Een ouderenadviseur wordt aandachtsfunctionaris en aanspreekpunt voor signalen van ouderenmishandeling.",
    beoogdResultaat: "Aanspreekpunt benoemd en bekend bij huisartsen en thuiszorg.",
    eigenaar: BELEID_VOORSCHOTEN,
    trekker: VOORSCHOTEN,
    partners: [GGD],
    jaren: {
      2026: jaar("2026-12-31"),
    },
  },
  {
    sleutel: "vgv-jeugdgezondheidszorg",
    doelstellingen: ["3.1"],
    titel:
      "Afspraken met de jeugdgezondheidszorg over signalering van vrouwelijke genitale verminking",
    omschrijving:
      "De JGZ bespreekt VGV bij risicogroepen en weet wanneer Veilig Thuis wordt ingeschakeld.",
    beoogdResultaat: "Werkafspraak vastgelegd tussen GGD (JGZ) en Veilig Thuis.",
    eigenaar: COORD_GOUDA,
    trekker: GGD,
    partners: [VEILIG_THUIS],
    jaren: {
      2026: jaar("2026-03-31", op("2026-02-19"), klaar("2026-03-26")),
    },
  },

  // -------------------------------------------------------------------------------------------
  // 3.2 Regionale expertise voor een gerichte aanpak
  {
    sleutel: "expertisenetwerk-eer",
    doelstellingen: ["3.2"],
    titel: "Regionaal expertisenetwerk eergerelateerd geweld met het Landelijk Knooppunt",
    omschrijving:
      "Vaste contactpersonen bij gemeenten, politie en Veilig Thuis die elkaar en het Landelijk Knooppunt snel weten te vinden.",
    beoogdResultaat: "Actuele contactlijst en twee netwerkbijeenkomsten per jaar.",
    eigenaar: COORD_LEIDEN,
    trekker: LEIDEN,
    partners: [POLITIE, VEILIG_THUIS],
    jaren: {
      2024: jaar("2024-12-31", op("2024-06-11"), op("2024-12-03")),
      2025: jaar(
        "2025-12-31",
        op("2025-03-13"),
        aandacht("2025-07-22", {
          toelichting: "Contactpersonen politie gewisseld.",
          oorzaak: "Na een reorganisatie bij de politie zijn de contactpersonen gewisseld.",
          gevolg: "De contactlijst is verouderd.",
          bijsturing: "Nieuwe contactpersonen opgevraagd via de teamchefs.",
        }),
        op("2025-11-06"),
      ),
      2026: jaar(
        "2026-12-31",
        op("2026-02-19"),
        op("2026-10-08", "Tweede netwerkbijeenkomst gehouden."),
      ),
    },
  },
  {
    sleutel: "complexe-scheidingen",
    doelstellingen: ["3.2", "3.3"],
    titel: "Aanpak complexe scheidingen: aanbevelingen 'Scheiden zonder Schade' lokaal invoeren",
    omschrijving:
      "Gemeenten richten een laagdrempelig scheidingsloket in en nemen deel aan het leernetwerk Kind en complexe ouderrelaties.",
    beoogdResultaat: "Elke gemeente heeft een laagdrempelig scheidingsloket.",
    eigenaar: COORD_GOUDA,
    trekker: GOUDA,
    partners: [RAAD, LEIDEN],
    jaren: {
      2024: jaar(
        "2024-12-31",
        op("2024-03-28"),
        vertraagd("2024-09-26", {
          toelichting: "Leernetwerk start later.",
          oorzaak:
            "Het landelijke leernetwerk Kind en complexe ouderrelaties start later dan gepland.",
          gevolg: "De lokale invoering schuift naar 2025.",
          bijsturing:
            "Gemeenten starten alvast met het scheidingsloket; actie meegenomen naar 2025.",
        }),
      ),
      2025: jaar("2025-12-31", op("2025-01-21"), op("2025-07-03"), op("2025-12-09")),
      2026: jaar(
        "2026-09-30",
        op("2026-02-05"),
        aandacht("2026-06-25", {
          toelichting: "Nog niet elke gemeente heeft een scheidingsloket.",
          oorzaak: "Kleinere gemeenten missen capaciteit voor een eigen scheidingsloket.",
          gevolg: "Het doel 'elke gemeente' wordt mogelijk niet gehaald.",
          bijsturing: "Kleinere gemeenten sluiten aan bij het loket van een buurgemeente.",
        }),
        klaar(
          "2026-09-24",
          "Alle gemeenten hebben een loket, deels gezamenlijk met een buurgemeente.",
        ),
      ),
    },
  },
  {
    sleutel: "risicotaxatie-intieme-terreur",
    doelstellingen: ["3.2"],
    titel: "Gezamenlijke risicotaxatie bij intieme terreur en stalking met politie en OM",
    omschrijving:
      "Veilig Thuis, politie en OM gebruiken één risicotaxatie en delen de uitkomst in het Zorg- en Veiligheidshuis.",
    beoogdResultaat: "Eén instrument en een werkafspraak over het delen van de uitkomst.",
    eigenaar: VEILIG_THUIS_PARTNER,
    trekker: VEILIG_THUIS,
    partners: [POLITIE, OM, ZVH],
    jaren: {
      2025: jaar("2025-12-31", op("2025-09-04")),
      2026: jaar(
        "2026-06-30",
        op("2026-01-08"),
        aandacht("2026-03-19"),
        vertraagd("2026-06-11", {
          toelichting: "Geen overeenstemming over het instrument.",
          oorzaak: "Politie en OM gebruiken verschillende risicotaxatie-instrumenten.",
          gevolg: "Er is nog geen gezamenlijke werkafspraak.",
          bijsturing: "Landelijk advies gevraagd over één instrument.",
        }),
        vertraagd("2026-10-29", {
          toelichting: "Landelijk advies ontvangen; keuze in het beleidsoverleg van december.",
          oorzaak: "Het landelijk advies kwam pas in oktober.",
          gevolg: "De werkafspraak kan pas in 2027 ingaan.",
          bijsturing: "Keuze voor één instrument geagendeerd voor het beleidsoverleg van december.",
          door: COORD_LEIDEN,
        }),
      ),
    },
  },
  {
    sleutel: "centrum-seksueel-geweld",
    doelstellingen: ["3.2", "1.4"],
    titel: "Bekendheid en bereikbaarheid van het Centrum Seksueel Geweld",
    omschrijving:
      "Professionals en inwoners weten dat het Centrum Seksueel Geweld 24/7 bereikbaar is, ook voor acute hulp.",
    beoogdResultaat: "Meer (vroege) aanmeldingen binnen zeven dagen na het incident.",
    eigenaar: COORD_LEIDEN,
    trekker: CSG,
    partners: [GGD, POLITIE],
    financiering: "du_vo",
    bedragCenten: 2_000_000,
    jaren: {
      2024: jaar("2024-12-31", op("2024-04-25"), klaar("2024-11-07")),
      2025: jaar("2025-12-31", op("2025-04-24"), op("2025-10-23")),
      2026: jaar(
        "2026-12-31",
        op("2026-03-19"),
        op("2026-11-05", "Voorlichting aan huisartsenposten afgerond."),
      ),
    },
  },
  {
    sleutel: "hoog-risico-partnergeweld",
    doelstellingen: ["3.2"],
    titel:
      "Casusoverleg hoog-risico partnergeweld (femicidepreventie) in het Zorg- en Veiligheidshuis",
    omschrijving: "Een apart overleg voor situaties met een hoog risico op femicide.",
    beoogdResultaat: "Werkwijze vastgesteld en overleg gestart.",
    eigenaar: COORD_LEIDEN,
    trekker: ZVH,
    partners: [POLITIE, VEILIG_THUIS, OM],
    jaren: {
      2026: jaar(
        "2026-09-30",
        op("2026-02-12"),
        vervallen("2026-05-28", {
          toelichting:
            "De landelijke aanpak richt een eigen overlegstructuur in via het Zorg- en Veiligheidshuis.",
          oorzaak: "Dubbeling met de landelijke aanpak femicidepreventie.",
          gevolg: "Geen aparte regionale overlegtafel.",
          bijsturing: "Aansluiten bij de landelijke aanpak; signalering via het MDA++ team.",
        }),
      ),
    },
  },

  // -------------------------------------------------------------------------------------------
  // 3.3 Bewustwording bij specifieke doelgroepen
  {
    sleutel: "katwijk-financiele-uitbuiting",
    doelstellingen: ["3.3"],
    gemeente: "Katwijk",
    titel: "Lokale alliantie tegen financiële uitbuiting van ouderen in Katwijk",
    omschrijving:
      "Banken, notarissen, thuiszorg en de gemeente werken samen om financiële uitbuiting van ouderen te signaleren.",
    beoogdResultaat: "Alliantie opgericht; jaarlijkse voorlichting aan ouderen en mantelzorgers.",
    eigenaar: BELEID_KATWIJK,
    trekker: KATWIJK,
    partners: [POLITIE],
    jaren: {
      2024: jaar("2024-12-31", op("2024-05-07"), op("2024-10-29")),
      2025: jaar(
        "2025-10-31",
        op("2025-02-27"),
        klaar("2025-10-09", "Alliantie met banken, notarissen en thuiszorg opgericht."),
      ),
      2026: jaar(
        "2026-10-31",
        op("2026-03-17"),
        op("2026-06-02", "Voorlichting aan ouderenbonden gepland in oktober."),
      ),
    },
  },
  {
    sleutel: "leiden-sleutelpersonen",
    doelstellingen: ["3.3"],
    gemeente: "Leiden",
    titel: "Bewustwording via sleutelpersonen en migrantenorganisaties in Leiden",
    omschrijving:
      "Getrainde sleutelpersonen organiseren gesprekken over huiselijk geweld en eergerelateerd geweld in hun gemeenschap.",
    beoogdResultaat: "Tien groepsgesprekken per jaar; sleutelpersonen weten de weg naar hulp.",
    eigenaar: BELEID_LEIDEN,
    trekker: LEIDEN,
    partners: [VEILIG_THUIS],
    financiering: "gemeentelijk",
    bedragCenten: 1_100_000,
    jaren: {
      2025: jaar(
        "2025-12-31",
        op("2025-05-15"),
        vertraagd("2025-10-28", {
          toelichting: "Minder gesprekken dan gepland.",
          oorzaak: "Twee sleutelpersonen zijn gestopt.",
          gevolg: "Zes in plaats van tien groepsgesprekken.",
          bijsturing: "Nieuwe sleutelpersonen geworven; actie meegenomen naar 2026.",
        }),
      ),
      2026: jaar(
        "2026-12-31",
        op("2026-02-26"),
        op("2026-07-09"),
        aandacht("2026-10-15", {
          toelichting: "Financiering na 2026 onzeker.",
          oorzaak: "De subsidie voor twee sleutelpersonen loopt eind 2026 af.",
          gevolg: "Het bereik in de wijken dreigt terug te lopen.",
          bijsturing: "Verlenging aangevraagd in de voorjaarsnota 2027.",
        }),
      ),
    },
  },
  {
    sleutel: "gouda-mantelzorgers",
    doelstellingen: ["3.3", "3.1"],
    gemeente: "Gouda",
    titel: "Voorlichting aan mantelzorgers over ontspoorde zorg in Gouda",
    omschrijving:
      "Met het steunpunt mantelzorg bijeenkomsten over overbelasting en ontspoorde zorg.",
    beoogdResultaat: "Vier bijeenkomsten per jaar; mantelzorgers weten waar zij terechtkunnen.",
    eigenaar: BELEID_GOUDA,
    trekker: GOUDA,
    partners: [GGD],
    jaren: {
      2025: jaar("2025-11-30", op("2025-06-17"), klaar("2025-11-06")),
      2026: jaar(
        "2026-11-30",
        op("2026-04-14"),
        op("2026-10-27", "Derde bijeenkomst gehouden; vierde op 26 november."),
      ),
    },
  },
  {
    sleutel: "gezonde-relaties-jongeren",
    doelstellingen: ["3.3", "1.1"],
    titel:
      "Voorlichting over gezonde relaties en seksueel grensoverschrijdend gedrag voor jongeren",
    omschrijving:
      "Een lespakket voor het voortgezet onderwijs, in lijn met het Nationaal Actieprogramma Seksueel Grensoverschrijdend Gedrag.",
    beoogdResultaat: "Tien scholen gebruiken het lespakket in schooljaar 2026–2027.",
    eigenaar: COORD_GOUDA,
    trekker: GGD,
    partners: [GOUDA, LEIDEN],
    financiering: "du_vo",
    bedragCenten: 1_400_000,
    jaren: {
      2026: jaar("2027-03-31", op("2026-10-20", "Lespakket gekozen; scholen benaderd.")),
    },
  },
  {
    sleutel: "voorschoten-senioren",
    doelstellingen: ["3.3"],
    gemeente: "Voorschoten",
    titel: "Voorlichting over financiële uitbuiting via seniorenverenigingen in Voorschoten",
    omschrijving: "Bijeenkomsten bij seniorenverenigingen met de wijkagent en de ouderenadviseur.",
    beoogdResultaat: "Drie bijeenkomsten in 2024.",
    eigenaar: BELEID_VOORSCHOTEN,
    trekker: VOORSCHOTEN,
    partners: [POLITIE],
    jaren: {
      2024: jaar(
        "2024-10-31",
        op("2024-04-09"),
        klaar("2024-10-15", "Drie bijeenkomsten met samen 110 deelnemers."),
      ),
    },
  },
];
