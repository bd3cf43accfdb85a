import { describe, expect, it } from "vitest";
import { bepaalDekking } from "../../app/domain/gemeenten/dekking";
import { celTekst } from "../../app/domain/gemeenten/matrix-cel-tekst";
import { leesKeuze, meestRelevant, sorteerGemeenten, SORTERINGEN } from "../../app/domain/gemeenten/matrix-regels";

describe("dekking van de lokale invulling", () => {
  it("vergelijkt elke doelstelling met vorig jaar", () => {
    const dekking = bepaalDekking([1, 2, 3, 4], [1, 2], [2, 3]);
    expect(dekking.gedekt).toBe(2);
    expect(dekking.gedektVorigJaar).toBe(2);
    expect(dekking.totaal).toBe(4);
    expect(dekking.nieuw).toEqual([1]);
    expect(dekking.vervallen).toEqual([3]);
    expect(dekking.regels.get(4)).toEqual({ doelstellingId: 4, ditJaar: false, vorigJaar: false });
  });

  it("vergelijkt niet als er geen plan van vorig jaar is", () => {
    const dekking = bepaalDekking([1, 2], [2], null);
    expect(dekking.gedektVorigJaar).toBeNull();
    expect(dekking.regels.get(1)).toEqual({ doelstellingId: 1, ditJaar: false, vorigJaar: null });
    expect(dekking.nieuw).toEqual([]);
  });

  it("telt acties bij doelstellingen buiten de visie niet mee", () => {
    expect(bepaalDekking([1], [1, 99], [99]).gedekt).toBe(1);
  });
});

describe("matrixregels", () => {
  it("kiest de status die de meeste aandacht vraagt", () => {
    expect(meestRelevant(["afgerond", "op_schema", "vertraagd"])).toBe("vertraagd");
    expect(meestRelevant(["afgerond", "aandacht"])).toBe("aandacht");
    expect(meestRelevant(["op_schema", "niet_gestart"])).toBe("niet_gestart");
    expect(meestRelevant(["afgerond", "vervallen"])).toBe("afgerond");
    expect(meestRelevant([])).toBeNull();
  });

  it("sorteert op naam, subregio en dekking (minste eerst)", () => {
    const g = [
      { naam: "Zoeterwoude", subregio: "Holland Rijnland", gedekt: 1 },
      { naam: "Gouda", subregio: "Midden-Holland", gedekt: 3 },
      { naam: "Alphen aan den Rijn", subregio: "Holland Rijnland", gedekt: 3 },
    ];
    expect(sorteerGemeenten(g, "naam").map((x) => x.naam)).toEqual(["Alphen aan den Rijn", "Gouda", "Zoeterwoude"]);
    expect(sorteerGemeenten(g, "subregio").map((x) => x.naam)).toEqual(["Alphen aan den Rijn", "Zoeterwoude", "Gouda"]);
    expect(sorteerGemeenten(g, "dekking").map((x) => x.naam)).toEqual(["Zoeterwoude", "Alphen aan den Rijn", "Gouda"]);
  });

  it("valt bij een onbekende keuze terug op de standaard en meldt dat", () => {
    expect(leesKeuze("dekking", SORTERINGEN, "naam")).toEqual({ keuze: "dekking", ongeldig: false });
    expect(leesKeuze("<script>", SORTERINGEN, "naam")).toEqual({ keuze: "naam", ongeldig: true });
    expect(leesKeuze(null, SORTERINGEN, "naam")).toEqual({ keuze: "naam", ongeldig: false });
  });

  it("beschrijft een cel in woorden", () => {
    expect(celTekst(null, "doelstellingen")).toBe("Geen lokale invulling");
    expect(celTekst({ aantal: 3, lokaal: 2, uitvoering: 1, status: "aandacht" }, "doelstellingen")).toBe(
      "2 lokale acties en 1 uitvoering; Aandacht nodig",
    );
    expect(celTekst(null, "acties")).toBe("Doet niet mee");
    expect(celTekst({ aantal: 1, lokaal: 0, uitvoering: 1, status: "afgerond" }, "acties")).toBe("Afgerond");
  });
});
