import { encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as database from "../../db";
import { gebruiker, mfaHerstelcode } from "../../db/schema";
import { factorUitInvoer, normaliseerHerstelcode } from "../../app/auth/mfa-formulieren";
import { AANTAL_HERSTELCODES, gebruikHerstelcode, maakHerstelcodes, ongebruikteHerstelcodes } from "../../app/auth/mfa-herstelcodes.server";
import { isMfaVerplicht } from "../../app/auth/mfa-verplicht";
import { newTotpSecret, secretInGroups, totpCode, totpStep, totpUri, verifyTotp } from "../../app/auth/totp.server";
import type { Rol } from "../../db/schema";

// RFC 6238 appendix B: the SHA-1 key is the ASCII string "12345678901234567890". The RFC lists
// 8-digit codes; a 6-digit code is the same number's last six digits.
const RFC_GEHEIM = encodeBase32UpperCaseNoPadding(new TextEncoder().encode("12345678901234567890"));
const RFC_VECTOREN: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

const OP = (seconden: number) => new Date(seconden * 1000);
const NU = new Date("2026-03-02T09:00:10Z");

describe("TOTP (RFC 6238) met een vaste klok", () => {
  it.each(RFC_VECTOREN)("geeft op t = %i s de code van de RFC", (t, achtCijfers) => {
    expect(totpCode(RFC_GEHEIM, totpStep(OP(t)))).toBe(achtCijfers.slice(2));
    expect(verifyTotp(RFC_GEHEIM, achtCijfers.slice(2), OP(t), null)).toBe(totpStep(OP(t)));
  });

  it("maakt een geheim van 20 willekeurige bytes in base32", () => {
    const geheim = newTotpSecret();
    expect(geheim).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(geheim);
    expect(secretInGroups(geheim)).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
  });

  it("zet uitgever en e-mailadres in de otpauth-URI", () => {
    const uri = new URL(totpUri(RFC_GEHEIM, "coordinator@leiden.example"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Regiovisie Uitvoeringsplan:coordinator@leiden.example");
    expect(uri.searchParams.get("issuer")).toBe("Regiovisie Uitvoeringsplan");
    expect(uri.searchParams.get("secret")).toBe(RFC_GEHEIM);
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
  });

  it("accepteert de code van één stap ervoor en erna, niet van twee", () => {
    const stap = totpStep(NU);
    for (const verschil of [-1, 0, 1]) {
      expect(verifyTotp(RFC_GEHEIM, totpCode(RFC_GEHEIM, stap + verschil), NU, null)).toBe(stap + verschil);
    }
    for (const verschil of [-2, 2]) {
      expect(verifyTotp(RFC_GEHEIM, totpCode(RFC_GEHEIM, stap + verschil), NU, null)).toBeNull();
    }
  });

  it("weigert een code die al gebruikt is, en een oudere dan de laatst gebruikte", () => {
    const stap = totpStep(NU);
    const code = totpCode(RFC_GEHEIM, stap);
    expect(verifyTotp(RFC_GEHEIM, code, NU, stap)).toBeNull();
    expect(verifyTotp(RFC_GEHEIM, totpCode(RFC_GEHEIM, stap - 1), NU, stap)).toBeNull();
    // A later step is still fine: the next code from the app.
    expect(verifyTotp(RFC_GEHEIM, totpCode(RFC_GEHEIM, stap + 1), NU, stap)).toBe(stap + 1);
  });

  it.each(["", "12345", "1234567", "abcdef", "12 345", " 123456"])("weigert %j als code", (code) => {
    expect(verifyTotp(RFC_GEHEIM, code, NU, null)).toBeNull();
  });
});

describe("wie tweestapsverificatie moet gebruiken", () => {
  const rollen = (...r: Rol[]) => r.map((rol) => ({ rol }));

  it.each<[Rol, boolean]>([
    ["beheerder", true],
    ["regiocoordinator", true],
    ["gemeente", false],
    ["procesregisseur", false],
    ["partner", false],
    ["lezer", false],
  ])("%s: verplicht = %s", (rol, verplicht) => {
    expect(isMfaVerplicht(rollen(rol))).toBe(verplicht);
  });

  it("maakt het verplicht zodra één van de rollen het vraagt", () => {
    expect(isMfaVerplicht(rollen("lezer", "regiocoordinator"))).toBe(true);
    expect(isMfaVerplicht(rollen("lezer", "gemeente"))).toBe(false);
    expect(isMfaVerplicht([])).toBe(false);
  });
});

describe("herstelcodes", () => {
  function persoon(): number {
    return database.db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, "beleid@voorschoten.example")).get()!.id;
  }

  it("maakt tien leesbare codes en bewaart alleen hun SHA-256", () => {
    const id = persoon();
    const codes = database.writeTransaction((tx) => maakHerstelcodes(tx, id));
    expect(codes).toHaveLength(AANTAL_HERSTELCODES);
    expect(new Set(codes).size).toBe(AANTAL_HERSTELCODES);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}$/);
    const opgeslagen = database.db.select().from(mfaHerstelcode).where(eq(mfaHerstelcode.gebruikerId, id)).all();
    expect(opgeslagen).toHaveLength(AANTAL_HERSTELCODES);
    const alles = JSON.stringify(opgeslagen);
    for (const code of codes) expect(alles).not.toContain(code);
    for (const rij of opgeslagen) expect(rij.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("laat elke code één keer werken, ook in hoofdletters of zonder streepje getypt", () => {
    const id = persoon();
    const [eerste, tweede] = database.writeTransaction((tx) => maakHerstelcodes(tx, id));
    const nu = new Date("2026-03-02T09:00:00Z");
    expect(database.writeTransaction((tx) => gebruikHerstelcode(tx, id, eerste, nu))).toBe(true);
    expect(database.writeTransaction((tx) => gebruikHerstelcode(tx, id, eerste, nu))).toBe(false);
    expect(database.writeTransaction((tx) => gebruikHerstelcode(tx, id, tweede.toUpperCase().replace("-", " "), nu))).toBe(true);
    expect(ongebruikteHerstelcodes(id)).toBe(AANTAL_HERSTELCODES - 2);
  });

  it("laat de codes van een ander niet werken, en oude codes niet meer na nieuwe", () => {
    const id = persoon();
    const ander = database.db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, "wethouder@leiden.example")).get()!.id;
    const nu = new Date("2026-03-02T09:00:00Z");
    const [oud] = database.writeTransaction((tx) => maakHerstelcodes(tx, id));
    expect(database.writeTransaction((tx) => gebruikHerstelcode(tx, ander, oud, nu))).toBe(false);
    database.writeTransaction((tx) => maakHerstelcodes(tx, id));
    expect(database.writeTransaction((tx) => gebruikHerstelcode(tx, id, oud, nu))).toBe(false);
  });

  it("leest herstelcodes en codes uit de app uit één veld", () => {
    expect(normaliseerHerstelcode("ABCD EFGH")).toBe("abcd-efgh");
    expect(normaliseerHerstelcode("abcd-efg")).toBeNull();
    expect(normaliseerHerstelcode("abcd-efg1")).toBeNull();
    expect(factorUitInvoer("123 456")).toEqual({ soort: "code", code: "123456" });
    expect(factorUitInvoer("abcd-2345")).toEqual({ soort: "herstelcode", code: "abcd-2345" });
    expect(factorUitInvoer("12345")).toBeNull();
  });
});
