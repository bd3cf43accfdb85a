import { describe, expect, it } from "vitest";
import { bevatBsn, passeertElfproef } from "../../app/domain/privacy";

describe("BSN-bewaking", () => {
  it.each(["111222333", "123456782", "999999990"])("herkent het geldige BSN %s", (bsn) => {
    expect(passeertElfproef(bsn)).toBe(true);
    expect(bevatBsn(`Gezin met BSN ${bsn} besproken`)).toBe(true);
  });

  it("herkent een BSN met punten of spaties", () => {
    expect(bevatBsn("nummer 123.456.782")).toBe(true);
    expect(bevatBsn("nummer 1234 56 782")).toBe(true);
  });

  it.each([
    "In 2025 hebben 5740 meldingen plaatsgevonden",
    "Budget € 123.456.789 (geen BSN)",
    "Telefoon 0715164000",
    "Zaaknummer 123456789",
    "Kenmerk 000000000",
    "Twee getallen 12345 6789",
  ])("accepteert gewone getallen: %s", (tekst) => {
    expect(bevatBsn(tekst)).toBe(false);
  });
});
