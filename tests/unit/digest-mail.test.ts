import { describe, expect, it } from "vitest";
import { digestMail, type DigestItem } from "../../app/domain/herinneringen/digest-mail";
import { digestRedenen } from "../../app/domain/herinneringen/redenen";

const VANDAAG = "2026-11-23";
const ORIGIN = "https://regiovisie.example";

function item(id: number, deadline: string, overrides: Partial<DigestItem> = {}): DigestItem {
  const basis = {
    actieId: id,
    code: `1.${id}`,
    titel: `Actie ${id}`,
    gemeente: null,
    regioSlug: "hollands-midden",
    regioNaam: "Hollands Midden",
    planJaar: 2026,
    deadline,
    status: "op_schema" as const,
    laatsteVoortgang: "2026-11-20",
    aangemaaktOp: "2026-01-10T09:00:00.000Z",
    nietBijgewerktWeken: 8,
    ...overrides,
  };
  return { ...basis, redenen: overrides.redenen ?? digestRedenen(basis, VANDAAG) };
}

describe("de redenen voor een herinnering", () => {
  const basis = { status: "op_schema" as const, laatsteVoortgang: "2026-11-20", aangemaaktOp: "2026-01-10T09:00:00Z", nietBijgewerktWeken: 8 };
  it("onderscheidt over de deadline, binnen 4 weken en niet bijgewerkt", () => {
    expect(digestRedenen({ ...basis, deadline: "2026-11-22" }, VANDAAG)).toEqual(["over_deadline"]);
    expect(digestRedenen({ ...basis, deadline: "2026-11-23" }, VANDAAG)).toEqual(["binnenkort"]);
    expect(digestRedenen({ ...basis, deadline: "2026-12-21" }, VANDAAG)).toEqual(["binnenkort"]);
    expect(digestRedenen({ ...basis, deadline: "2026-12-22" }, VANDAAG)).toEqual([]);
    expect(digestRedenen({ ...basis, deadline: "2027-06-30", laatsteVoortgang: "2026-09-27" }, VANDAAG)).toEqual(["niet_bijgewerkt"]);
    expect(digestRedenen({ ...basis, deadline: "2027-06-30", laatsteVoortgang: "2026-09-28" }, VANDAAG)).toEqual([]);
    expect(digestRedenen({ ...basis, deadline: "2026-01-01", laatsteVoortgang: null }, VANDAAG)).toEqual(["over_deadline", "niet_bijgewerkt"]);
  });

  it("heeft niets te melden over afgeronde en vervallen acties", () => {
    for (const status of ["afgerond", "vervallen"] as const) {
      expect(digestRedenen({ ...basis, status, deadline: "2026-01-01", laatsteVoortgang: null }, VANDAAG)).toEqual([]);
    }
  });
});

describe("de tekst van het overzicht", () => {
  const ontvanger = { naam: "Sanne de Vries", email: "sanne@example.nl", frequentie: "wekelijks" as const };

  it("groepeert per reden en noemt elke actie één keer, met een directe link", () => {
    const items = [item(1, "2026-11-01"), item(2, "2026-12-01"), item(3, "2027-03-01", { laatsteVoortgang: "2026-08-01" }), item(4, "2026-10-01", { laatsteVoortgang: null })];
    const { onderwerp, tekst } = digestMail(ontvanger, items, { origin: ORIGIN, vandaag: VANDAAG });
    expect(onderwerp).toBe("Herinnering: 4 acties vragen uw aandacht");
    expect(tekst.startsWith("Beste Sanne de Vries,")).toBe(true);
    expect(tekst).toContain("Deadline verstreken (2)");
    expect(tekst).toContain("Niet recent bijgewerkt (1)");
    expect(tekst).toContain("Deadline binnen 4 weken (1)");
    for (const id of [1, 2, 3, 4]) {
      expect(tekst.split(`${ORIGIN}/r/hollands-midden/acties/${id}\n`)).toHaveLength(2);
    }
    expect(tekst).toContain("Deadline 1 december 2026 (over 8 dagen)");
    expect(tekst).toContain("nog niet bijgewerkt sinds 10 januari 2026");
    expect(tekst.indexOf("Deadline verstreken")).toBeLessThan(tekst.indexOf("Niet recent bijgewerkt"));
    expect(tekst.indexOf("Niet recent bijgewerkt")).toBeLessThan(tekst.indexOf("Deadline binnen 4 weken"));
  });

  it("noemt de gemeente bij een uitvoering en legt uit hoe de frequentie te wijzigen is", () => {
    const { onderwerp, tekst } = digestMail(
      { ...ontvanger, frequentie: "maandelijks" },
      [item(7, "2026-11-01", { gemeente: "Voorschoten" })],
      { origin: ORIGIN, vandaag: VANDAAG },
    );
    expect(onderwerp).toBe("Herinnering: 1 actie vraagt uw aandacht");
    expect(tekst).toContain("1.7 Actie 7 (uitvoering Voorschoten)");
    expect(tekst).toContain("Dit is uw maandelijkse overzicht");
    expect(tekst).toContain(`${ORIGIN}/account`);
    expect(tekst).toContain("U ontvangt dit overzicht maandelijks.");
  });
});
