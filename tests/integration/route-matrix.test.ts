import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import {
  actie,
  advies,
  gebruiker,
  overleg,
  regio,
  regiovisie,
  uitvoeringsplan,
} from "../../db/schema";
import { snapshot } from "../helpers/db-snapshot";
import {
  cookieFor,
  getRequest,
  postRequest,
  run,
  testContext,
  type Outcome,
} from "../helpers/http";
import { alleRoutes, type RouteInfo } from "../helpers/route-lijst";

type Fn = (args: unknown) => unknown;
interface RouteModule {
  loader?: Fn;
  action?: Fn;
}

const MODULES = import.meta.glob<RouteModule>("../../app/routes/**/*.tsx");

const BELLERS = [
  "anoniem",
  "beheerder@demo.example",
  "coordinator@leiden.example",
  "beleid@voorschoten.example",
  "procesregisseur@voorschoten.example",
  "partner@veiligthuis.example",
  "wethouder@leiden.example",
  "coordinator@denhaag.example",
] as const;

function uitkomst(o: Outcome): string {
  if (o.status >= 300 && o.status < 400) {
    if (o.location?.startsWith("/login")) return "login";
    return `redirect`;
  }
  return String(o.status);
}

function concreteIds() {
  const hm = db
    .select({ id: regio.id })
    .from(regio)
    .where(eq(regio.slug, "hollands-midden"))
    .get()!;
  const actieHm = db
    .select({ id: actie.id })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, hm.id), eq(uitvoeringsplan.jaar, 2026)))
    .get()!;
  const adviesHm = db
    .select({ id: advies.id })
    .from(advies)
    .where(eq(advies.regioId, hm.id))
    .get()!;
  const proces = db
    .select({ id: gebruiker.id })
    .from(gebruiker)
    .where(eq(gebruiker.email, "procesregisseur@voorschoten.example"))
    .get()!;
  const overlegHm = db
    .insert(overleg)
    .values({ regioId: hm.id, datum: "2026-06-01", titel: "Matrixoverleg" })
    .returning({ id: overleg.id })
    .get();
  return {
    regio: hm.id,
    actie: actieHm.id,
    advies: adviesHm.id,
    gebruiker: proces.id,
    overleg: overlegHm.id,
  };
}

function paramsVoor(
  route: RouteInfo,
  ids: ReturnType<typeof concreteIds>,
): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [, naam] of route.pad.matchAll(/:(\w+)/g)) {
    if (naam === "regio") params.regio = "hollands-midden";
    else if (naam === "jaar") params.jaar = "2026";
    else if (naam === "gemeente") params.gemeente = "voorschoten";
    else if (naam === "token") params.token = "onbekend-token-zonder-betekenis";
    else if (naam === "bestand") params.bestand = "onbekend-token.ics";
    else if (naam === "id") {
      if (route.pad.includes("/acties/")) params.id = String(ids.actie);
      else if (route.pad.includes("/overleg/")) params.id = String(ids.overleg);
      else if (route.pad.includes("/adviezen/")) params.id = String(ids.advies);
      else if (route.pad.includes("/regios/")) params.id = String(ids.regio);
      else if (route.pad.includes("/gebruikers/"))
        params.id = String(ids.gebruiker);
      else throw new Error(`Geen concrete id voor ${route.pad}`);
    }
  }
  return params;
}

function urlVoor(route: RouteInfo, params: Record<string, string>): string {
  return route.pad
    .replace(/:(\w+)/g, (_m, naam: string) => params[naam])
    .replace(/^\/\*$/, "/bestaat-niet");
}

async function moduleVoor(route: RouteInfo): Promise<RouteModule> {
  const laden = MODULES[`../../app/${route.file}`];
  if (!laden) throw new Error(`Module ${route.file} niet gevonden`);
  return laden();
}

/*
 * What each caller gets, in the order of BELLERS: anoniem, beheerder, coördinator HM,
 * gemeente (beleid Voorschoten), procesregisseur, partner, lezer (wethouder), coördinator Haaglanden.
 * "login" = redirect to /login, "redirect" = another redirect, "-" = the module has no loader/action.
 * Actions get an empty form: allowed callers get 400 (nothing to do), others 403/404/login.
 * A new route in app/routes.ts fails this test until it is classified here.
 */
const LEES_HM = "login 200 200 200 200 200 200 403";
const LEES_HM_BEHEER = "login 200 200 403 403 403 403 403";
const REGIO_BEHEER_ACTIE = "login 400 400 403 403 403 403 403";
const GEEN = "-";

const VERWACHT: Record<string, { loader: string; action: string }> = {
  "/ (index)": {
    loader: "login 200 redirect redirect redirect redirect redirect redirect",
    action: GEEN,
  },
  "/login": {
    loader:
      "200 redirect redirect redirect redirect redirect redirect redirect",
    action: "400 400 400 400 400 400 400 400",
  },
  // The MFA steps of a login: only for a half login (none of these callers has one). Without it
  // the second step starts the login over; the set-up page says it has expired (its action must
  // be able to show the recovery codes after replacing the session).
  "/login/tweede-stap": {
    loader: "login redirect redirect redirect redirect redirect redirect redirect",
    action: "login redirect redirect redirect redirect redirect redirect redirect",
  },
  "/login/mfa-instellen": {
    loader: "200 redirect redirect redirect redirect redirect redirect redirect",
    action: "login redirect redirect redirect redirect redirect redirect redirect",
  },
  "/logout": {
    loader:
      "redirect redirect redirect redirect redirect redirect redirect redirect",
    action: "login login login login login login login login",
  },
  "/wachtwoord-vergeten": {
    loader:
      "200 redirect redirect redirect redirect redirect redirect redirect",
    action:
      "400 redirect redirect redirect redirect redirect redirect redirect",
  },
  "/wachtwoord/:token": {
    loader: "410 410 410 410 410 410 410 410",
    action: "410 410 410 410 410 410 410 410",
  },
  "/uitnodiging/:token": {
    loader: "410 410 410 410 410 410 410 410",
    action: "410 410 410 410 410 410 410 410",
  },
  "/account": {
    loader: "login 200 200 200 200 200 200 200",
    action: "login 400 400 400 400 400 400 400",
  },
  "/agenda/:bestand": {
    loader: "404 404 404 404 404 404 404 404",
    action: GEEN,
  },
  "/r/:regio": { loader: LEES_HM, action: GEEN },
  "/r/:regio (index)": { loader: LEES_HM, action: GEEN },
  "/r/:regio/visie": { loader: LEES_HM, action: GEEN },
  "/r/:regio/plannen": { loader: LEES_HM, action: GEEN },
  "/r/:regio/plannen/:jaar": { loader: LEES_HM, action: GEEN },
  "/r/:regio/mijn-acties": { loader: LEES_HM, action: GEEN },
  "/r/:regio/plannen/:jaar/acties/nieuw": {
    loader: "login 200 200 200 200 403 403 403",
    action: "login 400 400 400 400 403 403 403",
  },
  "/r/:regio/acties/:id": {
    loader: LEES_HM,
    action: "login 400 400 400 400 400 400 403",
  },
  "/r/:regio/acties/:id/bewerken": {
    loader: LEES_HM_BEHEER,
    action: REGIO_BEHEER_ACTIE,
  },
  "/r/:regio/visie/bewerken": {
    loader: LEES_HM_BEHEER,
    action: REGIO_BEHEER_ACTIE,
  },
  "/r/:regio/overleg": { loader: LEES_HM, action: REGIO_BEHEER_ACTIE },
  "/r/:regio/overleg/:id": {
    loader: LEES_HM,
    action: "login 400 400 400 400 400 400 403",
  },
  "/r/:regio/overleg/:id/verslag.docx": { loader: LEES_HM, action: GEEN },
  "/r/:regio/gemeenten": { loader: LEES_HM, action: GEEN },
  "/r/:regio/gemeenten/matrix.xlsx": { loader: LEES_HM, action: GEEN },
  "/r/:regio/gemeenten/:gemeente": { loader: LEES_HM, action: GEEN },
  "/r/:regio/plannen/:jaar/export.xlsx": { loader: LEES_HM, action: GEEN },
  "/r/:regio/plannen/:jaar/export.csv": { loader: LEES_HM, action: GEEN },
  "/r/:regio/plannen/:jaar/import": {
    loader: LEES_HM_BEHEER,
    action: REGIO_BEHEER_ACTIE,
  },
  "/r/:regio/actualisatie/:jaar": {
    loader: LEES_HM,
    action: REGIO_BEHEER_ACTIE,
  },
  "/r/:regio/actualisatie/:jaar/besluiten": {
    loader: LEES_HM_BEHEER,
    action: REGIO_BEHEER_ACTIE,
  },
  "/r/:regio/actualisatie/:jaar/reacties": {
    loader: LEES_HM,
    action: "login 400 400 400 400 400 400 403",
  },
  "/r/:regio/actualisatie/:jaar/verschil": { loader: LEES_HM, action: GEEN },
  "/r/:regio/gemeenten/:gemeente/lokale-kamer": {
    loader: LEES_HM,
    action: "login 400 400 400 400 403 403 403",
  },
  "/r/:regio/lokale-kamers": { loader: LEES_HM, action: GEEN },
  "/r/:regio/lokale-kamers/sjabloon": {
    loader: LEES_HM,
    action: REGIO_BEHEER_ACTIE,
  },
  "/r/:regio/adviezen": { loader: LEES_HM, action: REGIO_BEHEER_ACTIE },
  "/r/:regio/adviezen/:id": { loader: LEES_HM, action: REGIO_BEHEER_ACTIE },
  "/r/:regio/rapportage/:jaar": { loader: LEES_HM, action: GEEN },
  "/r/:regio/rapportage/:jaar/rapportage.docx": {
    loader: LEES_HM,
    action: GEEN,
  },
  // Beheer: a coördinator manages the users of their own regio, so Haaglanden's coördinator gets in,
  // but an HM gebruiker is not theirs (404).
  "(layout) routes/beheer/layout.tsx": {
    loader: "login 200 200 403 403 403 403 200",
    action: GEEN,
  },
  "/beheer (index)": {
    loader: "login 200 200 403 403 403 403 200",
    action: GEEN,
  },
  "/beheer/regios": {
    loader: "login 200 403 403 403 403 403 403",
    action: "login 400 403 403 403 403 403 403",
  },
  "/beheer/regios/:id": {
    loader: "login 200 403 403 403 403 403 403",
    action: "login 400 403 403 403 403 403 403",
  },
  "/beheer/gebruikers": {
    loader: "login 200 200 403 403 403 403 200",
    action: GEEN,
  },
  "/beheer/gebruikers/uitnodigen": {
    loader: "login 200 200 403 403 403 403 200",
    action: "login 400 400 403 403 403 403 400",
  },
  "/beheer/gebruikers/:id": {
    loader: "login 200 200 403 403 403 403 404",
    action: "login 400 400 403 403 403 403 400",
  },
  "/beheer/outbox": {
    loader: "login 200 403 403 403 403 403 403",
    action: GEEN,
  },
  "/beheer/audit": {
    loader: "login 200 200 403 403 403 403 200",
    action: GEEN,
  },
  "/*": {
    loader: "404 404 404 404 404 404 404 404",
    action: "404 404 404 404 404 404 404 404",
  },
};

const ROUTES = alleRoutes();

async function alleUitkomsten(
  route: RouteInfo,
  soort: "loader" | "action",
): Promise<{ uitkomsten: string; gewijzigd: string[] }> {
  const mod = await moduleVoor(route);
  const fn = mod[soort];
  if (!fn) return { uitkomsten: GEEN, gewijzigd: [] };
  const params = paramsVoor(route, concreteIds());
  const url = urlVoor(route, params);
  const uitkomsten: string[] = [];
  const gewijzigd: string[] = [];
  for (const beller of BELLERS) {
    const cookie = beller === "anoniem" ? undefined : cookieFor(beller);
    const request =
      soort === "loader"
        ? getRequest(url, cookie)
        : postRequest(url, {}, cookie);
    const voor = snapshot();
    // run() rethrows anything that is not a Response: an unexpected error fails the test here.
    uitkomsten.push(
      uitkomst(await run(() => fn({ request, params, context: testContext }))),
    );
    if (JSON.stringify(snapshot()) !== JSON.stringify(voor))
      gewijzigd.push(beller);
  }
  return { uitkomsten: uitkomsten.join(" "), gewijzigd };
}

describe("autorisatiematrix van alle routes", () => {
  it("kent voor elke route in routes.ts de verwachte uitkomst per rol", () => {
    expect(ROUTES.map((r) => r.sleutel).sort()).toEqual(
      Object.keys(VERWACHT).sort(),
    );
  });

  it.each(ROUTES.map((r) => [r.sleutel, r] as const))(
    "loader van %s geeft per rol de verwachte uitkomst zonder iets te wijzigen",
    async (sleutel, route) => {
      const { uitkomsten, gewijzigd } = await alleUitkomsten(route, "loader");
      expect(uitkomsten).toBe(VERWACHT[sleutel]?.loader);
      expect(gewijzigd).toEqual([]);
    },
  );

  it.each(ROUTES.map((r) => [r.sleutel, r] as const))(
    "action van %s weigert een leeg formulier per rol zonder 500 en zonder wijziging",
    async (sleutel, route) => {
      const { uitkomsten, gewijzigd } = await alleUitkomsten(route, "action");
      expect(uitkomsten).toBe(VERWACHT[sleutel]?.action);
      expect(gewijzigd).toEqual([]);
    },
  );
});
