import type { Rol } from "../schema";

/** Where an account belongs; names refer to regio slugs, gemeenten and organisaties in the seed. */
export interface DemoAccountSeed {
  email: string;
  naam: string;
  omschrijving: string;
  rol: Rol;
  regio?: string;
  gemeente?: string;
  organisatie?: string;
}

// The first eight are the accounts named in DESIGN §5, in that order; the rest make owners realistic.
export const DEMO_ACCOUNT_SEEDS = [
  {
    email: "beheerder@demo.example",
    naam: "Bea Beheer",
    omschrijving: "beheerder (alle regio's)",
    rol: "beheerder",
  },
  {
    email: "coordinator@leiden.example",
    naam: "Marieke van der Meer",
    omschrijving: "regiocoördinator Hollands Midden (Leiden)",
    rol: "regiocoordinator",
    regio: "hollands-midden",
    gemeente: "Leiden",
  },
  {
    email: "coordinator@gouda.example",
    naam: "Rachid El Amrani",
    omschrijving: "regiocoördinator Hollands Midden (Gouda)",
    rol: "regiocoordinator",
    regio: "hollands-midden",
    gemeente: "Gouda",
  },
  {
    email: "beleid@voorschoten.example",
    naam: "Sanne de Vries",
    omschrijving: "beleidsmedewerker gemeente Voorschoten",
    rol: "gemeente",
    regio: "hollands-midden",
    gemeente: "Voorschoten",
  },
  {
    email: "procesregisseur@voorschoten.example",
    naam: "Joost Verhoeven",
    omschrijving: "procesregisseur Voorschoten",
    rol: "procesregisseur",
    regio: "hollands-midden",
    gemeente: "Voorschoten",
  },
  {
    email: "partner@veiligthuis.example",
    naam: "Annemiek Bakker",
    omschrijving: "partner Veilig Thuis Hollands Midden",
    rol: "partner",
    regio: "hollands-midden",
    organisatie: "Veilig Thuis Hollands Midden",
  },
  {
    email: "wethouder@leiden.example",
    naam: "Hanneke Dijkstra",
    omschrijving: "wethouder Leiden (lezer Hollands Midden)",
    rol: "lezer",
    regio: "hollands-midden",
    gemeente: "Leiden",
  },
  {
    email: "coordinator@denhaag.example",
    naam: "Pieter-Jan Koster",
    omschrijving: "regiocoördinator Haaglanden (Den Haag)",
    rol: "regiocoordinator",
    regio: "haaglanden",
    gemeente: "Den Haag",
  },
  {
    email: "beleid@leiden.example",
    naam: "Yasmina Bouzid",
    omschrijving: "beleidsmedewerker gemeente Leiden",
    rol: "gemeente",
    regio: "hollands-midden",
    gemeente: "Leiden",
  },
  {
    email: "beleid@katwijk.example",
    naam: "Kees van Duijn",
    omschrijving: "beleidsmedewerker gemeente Katwijk",
    rol: "gemeente",
    regio: "hollands-midden",
    gemeente: "Katwijk",
  },
  {
    email: "beleid@gouda.example",
    naam: "Ilse Hoogendoorn",
    omschrijving: "beleidsmedewerker gemeente Gouda",
    rol: "gemeente",
    regio: "hollands-midden",
    gemeente: "Gouda",
  },
  {
    email: "coordinator@dordrecht.example",
    naam: "Gerrit Moerman",
    omschrijving: "regiocoördinator Zuid-Holland Zuid (Dordrecht)",
    rol: "regiocoordinator",
    regio: "zuid-holland-zuid",
    gemeente: "Dordrecht",
  },
] as const satisfies readonly DemoAccountSeed[];

export type DemoEmail = (typeof DEMO_ACCOUNT_SEEDS)[number]["email"];

/** Printed under the demo accounts: who meets two-step verification at the first login. */
export const MFA_DEMO_UITLEG =
  "De beheerder en de regiocoördinatoren stellen bij de eerste keer inloggen een authenticator-app in (tweestapsverificatie).";
