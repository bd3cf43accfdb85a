import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as database from "../../db";
import { eenmaligeLink, gebruiker } from "../../db/schema";
import {
  consumeEenmaligeLink,
  createEenmaligeLink,
  findEenmaligeLink,
  RESET_GELDIG_MS,
  UITNODIGING_GELDIG_MS,
} from "../../app/auth/eenmalige-link.server";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../app/auth/password.server";
import { MAX_WACHTWOORD_LENGTE, MIN_WACHTWOORD_LENGTE } from "../../app/auth/password-lengte";
import {
  RESET_GELDIGHEID,
  UITNODIGING_GELDIGHEID,
  uitnodigingsMail,
  wachtwoordResetMail,
} from "../../app/domain/account-mails";

function idVan(email: string): number {
  const row = database.db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get();
  if (!row) throw new Error(email);
  return row.id;
}

function maak(gebruikerId: number, soort: "uitnodiging" | "wachtwoord_reset", now = new Date()) {
  return database.writeTransaction((tx) => createEenmaligeLink(tx, gebruikerId, soort, now));
}

function gebruik(token: string, soort: "uitnodiging" | "wachtwoord_reset", now = new Date()) {
  return database.writeTransaction((tx) => consumeEenmaligeLink(tx, token, soort, now));
}

describe("eenmalige links", () => {
  it("maakt een link die gevonden wordt en precies één keer werkt", () => {
    const id = idVan("beleid@voorschoten.example");
    const { token, verlooptOp } = maak(id, "wachtwoord_reset");

    expect(token).toMatch(/^[a-z2-7]{32}$/);
    expect(findEenmaligeLink(token, "wachtwoord_reset")).toEqual({ gebruikerId: id, verlooptOp: verlooptOp.toISOString() });
    expect(gebruik(token, "wachtwoord_reset")).toBe(id);
    expect(gebruik(token, "wachtwoord_reset")).toBeNull();
    expect(findEenmaligeLink(token, "wachtwoord_reset")).toBeNull();
  });

  it("geeft een uitnodiging 7 dagen en een wachtwoordherstel 1 uur", () => {
    const id = idVan("beleid@voorschoten.example");
    const now = new Date("2025-03-03T10:00:00Z");
    expect(maak(id, "uitnodiging", now).verlooptOp.getTime() - now.getTime()).toBe(UITNODIGING_GELDIG_MS);
    expect(maak(id, "wachtwoord_reset", now).verlooptOp.getTime() - now.getTime()).toBe(RESET_GELDIG_MS);
    expect(UITNODIGING_GELDIG_MS).toBe(7 * 24 * 60 * 60 * 1000);
    expect(RESET_GELDIG_MS).toBe(60 * 60 * 1000);
  });

  it("weigert een verlopen link", () => {
    const id = idVan("beleid@voorschoten.example");
    const now = new Date("2025-03-03T10:00:00Z");
    const { token } = maak(id, "wachtwoord_reset", now);
    const later = new Date(now.getTime() + RESET_GELDIG_MS + 1);

    expect(findEenmaligeLink(token, "wachtwoord_reset", new Date(now.getTime() + RESET_GELDIG_MS - 1))).not.toBeNull();
    expect(findEenmaligeLink(token, "wachtwoord_reset", later)).toBeNull();
    expect(gebruik(token, "wachtwoord_reset", later)).toBeNull();
    const row = database.db.select().from(eenmaligeLink).where(eq(eenmaligeLink.gebruikerId, id)).get();
    expect(row?.gebruiktOp).toBeNull();
  });

  it("weigert een link van een andere soort, een onbekende en een misvormde token", () => {
    const id = idVan("beleid@voorschoten.example");
    const { token } = maak(id, "uitnodiging");

    expect(findEenmaligeLink(token, "wachtwoord_reset")).toBeNull();
    expect(gebruik(token, "wachtwoord_reset")).toBeNull();
    expect(findEenmaligeLink("a".repeat(32), "uitnodiging")).toBeNull();
    for (const kapot of ["", token.toUpperCase(), `${token}x`, "../../etc/passwd", "x".repeat(100_000), `${token.slice(0, 31)}1`]) {
      expect(findEenmaligeLink(kapot, "uitnodiging")).toBeNull();
      expect(gebruik(kapot, "uitnodiging")).toBeNull();
    }
    expect(findEenmaligeLink(token, "uitnodiging")).not.toBeNull();
  });

  it("bewaart alleen de SHA-256 van de token, nooit de token zelf", () => {
    const id = idVan("beleid@voorschoten.example");
    const { token } = maak(id, "uitnodiging");

    const rows = database.sqlite.prepare("SELECT * FROM eenmalige_link").all() as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const value of Object.values(row)) expect(String(value)).not.toContain(token);
    }
    expect(rows.some((r) => /^[0-9a-f]{64}$/.test(String(r.hash)))).toBe(true);
  });

  it("maakt eerdere ongebruikte links van dezelfde soort ongeldig, en laat andere soorten staan", () => {
    const id = idVan("beleid@voorschoten.example");
    const eerste = maak(id, "wachtwoord_reset");
    const uitnodiging = maak(id, "uitnodiging");
    const tweede = maak(id, "wachtwoord_reset");

    expect(findEenmaligeLink(eerste.token, "wachtwoord_reset")).toBeNull();
    expect(findEenmaligeLink(tweede.token, "wachtwoord_reset")).not.toBeNull();
    expect(findEenmaligeLink(uitnodiging.token, "uitnodiging")).not.toBeNull();
  });

  it("laat de link van een gedeactiveerd account niet meer werken", () => {
    const id = idVan("beleid@voorschoten.example");
    const { token } = maak(id, "wachtwoord_reset");
    database.db.update(gebruiker).set({ actief: false }).where(eq(gebruiker.id, id)).run();

    expect(findEenmaligeLink(token, "wachtwoord_reset")).toBeNull();
    expect(gebruik(token, "wachtwoord_reset")).toBeNull();
  });
});

describe("mailteksten voor accounts", () => {
  const verlooptOp = new Date("2025-03-03T13:05:00Z");

  it("noemen een absolute link, de geldigheid en wat te doen als u het niet aanvroeg", () => {
    const uitnodiging = uitnodigingsMail({
      naam: "Sanne de Vries",
      regioNaam: "Hollands Midden",
      rolLabel: "Gemeente",
      link: "https://plan.example/uitnodiging/abc",
      verlooptOp,
    });
    expect(uitnodiging.onderwerp).toContain("Uitnodiging");
    expect(uitnodiging.tekst).toContain("Beste Sanne de Vries");
    expect(uitnodiging.tekst).toContain("Hollands Midden");
    expect(uitnodiging.tekst).toContain("https://plan.example/uitnodiging/abc");
    expect(uitnodiging.tekst).toContain("7 dagen geldig, tot 3 maart 2025 om 14:05");
    expect(uitnodiging.tekst).toContain("Heeft u dit niet aangevraagd? Dan kunt u deze e-mail negeren.");

    const reset = wachtwoordResetMail({ naam: "Sanne de Vries", link: "https://plan.example/wachtwoord/abc", verlooptOp });
    expect(reset.tekst).toContain("https://plan.example/wachtwoord/abc");
    expect(reset.tekst).toContain("1 uur geldig, tot 3 maart 2025 om 14:05");
    expect(reset.tekst).toContain("Heeft u dit niet aangevraagd? Dan kunt u deze e-mail negeren.");
  });

  it("houden de genoemde geldigheid en wachtwoordregels gelijk aan de echte", () => {
    expect(UITNODIGING_GELDIGHEID).toBe(`${UITNODIGING_GELDIG_MS / (24 * 60 * 60 * 1000)} dagen`);
    expect(RESET_GELDIGHEID).toBe(`${RESET_GELDIG_MS / (60 * 60 * 1000)} uur`);
    expect(MIN_WACHTWOORD_LENGTE).toBe(MIN_PASSWORD_LENGTH);
    expect(MAX_WACHTWOORD_LENGTE).toBe(MAX_PASSWORD_LENGTH);
  });
});
