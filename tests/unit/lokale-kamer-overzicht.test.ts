import { describe, expect, it } from "vitest";
import { leesOverzichtKeuze, sorteerLink, sorteerOverzicht, type Sorteerbaar } from "../../app/domain/lokale-kamer/overzicht-sortering";

const rijen: Sorteerbaar[] = [
  { gemeente: "Voorschoten", fase: "in_opbouw", gereed: 1, totaal: 8, volgendeDatum: "2026-12-31" },
  { gemeente: "Alphen aan den Rijn", fase: "in_opbouw", gereed: 3, totaal: 8, volgendeDatum: "2026-06-30" },
  { gemeente: "Katwijk", fase: "geevalueerd", gereed: 8, totaal: 8, volgendeDatum: null },
  { gemeente: "Leiden", fase: "operationeel", gereed: 6, totaal: 8, volgendeDatum: "2026-12-31" },
  { gemeente: "Hillegom", fase: "verkenning", gereed: 0, totaal: 8, volgendeDatum: null },
];
const namen = (r: Sorteerbaar[]) => r.map((x) => x.gemeente);

describe("sorteren en filteren van het overzicht van lokale kamers", () => {
  it("leest de keuze uit de querystring en valt terug op gemeente oplopend", () => {
    expect(leesOverzichtKeuze(new URLSearchParams("sorteer=fase&richting=af&subregio=3"))).toEqual({ sorteer: "fase", richting: "af", subregioId: 3 });
    expect(leesOverzichtKeuze(new URLSearchParams("sorteer=onzin&richting=zijwaarts&subregio=abc"))).toEqual({ sorteer: "gemeente", richting: "op", subregioId: null });
  });

  it("sorteert op gemeentenaam", () => {
    expect(namen(sorteerOverzicht(rijen, { sorteer: "gemeente", richting: "op" }))).toEqual(["Alphen aan den Rijn", "Hillegom", "Katwijk", "Leiden", "Voorschoten"]);
    expect(namen(sorteerOverzicht(rijen, { sorteer: "gemeente", richting: "af" }))[0]).toBe("Voorschoten");
  });

  it("sorteert op fase in de volgorde van de opbouw, bij gelijke fase op naam", () => {
    expect(namen(sorteerOverzicht(rijen, { sorteer: "fase", richting: "op" }))).toEqual(["Hillegom", "Alphen aan den Rijn", "Voorschoten", "Leiden", "Katwijk"]);
  });

  it("sorteert op voortgang (aandeel gereed)", () => {
    expect(namen(sorteerOverzicht(rijen, { sorteer: "voortgang", richting: "af" }))).toEqual(["Katwijk", "Leiden", "Alphen aan den Rijn", "Voorschoten", "Hillegom"]);
  });

  it("sorteert op volgende streefdatum en zet gemeenten zonder datum achteraan", () => {
    expect(namen(sorteerOverzicht(rijen, { sorteer: "datum", richting: "op" }))).toEqual(["Alphen aan den Rijn", "Leiden", "Voorschoten", "Hillegom", "Katwijk"]);
    expect(namen(sorteerOverzicht(rijen, { sorteer: "datum", richting: "af" })).slice(-2)).toEqual(["Hillegom", "Katwijk"]);
  });

  it("draait de richting om bij een tweede klik op dezelfde kolom en houdt het filter vast", () => {
    expect(sorteerLink({ sorteer: "fase", richting: "op", subregioId: 2 }, "fase")).toBe("?sorteer=fase&richting=af&subregio=2");
    expect(sorteerLink({ sorteer: "fase", richting: "af", subregioId: null }, "fase")).toBe("?sorteer=fase");
    expect(sorteerLink({ sorteer: "fase", richting: "af", subregioId: null }, "datum")).toBe("?sorteer=datum");
  });
});
