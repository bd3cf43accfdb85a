import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { gebruiker, sessie } from "../../db/schema";
import {
  ABSOLUTE_LIFETIME_MS,
  INACTIVITY_TIMEOUT_MS,
  createSession,
  sessionCookie,
  validateSessionToken,
} from "../../app/auth/session.server";

function gebruikerId(email: string): number {
  return db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get()!.id;
}

describe("sessies", () => {
  it("maakt een token van id en geheim met samen ten minste 128 bits toeval", () => {
    const { token, id } = createSession(gebruikerId("coordinator@leiden.example"));
    const [tokenId, secret] = token.split(".");
    expect(tokenId).toBe(id);
    // base32: 5 bits per teken
    expect(secret.length * 5).toBeGreaterThanOrEqual(128);
    expect(tokenId.length * 5).toBeGreaterThanOrEqual(120);
  });

  it("bewaart alleen de SHA-256 van het geheim, nooit het token zelf", () => {
    const { token, id } = createSession(gebruikerId("coordinator@leiden.example"));
    const row = db.select().from(sessie).where(eq(sessie.id, id)).get()!;
    expect(row.secretHash).toHaveLength(32);
    expect(JSON.stringify(row)).not.toContain(token.split(".")[1]);
  });

  it("aanvaardt een geldig token en weigert een gewijzigd geheim", () => {
    const { token } = createSession(gebruikerId("coordinator@leiden.example"));
    expect(validateSessionToken(token)).not.toBeNull();
    const [id, secret] = token.split(".");
    const fout = secret.slice(0, -1) + (secret.endsWith("a") ? "b" : "a");
    expect(validateSessionToken(`${id}.${fout}`)).toBeNull();
    expect(validateSessionToken("onzin")).toBeNull();
    expect(validateSessionToken(`${id}.${secret}.extra`)).toBeNull();
  });

  it("beëindigt een sessie na 8 uur zonder activiteit en verwijdert de rij", () => {
    const start = new Date("2026-03-02T08:00:00Z");
    const { token, id } = createSession(gebruikerId("coordinator@leiden.example"), start);
    expect(validateSessionToken(token, new Date(start.getTime() + INACTIVITY_TIMEOUT_MS - 1000))).not.toBeNull();
    expect(validateSessionToken(token, new Date(start.getTime() + 2 * INACTIVITY_TIMEOUT_MS))).toBeNull();
    expect(db.select().from(sessie).where(eq(sessie.id, id)).get()).toBeUndefined();
  });

  it("houdt een actieve sessie in leven, maar nooit langer dan 7 dagen", () => {
    const start = new Date("2026-03-02T08:00:00Z");
    const { token } = createSession(gebruikerId("coordinator@leiden.example"), start);
    let t = start.getTime();
    // Every 4 hours activity: within the inactivity window each time.
    while (t + 4 * 3600_000 < start.getTime() + ABSOLUTE_LIFETIME_MS) {
      t += 4 * 3600_000;
      expect(validateSessionToken(token, new Date(t))).not.toBeNull();
    }
    expect(validateSessionToken(token, new Date(start.getTime() + ABSOLUTE_LIFETIME_MS + 60_000))).toBeNull();
  });

  it("zet het cookie HttpOnly, SameSite=Lax en op pad / (zonder Secure op http://localhost)", () => {
    const cookie = sessionCookie("abc.def");
    expect(cookie).toMatch(/^sessie=abc\.def/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Secure");
  });

  it("gebruikt over https het __Host-voorvoegsel met Secure", () => {
    const vorige = process.env.PUBLIC_ORIGIN;
    process.env.PUBLIC_ORIGIN = "https://regiovisie.example.nl";
    try {
      const cookie = sessionCookie("abc.def");
      expect(cookie).toMatch(/^__Host-sessie=abc\.def/);
      expect(cookie).toContain("Secure");
      expect(cookie).toContain("Path=/");
      expect(cookie).not.toContain("Domain");
    } finally {
      if (vorige === undefined) delete process.env.PUBLIC_ORIGIN;
      else process.env.PUBLIC_ORIGIN = vorige;
    }
  });
});
