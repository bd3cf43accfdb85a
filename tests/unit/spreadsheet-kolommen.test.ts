import { describe, expect, it } from "vitest";
import { raadKoppeling } from "../../app/domain/spreadsheet/kolom-raden";
import { vindTabel } from "../../app/domain/spreadsheet/kopregel";
import { EXPORT_KOLOMMEN } from "../../app/domain/spreadsheet/export-kolommen";
import { leesBedragCel, leesFinanciering, leesNiveau, leesStatus } from "../../app/domain/spreadsheet/waarde-lezen";

describe("kolommen raden uit de kolomnamen", () => {
  it("koppelt de gebruikelijke Nederlandse kolomnamen", () => {
    expect(
      raadKoppeling(["Nr", "Actie", "Trekker", "Eigenaar", "Planning", "Stand", "Betrokken partners", "Beoogd resultaat", "Kosten", "Dekking", "Opmerkingen"]),
    ).toEqual(["doelstellingen", "titel", "trekker", "eigenaar", "deadline", "status", "partners", "beoogdResultaat", "bedrag", "financiering", "toelichting"]);
  });

  it("geeft elk veld hoogstens één kolom en laat de beste winnen", () => {
    expect(raadKoppeling(["Omschrijving", "Titel", "Deadline", "Kwartaal", "Wanneer"])).toEqual(["omschrijving", "titel", "deadline", null, null]);
    expect(raadKoppeling(["Omschrijving", "Deadline"])).toEqual(["titel", "deadline"]);
  });

  it("herkent kolomnamen met hoofdletters, accenten en toevoegingen", () => {
    expect(raadKoppeling(["ACTIE", "Deadline (dd-mm-jjjj)", "Trekker (gemeente of organisatie)", "Bedrag (€)", "Doelstélling"])).toEqual([
      "titel",
      "deadline",
      "trekker",
      "bedrag",
      "doelstellingen",
    ]);
  });

  it("herkent elke kolom van de eigen export, zodat een export zonder koppelwerk terug kan", () => {
    const koppeling = raadKoppeling(EXPORT_KOLOMMEN.map((k) => k.kop));
    const per = Object.fromEntries(EXPORT_KOLOMMEN.map((k, i) => [k.kop, koppeling[i]]));
    expect(per).toMatchObject({
      Code: null,
      Titel: "titel",
      Actielijn: null,
      Doelstellingen: "doelstellingen",
      Niveau: "niveau",
      Gemeente: "gemeente",
      Trekker: "trekker",
      Eigenaar: "eigenaar",
      Partners: "partners",
      Deadline: "deadline",
      Kwartaal: null,
      Status: "status",
      "Laatste voortgang": null,
      "Over deadline": null,
      "Beoogd resultaat": "beoogdResultaat",
      Financiering: "financiering",
      Bedrag: "bedrag",
      Omschrijving: "omschrijving",
    });
  });
});

describe("de kopregel van een tabel vinden", () => {
  it("slaat een titel en lege rijen boven de tabel over", () => {
    const tabel = vindTabel([
      ["Uitvoeringsplan 2025 Hollands Midden", "Uitvoeringsplan 2025 Hollands Midden", "Uitvoeringsplan 2025 Hollands Midden"],
      [null, null, null],
      ["Actie", "Trekker", "Deadline"],
      ["Training", "Leiden", "31-12-2025"],
      [null, null, null],
      ["Campagne", "Gouda", "Q3 2025"],
    ]);
    expect(tabel?.koppen).toEqual(["Actie", "Trekker", "Deadline"]);
    expect(tabel?.kopRij).toBe(3);
    expect(tabel?.rijen.map((r) => r.rij)).toEqual([4, 6]);
  });

  it("combineert twee kopregels met samengevoegde groepskoppen", () => {
    const tabel = vindTabel([
      ["Nr", "Actie", "Trekker", "Planning", "Planning"],
      ["Nr", "Actie", "Trekker", "Deadline", "Status"],
      ["2.3", "Training", "Leiden", "eind 2025", "groen"],
    ]);
    expect(tabel?.koppen).toEqual(["Nr", "Actie", "Trekker", "Deadline", "Status"]);
    expect(tabel?.rijen).toHaveLength(1);
  });

  it("vult lege kopcellen aan uit een groepskop erboven", () => {
    const tabel = vindTabel([
      [null, null, "Uitvoering", null],
      ["Actie", "Doelstelling", null, "Deadline"],
      ["Training", "2.3", "Leiden", "2025"],
    ]);
    expect(tabel?.koppen).toEqual(["Actie", "Doelstelling", "Uitvoering", "Deadline"]);
  });

  it("slaat een herhaalde kopregel verderop over", () => {
    const tabel = vindTabel([
      ["Actie", "Trekker", "Deadline"],
      ["A", "Leiden", "2025"],
      ["Actie", "Trekker", "Deadline"],
      ["B", "Gouda", "2025"],
    ]);
    expect(tabel?.rijen.map((r) => r.cellen[0])).toEqual(["A", "B"]);
  });

  it("vindt niets in een blad zonder herkenbare kolomnamen", () => {
    expect(vindTabel([["a", "b", "c"], ["1", "2", "3"]])).toBeNull();
  });
});

describe("waarden uit een rij lezen", () => {
  it.each([
    ["Op schema", "op_schema"],
    ["groen", "op_schema"],
    ["Oranje", "aandacht"],
    ["rood", "vertraagd"],
    ["Afgerond", "afgerond"],
    ["gereed", "afgerond"],
    ["Aandacht nodig", "aandacht"],
    ["niet gestart", "niet_gestart"],
    ["", "niet_gestart"],
    ["geschrapt", "vervallen"],
  ])("leest status %s als %s", (invoer, verwacht) => {
    expect(leesStatus(invoer)).toEqual({ ok: true, waarde: verwacht });
  });

  it("meldt een onbekende status", () => {
    const u = leesStatus("paars");
    expect(u.ok).toBe(false);
    expect(!u.ok && u.melding).toContain('Status "paars" is onbekend');
  });

  it("leest financiering en bedrag zoals ze in Nederlandse bestanden staan", () => {
    expect(leesFinanciering("DU VO (regionaal budget)")).toEqual({ ok: true, waarde: "du_vo" });
    expect(leesFinanciering("Gemeentelijk budget")).toEqual({ ok: true, waarde: "gemeentelijk" });
    expect(leesFinanciering("")).toEqual({ ok: true, waarde: null });
    expect(leesFinanciering("loterij").ok).toBe(false);
    expect(leesBedragCel(1234.56)).toEqual({ ok: true, waarde: 123456 });
    expect(leesBedragCel("1234,56")).toEqual({ ok: true, waarde: 123456 });
    expect(leesBedragCel("€ 25.000")).toEqual({ ok: true, waarde: 2500000 });
    expect(leesBedragCel("1234.5")).toEqual({ ok: true, waarde: 123450 });
    expect(leesBedragCel("veel").ok).toBe(false);
  });

  it("leest een gemeentenaam in de niveaukolom als lokaal", () => {
    expect(leesNiveau("Regionaal")).toEqual({ soort: "regionaal" });
    expect(leesNiveau("lokaal")).toEqual({ soort: "lokaal" });
    expect(leesNiveau("Voorschoten")).toEqual({ soort: "naam", naam: "Voorschoten" });
  });
});
