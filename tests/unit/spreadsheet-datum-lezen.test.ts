import { describe, expect, it } from "vitest";
import { leesDatum, vanExcelSerial } from "../../app/domain/spreadsheet/datum-lezen";

const datum = (invoer: string | number | null) => {
  const u = leesDatum(invoer);
  return u.ok ? u.datum : null;
};

describe("Nederlandse datums in een spreadsheet lezen", () => {
  it.each([
    ["31-12-2025", "2025-12-31"],
    ["1-2-2025", "2025-02-01"],
    ["31/12/2025", "2025-12-31"],
    ["31.12.2025", "2025-12-31"],
    ["31-12-25", "2025-12-31"],
    ["2025-12-31", "2025-12-31"],
    ["2025-12-31T00:00:00.000Z", "2025-12-31"],
    ["31 december 2025", "2025-12-31"],
    ["1 maart 2025", "2025-03-01"],
    ["31 dec. 2025", "2025-12-31"],
    ["Maandag 3 maart 2025", "2025-03-03"],
    ["dec 2025", "2025-12-31"],
    ["december 2025", "2025-12-31"],
    ["feb 2024", "2024-02-29"],
    ["eind maart 2025", "2025-03-31"],
    ["medio maart 2025", "2025-03-15"],
    ["Q3 2025", "2025-09-30"],
    ["q1-2026", "2026-03-31"],
    ["2025 Q2", "2025-06-30"],
    ["3e kwartaal 2025", "2025-09-30"],
    ["kwartaal 4 2025", "2025-12-31"],
    ["eind 2025", "2025-12-31"],
    ["Einde 2025", "2025-12-31"],
    ["medio 2025", "2025-06-30"],
    ["1e helft 2025", "2025-06-30"],
    ["2e helft 2025", "2025-12-31"],
    ["tweede helft 2025", "2025-12-31"],
    ["begin 2026", "2026-03-31"],
    ["najaar 2025", "2025-11-30"],
    ["2025", "2025-12-31"],
  ])("leest %s als %s", (invoer, verwacht) => {
    expect(datum(invoer)).toBe(verwacht);
  });

  it("leest een Excel-datumgetal (ook als tekst uit een CSV)", () => {
    expect(datum(46022)).toBe("2025-12-31");
    expect(datum("46022")).toBe("2025-12-31");
    expect(vanExcelSerial(45658).ok && vanExcelSerial(45658)).toEqual({ ok: true, datum: "2025-01-01" });
  });

  it.each(["", "doorlopend", "n.v.t.", "31-02-2025", "13-13-2025", "Q5 2025", "ergens in 2025", "32 december 2025"])(
    "weigert %s als onleesbare datum",
    (invoer) => {
      expect(datum(invoer)).toBeNull();
    },
  );

  it("weigert een leeg veld en een onmogelijk datumgetal", () => {
    expect(datum(null)).toBeNull();
    expect(datum(-5)).toBeNull();
  });
});
