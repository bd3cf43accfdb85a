import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { doelstelling, lokaleKamer, mijlpaal, mijlpaalTemplate } from "../../db/schema";
import { VisieBewerkenSchema, type VisieBewerking } from "../../app/domain/visie/formulieren";
import { bewerkVisie } from "../../app/domain/visie/visie-bewerken.server";
import { action as visieBewerken } from "../../app/routes/regio/visie-bewerken";
import { action as lokaleKamerPagina } from "../../app/routes/regio/lokale-kamer";
import { action as sjabloon } from "../../app/routes/regio/lokale-kamers-sjabloon";
import { HM, actielijnenVan, doelstellingenVan, gebruikerId, gemeenteId, gemeenteSlug, regioId, uitgangspuntenVan } from "../helpers/opzoeken";
import { testFormulieren, verwachtElkeIntentGetest, type Formulier, type Velden } from "../helpers/vijandige-invoer";
import { verwachtWeigering } from "../helpers/weigering";

/** Hostile input for editing the regiovisie, the lokale kamer of a gemeente and the regio's mijlpaal template (issue 7). */

const COORDINATOR = "coordinator@leiden.example";
const PROCESREGISSEUR = "procesregisseur@voorschoten.example";

/** A change made beforehand through the domain, as the edit page would. */
function vooraf(invoer: VisieBewerking) {
  const uit = bewerkVisie({ id: gebruikerId(COORDINATOR), ip: null }, regioId(HM), invoer);
  if (!uit.ok) throw new Error(`Voorbereiding mislukt: ${JSON.stringify(uit.errors)}`);
}

function visie(intent: VisieBewerking["intent"], velden: () => Velden): Formulier {
  return {
    route: "regio/visie-bewerken",
    intent,
    email: COORDINATOR,
    action: visieBewerken,
    geldig: () => ({ pad: `/r/${HM}/visie/bewerken`, params: { regio: HM }, velden: { intent, ...velden() } }),
  };
}

const eersteLijn = () => actielijnenVan(HM)[0];
const tweedeLijn = () => actielijnenVan(HM)[1];
const laatste = (ids: number[]) => ids[ids.length - 1];

/** The first mijlpaal of Voorschoten's lokale kamer, as the edit form knows it. */
function mijlpaalVanVoorschoten() {
  return db
    .select({ id: mijlpaal.id, version: mijlpaal.version })
    .from(mijlpaal)
    .innerJoin(lokaleKamer, eq(lokaleKamer.id, mijlpaal.lokaleKamerId))
    .where(eq(lokaleKamer.gemeenteId, gemeenteId("Voorschoten")))
    .orderBy(asc(mijlpaal.volgorde))
    .get()!;
}

function kamerFormulier(intent: string, velden: () => Velden): Formulier {
  return {
    route: "regio/lokale-kamer",
    intent,
    email: PROCESREGISSEUR,
    action: lokaleKamerPagina,
    geldig: () => {
      const gemeente = gemeenteSlug("Voorschoten");
      return { pad: `/r/${HM}/gemeenten/${gemeente}/lokale-kamer`, params: { regio: HM, gemeente }, velden: { intent, ...velden() } };
    },
  };
}

function sjabloonTemplates(): number[] {
  return db
    .select({ id: mijlpaalTemplate.id })
    .from(mijlpaalTemplate)
    .where(and(eq(mijlpaalTemplate.regioId, regioId(HM)), eq(mijlpaalTemplate.actief, true)))
    .orderBy(asc(mijlpaalTemplate.volgorde))
    .all()
    .map((t) => t.id);
}

function sjabloonFormulier(intent: string, velden: () => Velden): Formulier {
  return {
    route: "regio/lokale-kamers-sjabloon",
    intent,
    email: COORDINATOR,
    action: sjabloon,
    geldig: () => ({ pad: `/r/${HM}/lokale-kamers/sjabloon`, params: { regio: HM }, velden: { intent, ...velden() } }),
  };
}

const FORMULIEREN: Formulier[] = [
  visie("visie-bewerken", () => ({
    titel: "Regiovisie aanpak huiselijk geweld en kindermishandeling Hollands Midden",
    periodeStart: "2024",
    periodeEind: "2029",
    centraleAmbitie: "Iedereen in Hollands Midden groeit op en leeft in een veilige thuissituatie.",
    vorige: "Regiovisie 2019–2023",
  })),
  visie("uitgangspunt-toevoegen", () => ({ tekst: "We werken samen met ervaringsdeskundigen." })),
  visie("uitgangspunt-bewerken", () => ({ id: String(uitgangspuntenVan(HM)[0]), tekst: "Veiligheid eerst, voor iedereen in het gezin." })),
  visie("uitgangspunt-verplaatsen", () => ({ id: String(uitgangspuntenVan(HM)[1]), richting: "omhoog" })),
  visie("uitgangspunt-verwijderen", () => ({ id: String(uitgangspuntenVan(HM)[0]) })),
  visie("actielijn-toevoegen", () => ({ titel: "Ervaringsdeskundigheid", omschrijving: "Ervaringsdeskundigen denken mee bij elke actie." })),
  visie("actielijn-bewerken", () => ({ id: String(eersteLijn()), titel: "Preventie, vroegsignalering en voorlichting", omschrijving: "" })),
  visie("actielijn-verplaatsen", () => ({ id: String(tweedeLijn()), richting: "omhoog" })),
  visie("actielijn-verwijderen", () => {
    vooraf({ intent: "actielijn-toevoegen", titel: "Nog leeg", omschrijving: null });
    return { id: String(laatste(actielijnenVan(HM))) };
  }),
  visie("doelstelling-toevoegen", () => ({ actielijnId: String(eersteLijn()), tekst: "Elke school heeft een aandachtsfunctionaris." })),
  visie("doelstelling-bewerken", () => ({ id: String(doelstellingenVan(eersteLijn())[0]), tekst: "Professionals herkennen signalen eerder." })),
  visie("doelstelling-verplaatsen", () => ({ id: String(doelstellingenVan(eersteLijn())[1]), richting: "omhoog" })),
  visie("doelstelling-naar-actielijn", () => ({ id: String(doelstellingenVan(eersteLijn())[0]), actielijnId: String(tweedeLijn()) })),
  visie("doelstelling-verwijderen", () => {
    vooraf({ intent: "doelstelling-toevoegen", actielijnId: eersteLijn(), tekst: "Nog zonder acties." });
    return { id: String(laatste(doelstellingenVan(eersteLijn()))) };
  }),
  visie("doelstelling-intrekken", () => ({ id: String(doelstellingenVan(eersteLijn())[0]) })),
  visie("doelstelling-activeren", () => {
    const id = doelstellingenVan(eersteLijn())[0];
    db.update(doelstelling).set({ ingetrokken: true }).where(eq(doelstelling.id, id)).run();
    return { id: String(id) };
  }),
  kamerFormulier("bijwerken", () => {
    const m = mijlpaalVanVoorschoten();
    return {
      sleutel: `m:${m.id}`,
      version: String(m.version),
      titel: "",
      status: "bezig",
      streefdatum: "2027-03-01",
      gereedOp: "",
      toelichting: "Eerste gesprek met het lokale team gevoerd.",
      documentUrl: "https://www.voorschoten.nl/lokale-kamer",
    };
  }),
  kamerFormulier("toevoegen", () => ({ nieuweTitel: "Evaluatie met de gemeenteraad", nieuweStreefdatum: "2027-06-30" })),
  sjabloonFormulier("toevoegen", () => ({ sjabloonTitel: "Evaluatie met de gemeenteraad", sjabloonOmschrijving: "Eens per jaar." })),
  sjabloonFormulier("wijzigen", () => ({ templateId: String(sjabloonTemplates()[0]), sjabloonTitel: "Samenwerkingsafspraken vastgelegd", sjabloonOmschrijving: "" })),
  sjabloonFormulier("verplaatsen", () => ({ templateId: String(sjabloonTemplates()[1]), richting: "omhoog" })),
  sjabloonFormulier("verwijderen", () => ({ templateId: String(laatste(sjabloonTemplates())) })),
];

// 22 forms: 15 runs each keeps this file well under a minute on two cores.
testFormulieren("vijandige invoer: regiovisie, lokale kamer en sjabloon", FORMULIEREN, Number(process.env.VIJANDIG_RUNS ?? 15));

describe("vijandige invoer: links als bewijsstuk van een mijlpaal", () => {
  it.each(["javascript:alert(1)", "JavaScript:window.__xss=1", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x", "https://"])(
    "weigert %s als link naar het document",
    async (url) => {
      const formulier = FORMULIEREN.find((f) => f.route === "regio/lokale-kamer" && f.intent === "bijwerken")!;
      const { pad, params, velden } = await formulier.geldig();
      const uit = await verwachtWeigering({ email: PROCESREGISSEUR, action: lokaleKamerPagina, pad, params, velden: { ...velden, documentUrl: url } });
      expect(uit.status).toBe(400);
    },
  );
});

describe("vijandige invoer: dekking van regiovisie en lokale kamer", () => {
  it("test elke handeling van deze formulieren", () => {
    const visieIntents = VisieBewerkenSchema.options.map((o) => o.shape.intent.value);
    verwachtElkeIntentGetest(FORMULIEREN, { "regio/visie-bewerken": visieIntents });
  });
});
