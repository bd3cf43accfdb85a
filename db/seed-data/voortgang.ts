import type { ActieStatus } from "../schema";
import type { DemoEmail } from "./demo-accounts";

/** One voortgangsupdate; statusVan is derived from the previous step (the first starts at niet_gestart). */
export interface VoortgangSeed {
  datum: string;
  naar: ActieStatus;
  toelichting?: string;
  oorzaak?: string;
  gevolg?: string;
  bijsturing?: string;
  /** Defaults to the eigenaar of the actie. */
  door?: DemoEmail;
}

export interface Uitleg {
  toelichting?: string;
  oorzaak?: string;
  gevolg?: string;
  bijsturing?: string;
  door?: DemoEmail;
}

export const op = (datum: string, toelichting?: string, door?: DemoEmail): VoortgangSeed => ({
  datum,
  naar: "op_schema",
  toelichting,
  door,
});

export const klaar = (datum: string, toelichting?: string, door?: DemoEmail): VoortgangSeed => ({
  datum,
  naar: "afgerond",
  toelichting,
  door,
});

export const aandacht = (datum: string, uitleg: Uitleg = {}): VoortgangSeed => ({
  datum,
  naar: "aandacht",
  ...uitleg,
});

export const vertraagd = (datum: string, uitleg: Uitleg = {}): VoortgangSeed => ({
  datum,
  naar: "vertraagd",
  ...uitleg,
});

export const vervallen = (datum: string, uitleg: Uitleg = {}): VoortgangSeed => ({
  datum,
  naar: "vervallen",
  ...uitleg,
});

// Standard wording for steps whose data gives none; picked in turn so neighbouring acties differ.
export const STANDAARD_TOELICHTING: Record<
  "start" | "op_schema" | "herstel" | "afgerond",
  string[]
> = {
  start: [
    "Gestart; eerste overleg met de betrokken partners heeft plaatsgevonden.",
    "Werkgroep gevormd; planning tot de deadline opgesteld en gedeeld.",
    "Plan van aanpak besproken in het ambtelijk beleidsoverleg; uitvoering gestart.",
    "Opdracht uitgezet bij de trekker; startbijeenkomst gehouden.",
  ],
  op_schema: [
    "Tussenstand: de geplande activiteiten liggen op schema.",
    "Voortgang besproken met de trekker; geen knelpunten.",
    "Uitvoering loopt volgens planning; volgende stap staat in de agenda van het beleidsoverleg.",
    "Tussenresultaat gedeeld met de regiogemeenten; reacties verwerkt.",
  ],
  herstel: [
    "Bijsturing heeft effect; de actie ligt weer op schema.",
    "Achterstand ingehaald na extra inzet van de trekker.",
  ],
  afgerond: [
    "Afgerond; het resultaat is gedeeld in het ambtelijk beleidsoverleg.",
    "Opgeleverd volgens plan; borging in de reguliere werkwijze is afgesproken.",
    "Afgerond en geëvalueerd; de uitkomsten komen in de jaarrapportage.",
  ],
};

export const STANDAARD_UITLEG: Record<
  "aandacht" | "vertraagd" | "vervallen",
  Required<Omit<Uitleg, "door">>[]
> = {
  aandacht: [
    {
      toelichting: "Risico op uitloop; bijsturing ingezet.",
      oorzaak: "Personele krapte bij de trekker door vacatures en ziekteverzuim.",
      gevolg: "Activiteiten schuiven enkele weken op; de deadline komt onder druk.",
      bijsturing:
        "Extra uren vrijgemaakt via de centrumgemeente; planning herzien in het beleidsoverleg.",
    },
    {
      toelichting: "Niet alle gemeenten hebben hun inbreng geleverd.",
      oorzaak: "Vijf gemeenten hebben nog geen contactpersoon doorgegeven.",
      gevolg: "De regionale afspraak kan nog niet voor alle gemeenten gelden.",
      bijsturing:
        "Gemeenten persoonlijk benaderd; onderwerp op de agenda van het volgende beleidsoverleg.",
    },
    {
      toelichting: "Dekking voor het tweede halfjaar is onzeker.",
      oorzaak: "De bijdrage uit de DU VO voor het tweede halfjaar is nog niet bevestigd.",
      gevolg: "Activiteiten na de zomer staan op pauze tot er duidelijkheid is.",
      bijsturing:
        "Voorstel voor herschikking binnen de DU VO-begroting voorgelegd aan de centrumgemeenten.",
    },
  ],
  vertraagd: [
    {
      toelichting: "Afspraken over gegevensdeling vragen meer tijd.",
      oorzaak:
        "Afstemming over gegevensdeling (AVG) met de ketenpartners kost meer tijd dan verwacht.",
      gevolg: "De uitvoering schuift een kwartaal op.",
      bijsturing:
        "Privacy-officers van de centrumgemeenten om een gezamenlijk advies gevraagd; nieuwe planning volgt.",
    },
    {
      toelichting: "Inkoop loopt uit.",
      oorzaak: "De inkoopprocedure kostte meer tijd dan gepland.",
      gevolg: "Start van de uitvoering schuift naar het volgende kwartaal.",
      bijsturing: "Planning aangepast; tussentijds aanbod via de bestaande aanbieder.",
    },
  ],
  vervallen: [
    {
      toelichting: "Actie vervalt bij de tussentijdse bespreking in het beleidsoverleg.",
      oorzaak: "Een landelijk programma neemt deze activiteit over.",
      gevolg: "Geen afzonderlijke regionale inzet meer nodig.",
      bijsturing: "Budget en capaciteit ingezet voor andere acties in dezelfde actielijn.",
    },
  ],
};
