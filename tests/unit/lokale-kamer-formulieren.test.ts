import { describe, expect, it } from "vitest";
import { mijlpaalSchema, nieuweMijlpaalSchema, sjabloonMijlpaalSchema } from "../../app/domain/lokale-kamer/formulieren";
import { isOngestart, isTeLaat } from "../../app/domain/lokale-kamer/mijlpaal-status";
import { BSN_MELDING } from "../../app/domain/privacy";

const VANDAAG = "2026-05-20";
const geldig = { sleutel: "m:4", version: "2", status: "bezig", streefdatum: "2026-09-30", gereedOp: "", toelichting: "", documentUrl: "" };

function fouten(invoer: Record<string, string>) {
  const r = mijlpaalSchema(VANDAAG).safeParse(invoer);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("formulier mijlpaal bijwerken", () => {
  it("accepteert een geldige mijlpaal en maakt lege velden leeg (null)", () => {
    const r = mijlpaalSchema(VANDAAG).parse(geldig);
    expect(r).toMatchObject({ sleutel: "m:4", version: 2, status: "bezig", streefdatum: "2026-09-30", gereedOp: null, toelichting: null, documentUrl: null });
  });

  it("eist een datum gereed bij de status gereed", () => {
    expect(fouten({ ...geldig, status: "gereed" }).gereedOp).toMatch(/op welke datum/);
    expect(fouten({ ...geldig, status: "gereed", gereedOp: "2026-05-01" })).toEqual({});
  });

  it("weigert een datum gereed in de toekomst", () => {
    expect(fouten({ ...geldig, status: "gereed", gereedOp: "2026-05-21" }).gereedOp).toMatch(/toekomst/);
    expect(fouten({ ...geldig, status: "gereed", gereedOp: VANDAAG })).toEqual({});
  });

  it("weigert een datum gereed bij een andere status", () => {
    expect(fouten({ ...geldig, status: "bezig", gereedOp: "2026-05-01" }).gereedOp).toMatch(/hoort alleen bij de status Gereed/);
  });

  it("weigert een ongeldige status, datum, versie of sleutel", () => {
    expect(fouten({ ...geldig, status: "klaar" }).status).toBe("Kies een status.");
    expect(fouten({ ...geldig, streefdatum: "31-02-2026" }).streefdatum).toMatch(/geldige datum/);
    expect(fouten({ ...geldig, streefdatum: "1850-01-01" }).streefdatum).toMatch(/geldige datum/);
    expect(fouten({ ...geldig, version: "een" }).version).toBeDefined();
    expect(fouten({ ...geldig, sleutel: "x:4" }).sleutel).toBe("Onbekende mijlpaal.");
  });

  it("accepteert alleen http(s)-links als document", () => {
    expect(fouten({ ...geldig, documentUrl: "https://www.example.org/convenant.pdf" })).toEqual({});
    expect(fouten({ ...geldig, documentUrl: "http://intranet.example/werkwijze" })).toEqual({});
    for (const fout of ["javascript:alert(1)", "data:text/html,hoi", "ftp://example.org/x", "www.example.org", "https://"]) {
      expect(fouten({ ...geldig, documentUrl: fout }).documentUrl, fout).toMatch(/https:\/\//);
    }
    expect(fouten({ ...geldig, documentUrl: `https://example.org/${"a".repeat(500)}` }).documentUrl).toMatch(/hoogstens 500/);
  });

  it("weigert een te lange toelichting", () => {
    expect(fouten({ ...geldig, toelichting: "a".repeat(2001) }).toelichting).toMatch(/hoogstens 2000/);
  });
});

describe("privacybewaking in de vrije tekst van de lokale kamer", () => {
  // 111222333 and 123456782 pass the elfproef; 123456789 does not.
  const bsns = ["111222333", "123456782", "1234.56.782", "Casus 111 222 333 besproken"];
  const gewoon = ["123456789", "Overleg 12 keer per jaar, 3 partners", "Convenant 2024-017", "Bel 0715161718"];

  it.each(bsns)("weigert een BSN-achtig nummer in de toelichting: %s", (tekst) => {
    expect(fouten({ ...geldig, toelichting: tekst }).toelichting).toBe(BSN_MELDING);
  });

  it.each(gewoon)("accepteert een gewoon nummer in de toelichting: %s", (tekst) => {
    expect(fouten({ ...geldig, toelichting: tekst })).toEqual({});
  });

  it("weigert een BSN in de titel van een eigen mijlpaal en van het sjabloon", () => {
    expect(nieuweMijlpaalSchema.safeParse({ nieuweTitel: "Overleg over 111222333" }).error?.issues[0]?.message).toBe(BSN_MELDING);
    expect(mijlpaalSchema(VANDAAG).safeParse({ ...geldig, titel: "Casus 123456782" }).error?.issues[0]?.message).toBe(BSN_MELDING);
    expect(sjabloonMijlpaalSchema.safeParse({ sjabloonTitel: "Stap", sjabloonOmschrijving: "bsn 111222333" }).error?.issues[0]?.message).toBe(BSN_MELDING);
    expect(nieuweMijlpaalSchema.safeParse({ nieuweTitel: "Twaalf deelnemers: 123456789" }).success).toBe(true);
  });

  it("eist een titel voor een nieuwe mijlpaal", () => {
    expect(nieuweMijlpaalSchema.safeParse({ nieuweTitel: "   " }).error?.issues[0]?.message).toBe("Vul de titel van de mijlpaal in.");
  });
});

describe("regels voor mijlpalen", () => {
  it("noemt een mijlpaal te laat als de streefdatum voorbij is en hij nog open of bezig is", () => {
    expect(isTeLaat({ status: "open", streefdatum: "2026-05-19" }, VANDAAG)).toBe(true);
    expect(isTeLaat({ status: "bezig", streefdatum: "2026-05-19" }, VANDAAG)).toBe(true);
    expect(isTeLaat({ status: "bezig", streefdatum: VANDAAG }, VANDAAG)).toBe(false);
    expect(isTeLaat({ status: "gereed", streefdatum: "2026-01-01" }, VANDAAG)).toBe(false);
    expect(isTeLaat({ status: "nvt", streefdatum: "2026-01-01" }, VANDAAG)).toBe(false);
    expect(isTeLaat({ status: "open", streefdatum: null }, VANDAAG)).toBe(false);
  });

  it("noemt een mijlpaal alleen ongestart als hij open is en er niets is ingevuld", () => {
    const leeg = { status: "open" as const, gereedOp: null, toelichting: null, documentUrl: null };
    expect(isOngestart(leeg)).toBe(true);
    expect(isOngestart({ ...leeg, status: "bezig" })).toBe(false);
    expect(isOngestart({ ...leeg, toelichting: "Gesprek gepland" })).toBe(false);
    expect(isOngestart({ ...leeg, documentUrl: "https://example.org" })).toBe(false);
  });
});
