import { describe, expect, it } from "vitest";
import type { InhoudActie, InhoudActielijn } from "../../app/domain/actualisatie/inhoud";
import { leesBesluitRijen } from "../../app/domain/actualisatie/formulieren";
import { planVerschil } from "../../app/domain/actualisatie/plan-verschil";
import { vaststellingSleutel, verschilMetHerkomst, verschilMetVaststelling } from "../../app/domain/actualisatie/vergelijken";

const LIJNEN: InhoudActielijn[] = [
  { id: 1, code: "1", titel: "Preventie" },
  { id: 2, code: "2", titel: "Hulp en ondersteuning" },
];
const D11 = { id: 11, code: "1.1", tekst: "Bewustwording", actielijnId: 1 };
const D21 = { id: 21, code: "2.1", tekst: "Lokale kamer", actielijnId: 2 };

function actie(id: number, velden: Partial<InhoudActie> = {}): InhoudActie {
  return {
    id,
    code: `1.1-0${id % 10}`,
    titel: `Actie ${id}`,
    omschrijving: "Omschrijving",
    niveau: "regionaal",
    gemeente: null,
    eigenaar: { id: 5, naam: "Marieke van der Meer" },
    trekker: { soort: "gemeente", id: 7, naam: "Leiden" },
    partners: [{ soort: "organisatie", id: 9, naam: "Veilig Thuis" }],
    deadline: "2025-06-30",
    status: "op_schema",
    beoogdResultaat: "Resultaat",
    indicator: null,
    financiering: "du_vo",
    bedragCenten: 500000,
    herkomstActieId: null,
    doelstellingen: [D11],
    ...velden,
  };
}

describe("planVerschil: het verschil tussen plan N en N+1", () => {
  const vorige = [
    actie(1), // carried unchanged
    actie(2), // carried with changes
    actie(3, { status: "afgerond" }), // afgerond by its own status, no besluit
    actie(4), // afgerond by besluit
    actie(5, { doelstellingen: [D11, D21] }), // vervallen by besluit, in two actielijnen
    actie(6, { status: "vervallen" }), // vervallen through voortgang
    actie(7), // still open, no decision
  ];
  const nieuwe = [
    actie(101, { code: "1.1-01", herkomstActieId: 1, titel: "Actie 1", status: "niet_gestart" }),
    actie(102, {
      herkomstActieId: 2,
      titel: "Actie 2, verbreed",
      deadline: "2026-12-31",
      eigenaar: { id: 6, naam: "Rachid El Amrani" },
      partners: [],
      doelstellingen: [D11, D21],
      status: "niet_gestart",
    }),
    actie(103, { herkomstActieId: null, titel: "Nieuw in 2026", doelstellingen: [D21] }),
  ];
  const verschil = planVerschil({
    actielijnen: LIJNEN,
    vorige,
    nieuwe,
    besluiten: [
      { actieId: 1, besluit: "doorzetten", reden: null },
      { actieId: 2, besluit: "doorzetten", reden: null },
      { actieId: 4, besluit: "afgerond", reden: "Doel bereikt" },
      { actieId: 5, besluit: "vervallen", reden: "Landelijk opgepakt" },
    ],
  });
  const soortVan = (id: number) => verschil.regels.find((r) => r.actie.id === id)?.soort;

  it("deelt elke actie in precies één soort in", () => {
    expect(verschil.regels).toHaveLength(8);
    expect(soortVan(101)).toBe("doorgezet");
    expect(soortVan(102)).toBe("gewijzigd");
    expect(soortVan(103)).toBe("nieuw");
    expect(soortVan(3)).toBe("afgerond");
    expect(soortVan(4)).toBe("afgerond");
    expect(soortVan(5)).toBe("vervallen");
    expect(soortVan(6)).toBe("vervallen");
    expect(soortVan(7)).toBe("open");
    // Carried acties appear once, as their copy, not also as the actie of plan N.
    expect(verschil.regels.some((r) => r.actie.id === 1 || r.actie.id === 2)).toBe(false);
  });

  it("noemt bij een gewijzigde actie elk veld met oude en nieuwe waarde", () => {
    const regel = verschil.regels.find((r) => r.actie.id === 102)!;
    expect(regel.herkomst?.id).toBe(2);
    expect(Object.fromEntries(regel.wijzigingen.map((w) => [w.veld, [w.van, w.naar]]))).toEqual({
      titel: ["Actie 2", "Actie 2, verbreed"],
      doelstellingen: ["1.1", "1.1, 2.1"],
      eigenaar: ["Marieke van der Meer", "Rachid El Amrani"],
      partners: ["Veilig Thuis", "(geen)"],
      deadline: ["30 juni 2025", "31 december 2026"],
    });
  });

  it("geeft de reden uit het actualisatiebesluit bij afgerond en vervallen", () => {
    expect(verschil.regels.find((r) => r.actie.id === 4)?.reden).toBe("Doel bereikt");
    expect(verschil.regels.find((r) => r.actie.id === 5)?.reden).toBe("Landelijk opgepakt");
    expect(verschil.regels.find((r) => r.actie.id === 6)?.reden).toBeNull();
  });

  it("telt per actielijn, en in het totaal elke actie één keer", () => {
    const [preventie, hulp] = verschil.perActielijn;
    expect(preventie!.aantallen).toEqual({ nieuw: 0, gewijzigd: 1, doorgezet: 1, afgerond: 2, vervallen: 2, open: 1 });
    expect(hulp!.aantallen).toEqual({ nieuw: 1, gewijzigd: 1, doorgezet: 0, afgerond: 0, vervallen: 1, open: 0 });
    expect(verschil.totaal).toEqual({ nieuw: 1, gewijzigd: 1, doorgezet: 1, afgerond: 2, vervallen: 2, open: 1 });
  });
});

describe("verschilMetVaststelling", () => {
  it("ziet geen wijziging als alleen de status via voortgang veranderde of een naam anders gespeld is", () => {
    const toen = actie(1);
    const nu = actie(1, { status: "vertraagd", trekker: { soort: "gemeente", id: 7, naam: "Gemeente Leiden" } });
    expect(verschilMetVaststelling(toen, nu)).toEqual([]);
  });

  it("noemt gewijzigde velden in leesbare tekst, ook bedrag en niveau", () => {
    const toen = actie(1);
    const nu = actie(1, { bedragCenten: 750000, niveau: "lokaal", gemeente: { id: 3, naam: "Voorschoten" }, code: "1.1-09" });
    const wijzigingen = verschilMetVaststelling(toen, nu);
    expect(wijzigingen.slice(0, 2)).toEqual([
      { veld: "code", label: "Code", van: "1.1-01", naar: "1.1-09" },
      { veld: "niveau", label: "Niveau", van: "Regionaal", naar: "Lokaal (één gemeente): Voorschoten" },
    ]);
    expect(wijzigingen[2]).toMatchObject({ veld: "financiering", label: "Financiering" });
    expect(wijzigingen[2]!.van).toMatch(/^DU VO \(regionaal budget\): €\s5\.000,00$/);
    expect(wijzigingen[2]!.naar).toMatch(/^DU VO \(regionaal budget\): €\s7\.500,00$/);
  });

  it("geeft dezelfde vaststellingssleutel precies als er geen verschil is, ook zonder namen", () => {
    const toen = actie(1, { partners: [{ soort: "organisatie", id: 9, naam: "Veilig Thuis" }, { soort: "gemeente", id: 3, naam: "Voorschoten" }], doelstellingen: [D11, D21] });
    const varianten: Partial<InhoudActie>[] = [
      {},
      { status: "vertraagd" },
      { eigenaar: { id: 5, naam: "Andere spelling" } },
      { omschrijving: "Omschrijving" },
      { partners: [{ soort: "gemeente", id: 3, naam: "" }, { soort: "organisatie", id: 9, naam: "" }] },
      { doelstellingen: [D21, D11] },
      { titel: "Actie 1, anders" },
      { partners: [{ soort: "gemeente", id: 9, naam: "Veilig Thuis" }, { soort: "gemeente", id: 3, naam: "Voorschoten" }] },
      { doelstellingen: [D11] },
      { trekker: null },
      { indicator: "" },
      { indicator: "Aantal" },
      { financiering: null },
      { bedragCenten: 500001 },
      { deadline: "2025-07-01" },
      { niveau: "lokaal", gemeente: { id: 3, naam: "Voorschoten" } },
    ];
    for (const velden of varianten) {
      const nu = { ...toen, ...velden };
      const gelijk = vaststellingSleutel(toen) === vaststellingSleutel(nu);
      expect(gelijk, JSON.stringify(velden)).toBe(verschilMetVaststelling(toen, nu).length === 0);
    }
    // Without names at all, as the plan page reads the living plan.
    const zonderNamen = { ...toen, eigenaar: { id: 5 }, trekker: { soort: "gemeente" as const, id: 7 }, partners: toen.partners.map(({ soort, id }) => ({ soort, id })) };
    expect(vaststellingSleutel(zonderNamen)).toBe(vaststellingSleutel(toen));
  });

  it("vergelijkt een doorgezette actie niet op code of status", () => {
    expect(verschilMetHerkomst(actie(1, { status: "vertraagd" }), actie(9, { code: "1.1-05", titel: "Actie 1", status: "niet_gestart" }))).toEqual([]);
  });
});

describe("leesBesluitRijen", () => {
  function formulier(velden: [string, string][]) {
    const fd = new FormData();
    for (const [k, v] of velden) fd.append(k, v);
    return fd;
  }

  it("leest per actie het besluit, de deadline, de eigenaar en de reden", () => {
    const gelezen = leesBesluitRijen(
      formulier([
        ["rij", "4"],
        ["besluit-4", "doorzetten"],
        ["deadline-4", "2026-09-30"],
        ["eigenaar-4", "12"],
        ["rij", "5"],
        ["besluit-5", "vervallen"],
        ["reden-5", "Landelijk opgepakt"],
      ]),
      2026,
    );
    expect(gelezen).toEqual({
      ok: true,
      rijen: [
        { actieId: 4, besluit: "doorzetten", deadline: "2026-09-30", eigenaarId: 12, reden: null },
        { actieId: 5, besluit: "vervallen", deadline: null, eigenaarId: null, reden: "Landelijk opgepakt" },
      ],
    });
  });

  it("vraagt een reden bij vervallen en zet de melding bij het veld van die actie", () => {
    const gelezen = leesBesluitRijen(formulier([["rij", "5"], ["besluit-5", "vervallen"], ["reden-5", "  "]]), 2026);
    expect(gelezen.ok).toBe(false);
    if (!gelezen.ok) expect(gelezen.errors["reden-5"]).toBe("Geef de reden waarom de actie vervalt.");
  });

  it("weigert onzin: een onbekend besluit, een ongeldige of te verre deadline, een BSN in de reden", () => {
    const gelezen = leesBesluitRijen(
      formulier([
        ["rij", "1"],
        ["besluit-1", "weggooien"],
        ["rij", "2"],
        ["besluit-2", "doorzetten"],
        ["deadline-2", "31-12-2026"],
        ["rij", "3"],
        ["besluit-3", "doorzetten"],
        ["deadline-3", "2031-01-01"],
        ["rij", "6"],
        ["besluit-6", "afgerond"],
        ["reden-6", "zie 111222333"],
      ]),
      2026,
    );
    expect(gelezen.ok).toBe(false);
    if (!gelezen.ok) expect(Object.keys(gelezen.errors).sort()).toEqual(["besluit-1", "deadline-2", "deadline-3", "reden-6"]);
  });

  it("weigert een formulier zonder rijen of met een id dat geen getal is", () => {
    expect(leesBesluitRijen(formulier([]), 2026).ok).toBe(false);
    expect(leesBesluitRijen(formulier([["rij", "x1"]]), 2026).ok).toBe(false);
  });
});
