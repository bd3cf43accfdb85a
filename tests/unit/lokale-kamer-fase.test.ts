import { describe, expect, it } from "vitest";
import type { MijlpaalStatus } from "../../db/schema";
import { bepaalFase, FASE_LABELS, FASEN } from "../../app/domain/lokale-kamer/fase";

/** Template mijlpalen 1..n with these statuses, in order. */
function sjabloon(...statussen: MijlpaalStatus[]) {
  return statussen.map((status, i) => ({ status, templateId: i + 1 }));
}
const eigen = (status: MijlpaalStatus) => ({ status, templateId: null });

describe("bepaalFase (fase van een lokale kamer)", () => {
  it("staat in verkenning zonder mijlpalen", () => {
    expect(bepaalFase([])).toBe("verkenning");
  });

  it("staat in verkenning zolang geen mijlpaal gereed is, ook als er al aan gewerkt wordt", () => {
    expect(bepaalFase(sjabloon("open", "open", "open", "open", "open", "open", "open", "open"))).toBe("verkenning");
    expect(bepaalFase(sjabloon("bezig", "bezig", "nvt", "open", "open", "open", "open", "open"))).toBe("verkenning");
  });

  it("is in opbouw zodra één mijlpaal van het sjabloon gereed is (Voorschoten: procesregisseur aangewezen)", () => {
    expect(bepaalFase(sjabloon("bezig", "bezig", "gereed", "open", "open", "open", "open", "open"))).toBe("in_opbouw");
  });

  it("blijft in opbouw tot de eerste lokale kamer (driekwart van het sjabloon) gehouden is", () => {
    expect(bepaalFase(sjabloon("gereed", "gereed", "gereed", "gereed", "gereed", "bezig", "open", "open"))).toBe("in_opbouw");
  });

  it("is operationeel als de eerste driekwart gereed of n.v.t. is en de eerste lokale kamer gehouden is", () => {
    expect(bepaalFase(sjabloon("gereed", "gereed", "gereed", "gereed", "gereed", "gereed", "open", "open"))).toBe("operationeel");
    expect(bepaalFase(sjabloon("gereed", "gereed", "gereed", "gereed", "nvt", "gereed", "bezig", "open"))).toBe("operationeel");
  });

  it("blijft in opbouw als de eerste lokale kamer gehouden is maar een eerdere mijlpaal nog loopt", () => {
    expect(bepaalFase(sjabloon("gereed", "gereed", "gereed", "bezig", "gereed", "gereed", "open", "open"))).toBe("in_opbouw");
  });

  it("telt een eerste lokale kamer die niet van toepassing is niet als gehouden", () => {
    expect(bepaalFase(sjabloon("gereed", "gereed", "gereed", "gereed", "gereed", "nvt", "open", "open"))).toBe("in_opbouw");
  });

  it("is geëvalueerd als ook de laatste mijlpaal (de evaluatie) gereed is", () => {
    expect(bepaalFase(sjabloon("gereed", "gereed", "gereed", "gereed", "gereed", "gereed", "gereed", "gereed"))).toBe("geevalueerd");
    expect(bepaalFase(sjabloon("gereed", "gereed", "gereed", "gereed", "gereed", "gereed", "bezig", "gereed"))).toBe("geevalueerd");
  });

  it("slaat geen fase over: een evaluatie zonder gehouden lokale kamer is nog opbouw", () => {
    expect(bepaalFase(sjabloon("gereed", "open", "open", "open", "open", "open", "open", "gereed"))).toBe("in_opbouw");
  });

  it("telt eigen mijlpalen van de gemeente niet mee naast het sjabloon", () => {
    expect(bepaalFase([...sjabloon("open", "open", "open", "open"), eigen("gereed")])).toBe("verkenning");
    const opgebouwd = sjabloon("gereed", "gereed", "gereed", "open");
    expect(bepaalFase([opgebouwd[0]!, eigen("open"), opgebouwd[1]!, opgebouwd[2]!, eigen("bezig"), opgebouwd[3]!])).toBe("operationeel");
  });

  it("telt alle mijlpalen als er geen enkele uit het sjabloon is", () => {
    expect(bepaalFase([eigen("gereed"), eigen("open")])).toBe("in_opbouw");
    expect(bepaalFase([eigen("gereed"), eigen("gereed")])).toBe("geevalueerd");
  });

  it("werkt met de positie in het sjabloon, ook bij een ander aantal mijlpalen", () => {
    // n = 4: the first lokale kamer is the third mijlpaal.
    expect(bepaalFase(sjabloon("gereed", "gereed", "open", "open"))).toBe("in_opbouw");
    expect(bepaalFase(sjabloon("gereed", "gereed", "gereed", "open"))).toBe("operationeel");
    expect(bepaalFase(sjabloon("gereed"))).toBe("geevalueerd");
    expect(bepaalFase(sjabloon("bezig"))).toBe("verkenning");
  });

  it("heeft een Nederlandse naam voor elke fase", () => {
    expect(FASEN.map((f) => FASE_LABELS[f])).toEqual(["Verkenning", "In opbouw", "Operationeel", "Geëvalueerd"]);
  });
});
