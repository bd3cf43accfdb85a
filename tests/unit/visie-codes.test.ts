import { describe, expect, it } from "vitest";
import { nummer } from "../../app/domain/visie/codes";
import { verschuif } from "../../app/domain/visie/volgorde";

describe("codes van actielijnen en doelstellingen", () => {
  it("nummert actielijnen op volgorde en doelstellingen als {actielijn}.{positie}", () => {
    const uit = nummer([
      { id: 10, doelstellingen: [101, 102] },
      { id: 20, doelstellingen: [] },
      { id: 30, doelstellingen: [301, 302, 303] },
    ]);
    expect(uit.actielijnen).toEqual([
      { id: 10, code: "1", volgorde: 1 },
      { id: 20, code: "2", volgorde: 2 },
      { id: 30, code: "3", volgorde: 3 },
    ]);
    expect(uit.doelstellingen.map((d) => [d.id, d.code, d.actielijnId, d.volgorde])).toEqual([
      [101, "1.1", 10, 1],
      [102, "1.2", 10, 2],
      [301, "3.1", 30, 1],
      [302, "3.2", 30, 2],
      [303, "3.3", 30, 3],
    ]);
  });

  it("geeft de doelstellingen van een actielijn die omhoog gaat de nieuwe actielijncode", () => {
    const uit = nummer([
      { id: 1, doelstellingen: [11] },
      { id: 3, doelstellingen: [31, 32, 33] },
      { id: 2, doelstellingen: [21, 22] },
    ]);
    const code = (id: number) => uit.doelstellingen.find((d) => d.id === id)?.code;
    expect(code(33)).toBe("2.3");
    expect(code(22)).toBe("3.2");
    expect(uit.actielijnen.find((l) => l.id === 3)?.code).toBe("2");
  });

  it("nummert een doelstelling die naar een andere actielijn gaat achteraan in die actielijn", () => {
    const uit = nummer([
      { id: 1, doelstellingen: [11, 13] },
      { id: 2, doelstellingen: [21, 12] },
    ]);
    expect(uit.doelstellingen.find((d) => d.id === 12)).toEqual({ id: 12, actielijnId: 2, code: "2.2", volgorde: 2 });
    expect(uit.doelstellingen.find((d) => d.id === 13)?.code).toBe("1.2");
  });

  it("geeft niets terug voor een visie zonder actielijnen", () => {
    expect(nummer([])).toEqual({ actielijnen: [], doelstellingen: [] });
  });
});

describe("verschuiven in een volgorde", () => {
  it("wisselt een item met het vorige bij omhoog en met het volgende bij omlaag", () => {
    expect(verschuif([1, 2, 3], 2, "omhoog")).toEqual([2, 1, 3]);
    expect(verschuif([1, 2, 3], 2, "omlaag")).toEqual([1, 3, 2]);
  });

  it("weigert verschuiven voorbij het begin of einde", () => {
    expect(verschuif([1, 2, 3], 1, "omhoog")).toBeNull();
    expect(verschuif([1, 2, 3], 3, "omlaag")).toBeNull();
  });

  it("weigert een item dat niet in de lijst staat", () => {
    expect(verschuif([1, 2, 3], 9, "omhoog")).toBeNull();
  });

  it("laat de oorspronkelijke lijst ongemoeid", () => {
    const lijst = [1, 2, 3];
    verschuif(lijst, 3, "omhoog");
    expect(lijst).toEqual([1, 2, 3]);
  });
});
