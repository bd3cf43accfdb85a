import fs from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, writeTransaction } from "../../db";
import { gebruiker } from "../../db/schema";
import { createEenmaligeLink } from "../../app/auth/eenmalige-link.server";
import { maakHerstelcodes } from "../../app/auth/mfa-herstelcodes.server";
import { zetNieuwGeheimKlaar } from "../../app/auth/mfa.server";
import { createSession, sessionCookieName } from "../../app/auth/session.server";
import { newTotpSecret, totpCode, totpStep } from "../../app/auth/totp.server";
import { action as login } from "../../app/routes/account/login";
import { action as logout } from "../../app/routes/account/logout";
import { action as mfaInstellen } from "../../app/routes/account/mfa-instellen";
import { action as mijnAccount } from "../../app/routes/account/mijn-account";
import { action as tweedeStap } from "../../app/routes/account/tweede-stap";
import { action as uitnodiging } from "../../app/routes/account/uitnodiging";
import { action as wachtwoordHerstellen } from "../../app/routes/account/wachtwoord-herstellen";
import { action as wachtwoordVergeten } from "../../app/routes/account/wachtwoord-vergeten";
import { action as nietGevonden } from "../../app/routes/niet-gevonden";
import { action as beheerGebruiker } from "../../app/routes/beheer/gebruiker";
import { action as beheerRegio } from "../../app/routes/beheer/regio";
import { action as beheerRegios } from "../../app/routes/beheer/regios";
import { action as uitnodigen } from "../../app/routes/beheer/uitnodigen";
import { HM, gebruikerId, gemeenteId, lidmaatschapVan, regioId } from "../helpers/opzoeken";
import { DEMO_PASSWORD } from "../helpers/paths";
import { routesMetAction, testFormulieren, verwachtElkeIntentGetest, type Formulier } from "../helpers/vijandige-invoer";

/**
 * Hostile input for the account and beheer forms (issue 7). The regio forms are in
 * vijandige-invoer-*.test.ts; this file also checks that together they cover every action.
 */

const COORDINATOR = "coordinator@leiden.example";
const BEHEERDER = "beheerder@demo.example";
const VOORSCHOTEN = "beleid@voorschoten.example";
const KATWIJK = "beleid@katwijk.example";
const NIEUW_WACHTWOORD = "Een heel nieuw wachtwoord 2026";

function link(email: string, soort: "uitnodiging" | "wachtwoord_reset"): string {
  return writeTransaction((tx) => createEenmaligeLink(tx, gebruikerId(email), soort).token);
}

function zetAccount(email: string, waarden: { actief?: boolean; passwordHash?: null }) {
  db.update(gebruiker).set(waarden).where(eq(gebruiker.id, gebruikerId(email))).run();
}

const gebruikerPagina = (email: string, velden: Record<string, string>) => {
  const id = String(gebruikerId(email));
  return { pad: `/beheer/gebruikers/${id}`, params: { id }, velden };
};

/** MFA as if set up earlier; the secret and recovery codes, to act as the phone and the paper. */
function metMfa(email: string): { geheim: string; herstelcodes: string[] } {
  const geheim = newTotpSecret();
  const herstelcodes = writeTransaction((tx) => {
    tx.update(gebruiker).set({ mfaSecret: geheim, mfaActiefSinds: new Date().toISOString() }).where(eq(gebruiker.id, gebruikerId(email))).run();
    return maakHerstelcodes(tx, gebruikerId(email));
  });
  return { geheim, herstelcodes };
}

/** The cookie of a login whose password was right and whose second factor is still due. */
function halveLogin(email: string): string {
  return `${sessionCookieName()}=${createSession(gebruikerId(email), new Date(), db, { mfaVoltooid: false }).token}`;
}

const appCode = (geheim: string) => totpCode(geheim, totpStep(new Date()));

const regioPagina = (velden: Record<string, string>) => {
  const id = String(regioId(HM));
  return { pad: `/beheer/regios/${id}`, params: { id }, velden };
};

const FORMULIEREN: Formulier[] = [
  {
    route: "account/login",
    email: null,
    action: login,
    geldig: () => ({ pad: "/login", params: {}, velden: { email: VOORSCHOTEN, password: DEMO_PASSWORD, redirectTo: `/r/${HM}` } }),
  },
  {
    route: "account/logout",
    email: VOORSCHOTEN,
    nooitGeweigerd: true,
    action: logout,
    geldig: () => ({ pad: "/logout", params: {}, velden: {} }),
  },
  {
    route: "account/mijn-account",
    intent: "wachtwoord",
    email: VOORSCHOTEN,
    action: mijnAccount,
    geldig: () => ({
      pad: "/account",
      params: {},
      velden: { intent: "wachtwoord", huidigWachtwoord: DEMO_PASSWORD, nieuwWachtwoord: NIEUW_WACHTWOORD, herhaalWachtwoord: NIEUW_WACHTWOORD },
    }),
  },
  {
    route: "account/mijn-account",
    intent: "herinneringen",
    email: VOORSCHOTEN,
    action: mijnAccount,
    geldig: () => ({ pad: "/account", params: {}, velden: { intent: "herinneringen", digestFrequentie: "nooit" } }),
  },
  {
    route: "account/mijn-account",
    intent: "agenda-link",
    email: VOORSCHOTEN,
    action: mijnAccount,
    geldig: () => ({ pad: "/account", params: {}, velden: { intent: "agenda-link", handeling: "maken" } }),
  },
  {
    route: "account/mijn-account",
    intent: "mfa-bevestigen",
    email: VOORSCHOTEN,
    action: mijnAccount,
    geldig: () => {
      const geheim = writeTransaction((tx) => zetNieuwGeheimKlaar(tx, gebruikerId(VOORSCHOTEN)));
      return { pad: "/account", params: {}, velden: { intent: "mfa-bevestigen", code: appCode(geheim) } };
    },
  },
  {
    route: "account/mijn-account",
    intent: "herstelcodes-vernieuwen",
    email: VOORSCHOTEN,
    action: mijnAccount,
    geldig: () => ({ pad: "/account", params: {}, velden: { intent: "herstelcodes-vernieuwen", vernieuwCode: appCode(metMfa(VOORSCHOTEN).geheim) } }),
  },
  {
    route: "account/mijn-account",
    intent: "mfa-uitschakelen",
    email: VOORSCHOTEN,
    action: mijnAccount,
    geldig: () => ({ pad: "/account", params: {}, velden: { intent: "mfa-uitschakelen", uitschakelCode: metMfa(VOORSCHOTEN).herstelcodes[0] } }),
  },
  {
    route: "account/tweede-stap",
    intent: "code",
    email: null,
    action: tweedeStap,
    geldig: () => {
      const { geheim } = metMfa(COORDINATOR);
      return { pad: "/login/tweede-stap", params: {}, velden: { intent: "code", code: appCode(geheim), redirectTo: `/r/${HM}` }, cookie: halveLogin(COORDINATOR) };
    },
  },
  {
    route: "account/tweede-stap",
    intent: "herstelcode",
    email: null,
    action: tweedeStap,
    geldig: () => {
      const { herstelcodes } = metMfa(COORDINATOR);
      return { pad: "/login/tweede-stap", params: {}, velden: { intent: "herstelcode", herstelcode: herstelcodes[3] }, cookie: halveLogin(COORDINATOR) };
    },
  },
  {
    route: "account/mfa-instellen",
    email: null,
    action: mfaInstellen,
    geldig: () => {
      const geheim = writeTransaction((tx) => zetNieuwGeheimKlaar(tx, gebruikerId(COORDINATOR)));
      return { pad: "/login/mfa-instellen", params: {}, velden: { code: appCode(geheim), redirectTo: `/r/${HM}` }, cookie: halveLogin(COORDINATOR) };
    },
  },
  {
    route: "account/uitnodiging",
    email: null,
    action: uitnodiging,
    geldig: () => {
      const token = link(KATWIJK, "uitnodiging");
      return { pad: `/uitnodiging/${token}`, params: { token }, velden: { nieuwWachtwoord: NIEUW_WACHTWOORD, herhaalWachtwoord: NIEUW_WACHTWOORD } };
    },
  },
  {
    route: "account/wachtwoord-herstellen",
    email: null,
    action: wachtwoordHerstellen,
    geldig: () => {
      const token = link(KATWIJK, "wachtwoord_reset");
      return { pad: `/wachtwoord/${token}`, params: { token }, velden: { nieuwWachtwoord: NIEUW_WACHTWOORD, herhaalWachtwoord: NIEUW_WACHTWOORD } };
    },
  },
  {
    route: "account/wachtwoord-vergeten",
    email: null,
    action: wachtwoordVergeten,
    geldig: () => ({ pad: "/wachtwoord-vergeten", params: {}, velden: { email: KATWIJK } }),
  },
  {
    route: "niet-gevonden",
    email: COORDINATOR,
    action: nietGevonden,
    altijdGeweigerd: true,
    geldig: () => ({ pad: "/bestaat-niet", params: { "*": "bestaat-niet" }, velden: { intent: "opslaan", titel: "Iets" } }),
  },
  {
    route: "beheer/gebruiker",
    intent: "rol-wijzigen",
    email: COORDINATOR,
    action: beheerGebruiker,
    geldig: () =>
      gebruikerPagina(KATWIJK, {
        intent: "rol-wijzigen",
        lidmaatschapId: String(lidmaatschapVan(KATWIJK, HM)),
        rol: "gemeente",
        gemeenteId: String(gemeenteId("Leiden")),
        organisatieId: "",
      }),
  },
  {
    route: "beheer/gebruiker",
    intent: "rol-verwijderen",
    email: COORDINATOR,
    action: beheerGebruiker,
    geldig: () => gebruikerPagina(KATWIJK, { intent: "rol-verwijderen", lidmaatschapId: String(lidmaatschapVan(KATWIJK, HM)) }),
  },
  {
    route: "beheer/gebruiker",
    intent: "deactiveren",
    email: COORDINATOR,
    action: beheerGebruiker,
    geldig: () => gebruikerPagina(KATWIJK, { intent: "deactiveren" }),
  },
  {
    route: "beheer/gebruiker",
    intent: "activeren",
    email: COORDINATOR,
    action: beheerGebruiker,
    geldig: () => {
      zetAccount(KATWIJK, { actief: false });
      return gebruikerPagina(KATWIJK, { intent: "activeren" });
    },
  },
  {
    route: "beheer/gebruiker",
    intent: "sessies-beeindigen",
    email: COORDINATOR,
    action: beheerGebruiker,
    geldig: () => gebruikerPagina(KATWIJK, { intent: "sessies-beeindigen" }),
  },
  {
    route: "beheer/gebruiker",
    intent: "opnieuw-uitnodigen",
    email: COORDINATOR,
    action: beheerGebruiker,
    geldig: () => {
      zetAccount(KATWIJK, { passwordHash: null });
      return gebruikerPagina(KATWIJK, { intent: "opnieuw-uitnodigen" });
    },
  },
  {
    route: "beheer/gebruiker",
    intent: "mfa-resetten",
    email: BEHEERDER,
    action: beheerGebruiker,
    geldig: () => {
      metMfa(KATWIJK);
      return gebruikerPagina(KATWIJK, { intent: "mfa-resetten", bevestiging: "ja" });
    },
  },
  {
    route: "beheer/regio",
    intent: "regio-bewerken",
    email: BEHEERDER,
    action: beheerRegio,
    geldig: () => regioPagina({ intent: "regio-bewerken", naam: "Hollands Midden en omstreken", nietBijgewerktWeken: "6" }),
  },
  {
    route: "beheer/regio",
    intent: "gemeente-toevoegen",
    email: BEHEERDER,
    action: beheerRegio,
    geldig: () => regioPagina({ intent: "gemeente-toevoegen", gemeenteNaam: "Woerden", centrumgemeente: "ja" }),
  },
  {
    route: "beheer/regio",
    intent: "organisatie-toevoegen",
    email: BEHEERDER,
    action: beheerRegio,
    geldig: () => regioPagina({ intent: "organisatie-toevoegen", organisatieNaam: "Slachtofferhulp Nederland", soort: "overig" }),
  },
  {
    route: "beheer/regios",
    email: BEHEERDER,
    action: beheerRegios,
    geldig: () => ({ pad: "/beheer/regios", params: {}, velden: { naam: "Rotterdam-Rijnmond", slug: "rotterdam-rijnmond" } }),
  },
  {
    route: "beheer/uitnodigen",
    email: COORDINATOR,
    action: uitnodigen,
    geldig: () => ({
      pad: "/beheer/gebruikers/uitnodigen",
      params: {},
      velden: {
        email: "nieuwe.collega@leiden.example",
        naam: "Nieuwe Collega",
        rol: "gemeente",
        regioId: String(regioId(HM)),
        gemeenteId: String(gemeenteId("Leiden")),
        organisatieId: "",
      },
    }),
  },
];

testFormulieren("vijandige invoer: account en beheer", FORMULIEREN);

describe("vijandige invoer: dekking", () => {
  it("test elke handeling van de account- en beheerformulieren", () => {
    // mfa-starten and mfa-annuleren carry no fields of their own; tweestapsverificatie.test.ts covers them.
    verwachtElkeIntentGetest(FORMULIEREN, {
      "account/mijn-account": ["herinneringen", "agenda-link", "mfa-bevestigen", "herstelcodes-vernieuwen", "mfa-uitschakelen"],
    });
  });

  it("elke route met een action staat in een van de vijandige-invoertests", () => {
    const bestanden = fs.readdirSync("tests/integration").filter((f) => /^vijandige-invoer.*\.test\.ts$/.test(f));
    const getest = new Set<string>();
    for (const bestand of bestanden) {
      const bron = fs.readFileSync(`tests/integration/${bestand}`, "utf8");
      for (const m of bron.matchAll(/import \{ action as \w+ \} from "\.\.\/\.\.\/app\/routes\/([\w/-]+)"/g)) getest.add(m[1]);
    }
    expect(routesMetAction().filter((r) => !getest.has(r))).toEqual([]);
  });
});
