import { describe, expect, it } from "vitest";
import { ongeldigMelding } from "../../app/domain/plan/plan-filter-namen";
import { isGefilterd, leesPlanFilters, likePatroon, STANDAARD_FILTERS, toetsAanKeuzes } from "../../app/domain/plan/plan-filters";

const lees = (query: string) => leesPlanFilters(new URLSearchParams(query));

describe("filters van het plan lezen uit de querystring", () => {
  it("geeft zonder querystring de standaard: geen filters, sorteren op code oplopend", () => {
    const { filters, ongeldig } = lees("");
    expect(filters).toEqual(STANDAARD_FILTERS);
    expect(ongeldig).toEqual([]);
    expect(isGefilterd(filters)).toBe(false);
  });

  it("leest elk filter met een geldige waarde", () => {
    const { filters, ongeldig } = lees(
      "actielijn=3&doelstelling=12&status=aandacht&status=vertraagd&trekker=o:5&eigenaar=7&niveau=lokaal&gemeente=12" +
        "&van=2026-01-01&tot=2026-06-30&over-deadline=1&niet-bijgewerkt=on&q=+Voorlichting+&sort=deadline&richting=af",
    );
    expect(ongeldig).toEqual([]);
    expect(filters).toEqual({
      actielijn: 3,
      doelstelling: 12,
      status: ["aandacht", "vertraagd"],
      trekker: { soort: "o", id: 5 },
      eigenaar: 7,
      niveau: "lokaal",
      gemeente: 12,
      van: "2026-01-01",
      tot: "2026-06-30",
      overDeadline: true,
      nietBijgewerkt: true,
      q: "Voorlichting",
      sort: "deadline",
      richting: "af",
    });
    expect(isGefilterd(filters)).toBe(true);
  });

  it("negeert lege velden van het formulier zonder melding", () => {
    const { filters, ongeldig } = lees("actielijn=&doelstelling=&trekker=&eigenaar=&niveau=&gemeente=&van=&tot=&q=++&status=");
    expect(ongeldig).toEqual([]);
    expect(isGefilterd(filters)).toBe(false);
  });

  it("negeert ongeldige waarden en noemt elk ongeldig filter", () => {
    const { filters, ongeldig } = lees(
      "actielijn=abc&doelstelling=-1&status=onzin&trekker=x:1&eigenaar=1.5&niveau=landelijk&gemeente=0" +
        "&van=2026-13-45&tot=morgen&over-deadline=ja&niet-bijgewerkt=2&sort=prijs&richting=omhoog",
    );
    expect(new Set(ongeldig)).toEqual(
      new Set([
        "actielijn",
        "doelstelling",
        "status",
        "trekker",
        "eigenaar",
        "niveau",
        "gemeente",
        "van",
        "tot",
        "overDeadline",
        "nietBijgewerkt",
        "sort",
        "richting",
      ]),
    );
    expect(filters).toEqual(STANDAARD_FILTERS);
  });

  it("houdt de geldige statussen als er ook een ongeldige tussen staat", () => {
    const { filters, ongeldig } = lees("status=op_schema&status=bestaat_niet&status=op_schema&status=afgerond");
    expect(filters.status).toEqual(["op_schema", "afgerond"]);
    expect(ongeldig).toEqual(["status"]);
  });

  it("weigert een einddatum vóór de begindatum, maar houdt de begindatum", () => {
    const { filters, ongeldig } = lees("van=2026-06-01&tot=2026-01-01");
    expect(filters.van).toBe("2026-06-01");
    expect(filters.tot).toBeUndefined();
    expect(ongeldig).toEqual(["tot"]);
  });

  it("weigert een zoektekst die te lang is of op een BSN lijkt", () => {
    expect(lees(`q=${"a".repeat(201)}`).ongeldig).toEqual(["q"]);
    expect(lees("q=111222333").ongeldig).toEqual(["q"]);
    expect(lees(`q=${"a".repeat(200)}`).filters.q).toHaveLength(200);
  });

  it("accepteert geen absurd grote ids", () => {
    expect(lees("actielijn=123456789012345").ongeldig).toEqual(["actielijn"]);
  });

  it("geeft een Nederlandse melding per ongeldig filter", () => {
    expect(ongeldigMelding("gemeente")).toBe("Het filter Gemeente is ongeldig en genegeerd.");
    expect(ongeldigMelding("tot")).toBe("Het filter Deadline tot en met is ongeldig en genegeerd.");
  });
});

describe("filters toetsen aan de keuzes van de eigen regio", () => {
  const keuzes = {
    actielijnen: new Set([1, 2]),
    doelstellingen: new Set([10, 11]),
    gemeenten: new Set([12]),
    organisaties: new Set([1]),
    eigenaren: new Set([4]),
  };

  it("laat ids van de eigen regio staan", () => {
    const uit = toetsAanKeuzes(lees("actielijn=2&doelstelling=10&gemeente=12&trekker=o:1&eigenaar=4"), keuzes);
    expect(uit.ongeldig).toEqual([]);
    expect(uit.filters).toMatchObject({ actielijn: 2, doelstelling: 10, gemeente: 12, trekker: { soort: "o", id: 1 }, eigenaar: 4 });
  });

  it("negeert een id van een andere regio precies zoals een id dat niet bestaat", () => {
    const uit = toetsAanKeuzes(lees("actielijn=9&doelstelling=99&gemeente=20&trekker=g:1&eigenaar=8"), keuzes);
    expect(new Set(uit.ongeldig)).toEqual(new Set(["actielijn", "doelstelling", "gemeente", "trekker", "eigenaar"]));
    expect(isGefilterd(uit.filters)).toBe(false);
  });

  it("onderscheidt een gemeente als trekker van een organisatie met hetzelfde nummer", () => {
    expect(toetsAanKeuzes(lees("trekker=g:12"), keuzes).ongeldig).toEqual([]);
    expect(toetsAanKeuzes(lees("trekker=o:12"), keuzes).ongeldig).toEqual(["trekker"]);
  });

  it("behoudt eerdere meldingen", () => {
    expect(toetsAanKeuzes(lees("status=x&gemeente=99"), keuzes).ongeldig).toEqual(["status", "gemeente"]);
  });
});

describe("zoeken met LIKE", () => {
  it("behandelt % en _ als gewone tekens", () => {
    expect(likePatroon("100%")).toBe("%100\\%%");
    expect(likePatroon("a_b")).toBe("%a\\_b%");
    expect(likePatroon("c:\\pad")).toBe("%c:\\\\pad%");
  });
});
