import { describe, expect, it } from "vitest";
import { ACTIE_STATUSSEN, type ActieStatus } from "../../db/schema";
import { afgeleideStatus, rollupTekst, telStatussen } from "../../app/domain/uitvoering/afgeleide-status";
import { magUitvoeringBijwerken, magUitvoeringInrichten } from "../../app/domain/uitvoering/uitvoering-rechten";
import type { Actor } from "../../app/domain/permissions";

/** Every non-empty set of statuses that can occur together among the gemeenten (63 sets). */
function alleCombinaties(): ActieStatus[][] {
  const uit: ActieStatus[][] = [];
  for (let masker = 1; masker < 1 << ACTIE_STATUSSEN.length; masker++) {
    uit.push(ACTIE_STATUSSEN.filter((_, i) => masker & (1 << i)));
  }
  return uit;
}

/** The documented rules, written out as a decision table over which statuses occur. */
function verwacht(aanwezig: Set<ActieStatus>): ActieStatus {
  if (aanwezig.has("vertraagd")) return "vertraagd";
  if (aanwezig.has("aandacht")) return "aandacht";
  const open = [...aanwezig].filter((s) => s !== "afgerond" && s !== "vervallen");
  if (open.length === 0) return aanwezig.has("afgerond") ? "afgerond" : "vervallen";
  if ([...aanwezig].every((s) => s === "niet_gestart" || s === "vervallen")) return "niet_gestart";
  return "op_schema";
}

describe("afgeleide status van een actie met uitvoering per gemeente", () => {
  it("leidt niets af zonder gemeenten", () => {
    expect(afgeleideStatus([])).toBeNull();
  });

  it.each(alleCombinaties().map((c) => [c.join(" + "), c] as const))("volgt de regels voor %s", (_naam, combinatie) => {
    const uitkomst = verwacht(new Set(combinatie));
    expect(afgeleideStatus(combinatie)).toBe(uitkomst);
    // Neither the order nor how many gemeenten share a status matters.
    expect(afgeleideStatus([...combinatie].reverse())).toBe(uitkomst);
    expect(afgeleideStatus([...combinatie, ...combinatie, combinatie[0]])).toBe(uitkomst);
  });

  it("kent de gevallen uit het ontwerp", () => {
    expect(afgeleideStatus(["afgerond", "afgerond", "vervallen"])).toBe("afgerond");
    expect(afgeleideStatus(["vervallen", "vervallen"])).toBe("vervallen");
    expect(afgeleideStatus(["afgerond", "op_schema", "aandacht", "vertraagd"])).toBe("vertraagd");
    expect(afgeleideStatus(["afgerond", "op_schema", "aandacht"])).toBe("aandacht");
    expect(afgeleideStatus(["niet_gestart", "niet_gestart"])).toBe("niet_gestart");
    expect(afgeleideStatus(["niet_gestart", "vervallen"])).toBe("niet_gestart");
    expect(afgeleideStatus(["niet_gestart", "afgerond"])).toBe("op_schema");
    expect(afgeleideStatus(["niet_gestart", "op_schema"])).toBe("op_schema");
  });
});

describe("roll-up van de uitvoering per gemeente", () => {
  it("telt per status en beschrijft de stand zoals een coördinator hem leest", () => {
    const statussen: ActieStatus[] = [
      ...Array<ActieStatus>(12).fill("afgerond"),
      ...Array<ActieStatus>(3).fill("aandacht"),
      ...Array<ActieStatus>(2).fill("op_schema"),
      "niet_gestart",
    ];
    const telling = telStatussen(statussen);
    expect(telling).toMatchObject({ totaal: 18, afgerond: 12, aandacht: 3, op_schema: 2, niet_gestart: 1, vertraagd: 0, vervallen: 0 });
    expect(rollupTekst(telling)).toBe("12 van 18 afgerond, 3 aandacht nodig, 2 op schema, 1 niet gestart");
  });

  it("noemt alleen het aantal afgerond als alles afgerond is", () => {
    expect(rollupTekst(telStatussen(["afgerond", "afgerond"]))).toBe("2 van 2 afgerond");
  });
});

describe("rechten op de uitvoering van een gemeente", () => {
  const REGIO = 1;
  const VOORSCHOTEN = 12;
  const LEIDEN = 5;
  const actor = (id: number, rol: Actor["rollen"][number]["rol"], gemeenteId: number | null = null, regioId: number | null = REGIO): Actor => ({
    id,
    rollen: [{ regioId, rol, gemeenteId, organisatieId: rol === "partner" ? 99 : null }],
  });
  const deelVoorschoten = { regioId: REGIO, gemeenteId: VOORSCHOTEN, eigenaarId: 50 };

  it.each([
    ["de beheerder", actor(1, "beheerder", null, null), true],
    ["een coördinator van de regio", actor(2, "regiocoordinator", LEIDEN), true],
    ["een gemeentemedewerker van Voorschoten", actor(3, "gemeente", VOORSCHOTEN), true],
    ["de procesregisseur van Voorschoten", actor(4, "procesregisseur", VOORSCHOTEN), true],
    ["de eigenaar van het deel, ook van een andere gemeente", actor(50, "gemeente", LEIDEN), true],
    ["een gemeentemedewerker van Leiden", actor(5, "gemeente", LEIDEN), false],
    ["een wethouder (lezer) van Voorschoten", actor(6, "lezer", VOORSCHOTEN), false],
    ["een ketenpartner", actor(7, "partner"), false],
    ["een coördinator van een andere regio", actor(8, "regiocoordinator", null, 2), false],
  ])("%s mag bijwerken: %s", (_wie, wie, mag) => {
    expect(magUitvoeringBijwerken(wie, deelVoorschoten)).toBe(mag);
  });

  it("laat zonder gekozen eigenaar alleen de gemeente zelf en coördinatoren toe", () => {
    const zonderEigenaar = { ...deelVoorschoten, eigenaarId: null };
    expect(magUitvoeringBijwerken(actor(5, "gemeente", LEIDEN), zonderEigenaar)).toBe(false);
    expect(magUitvoeringBijwerken(actor(3, "gemeente", VOORSCHOTEN), zonderEigenaar)).toBe(true);
  });

  it("laat alleen coördinatoren de uitvoering inrichten", () => {
    expect(magUitvoeringInrichten(actor(2, "regiocoordinator", LEIDEN), REGIO)).toBe(true);
    expect(magUitvoeringInrichten(actor(3, "gemeente", VOORSCHOTEN), REGIO)).toBe(false);
    expect(magUitvoeringInrichten(actor(6, "lezer", VOORSCHOTEN), REGIO)).toBe(false);
  });
});
