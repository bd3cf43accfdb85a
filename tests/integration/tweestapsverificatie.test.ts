import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as database from "../../db";
import { audit, gebruiker, inlogpoging, lidmaatschap, mfaHerstelcode, regio, sessie } from "../../db/schema";
import { createEenmaligeLink } from "../../app/auth/eenmalige-link.server";
import { maakHerstelcodes } from "../../app/auth/mfa-herstelcodes.server";
import { sessionCookieName } from "../../app/auth/session.server";
import { newTotpSecret, totpCode, totpStep } from "../../app/auth/totp.server";
import * as beheerGebruiker from "../../app/routes/beheer/gebruiker";
import * as login from "../../app/routes/account/login";
import * as logout from "../../app/routes/account/logout";
import * as mfaInstellen from "../../app/routes/account/mfa-instellen";
import * as mijnAccount from "../../app/routes/account/mijn-account";
import * as tweedeStap from "../../app/routes/account/tweede-stap";
import * as uitnodiging from "../../app/routes/account/uitnodiging";
import { loader as regioLoader } from "../../app/routes/regio/layout";
import { snapshot } from "../helpers/db-snapshot";
import { cookieFor, getRequest, postRequest, run, testContext, type Outcome } from "../helpers/http";
import { DEMO_PASSWORD } from "../helpers/paths";

const COORDINATOR = "coordinator@leiden.example";
const BELEID = "beleid@voorschoten.example";
const BEHEERDER = "beheerder@demo.example";
const START = new Date("2026-03-02T09:00:10Z");

type Fields = Record<string, string | string[]>;
type RouteFn = (args: any) => unknown;

// --- The browser: requests with a cookie jar of one session cookie ---------------------------

function cookieUit(uit: Outcome): string {
  const match = new RegExp(`${sessionCookieName()}=([^;]*)`).exec(uit.headers?.get("Set-Cookie") ?? "");
  if (!match) throw new Error("geen sessiecookie in het antwoord");
  return `${sessionCookieName()}=${match[1]}`;
}

const sessieIdVan = (cookie: string) => cookie.split("=")[1].split(".")[0];

function haal(fn: RouteFn, pad: string, cookie?: string, params: Record<string, string> = {}) {
  return run(() => fn({ request: getRequest(pad, cookie), params, context: testContext }));
}

function stuur(fn: RouteFn, pad: string, fields: Fields, cookie?: string, params: Record<string, string> = {}) {
  return run(() => fn({ request: postRequest(pad, fields, cookie), params, context: testContext }));
}

async function inloggen(email: string, extra: Fields = {}) {
  const uit = await stuur(login.action, "/login", { email, password: DEMO_PASSWORD, ...extra });
  expect(uit.status).toBe(302);
  return { uit, cookie: cookieUit(uit) };
}

// --- The database -------------------------------------------------------------------------

function persoon(email: string) {
  const row = database.db.select().from(gebruiker).where(eq(gebruiker.email, email)).get();
  if (!row) throw new Error(email);
  return row;
}

function sessieRij(cookie: string) {
  return database.db.select().from(sessie).where(eq(sessie.id, sessieIdVan(cookie))).get();
}

function sessiesVan(email: string): number {
  return database.db.select({ n: sql<number>`count(*)` }).from(sessie).where(eq(sessie.gebruikerId, persoon(email).id)).get()!.n;
}

function auditRijen(actie: string) {
  return database.db.select().from(audit).where(eq(audit.actie, actie)).all();
}

/** MFA as if set up earlier: a known secret and ten recovery codes. */
function metMfa(email: string): { geheim: string; herstelcodes: string[] } {
  const { id } = persoon(email);
  const geheim = newTotpSecret();
  const herstelcodes = database.writeTransaction((tx) => {
    tx.update(gebruiker).set({ mfaSecret: geheim, mfaActiefSinds: "2026-01-05T10:00:00.000Z" }).where(eq(gebruiker.id, id)).run();
    return maakHerstelcodes(tx, id);
  });
  return { geheim, herstelcodes };
}

/** What the phone shows now (or `stappen` steps later). */
function appCode(geheim: string, stappen = 0): string {
  return totpCode(geheim, totpStep(new Date()) + stappen);
}

function data(uit: Outcome): any {
  return uit.data as any;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(START);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("inloggen met tweestapsverificatie", () => {
  it("vraagt na het wachtwoord om de code; de halve sessie opent verder niets", async () => {
    const { geheim } = metMfa(COORDINATOR);
    const { uit, cookie } = await inloggen(COORDINATOR, { redirectTo: "/r/hollands-midden/visie" });
    expect(uit.location).toBe("/login/tweede-stap?redirectTo=%2Fr%2Fhollands-midden%2Fvisie");
    expect(sessieRij(cookie)?.mfaVoltooid).toBe(false);
    expect(auditRijen("inloggen")).toHaveLength(0);
    expect(auditRijen("inloggen.wachtwoord")).toHaveLength(1);

    // Every other page sends the half login back to its step, not to /login.
    const regioPagina = await haal(regioLoader, "/r/hollands-midden", cookie, { regio: "hollands-midden" });
    expect(regioPagina).toMatchObject({ status: 302, location: "/login/tweede-stap?redirectTo=%2Fr%2Fhollands-midden" });
    const account = await haal(mijnAccount.loader, "/account", cookie);
    expect(account.location).toBe("/login/tweede-stap?redirectTo=%2Faccount");
    const beheer = await stuur(beheerGebruiker.action, "/beheer/gebruikers/1", { intent: "sessies-beeindigen" }, cookie, { id: "1" });
    expect(beheer.location).toBe("/login/tweede-stap");
    // /login itself stays open: one may start over.
    expect((await haal(login.loader, "/login", cookie)).status).toBe(200);

    const pagina = await haal(tweedeStap.loader, "/login/tweede-stap?redirectTo=%2Fr%2Fhollands-midden%2Fvisie", cookie);
    expect(data(pagina)).toEqual({ redirectTo: "/r/hollands-midden/visie", metHerstelcode: false });

    const klaar = await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "code", code: appCode(geheim), redirectTo: "/r/hollands-midden/visie" }, cookie);
    expect(klaar).toMatchObject({ status: 302, location: "/r/hollands-midden/visie" });
    const volledig = cookieUit(klaar);
    // Fixation: a new session id; the half session is gone.
    expect(sessieIdVan(volledig)).not.toBe(sessieIdVan(cookie));
    expect(sessieRij(cookie)).toBeUndefined();
    expect(sessieRij(volledig)?.mfaVoltooid).toBe(true);
    expect((await haal(regioLoader, "/r/hollands-midden", volledig, { regio: "hollands-midden" })).status).toBe(200);
    expect(auditRijen("mfa.voltooid")).toMatchObject([{ gebruikerId: persoon(COORDINATOR).id, entiteit: "sessie", resultaat: "ok" }]);
  });

  it("accepteert een gebruikte code niet nog eens, ook niet bij een volgende login", async () => {
    const { geheim } = metMfa(COORDINATOR);
    const code = appCode(geheim);
    const eerste = await inloggen(COORDINATOR);
    expect((await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "code", code }, eerste.cookie)).status).toBe(302);

    const tweede = await inloggen(COORDINATOR);
    const opnieuw = await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "code", code }, tweede.cookie);
    expect(opnieuw.status).toBe(401);
    expect(data(opnieuw).errors.code).toMatch(/klopt niet/);
    expect(sessieRij(tweede.cookie)?.mfaVoltooid).toBe(false);
    // The next code from the app does work.
    expect((await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "code", code: appCode(geheim, 1) }, tweede.cookie)).status).toBe(302);
  });

  it("weigert foute codes, blokkeert na vier en weigert dan ook de goede code", async () => {
    const { geheim } = metMfa(COORDINATOR);
    const { cookie } = await inloggen(COORDINATOR);
    for (let i = 0; i < 4; i++) {
      const fout = await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "code", code: String(100000 + i) }, cookie);
      expect(fout.status).toBe(401);
    }
    const vijfde = await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "code", code: "999999" }, cookie);
    expect(vijfde.status).toBe(429);
    expect(data(vijfde).errors.form).toContain("Te veel onjuiste codes");
    const goed = await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "code", code: appCode(geheim) }, cookie);
    expect(goed.status).toBe(429);
    expect(sessieRij(cookie)?.mfaVoltooid).toBe(false);

    expect(auditRijen("mfa.mislukt")).toHaveLength(4);
    expect(auditRijen("mfa.lockout")).toHaveLength(1);
    expect(auditRijen("mfa.geblokkeerd")).toHaveLength(1);
    expect(auditRijen("mfa.mislukt")[0]).toMatchObject({ entiteit: "sessie", resultaat: "mislukt", gebruikerId: persoon(COORDINATOR).id });

    // After the lock has passed, the right code works; within the 10 minutes of the half login.
    vi.setSystemTime(new Date(START.getTime() + 20_000));
    expect((await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "code", code: appCode(geheim) }, cookie)).status).toBe(302);
    expect(database.db.select().from(inlogpoging).where(eq(inlogpoging.sleutel, `mfa:${persoon(COORDINATOR).id}`)).get()).toBeUndefined();
  });

  it("laat een herstelcode één keer werken en toont daarna hoeveel er over zijn", async () => {
    const { herstelcodes } = metMfa(COORDINATOR);
    const eerste = await inloggen(COORDINATOR);
    const pagina = await haal(tweedeStap.loader, "/login/tweede-stap?herstelcode=1", eerste.cookie);
    expect(data(pagina).metHerstelcode).toBe(true);

    const uit = await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "herstelcode", herstelcode: herstelcodes[0].toUpperCase() }, eerste.cookie);
    expect(uit).toMatchObject({ status: 302, location: "/account?herstelcode=gebruikt" });
    expect(auditRijen("mfa.herstelcode")).toHaveLength(1);
    const account = await haal(mijnAccount.loader, "/account?herstelcode=gebruikt", cookieUit(uit));
    expect(data(account).mfa).toMatchObject({ actief: true, herstelcodesOver: 9, herstelcodeGebruikt: true });

    const tweede = await inloggen(COORDINATOR);
    const nogmaals = await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "herstelcode", herstelcode: herstelcodes[0] }, tweede.cookie);
    expect(nogmaals.status).toBe(401);
    expect(data(nogmaals).errors.herstelcode).toMatch(/al gebruikt/);
  });

  it("laat een halve login na tien minuten verlopen", async () => {
    metMfa(COORDINATOR);
    const { cookie } = await inloggen(COORDINATOR);
    vi.setSystemTime(new Date(START.getTime() + 11 * 60_000));
    expect(await haal(tweedeStap.loader, "/login/tweede-stap", cookie)).toMatchObject({ status: 302, location: "/login" });
    expect(sessieRij(cookie)).toBeUndefined();
  });

  it("beëindigt een halve login met 'Stoppen met inloggen'", async () => {
    metMfa(COORDINATOR);
    const { cookie } = await inloggen(COORDINATOR);
    const uit = await stuur(logout.action, "/logout", {}, cookie);
    expect(uit.location).toBe("/login");
    expect(sessieRij(cookie)).toBeUndefined();
    expect(auditRijen("inloggen.afgebroken")).toHaveLength(1);
  });
});

describe("verplicht instellen bij het inloggen", () => {
  it("stuurt een coördinator zonder MFA naar het instellen en rondt de login af met de eerste code", async () => {
    const { uit, cookie } = await inloggen(COORDINATOR, { redirectTo: "/r/hollands-midden" });
    expect(uit.location).toBe("/login/mfa-instellen?redirectTo=%2Fr%2Fhollands-midden");
    expect(sessieRij(cookie)?.mfaVoltooid).toBe(false);
    const geheim = persoon(COORDINATOR).mfaSecret!;
    expect(geheim).toMatch(/^[A-Z2-7]{32}$/);
    expect(persoon(COORDINATOR).mfaActiefSinds).toBeNull();
    expect((await haal(regioLoader, "/r/hollands-midden", cookie, { regio: "hollands-midden" })).location).toBe(
      "/login/mfa-instellen?redirectTo=%2Fr%2Fhollands-midden",
    );

    const pagina = await haal(mfaInstellen.loader, "/login/mfa-instellen?redirectTo=%2Fr%2Fhollands-midden", cookie);
    expect(data(pagina).stand).toBe("instellen");
    expect(data(pagina).qrDataUri).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(data(pagina).qrDataUri.split(",")[1], "base64").toString()).toContain("<svg");
    expect(data(pagina).geheimInGroepen.replace(/ /g, "")).toBe(geheim);
    // Looking at the page changes nothing: the same secret on a reload.
    await haal(mfaInstellen.loader, "/login/mfa-instellen", cookie);
    expect(persoon(COORDINATOR).mfaSecret).toBe(geheim);

    const fout = await stuur(mfaInstellen.action, "/login/mfa-instellen", { code: "000000" }, cookie);
    expect(fout.status).toBe(401);
    expect(persoon(COORDINATOR).mfaActiefSinds).toBeNull();

    const klaar = await stuur(mfaInstellen.action, "/login/mfa-instellen", { code: appCode(geheim), redirectTo: "/r/hollands-midden" }, cookie);
    expect(klaar.status).toBe(200);
    expect(data(klaar).herstelcodes).toHaveLength(10);
    expect(data(klaar).redirectTo).toBe("/r/hollands-midden");
    const volledig = cookieUit(klaar);
    expect(sessieRij(cookie)).toBeUndefined();
    expect(sessieRij(volledig)?.mfaVoltooid).toBe(true);
    expect(persoon(COORDINATOR).mfaActiefSinds).toBe(START.toISOString());
    expect(database.db.select().from(mfaHerstelcode).where(eq(mfaHerstelcode.gebruikerId, persoon(COORDINATOR).id)).all()).toHaveLength(10);
    expect(auditRijen("mfa.ingesteld")).toHaveLength(1);
    expect(auditRijen("mfa.voltooid")).toHaveLength(1);
    expect(JSON.stringify(database.db.select().from(audit).all())).not.toContain(geheim);
    expect((await haal(regioLoader, "/r/hollands-midden", volledig, { regio: "hollands-midden" })).status).toBe(200);

    // The next login asks for a code instead.
    const later = await inloggen(COORDINATOR);
    expect(later.uit.location).toBe("/login/tweede-stap");
  });

  it("geeft bij elke login een nieuw geheim zolang het instellen niet is afgerond", async () => {
    await inloggen(COORDINATOR);
    const eerste = persoon(COORDINATOR).mfaSecret;
    await inloggen(COORDINATOR);
    expect(persoon(COORDINATOR).mfaSecret).not.toBe(eerste);
  });

  it("laat de pagina na het afronden niet omleiden, zodat de herstelcodes zichtbaar blijven", async () => {
    const { cookie } = await inloggen(COORDINATOR);
    await stuur(mfaInstellen.action, "/login/mfa-instellen", { code: appCode(persoon(COORDINATOR).mfaSecret!) }, cookie);
    // A browser without JavaScript renders with the old cookie; its session is gone.
    expect(data(await haal(mfaInstellen.loader, "/login/mfa-instellen", cookie))).toMatchObject({ stand: "verlopen" });
    expect(mfaInstellen.shouldRevalidate({ formMethod: "POST", defaultShouldRevalidate: true } as any)).toBe(false);
  });

  it("stuurt ook een uitgenodigde coördinator na het kiezen van een wachtwoord naar het instellen", async () => {
    const hm = database.db.select({ id: regio.id }).from(regio).where(eq(regio.slug, "hollands-midden")).get()!;
    const token = database.writeTransaction((tx) => {
      const nieuw = tx
        .insert(gebruiker)
        .values({ email: "nieuwe.coordinator@leiden.example", naam: "Nieuwe Coördinator", passwordHash: null })
        .returning({ id: gebruiker.id })
        .get();
      tx.insert(lidmaatschap).values({ gebruikerId: nieuw.id, regioId: hm.id, rol: "regiocoordinator" }).run();
      return createEenmaligeLink(tx, nieuw.id, "uitnodiging").token;
    });
    const wachtwoord = "een lange zin als wachtwoord";
    const uit = await stuur(uitnodiging.action, `/uitnodiging/${token}`, { nieuwWachtwoord: wachtwoord, herhaalWachtwoord: wachtwoord }, undefined, { token });
    expect(uit).toMatchObject({ status: 302, location: "/login/mfa-instellen" });
    const cookie = cookieUit(uit);
    expect(sessieRij(cookie)?.mfaVoltooid).toBe(false);
    expect(persoon("nieuwe.coordinator@leiden.example").mfaSecret).toMatch(/^[A-Z2-7]{32}$/);
    expect((await haal(regioLoader, "/r/hollands-midden", cookie, { regio: "hollands-midden" })).location).toBe(
      "/login/mfa-instellen?redirectTo=%2Fr%2Fhollands-midden",
    );
  });

  it("laat een gemeente-account zonder MFA gewoon binnen", async () => {
    const { uit, cookie } = await inloggen(BELEID);
    expect(uit.location).toBe("/");
    expect(sessieRij(cookie)?.mfaVoltooid).toBe(true);
    expect(persoon(BELEID).mfaSecret).toBeNull();
  });
});

describe("tweestapsverificatie in Mijn account", () => {
  const account = (fields: Fields, cookie: string) => stuur(mijnAccount.action, "/account", fields, cookie);

  it("laat een gemeente-account MFA aanzetten en weer uitzetten", async () => {
    const cookie = cookieFor(BELEID);
    expect(data(await haal(mijnAccount.loader, "/account", cookie)).mfa).toMatchObject({ actief: false, verplicht: false, instellen: null });

    expect((await account({ intent: "mfa-starten" }, cookie)).status).toBe(200);
    const geheim = persoon(BELEID).mfaSecret!;
    const pagina = data(await haal(mijnAccount.loader, "/account", cookie));
    expect(pagina.mfa.instellen.geheimInGroepen.replace(/ /g, "")).toBe(geheim);

    const fout = await account({ intent: "mfa-bevestigen", code: "123123" }, cookie);
    expect(fout.status).toBe(400);
    expect(data(fout).mfa.errors.code).toMatch(/klopt niet/);

    const aan = await account({ intent: "mfa-bevestigen", code: appCode(geheim) }, cookie);
    expect(aan.status).toBe(200);
    expect(data(aan).mfa.herstelcodes).toHaveLength(10);
    expect(persoon(BELEID).mfaActiefSinds).toBe(START.toISOString());
    expect(auditRijen("mfa.ingesteld")).toMatchObject([{ entiteit: "gebruiker", gebruikerId: persoon(BELEID).id }]);

    // From now on the login asks for a code.
    expect((await inloggen(BELEID)).uit.location).toBe("/login/tweede-stap");

    const uitFout = await account({ intent: "mfa-uitschakelen", uitschakelCode: "654321" }, cookie);
    expect(uitFout.status).toBe(400);
    expect(persoon(BELEID).mfaActiefSinds).not.toBeNull();

    const uit = await account({ intent: "mfa-uitschakelen", uitschakelCode: appCode(geheim, 1) }, cookie);
    expect(uit.status).toBe(200);
    expect(persoon(BELEID)).toMatchObject({ mfaSecret: null, mfaActiefSinds: null, mfaLaatsteStap: null });
    expect(database.db.select().from(mfaHerstelcode).where(eq(mfaHerstelcode.gebruikerId, persoon(BELEID).id)).all()).toHaveLength(0);
    expect(auditRijen("mfa.uitgeschakeld")).toMatchObject([{ resultaat: "ok" }]);
    expect((await inloggen(BELEID)).uit.location).toBe("/");
  });

  it("laat het instellen stoppen zonder dat er iets aan gaat", async () => {
    const cookie = cookieFor(BELEID);
    await account({ intent: "mfa-starten" }, cookie);
    expect((await account({ intent: "mfa-annuleren" }, cookie)).status).toBe(200);
    expect(persoon(BELEID).mfaSecret).toBeNull();
    expect(data(await haal(mijnAccount.loader, "/account", cookie)).mfa.instellen).toBeNull();
  });

  it("weigert een coördinator het uitzetten: voor die rol is MFA verplicht", async () => {
    const { geheim } = metMfa(COORDINATOR);
    const cookie = cookieFor(COORDINATOR);
    const voor = snapshot();
    const uit = await account({ intent: "mfa-uitschakelen", uitschakelCode: appCode(geheim) }, cookie);
    expect(uit.status).toBe(403);
    expect(data(uit).mfa.errors.form).toMatch(/verplicht/);
    expect(snapshot()).toEqual(voor);
    expect(auditRijen("mfa.uitgeschakeld")).toMatchObject([{ resultaat: "geweigerd" }]);
  });

  it("maakt nieuwe herstelcodes alleen met een geldige code; de oude werken dan niet meer", async () => {
    const { geheim, herstelcodes } = metMfa(COORDINATOR);
    const cookie = cookieFor(COORDINATOR);
    const voor = snapshot();
    const fout = await account({ intent: "herstelcodes-vernieuwen", vernieuwCode: "111111" }, cookie);
    expect(fout.status).toBe(400);
    expect(snapshot()).toEqual(voor);

    const nieuw = await account({ intent: "herstelcodes-vernieuwen", vernieuwCode: appCode(geheim) }, cookie);
    expect(nieuw.status).toBe(200);
    const codes: string[] = data(nieuw).mfa.herstelcodes;
    expect(codes).toHaveLength(10);
    expect(codes).not.toContain(herstelcodes[0]);
    expect(auditRijen("mfa.herstelcodes_vernieuwd")).toHaveLength(1);

    const login = await inloggen(COORDINATOR);
    expect((await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "herstelcode", herstelcode: herstelcodes[0] }, login.cookie)).status).toBe(401);
    expect((await stuur(tweedeStap.action, "/login/tweede-stap", { intent: "herstelcode", herstelcode: codes[0] }, login.cookie)).status).toBe(302);
  });
});

describe("beheerder reset de tweestapsverificatie", () => {
  function reset(doelId: number, cookie: string, fields: Fields = { intent: "mfa-resetten", bevestiging: "ja" }) {
    return stuur(beheerGebruiker.action, `/beheer/gebruikers/${doelId}`, fields, cookie, { id: String(doelId) });
  }

  it("wist geheim en herstelcodes, beëindigt alle sessies en legt het vast; daarna volgt opnieuw instellen", async () => {
    metMfa(COORDINATOR);
    const doel = persoon(COORDINATOR);
    cookieFor(COORDINATOR);
    cookieFor(COORDINATOR);
    const beheerder = cookieFor(BEHEERDER);

    const pagina = await haal(beheerGebruiker.loader, `/beheer/gebruikers/${doel.id}?mfa-resetten=bevestigen`, beheerder, { id: String(doel.id) });
    expect(data(pagina)).toMatchObject({ magMfaResetten: true, bevestigMfaReset: true, mfa: { actief: true } });

    const uit = await reset(doel.id, beheerder);
    expect(uit.status).toBe(200);
    expect(data(uit).melding).toMatch(/gereset/);
    expect(persoon(COORDINATOR)).toMatchObject({ mfaSecret: null, mfaActiefSinds: null, mfaLaatsteStap: null });
    expect(database.db.select().from(mfaHerstelcode).where(eq(mfaHerstelcode.gebruikerId, doel.id)).all()).toHaveLength(0);
    expect(sessiesVan(COORDINATOR)).toBe(0);
    expect(auditRijen("mfa.gereset")).toMatchObject([
      {
        gebruikerId: persoon(BEHEERDER).id,
        entiteit: "gebruiker",
        entiteitId: String(doel.id),
        resultaat: "ok",
        voor: { mfaActief: true, herstelcodes: 10, sessies: 2 },
        na: { mfaActief: false, herstelcodes: 0, sessies: 0 },
      },
    ]);

    expect((await inloggen(COORDINATOR)).uit.location).toBe("/login/mfa-instellen");
  });

  it("weigert een coördinator met 403 en verandert niets", async () => {
    metMfa(BELEID);
    const doel = persoon(BELEID);
    const sessies = sessiesVan(BELEID);
    const coordinator = cookieFor(COORDINATOR);
    const pagina = await haal(beheerGebruiker.loader, `/beheer/gebruikers/${doel.id}?mfa-resetten=bevestigen`, coordinator, { id: String(doel.id) });
    expect(data(pagina)).toMatchObject({ magMfaResetten: false, bevestigMfaReset: false });

    const voor = snapshot();
    const uit = await reset(doel.id, coordinator);
    expect(uit.status).toBe(403);
    expect(snapshot()).toEqual(voor);
    expect(sessiesVan(BELEID)).toBe(sessies);
    expect(persoon(BELEID).mfaActiefSinds).not.toBeNull();
    expect(
      database.db.select().from(audit).where(and(eq(audit.actie, "mfa.resetten"), eq(audit.resultaat, "geweigerd"))).all(),
    ).toHaveLength(1);
  });

  it("meldt dat er niets te resetten is bij iemand zonder MFA", async () => {
    const doel = persoon(BELEID);
    const voor = snapshot();
    const uit = await reset(doel.id, cookieFor(BEHEERDER));
    expect(uit.status).toBe(400);
    expect(data(uit).errors.form).toMatch(/niets te resetten/);
    expect(snapshot()).toEqual(voor);
  });
});

describe("slechte invoer op de formulieren van tweestapsverificatie", () => {
  const HONDERD_KB = "1".repeat(100_000);
  const NIETS_GETELD = () =>
    database.db.select().from(inlogpoging).all().filter((r) => r.sleutel.startsWith("mfa:"));

  it.each<[string, Fields]>([
    ["leeg formulier", {}],
    ["lege code", { intent: "code", code: "" }],
    ["letters", { intent: "code", code: "abcdef" }],
    ["zeven cijfers", { intent: "code", code: "1234567" }],
    ["lijst in plaats van tekst", { intent: "code", code: ["123456", "654321"] }],
    ["100 kB", { intent: "code", code: HONDERD_KB }],
    ["onbekende handeling", { intent: "iets-anders", code: "123456" }],
    ["lege herstelcode", { intent: "herstelcode", herstelcode: "" }],
    ["herstelcode met verkeerde tekens", { intent: "herstelcode", herstelcode: "abcd-efg1" }],
  ])("tweede stap: %s geeft 400 met een Nederlandse melding", async (_naam, fields) => {
    metMfa(COORDINATOR);
    const { cookie } = await inloggen(COORDINATOR);
    const voor = snapshot();
    const uit = await stuur(tweedeStap.action, "/login/tweede-stap", fields, cookie);
    expect(uit.status).toBe(400);
    expect(Object.values(data(uit).errors).join(" ")).toMatch(/code|formulier|tekst|Ongeldig|verwacht/i);
    expect(snapshot()).toEqual(voor);
    expect(sessieRij(cookie)?.mfaVoltooid).toBe(false);
    expect(NIETS_GETELD()).toEqual([]);
  });

  it.each<[string, Fields]>([
    ["leeg formulier", {}],
    ["letters", { code: "abcdef" }],
    ["lijst", { code: ["1", "2"] }],
    ["100 kB", { code: HONDERD_KB }],
  ])("instellen bij het inloggen: %s geeft 400", async (_naam, fields) => {
    const { cookie } = await inloggen(COORDINATOR);
    const voor = snapshot();
    const uit = await stuur(mfaInstellen.action, "/login/mfa-instellen", fields, cookie);
    expect(uit.status).toBe(400);
    expect(data(uit).errors.code).toMatch(/code|cijfers/i);
    expect(snapshot()).toEqual(voor);
    expect(NIETS_GETELD()).toEqual([]);
  });

  it.each<[string, Fields]>([
    ["bevestigen zonder code", { intent: "mfa-bevestigen" }],
    ["bevestigen met letters", { intent: "mfa-bevestigen", code: "abcdef" }],
    ["vernieuwen zonder code", { intent: "herstelcodes-vernieuwen" }],
    ["vernieuwen met 100 kB", { intent: "herstelcodes-vernieuwen", vernieuwCode: HONDERD_KB }],
    ["uitzetten met een lijst", { intent: "mfa-uitschakelen", uitschakelCode: ["123456", "123456"] }],
    ["uitzetten met onzin", { intent: "mfa-uitschakelen", uitschakelCode: "hallo" }],
  ])("Mijn account: %s geeft 400", async (_naam, fields) => {
    metMfa(BELEID);
    const voor = snapshot();
    const uit = await stuur(mijnAccount.action, "/account", fields, cookieFor(BELEID));
    expect(uit.status).toBe(400);
    expect(Object.values(data(uit).mfa.errors).join(" ")).toMatch(/code|cijfers/i);
    expect(snapshot()).toEqual(voor);
    expect(NIETS_GETELD()).toEqual([]);
  });

  it("Mijn account: bevestigen of stoppen zonder begonnen instellen geeft 400", async () => {
    const cookie = cookieFor(BELEID);
    const voor = snapshot();
    expect((await stuur(mijnAccount.action, "/account", { intent: "mfa-bevestigen", code: "123456" }, cookie)).status).toBe(400);
    expect((await stuur(mijnAccount.action, "/account", { intent: "mfa-annuleren" }, cookie)).status).toBe(400);
    expect((await stuur(mijnAccount.action, "/account", { intent: "herstelcodes-vernieuwen", vernieuwCode: "123456" }, cookie)).status).toBe(400);
    expect(snapshot()).toEqual(voor);
  });

  it("beheer: resetten zonder bevestiging geeft 400 en verandert niets", async () => {
    metMfa(BELEID);
    const doel = persoon(BELEID);
    const voor = snapshot();
    const uit = await stuur(beheerGebruiker.action, `/beheer/gebruikers/${doel.id}`, { intent: "mfa-resetten" }, cookieFor(BEHEERDER), { id: String(doel.id) });
    expect(uit.status).toBe(400);
    expect(data(uit).errors.bevestiging).toMatch(/Bevestig/);
    expect(snapshot()).toEqual(voor);
  });
});
