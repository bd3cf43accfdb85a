import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db";
import { audit, gebruiker, inlogpoging, sessie } from "../../db/schema";
import { WRONG_CREDENTIALS } from "../../app/auth/login.server";
import { action as loginAction, loader as loginLoader } from "../../app/routes/account/login";
import { action as logoutAction, loader as logoutLoader } from "../../app/routes/account/logout";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";
import { auditActies, sessiesVan } from "../helpers/opzoeken";
import { DEMO_PASSWORD } from "../helpers/paths";

const COORDINATOR = "coordinator@leiden.example";
// Straight into the app after the password: a gemeente role, for which MFA is a choice (not set up
// in the seed). The login of a coördinator, who must use MFA, is in tweestapsverificatie.test.ts.
const ZONDER_MFA = "beleid@voorschoten.example";

function login(fields: Record<string, string | string[]>, options: { ip?: string; cookie?: string } = {}) {
  return run(() =>
    loginAction({
      request: postRequest("/login", fields, options.cookie),
      params: {},
      context: { ...testContext, ip: options.ip ?? testContext.ip },
    } as any),
  );
}



afterEach(() => {
  vi.useRealTimers();
});

describe("inloggen", () => {
  it("logt in met een demo-account, zet een sessiecookie en schrijft een auditregel", async () => {
    const uit = await login({ email: ZONDER_MFA, password: DEMO_PASSWORD });
    expect(uit.status).toBe(302);
    expect(uit.location).toBe("/");
    expect(uit.headers?.get("Set-Cookie")).toMatch(/^sessie=[a-z0-9]+\.[a-z0-9]+; /);
    expect(sessiesVan(ZONDER_MFA)).toBe(1);
    expect(auditActies("inloggen")).toBe(1);
  });

  it("accepteert het e-mailadres ongeacht hoofdletters en spaties", async () => {
    const uit = await login({ email: "  Coordinator@Leiden.EXAMPLE ", password: DEMO_PASSWORD });
    expect(uit.status).toBe(302);
  });

  it("geeft bij een fout wachtwoord en bij een onbekend e-mailadres dezelfde melding", async () => {
    const fout = await login({ email: COORDINATOR, password: "verkeerd-wachtwoord" });
    const onbekend = await login({ email: "niemand@nergens.example", password: "verkeerd-wachtwoord" }, { ip: "192.0.2.99" });
    expect(fout.status).toBe(401);
    expect(onbekend.status).toBe(401);
    expect((fout.data as any).errors.form).toBe(WRONG_CREDENTIALS);
    expect((onbekend.data as any).errors.form).toBe(WRONG_CREDENTIALS);
    expect(sessiesVan(COORDINATOR)).toBe(0);
    expect(auditActies("inloggen.mislukt")).toBe(2);
  });

  it("weigert een gedeactiveerd account met dezelfde melding", async () => {
    db.update(gebruiker).set({ actief: false }).where(eq(gebruiker.email, COORDINATOR)).run();
    const uit = await login({ email: COORDINATOR, password: DEMO_PASSWORD });
    expect(uit.status).toBe(401);
    expect((uit.data as any).errors.form).toBe(WRONG_CREDENTIALS);
  });

  it("vertraagt en blokkeert na herhaalde mislukte pogingen per account, zichtbaar in de melding", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T09:00:00Z"));
    for (let i = 0; i < 4; i++) {
      const uit = await login({ email: COORDINATOR, password: "fout-fout-fout" }, { ip: `192.0.2.${i + 1}` });
      expect(uit.status).toBe(401);
    }
    const vijfde = await login({ email: COORDINATOR, password: "fout-fout-fout" }, { ip: "192.0.2.50" });
    expect(vijfde.status).toBe(429);
    expect((vijfde.data as any).errors.form).toContain("geblokkeerd tot 10:00");

    // Locked: even the right password is refused, from another address as well.
    const goed = await login({ email: COORDINATOR, password: DEMO_PASSWORD }, { ip: "192.0.2.51" });
    expect(goed.status).toBe(429);
    expect(sessiesVan(COORDINATOR)).toBe(0);
    expect(auditActies("inloggen.lockout")).toBe(1);
    expect(auditActies("inloggen.geblokkeerd")).toBe(1);

    // After the lock has passed the right password works again.
    vi.setSystemTime(new Date("2026-03-02T09:00:20Z"));
    const later = await login({ email: COORDINATOR, password: DEMO_PASSWORD }, { ip: "192.0.2.51" });
    expect(later.status).toBe(302);
  });

  it("verdubbelt de blokkade bij elke volgende mislukte poging", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    let t = new Date("2026-03-02T09:00:00Z").getTime();
    const duren: number[] = [];
    for (let i = 0; i < 7; i++) {
      vi.setSystemTime(new Date(t));
      await login({ email: COORDINATOR, password: "fout-fout-fout" });
      const row = db.select().from(inlogpoging).where(eq(inlogpoging.sleutel, `email:${COORDINATOR}`)).get()!;
      if (row.geblokkeerdTot) duren.push((Date.parse(row.geblokkeerdTot) - t) / 1000);
      t += 16 * 60_000; // wait out any lock, within the hour that remembers failures
    }
    expect(duren).toEqual([15, 30, 60]);
  });

  it("blokkeert per IP-adres na veel mislukte pogingen op verschillende accounts", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T09:00:00Z"));
    const ip = "198.51.100.7";
    let status = 0;
    for (let i = 0; i < 21; i++) {
      status = (await login({ email: `gok${i}@voorbeeld.example`, password: "fout-fout-fout" }, { ip })).status;
    }
    expect(status).toBe(429);
    const ander = await login({ email: COORDINATOR, password: DEMO_PASSWORD }, { ip });
    expect(ander.status).toBe(429);
    const elders = await login({ email: COORDINATOR, password: DEMO_PASSWORD }, { ip: "198.51.100.8" });
    expect(elders.status).toBe(302);
  });

  it("maakt bij elke login een nieuwe sessie en beëindigt de vorige van deze browser (fixatie)", async () => {
    const oud = cookieFor(COORDINATOR);
    const oudId = oud.split("=")[1].split(".")[0];
    const uit = await login({ email: COORDINATOR, password: DEMO_PASSWORD }, { cookie: oud });
    expect(uit.status).toBe(302);
    const nieuwId = uit.headers!.get("Set-Cookie")!.split("=")[1].split(".")[0];
    expect(nieuwId).not.toBe(oudId);
    expect(db.select().from(sessie).where(eq(sessie.id, oudId)).get()).toBeUndefined();
  });

  it("stuurt na het inloggen alleen door naar paden binnen deze site", async () => {
    const binnen = await login({ email: ZONDER_MFA, password: DEMO_PASSWORD, redirectTo: "/r/hollands-midden/visie" });
    expect(binnen.location).toBe("/r/hollands-midden/visie");
    for (const buiten of ["//kwaadwillend.example", "https://kwaadwillend.example", "/\\kwaadwillend.example"]) {
      const uit = await login({ email: ZONDER_MFA, password: DEMO_PASSWORD, redirectTo: buiten });
      expect(uit.location).toBe("/");
    }
    const pagina = await run(() =>
      loginLoader({ request: getRequest("/login?redirectTo=//kwaadwillend.example"), params: {}, context: testContext } as any),
    );
    expect((pagina.data as any).redirectTo).toBe("/");
  });

  it.each([
    ["leeg formulier", {}],
    ["leeg e-mailadres", { email: "", password: "x" }],
    ["geen geldig e-mailadres", { email: "geen-adres", password: "x" }],
    ["te lang e-mailadres", { email: `${"a".repeat(100_000)}@x.nl`, password: "x" }],
    ["te lang wachtwoord", { email: COORDINATOR, password: "x".repeat(100_000) }],
    ["lijst in plaats van tekst", { email: [COORDINATOR, "b@c.nl"], password: DEMO_PASSWORD }],
  ])("geeft bij slechte invoer (%s) een Nederlandse melding en status 400", async (_naam, fields) => {
    const uit = await login(fields as Record<string, string | string[]>);
    expect(uit.status).toBe(400);
    const errors = (uit.data as any).errors as Record<string, string>;
    expect(Object.values(errors).join(" ")).toMatch(/e-mailadres|wachtwoord|Ongeldig|verwacht/i);
    expect(sessiesVan(COORDINATOR)).toBe(0);
  });

  it("stuurt een al ingelogde gebruiker van /login naar de startpagina", async () => {
    const uit = await run(() =>
      loginLoader({ request: getRequest("/login", cookieFor(COORDINATOR)), params: {}, context: testContext } as any),
    );
    expect(uit.status).toBe(302);
    expect(uit.location).toBe("/");
  });
});

describe("uitloggen", () => {
  it("beëindigt de sessie alleen met een POST en wist het cookie", async () => {
    const cookie = cookieFor(COORDINATOR);
    const get = await run(() => logoutLoader());
    expect(get.status).toBe(302);
    expect(sessiesVan(COORDINATOR)).toBe(1);

    const uit = await run(() => logoutAction({ request: postRequest("/logout", {}, cookie), params: {}, context: testContext } as any));
    expect(uit.status).toBe(302);
    expect(uit.location).toBe("/login");
    expect(uit.headers?.get("Set-Cookie")).toContain("Max-Age=0");
    expect(sessiesVan(COORDINATOR)).toBe(0);
    expect(db.select().from(audit).where(and(eq(audit.actie, "uitloggen"))).all()).toHaveLength(1);
  });
});
