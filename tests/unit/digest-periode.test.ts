import { describe, expect, it } from "vitest";
import { dagenLater, digestPerioden, isoWeek, maandagVan, weekdag } from "../../app/domain/herinneringen/periode";
import { digestIsAanDeBeurt } from "../../app/domain/herinneringen/planning";

describe("de periode van een overzicht", () => {
  it("rekent ISO-weken, ook rond de jaarwisseling", () => {
    expect(isoWeek("2026-11-23")).toBe("2026-W48");
    expect(isoWeek("2026-01-01")).toBe("2026-W01"); // a Thursday: week 1
    expect(isoWeek("2027-01-01")).toBe("2026-W53"); // a Friday: still the last week of 2026
    expect(isoWeek("2024-12-30")).toBe("2025-W01"); // a Monday whose Thursday is in 2025
    expect(isoWeek("2021-01-03")).toBe("2020-W53");
  });

  it("kent maandag als eerste dag van de week", () => {
    expect(weekdag("2026-11-23")).toBe(1);
    expect(weekdag("2026-11-22")).toBe(7);
    expect(maandagVan("2026-11-22")).toBe("2026-11-16");
    expect(maandagVan("2026-11-23")).toBe("2026-11-23");
    expect(dagenLater("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("gebruikt de Nederlandse kalenderdag, niet die in UTC", () => {
    // Sunday 23:30 UTC is already Monday 00:30 in Amsterdam.
    expect(digestPerioden(new Date("2026-11-22T23:30:00Z"))).toEqual({ vandaag: "2026-11-23", week: "2026-W48", maand: "2026-11" });
    expect(digestPerioden(new Date("2026-11-22T22:30:00Z")).week).toBe("2026-W47");
  });

  it("hangt het maandoverzicht aan de maand van de maandag van de week", () => {
    // Sunday 1 November 2026 belongs to the week of Monday 26 October: October's digest.
    expect(digestPerioden(new Date("2026-11-01T10:00:00Z")).maand).toBe("2026-10");
    expect(digestPerioden(new Date("2026-11-02T10:00:00Z")).maand).toBe("2026-11");
    expect(digestPerioden(new Date("2027-01-01T10:00:00Z"))).toMatchObject({ week: "2026-W53", maand: "2026-12" });
  });
});

describe("wanneer de planner het overzicht verstuurt", () => {
  it("pas vanaf maandag 07:00 Nederlandse tijd, ook in de zomertijd", () => {
    expect(digestIsAanDeBeurt(new Date("2026-11-23T05:59:00Z"), null)).toBe(false); // 06:59 CET
    expect(digestIsAanDeBeurt(new Date("2026-11-23T06:00:00Z"), null)).toBe(true); // 07:00 CET
    expect(digestIsAanDeBeurt(new Date("2026-03-30T04:59:00Z"), null)).toBe(false); // 06:59 CEST
    expect(digestIsAanDeBeurt(new Date("2026-03-30T05:00:00Z"), null)).toBe(true); // 07:00 CEST
  });

  it("haalt een gemiste maandag later in de week in, maar draait niet twee keer per week", () => {
    expect(digestIsAanDeBeurt(new Date("2026-11-26T15:00:00Z"), null)).toBe(true);
    expect(digestIsAanDeBeurt(new Date("2026-11-22T20:00:00Z"), "2026-W46")).toBe(true);
    expect(digestIsAanDeBeurt(new Date("2026-11-26T15:00:00Z"), "2026-W48")).toBe(false);
    expect(digestIsAanDeBeurt(new Date("2026-11-30T06:00:00Z"), "2026-W48")).toBe(true);
  });
});
