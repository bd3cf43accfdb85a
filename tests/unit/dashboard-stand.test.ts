import { describe, expect, it } from "vitest";
import { balkSegmenten, legeTelling, percentageAfgerond, verschilTekst } from "../../app/domain/dashboard/stand";

describe("stand van een actielijn", () => {
  it("rekent het percentage afgerond zonder de vervallen acties", () => {
    const t = { ...legeTelling(), afgerond: 3, op_schema: 5, vervallen: 2, vertraagd: 2 };
    expect(percentageAfgerond(t)).toBe(30);
  });

  it("geeft 0 procent bij een lege actielijn of alleen vervallen acties", () => {
    expect(percentageAfgerond(legeTelling())).toBe(0);
    expect(percentageAfgerond({ ...legeTelling(), vervallen: 4 })).toBe(0);
  });

  it("beschrijft een verandering in procentpunten", () => {
    expect(verschilTekst(40, 30)).toBe("+10 procentpunt");
    expect(verschilTekst(30, 40)).toBe("−10 procentpunt");
    expect(verschilTekst(30, 30)).toBe("gelijk");
    expect(verschilTekst(30, null)).toBeNull();
  });

  it("verdeelt de balk naar rato, in statusvolgorde, zonder lege segmenten", () => {
    const segmenten = balkSegmenten({ ...legeTelling(), op_schema: 1, afgerond: 3 }, 400);
    expect(segmenten).toEqual([
      { status: "op_schema", aantal: 1, x: 0, breedte: 100 },
      { status: "afgerond", aantal: 3, x: 100, breedte: 300 },
    ]);
    expect(balkSegmenten(legeTelling(), 400)).toEqual([]);
  });
});
