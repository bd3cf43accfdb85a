import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db";
import { inlogpoging } from "../../db/schema";
import { WRONG_CREDENTIALS } from "../../app/auth/login.server";
import { action as loginAction } from "../../app/routes/account/login";
import { postRequest, run, testContext, type Outcome } from "../helpers/http";
import { auditActies, sessiesVan } from "../helpers/opzoeken";
import { DEMO_PASSWORD } from "../helpers/paths";

// A gemeente account: no second factor, so a correct password alone would open a session.
const BELEID = "beleid@voorschoten.example";
const PARALLEL = 50;
// The policy of login-throttle.server.ts: 4 free failures per account, 20 per IP address.
const VRIJ_PER_ACCOUNT = 4;
const VRIJ_PER_IP = 20;

function login(email: string, password: string, ip: string): Promise<Outcome> {
  return run(() =>
    loginAction({ request: postRequest("/login", { email, password }), params: {}, context: { ...testContext, ip } } as any),
  );
}



afterEach(() => {
  vi.useRealTimers();
});

describe("inlogbeperking onder gelijktijdige pogingen", () => {
  it("beoordeelt van 50 gelijktijdige foute pogingen op één account er niet meer dan de vrije pogingen plus één", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T09:00:00Z"));
    // Each try from its own address, as a botnet would: the account's own limit must hold.
    const uitkomsten = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => login(BELEID, `fout-wachtwoord-${i}`, `203.0.113.${i + 1}`)),
    );

    const beoordeeld = auditActies("inloggen.mislukt") + auditActies("inloggen.lockout");
    expect(auditActies("inloggen.mislukt")).toBeLessThanOrEqual(VRIJ_PER_ACCOUNT);
    expect(auditActies("inloggen.lockout")).toBeLessThanOrEqual(1);
    expect(beoordeeld).toBeLessThanOrEqual(VRIJ_PER_ACCOUNT + 1);
    expect(auditActies("inloggen.geblokkeerd")).toBe(PARALLEL - beoordeeld);

    const fout = uitkomsten.filter((u) => u.status === 401);
    const geblokkeerd = uitkomsten.filter((u) => u.status === 429);
    expect(fout.length + geblokkeerd.length).toBe(PARALLEL);
    expect(fout.length).toBeLessThanOrEqual(VRIJ_PER_ACCOUNT);
    for (const u of fout) expect((u.data as any).errors.form).toBe(WRONG_CREDENTIALS);
    for (const u of geblokkeerd) expect((u.data as any).errors.form).toContain("geblokkeerd tot 10:00");

    // While the lock lasts, even the right password from a fresh address is refused.
    const goed = await login(BELEID, DEMO_PASSWORD, "203.0.113.200");
    expect(goed.status).toBe(429);
    expect(sessiesVan(BELEID)).toBe(0);

    // The counter holds the tries that were evaluated, not the 45 that were turned away.
    const teller = db.select().from(inlogpoging).where(eq(inlogpoging.sleutel, `email:${BELEID}`)).get()!;
    expect(teller.mislukt).toBe(beoordeeld);
  });

  it("beoordeelt van 50 gelijktijdige pogingen op verschillende accounts vanaf één IP-adres er hooguit 21", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T09:00:00Z"));
    const ip = "198.51.100.23";
    const uitkomsten = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => login(`gok${i}@voorbeeld.example`, "fout-fout-fout", ip)),
    );

    const beoordeeld = auditActies("inloggen.mislukt") + auditActies("inloggen.lockout");
    expect(beoordeeld).toBeLessThanOrEqual(VRIJ_PER_IP + 1);
    expect(uitkomsten.filter((u) => u.status === 429).length).toBe(PARALLEL - auditActies("inloggen.mislukt"));
    expect(uitkomsten.every((u) => u.status === 401 || u.status === 429)).toBe(true);

    // The address stays locked, also for an existing account with the right password.
    const goed = await login(BELEID, DEMO_PASSWORD, ip);
    expect(goed.status).toBe(429);
    expect(sessiesVan(BELEID)).toBe(0);
    const elders = await login(BELEID, DEMO_PASSWORD, "198.51.100.24");
    expect(elders.status).toBe(302);
  });

  it("telt een geslaagde login niet mee voor het IP-adres", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T09:00:00Z"));
    const ip = "198.51.100.77";
    // A town hall behind one address: many good logins in an hour must never lock it.
    for (let i = 0; i < VRIJ_PER_IP + 5; i++) {
      expect((await login(BELEID, DEMO_PASSWORD, ip)).status).toBe(302);
    }
    const teller = db.select().from(inlogpoging).where(eq(inlogpoging.sleutel, `ip:${ip}`)).get();
    expect(teller?.mislukt ?? 0).toBe(0);
    expect(teller?.geblokkeerdTot ?? null).toBeNull();
  });

  it("laat een goede login vanaf een adres dat net geblokkeerd was dat adres niet opnieuw blokkeren", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T09:00:00Z"));
    const ip = "198.51.100.88";
    for (let i = 0; i <= VRIJ_PER_IP; i++) await login(`gok${i}@voorbeeld.example`, "fout-fout-fout", ip);
    const geblokkeerd = db.select().from(inlogpoging).where(eq(inlogpoging.sleutel, `ip:${ip}`)).get()!;
    expect(geblokkeerd.mislukt).toBe(VRIJ_PER_IP + 1);

    // The lock has passed; a colleague behind the same address logs in correctly.
    vi.setSystemTime(new Date("2026-03-02T09:00:20Z"));
    expect((await login(BELEID, DEMO_PASSWORD, ip)).status).toBe(302);
    const daarna = db.select().from(inlogpoging).where(eq(inlogpoging.sleutel, `ip:${ip}`)).get()!;
    expect(daarna.mislukt).toBe(VRIJ_PER_IP + 1);
    expect(daarna.geblokkeerdTot).toBe(geblokkeerd.geblokkeerdTot);
    // So the next person from there is not refused either.
    expect((await login("wethouder@leiden.example", DEMO_PASSWORD, ip)).status).toBe(302);
  });
});
