import { describe, expect, it } from "vitest";
import {
  agendaPeil,
  redenenOpPeil,
  datumPlusWeken,
  groepeerPerActielijn,
  redenLabel,
  standaardTitel,
  type AgendaKandidaat,
} from "../../app/domain/overleg/agenda-regels";

// Overleg on Tuesday 15 September 2026; niet bijgewerkt after 8 weeks (before 21 July), 6 weeks ahead (until 27 October).
const MOMENT = {
  datum: "2026-09-15",
  vooruitkijkWeken: 6,
  nietBijgewerktWeken: 8,
};

const rustig: AgendaKandidaat = {
  status: "op_schema",
  deadline: "2026-12-31",
  laatsteVoortgang: "2026-09-01",
  aangemaaktOp: "2025-11-15T09:00:00.000Z",
  handmatig: false,
};

const redenen = (wijziging: Partial<AgendaKandidaat>) =>
  redenenOpPeil({ ...rustig, ...wijziging }, agendaPeil(MOMENT));

describe("agendaregels", () => {
  it("zet een actie die op schema ligt en bijgewerkt is niet op de agenda", () => {
    expect(redenen({})).toEqual([]);
  });

  it("zet acties met status aandacht of vertraagd op de agenda, niet gestart of afgerond niet", () => {
    expect(redenen({ status: "aandacht" })).toEqual(["aandacht"]);
    expect(redenen({ status: "vertraagd" })).toEqual(["vertraagd"]);
    expect(redenen({ status: "niet_gestart" })).toEqual([]);
    expect(redenen({ status: "afgerond" })).toEqual([]);
  });

  it("ziet een deadline vóór de overlegdatum als over deadline, maar niet bij afgerond of vervallen", () => {
    expect(redenen({ deadline: "2026-09-14" })).toEqual(["over_deadline"]);
    expect(redenen({ deadline: "2026-09-14", status: "afgerond" })).toEqual([]);
    expect(redenen({ deadline: "2026-09-14", status: "vervallen" })).toEqual(
      [],
    );
  });

  it("telt een deadline op de overlegdag zelf als binnenkort, niet als over deadline", () => {
    expect(redenen({ deadline: "2026-09-15" })).toEqual([
      "deadline_binnenkort",
    ]);
  });

  it("neemt deadlines tot en met het aantal vooruitkijkweken mee, de dag erna niet", () => {
    expect(redenen({ deadline: "2026-10-27" })).toEqual([
      "deadline_binnenkort",
    ]);
    expect(redenen({ deadline: "2026-10-28" })).toEqual([]);
    expect(redenen({ deadline: "2026-10-27", status: "afgerond" })).toEqual([]);
  });

  it("ziet een actie als niet bijgewerkt als de laatste voortgang langer dan N weken vóór het overleg ligt", () => {
    expect(redenen({ laatsteVoortgang: "2026-07-20" })).toEqual([
      "niet_bijgewerkt",
    ]);
    expect(redenen({ laatsteVoortgang: "2026-07-21" })).toEqual([]);
    expect(
      redenen({ laatsteVoortgang: "2026-07-20", status: "afgerond" }),
    ).toEqual([]);
  });

  it("rekent zonder voortgang vanaf het aanmaken van de actie", () => {
    expect(
      redenen({
        laatsteVoortgang: null,
        aangemaaktOp: "2026-07-01T10:00:00.000Z",
      }),
    ).toEqual(["niet_bijgewerkt"]);
    expect(
      redenen({
        laatsteVoortgang: null,
        aangemaaktOp: "2026-08-01T10:00:00.000Z",
      }),
    ).toEqual([]);
  });

  it("zet een met de hand toegevoegde actie altijd op de agenda, ook als ze afgerond is", () => {
    expect(redenen({ handmatig: true, status: "afgerond" })).toEqual([
      "handmatig",
    ]);
  });

  it("geeft alle redenen tegelijk als er meer gelden", () => {
    expect(
      redenen({
        status: "vertraagd",
        deadline: "2026-06-30",
        laatsteVoortgang: "2026-05-01",
        handmatig: true,
      }),
    ).toEqual(["vertraagd", "over_deadline", "niet_bijgewerkt", "handmatig"]);
  });

  it("benoemt elke reden in tekst, met het aantal weken vooruit", () => {
    expect(redenLabel("aandacht", 6)).toBe("Aandacht nodig");
    expect(redenLabel("over_deadline", 6)).toBe("Over deadline");
    expect(redenLabel("niet_bijgewerkt", 6)).toBe("Niet bijgewerkt");
    expect(redenLabel("deadline_binnenkort", 6)).toBe(
      "Deadline binnen 6 weken",
    );
    expect(redenLabel("deadline_binnenkort", 1)).toBe("Deadline binnen 1 week");
    expect(redenLabel("handmatig", 6)).toBe("Handmatig toegevoegd");
  });

  it("telt weken op over een maand- en jaargrens heen", () => {
    expect(datumPlusWeken("2026-12-20", 2)).toBe("2027-01-03");
    expect(datumPlusWeken("2026-03-25", 1)).toBe("2026-04-01");
  });

  it("groepeert per actielijn in de volgorde van de visie, acties op code met getallen op volgorde", () => {
    const lijn1 = { id: 11, code: "1", titel: "Preventie", volgorde: 1 };
    const lijn2 = { id: 7, code: "2", titel: "Hulp", volgorde: 2 };
    const groepen = groepeerPerActielijn([
      { code: "2.1-10", actielijn: lijn2 },
      { code: "X", actielijn: null },
      { code: "2.1-9", actielijn: lijn2 },
      { code: "1.1-01", actielijn: lijn1 },
    ]);
    expect(groepen.map((g) => g.actielijn?.code ?? null)).toEqual([
      "1",
      "2",
      null,
    ]);
    expect(groepen[1].items.map((i) => i.code)).toEqual(["2.1-9", "2.1-10"]);
  });

  it("maakt de standaardtitel uit maand en jaar van de overlegdatum", () => {
    expect(standaardTitel("2026-11-12")).toBe(
      "Ambtelijk beleidsoverleg november 2026",
    );
    expect(standaardTitel("2027-01-01")).toBe(
      "Ambtelijk beleidsoverleg januari 2027",
    );
  });
});

describe("agendapeil voor een hele agenda", () => {
  const moment = { datum: "2026-09-15", vooruitkijkWeken: 6, nietBijgewerktWeken: 8 };
  const peil = agendaPeil(moment);
  const actie = (deadline: string, laatsteVoortgang: string | null): AgendaKandidaat => ({
    status: "op_schema",
    deadline,
    laatsteVoortgang,
    aangemaaktOp: "2026-01-05T09:00:00Z",
    handmatig: false,
  });

  it("rekent de grens voor niet bijgewerkt en de vooruitkijkhorizon één keer uit", () => {
    expect(peil).toEqual({ datum: "2026-09-15", nietBijgewerktGrens: "2026-07-21", deadlineHorizon: "2026-10-27" });
  });

  it("past met het peil dezelfde grenzen toe: op de grens telt nog mee, een dag erna niet", () => {
    expect(redenenOpPeil(actie("2026-10-27", "2026-07-21"), peil)).toEqual(["deadline_binnenkort"]);
    expect(redenenOpPeil(actie("2026-10-28", "2026-07-20"), peil)).toEqual(["niet_bijgewerkt"]);
    expect(redenenOpPeil(actie("2026-09-14", null), peil)).toEqual(["over_deadline", "niet_bijgewerkt"]);
  });
});
