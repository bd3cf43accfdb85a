import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { actie, actieUitvoering, agendapunt, overleg } from "../../db/schema";
import { leesSnapshot } from "../../app/domain/acties/actie-opslaan.server";
import { snapshotAlsWaarden } from "../../app/domain/acties/actie-schema";
import { vandaag } from "../../app/domain/format";
import { UITVOERING_INTENTS } from "../../app/domain/uitvoering/uitvoering-formulieren";
import { action as actieNieuw } from "../../app/routes/regio/actie-nieuw";
import { action as actieBewerken } from "../../app/routes/regio/actie-bewerken";
import { action as actiePagina } from "../../app/routes/regio/actie";
import { action as overleggen } from "../../app/routes/regio/overleggen";
import { action as overlegPagina } from "../../app/routes/regio/overleg";
import { HM, actieId, actielijnenVan, doelstellingenVan, gebruikerId, gemeenteId, organisatieId, regioId } from "../helpers/opzoeken";
import { ORIGIN } from "../helpers/http";
import { testFormulieren, verseDatabase, verstuur, verwachtElkeIntentGetest, type Formulier, type Velden } from "../helpers/vijandige-invoer";

/** Hostile input for the forms of an actie, its voortgang and uitvoering per gemeente, and the overleg (issue 7). */

const COORDINATOR = "coordinator@leiden.example";
const REGIONAAL = "1.1-02";
const NIET_PER_GEMEENTE = "1.2-02";
const PER_GEMEENTE = "1.3-01";

const VOORTGANG_VELDEN = ["status", "datum", "toelichting", "oorzaak", "gevolg", "bijsturing", "idempotencyKey"];

function voortgang(extra: Velden = {}): Velden {
  return {
    status: "vertraagd",
    datum: vandaag(),
    toelichting: "De werkgroep kwam later bij elkaar dan gepland.",
    oorzaak: "Twee trekkers waren langdurig afwezig.",
    gevolg: "De training schuift een kwartaal op.",
    bijsturing: "Een tweede trekker is aangewezen.",
    idempotencyKey: "vijandig-voortgang-0001",
    ...extra,
  };
}

function opActiePagina(code: string, velden: Velden) {
  const id = String(actieId(code));
  return { pad: `/r/${HM}/acties/${id}`, params: { regio: HM, id }, velden };
}

function uitvoeringVan(code: string, gemeente: string) {
  return db
    .select({ id: actieUitvoering.id, version: actieUitvoering.version })
    .from(actieUitvoering)
    .where(and(eq(actieUitvoering.actieId, actieId(code)), eq(actieUitvoering.gemeenteId, gemeenteId(gemeente))))
    .get()!;
}

function nieuweActie(): Velden {
  const [eersteLijn] = actielijnenVan(HM);
  return {
    titel: "Training signaleren voor huisartsen",
    omschrijving: "Twee trainingen per subregio.",
    niveau: "regionaal",
    gemeenteId: "",
    doelstellingIds: [String(doelstellingenVan(eersteLijn)[0])],
    eigenaarId: String(gebruikerId(COORDINATOR)),
    trekker: `g:${gemeenteId("Leiden")}`,
    partners: [`o:${organisatieId("Veilig Thuis Hollands Midden")}`],
    deadline: "2026-10-31",
    beoogdResultaat: "Huisartsen herkennen signalen eerder.",
    indicator: "Aantal getrainde huisartsen",
    financiering: "du_vo",
    bedrag: "€ 12.500,00",
  };
}

function overlegMetAgendapunt(): { id: string } {
  const { id } = db
    .insert(overleg)
    .values({ regioId: regioId(HM), datum: "2026-06-01", titel: "Ambtelijk beleidsoverleg juni", aangemaaktDoorId: gebruikerId(COORDINATOR) })
    .returning({ id: overleg.id })
    .get();
  db.insert(agendapunt).values({ overlegId: id, actieId: actieId("1.2-01"), toegevoegdDoorId: gebruikerId(COORDINATOR) }).run();
  return { id: String(id) };
}

function overlegPaginaMet(velden: Velden) {
  const { id } = overlegMetAgendapunt();
  return { pad: `/r/${HM}/overleg/${id}`, params: { regio: HM, id }, velden };
}

function uitvoering(intent: string, geldig: () => ReturnType<typeof opActiePagina>, extraNamen: string[] = []): Formulier {
  return { route: "regio/actie", intent, email: COORDINATOR, action: actiePagina, geldig, extraNamen };
}

const FORMULIEREN: Formulier[] = [
  {
    route: "regio/actie-nieuw",
    email: COORDINATOR,
    action: actieNieuw,
    geldig: () => ({ pad: `/r/${HM}/plannen/2026/acties/nieuw`, params: { regio: HM, jaar: "2026" }, velden: { intent: "opslaan", ...nieuweActie() } }),
  },
  {
    route: "regio/actie-bewerken",
    intent: "opslaan",
    email: COORDINATOR,
    action: actieBewerken,
    geldig: () => {
      const id = actieId(REGIONAAL);
      const huidig = db.select({ version: actie.version }).from(actie).where(eq(actie.id, id)).get()!;
      const velden = { ...snapshotAlsWaarden(leesSnapshot(db, id)!), titel: "Bewerkte titel", intent: "opslaan", version: String(huidig.version) };
      return { pad: `/r/${HM}/acties/${id}/bewerken`, params: { regio: HM, id: String(id) }, velden };
    },
  },
  {
    route: "regio/actie-bewerken",
    intent: "verwijderen",
    email: COORDINATOR,
    action: actieBewerken,
    geldig: () => {
      const id = String(actieId(REGIONAAL));
      return { pad: `/r/${HM}/acties/${id}/bewerken`, params: { regio: HM, id }, velden: { intent: "verwijderen" } };
    },
  },
  {
    route: "regio/actie",
    intent: "voortgang",
    email: COORDINATOR,
    action: actiePagina,
    extraNamen: ["antwoord", "redirectTo"],
    geldig: () => opActiePagina(REGIONAAL, { intent: "voortgang", ...voortgang() }),
  },
  uitvoering("uitvoering-instellen", () =>
    opActiePagina(NIET_PER_GEMEENTE, { intent: "uitvoering-instellen", gemeenteIds: [String(gemeenteId("Leiden")), String(gemeenteId("Gouda"))] }),
  ),
  uitvoering("uitvoering-stoppen", () => {
    const id = actieId(NIET_PER_GEMEENTE);
    db.update(actie).set({ uitvoeringPerGemeente: true }).where(eq(actie.id, id)).run();
    db.insert(actieUitvoering).values({ actieId: id, gemeenteId: gemeenteId("Leiden") }).run();
    return opActiePagina(NIET_PER_GEMEENTE, { intent: "uitvoering-stoppen" });
  }),
  uitvoering(
    "uitvoering-voortgang",
    () => opActiePagina(PER_GEMEENTE, { intent: "uitvoering-voortgang", uitvoeringId: String(uitvoeringVan(PER_GEMEENTE, "Bodegraven-Reeuwijk").id), ...voortgang() }),
    VOORTGANG_VELDEN,
  ),
  uitvoering("uitvoering-eigenaar", () => {
    const deel = uitvoeringVan(PER_GEMEENTE, "Voorschoten");
    return opActiePagina(PER_GEMEENTE, { intent: "uitvoering-eigenaar", uitvoeringId: String(deel.id), eigenaarId: "", version: String(deel.version) });
  }),
  uitvoering("status-overschrijven", () => opActiePagina(PER_GEMEENTE, { intent: "status-overschrijven", ...voortgang() })),
  uitvoering("afleiding-herstellen", () => {
    db.update(actie).set({ statusOverschreven: true }).where(eq(actie.id, actieId(PER_GEMEENTE))).run();
    return opActiePagina(PER_GEMEENTE, { intent: "afleiding-herstellen" });
  }),
  {
    route: "regio/overleggen",
    email: COORDINATOR,
    action: overleggen,
    geldig: () => ({ pad: `/r/${HM}/overleg`, params: { regio: HM }, velden: { datum: "2026-12-01", titel: "Ambtelijk beleidsoverleg december", vooruitkijkWeken: "6" } }),
  },
  {
    route: "regio/overleg",
    intent: "voortgang",
    email: COORDINATOR,
    action: overlegPagina,
    extraNamen: ["antwoord"],
    geldig: () => overlegPaginaMet({ intent: "voortgang", actieId: String(actieId(REGIONAAL)), ...voortgang() }),
  },
  {
    route: "regio/overleg",
    intent: "besluit",
    email: COORDINATOR,
    action: overlegPagina,
    extraNamen: ["antwoord"],
    geldig: () =>
      overlegPaginaMet({ intent: "besluit", tekst: "Het overleg besluit de training te verplaatsen.", actieId: String(actieId(REGIONAAL)), idempotencyKey: "vijandig-besluit-0001" }),
  },
  {
    route: "regio/overleg",
    intent: "agendapunt-toevoegen",
    email: COORDINATOR,
    action: overlegPagina,
    geldig: () => overlegPaginaMet({ intent: "agendapunt-toevoegen", actieId: String(actieId(REGIONAAL)), code: "" }),
  },
  {
    route: "regio/overleg",
    intent: "agendapunt-verwijderen",
    email: COORDINATOR,
    action: overlegPagina,
    geldig: () => overlegPaginaMet({ intent: "agendapunt-verwijderen", actieId: String(actieId("1.2-01")) }),
  },
];

testFormulieren("vijandige invoer: acties, voortgang en overleg", FORMULIEREN);

describe("vijandige invoer: waarheen na de voortgang", () => {
  // Browsers drop tabs and newlines from a URL, so "/\t/evil.example" becomes "//evil.example";
  // a newline, a NUL or an emoji in a Location header is not even a valid header (a 500 instead of an answer).
  it.each(["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "https://evil.example", " /\t/evil.example", "/acties/😀", "/acties/\u0000"])(
    "een redirectTo %j brengt de gebruiker nooit naar een andere site",
    async (doel) => {
      verseDatabase();
      const verzoek = opActiePagina(REGIONAAL, { intent: "voortgang", ...voortgang(), redirectTo: doel });
      const uit = await verstuur(FORMULIEREN.find((f) => f.route === "regio/actie" && f.intent === "voortgang")!, verzoek);
      expect(uit.status).toBe(302);
      expect(new URL(uit.location!, ORIGIN).origin).toBe(ORIGIN);
    },
  );
});

describe("vijandige invoer: dekking van acties en overleg", () => {
  it("test elke handeling van deze formulieren", () => {
    verwachtElkeIntentGetest(FORMULIEREN, { "regio/actie": UITVOERING_INTENTS, "regio/actie-nieuw": [] });
  });
});
