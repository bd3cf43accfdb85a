import { aandacht, klaar, op, vertraagd, vervallen, type VoortgangSeed } from "./voortgang";

/**
 * The 2014 plan of Zuid-Holland Zuid holds the acties the regiovisie itself lists; the doelstelling
 * and the 2014 voortgang per actie (matched on titel) are demo content.
 */
export const ZHZ_PLAN = {
  jaar: 2014,
  vastgesteldOp: "2014-01-23",
  besluit: "Regionaal portefeuillehoudersoverleg 23 januari 2014",
  eigenaar: "coordinator@dordrecht.example",
  trekkerGemeente: "Dordrecht",
} as const;

/** Terms the visie uses instead of a date; in the 2014 plan they fall due at the end of the year. */
export const TERMIJN_ZONDER_DATUM = ["jaarlijks", "tweejaarlijks", "driejaarlijks", "doorlopend"];
export const EINDE_PLANJAAR = "2014-12-31";

export interface ZhzActieUitwerking {
  doelstelling: string;
  verloop: VoortgangSeed[];
}

export const ZHZ_UITWERKING: Record<string, ZhzActieUitwerking> = {
  "Analyse van de vier belangrijkste risicogroepen en hun leefstijlen": {
    doelstelling: "1.1",
    verloop: [
      op("2014-01-14", "Analyse in afronding; cijfers van AMK en SHG verwerkt."),
      klaar("2014-02-25", "Analyse opgeleverd en besproken met de regiogemeenten."),
    ],
  },
  "Communicatieadvies over het benaderen van de vier risicogroepen": {
    doelstelling: "1.1",
    verloop: [
      op("2014-02-11"),
      klaar("2014-04-08", "Advies opgeleverd, een week later dan gepland."),
    ],
  },
  "Communicatiestrategie en -plan voor de risicogroepen, inclusief inzet partijen en financiering":
    {
      doelstelling: "1.1",
      verloop: [
        op("2014-04-15"),
        vertraagd("2014-07-01", {
          toelichting: "Financiering nog niet rond.",
          oorzaak:
            "De bijdragen van de betrokken partijen aan de uitvoering zijn nog niet toegezegd.",
          gevolg: "De uitvoering van het communicatieplan start pas in 2015.",
          bijsturing: "Bestuurlijk overleg over cofinanciering in september.",
        }),
        vertraagd("2014-10-14", {
          toelichting: "Cofinanciering toegezegd; uitvoering start in januari 2015.",
          oorzaak: "Besluitvorming bij de partners vergde een extra ronde.",
          gevolg: "Het plan is gereed, de uitvoering valt in 2015.",
          bijsturing: "Uitvoering opgenomen in het uitvoeringsplan 2015.",
        }),
      ],
    },
  "Jaarlijks preventieve begeleiding aan ten minste N gezinnen met grote risico's": {
    doelstelling: "1.1",
    verloop: [
      op("2014-03-18"),
      aandacht("2014-09-09", {
        toelichting: "N nog niet vastgesteld.",
        oorzaak: "De cijfers van AMK en SHG zijn nog niet per gemeente beschikbaar.",
        gevolg: "Het aantal te begeleiden gezinnen staat nog niet vast.",
        bijsturing: "Voorlopig streefgetal op basis van de regionale cijfers gebruiken.",
      }),
      op("2014-12-02", "Streefgetal vastgesteld; begeleiding loopt in alle gemeenten."),
    ],
  },
  "Eens per twee jaar een regionale conferentie over geweld in huiselijke kring en kindermishandeling":
    {
      doelstelling: "1.2",
      verloop: [
        op("2014-05-20"),
        klaar("2014-11-20", "Regionale conferentie gehouden in Dordrecht met 250 deelnemers."),
      ],
    },
  "Vroegsignalering met de juiste expertise belegd in alle lokale netwerken van eerstelijns professionals":
    {
      doelstelling: "2.1",
      verloop: [
        op("2014-02-04"),
        aandacht("2014-08-26", {
          toelichting: "Niet alle netwerken hebben de juiste expertise.",
          oorzaak:
            "In de Alblasserwaard-Vijfheerenlanden ontbreekt in drie netwerken expertise over kindermishandeling.",
          gevolg: "Signalen worden daar later opgepakt.",
          bijsturing: "Consultatie door het AMK ingeroosterd in deze netwerken.",
        }),
      ],
    },
  "Alle netwerkdeelnemers volgen elke drie jaar een training deskundigheidsbevordering": {
    doelstelling: "2.1",
    verloop: [
      op("2014-04-01"),
      op("2014-10-07", "Eerste trainingsronde gegeven in de Drechtsteden."),
    ],
  },
  "Meldingen uit de signaleringsinstrumenten (AMK, SHG, politie, meldpunt overlast, Verwijsindex) regionaal samengevoegd":
    {
      doelstelling: "2.2",
      verloop: [],
    },
  "Triage binnen 1 dag na iedere melding; zo nodig dezelfde dag een veiligheidsplan": {
    doelstelling: "3.1",
    verloop: [op("2014-01-21"), op("2014-07-15", "In 93% van de meldingen triage binnen één dag.")],
  },
  "Nulmeting recidive na interventies": {
    doelstelling: "3.2",
    verloop: [
      op("2014-01-28"),
      klaar("2014-03-25", "Nulmeting op basis van politieregistratie opgeleverd."),
    ],
  },
  "Geweld blijft na interventie duurzaam uit (geen recidive binnen 12 maanden, politieregistratie)":
    {
      doelstelling: "3.2",
      verloop: [op("2014-06-10")],
    },
  "Hulpverleners eerste en tweede lijn houden kennis op peil via deskundigheidsbevordering": {
    doelstelling: "3.2",
    verloop: [
      op("2014-03-04"),
      vervallen("2014-11-04", {
        toelichting: "Samengevoegd met de driejaarlijkse training voor netwerkdeelnemers.",
        oorzaak: "Beide acties richten zich op dezelfde professionals.",
        gevolg: "Geen afzonderlijk scholingsaanbod meer.",
        bijsturing:
          "Deskundigheidsbevordering loopt via de actie 'training deskundigheidsbevordering' (2.1).",
      }),
    ],
  },
};
