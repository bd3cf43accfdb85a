import { type RouteConfig, index, layout, prefix, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),

  // Account
  route("login", "routes/account/login.tsx"),
  route("login/tweede-stap", "routes/account/tweede-stap.tsx"),
  route("login/mfa-instellen", "routes/account/mfa-instellen.tsx"),
  route("logout", "routes/account/logout.tsx"),
  route("wachtwoord-vergeten", "routes/account/wachtwoord-vergeten.tsx"),
  route("wachtwoord/:token", "routes/account/wachtwoord-herstellen.tsx"),
  route("uitnodiging/:token", "routes/account/uitnodiging.tsx"),
  route("account", "routes/account/mijn-account.tsx"),
  // -- agenda
  route("agenda/:bestand", "routes/agenda.tsx"),

  // A regio and everything in it
  route("r/:regio", "routes/regio/layout.tsx", [
    index("routes/regio/start.tsx"),
    route("visie", "routes/regio/visie.tsx"),
    route("plannen", "routes/regio/plannen.tsx"),
    // -- plan en mijn acties
    route("plannen/:jaar", "routes/regio/plan.tsx"),
    route("mijn-acties", "routes/regio/mijn-acties.tsx"),
    // -- acties en voortgang
    route("plannen/:jaar/acties/nieuw", "routes/regio/actie-nieuw.tsx"),
    route("acties/:id", "routes/regio/actie.tsx"),
    route("acties/:id/bewerken", "routes/regio/actie-bewerken.tsx"),
    // -- visie bewerken
    route("visie/bewerken", "routes/regio/visie-bewerken.tsx"),
    // -- overleg
    route("overleg", "routes/regio/overleggen.tsx"),
    route("overleg/:id", "routes/regio/overleg.tsx"),
    route("overleg/:id/verslag.docx", "routes/regio/overleg-verslag-docx.tsx"),
    // -- gemeenten en lokale invulling
    route("gemeenten", "routes/regio/gemeenten.tsx"),
    route("gemeenten/matrix.xlsx", "routes/regio/gemeenten-matrix-xlsx.tsx"),
    route("gemeenten/:gemeente", "routes/regio/gemeente.tsx"),
    // -- spreadsheets
    route("plannen/:jaar/export.xlsx", "routes/regio/plan-export-xlsx.tsx"),
    route("plannen/:jaar/export.csv", "routes/regio/plan-export-csv.tsx"),
    route("plannen/:jaar/import", "routes/regio/plan-import.tsx"),
    // -- actualisatie
    route("actualisatie/:jaar", "routes/regio/actualisatie.tsx"),
    route("actualisatie/:jaar/besluiten", "routes/regio/actualisatie-besluiten.tsx"),
    route("actualisatie/:jaar/reacties", "routes/regio/actualisatie-reacties.tsx"),
    route("actualisatie/:jaar/verschil", "routes/regio/actualisatie-verschil.tsx"),
    // -- lokale kamer
    route("gemeenten/:gemeente/lokale-kamer", "routes/regio/lokale-kamer.tsx"),
    route("lokale-kamers", "routes/regio/lokale-kamers.tsx"),
    route("lokale-kamers/sjabloon", "routes/regio/lokale-kamers-sjabloon.tsx"),
    // -- adviezen
    route("adviezen", "routes/regio/adviezen.tsx"),
    route("adviezen/:id", "routes/regio/advies.tsx"),
    // -- rapportage
    route("rapportage/:jaar", "routes/regio/rapportage.tsx"),
    route("rapportage/:jaar/rapportage.docx", "routes/regio/rapportage-docx.tsx"),
  ]),

  // Beheer: beheerder for everything, regiocoördinator for the users of their regio
  ...prefix("beheer", [
    layout("routes/beheer/layout.tsx", [
      index("routes/beheer/index.tsx"),
      route("regios", "routes/beheer/regios.tsx"),
      route("regios/:id", "routes/beheer/regio.tsx"),
      route("gebruikers", "routes/beheer/gebruikers.tsx"),
      route("gebruikers/uitnodigen", "routes/beheer/uitnodigen.tsx"),
      route("gebruikers/:id", "routes/beheer/gebruiker.tsx"),
      route("outbox", "routes/beheer/outbox.tsx"),
      route("audit", "routes/beheer/audit.tsx"),
    ]),
  ]),

  route("*", "routes/niet-gevonden.tsx"),
] satisfies RouteConfig;
