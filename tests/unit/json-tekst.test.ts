import { describe, expect, it } from "vitest";
import { alsJsonTekst, leesJsonTekst } from "../../app/domain/json-tekst";

describe("loaderdata als één JSON-tekst", () => {
  const groepen = [{ id: 1, code: "1.1", acties: [{ id: 7, titel: "Training <script>", gemeente: null, partners: ["GGD"] }] }];

  it("geeft na lezen dezelfde inhoud terug, ook na een rondgang als tekst", () => {
    const tekst = alsJsonTekst(groepen);
    expect(typeof tekst).toBe("string");
    // A browser receives a copy of the text, not the server's string object.
    expect(leesJsonTekst(`${tekst} `.trimEnd() as typeof tekst)).toEqual(groepen);
    expect(leesJsonTekst(tekst)).toEqual(groepen);
  });

  it("geeft op de server de waarde van de laatst gemaakte tekst terug zonder opnieuw te parsen", () => {
    const tekst = alsJsonTekst(groepen);
    expect(leesJsonTekst(tekst)).toBe(groepen);
  });

  it("parst een andere tekst gewoon, ook als er intussen een nieuwe is gemaakt", () => {
    const eerste = alsJsonTekst({ jaar: 2026 });
    alsJsonTekst({ jaar: 2027 });
    expect(leesJsonTekst(eerste)).toEqual({ jaar: 2026 });
  });

  it("laat undefined-velden weg zoals JSON dat doet, en houdt null", () => {
    const tekst = alsJsonTekst({ a: undefined, b: null });
    expect(JSON.parse(tekst)).toEqual({ b: null });
  });
});
