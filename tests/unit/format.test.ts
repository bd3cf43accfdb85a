import { describe, expect, it } from "vitest";
import { formatBedrag, formatDatum, formatKwartaal, formatTijdstip, vandaag } from "../../app/domain/format";

describe("formatter (nl-NL, Europe/Amsterdam)", () => {
  it("schrijft datums voluit in het Nederlands", () => {
    expect(formatDatum("2025-03-03")).toBe("3 maart 2025");
  });

  it("schrijft elke kalenderdatum van een schrikkeljaar zoals Intl nl-NL dat doet", () => {
    const intl = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    for (let dag = new Date("2028-01-01T00:00:00Z"); dag.getUTCFullYear() === 2028; dag.setUTCDate(dag.getUTCDate() + 1)) {
      const iso = dag.toISOString().slice(0, 10);
      expect(formatDatum(iso), iso).toBe(intl.format(dag));
    }
  });

  it("toont tijdstippen in Nederlandse tijd, ook rond middernacht UTC", () => {
    expect(formatTijdstip("2025-07-01T22:30:00.000Z")).toBe("2 juli 2025 om 00:30");
    expect(formatTijdstip("2025-01-01T22:30:00.000Z")).toBe("1 januari 2025 om 23:30");
  });

  it("schrijft bedragen als euro's met punt en komma", () => {
    expect(formatBedrag(123456)).toBe("€\u00a01.234,56");
  });

  it("bepaalt het kwartaal van een deadline", () => {
    expect(formatKwartaal("2025-09-30")).toBe("Q3 2025");
    expect(formatKwartaal("2025-10-01")).toBe("Q4 2025");
  });

  it("geeft de Nederlandse datum van vandaag, niet die van UTC", () => {
    expect(vandaag(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
  });
});
