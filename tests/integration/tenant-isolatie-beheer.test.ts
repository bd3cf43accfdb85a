import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { agendapunt, gebruiker, lidmaatschap, lokaleKamer, mijlpaal, mijlpaalTemplate, overleg } from "../../db/schema";
import { vandaag } from "../../app/domain/format";
import { action as beheerGebruiker } from "../../app/routes/beheer/gebruiker";
import { action as beheerRegio } from "../../app/routes/beheer/regio";
import { action as beheerRegios } from "../../app/routes/beheer/regios";
import { action as uitnodigen } from "../../app/routes/beheer/uitnodigen";
import { action as lokaleKamerPagina } from "../../app/routes/regio/lokale-kamer";
import { action as sjabloon } from "../../app/routes/regio/lokale-kamers-sjabloon";
import { action as overlegPagina } from "../../app/routes/regio/overleg";
import { action as visieBewerken } from "../../app/routes/regio/visie-bewerken";
import { ZHZ_COORDINATOR, zhzActieMetCode, zhzLokaleKamer, zhzOverleg } from "../helpers/andere-regio";
import {
  HAAGLANDEN,
  HM,
  ZHZ,
  actieId,
  actielijnenVan,
  doelstellingenVan,
  eenActieVan,
  gebruikerId,
  gemeenteId,
  gemeenteSlug,
  lidmaatschapVan,
  organisatiesVan,
  regioId,
  uitgangspuntenVan,
} from "../helpers/opzoeken";
import { verwachtGeaccepteerd, verwachtWeigering, type Formvelden, type Inzending } from "../helpers/weigering";

/**
 * Tenant isolation of the forms that shape a regio (issue 7): the regiovisie, the overleg, the
 * lokale kamer and its template, and user management. Someone of Hollands Midden submits ids of
 * Zuid-Holland Zuid or Haaglanden: refused, nothing changed; the own id goes through.
 */

const COORDINATOR = "coordinator@leiden.example";
const PROCESREGISSEUR = "procesregisseur@voorschoten.example";
const KATWIJK = "beleid@katwijk.example";

describe("tenant-isolatie: regiovisie bewerken", () => {
  const visie = (velden: Formvelden): Inzending => ({ email: COORDINATOR, action: visieBewerken, pad: `/r/${HM}/visie/bewerken`, params: { regio: HM }, velden });
  const zhzLijn = () => actielijnenVan(ZHZ)[0];
  const hmLijn = () => actielijnenVan(HM)[0];
  const zhzDoel = () => doelstellingenVan(zhzLijn())[1];
  const hmDoel = () => doelstellingenVan(hmLijn())[1];

  it.each([
    ["uitgangspunt-bewerken", () => ({ id: uitgangspuntenVan(ZHZ)[1], tekst: "Overgenomen." }), () => ({ id: uitgangspuntenVan(HM)[1], tekst: "Overgenomen." })],
    ["uitgangspunt-verplaatsen", () => ({ id: uitgangspuntenVan(ZHZ)[1], richting: "omhoog" }), () => ({ id: uitgangspuntenVan(HM)[1], richting: "omhoog" })],
    ["uitgangspunt-verwijderen", () => ({ id: uitgangspuntenVan(ZHZ)[1] }), () => ({ id: uitgangspuntenVan(HM)[1] })],
    ["actielijn-bewerken", () => ({ id: zhzLijn(), titel: "Overgenomen", omschrijving: "" }), () => ({ id: hmLijn(), titel: "Overgenomen", omschrijving: "" })],
    ["actielijn-verplaatsen", () => ({ id: actielijnenVan(ZHZ)[1], richting: "omhoog" }), () => ({ id: actielijnenVan(HM)[1], richting: "omhoog" })],
    ["actielijn-verwijderen", () => ({ id: zhzLijn() }), null],
    ["doelstelling-toevoegen", () => ({ actielijnId: zhzLijn(), tekst: "Nieuw." }), () => ({ actielijnId: hmLijn(), tekst: "Nieuw." })],
    ["doelstelling-bewerken", () => ({ id: zhzDoel(), tekst: "Overgenomen." }), () => ({ id: hmDoel(), tekst: "Overgenomen." })],
    ["doelstelling-verplaatsen", () => ({ id: zhzDoel(), richting: "omhoog" }), () => ({ id: hmDoel(), richting: "omhoog" })],
    ["doelstelling-naar-actielijn", () => ({ id: zhzDoel(), actielijnId: actielijnenVan(HM)[1] }), () => ({ id: hmDoel(), actielijnId: actielijnenVan(HM)[1] })],
    ["doelstelling-naar-actielijn", () => ({ id: hmDoel(), actielijnId: actielijnenVan(ZHZ)[1] }), null],
    ["doelstelling-verwijderen", () => ({ id: zhzDoel() }), null],
    ["doelstelling-intrekken", () => ({ id: zhzDoel() }), () => ({ id: hmDoel() })],
    ["doelstelling-activeren", () => ({ id: zhzDoel() }), null],
  ] as const)("weigert %s met een id van een andere regio", async (intent, vreemd, eigen) => {
    const velden = (v: Record<string, string | number>) => Object.fromEntries(Object.entries({ intent, ...v }).map(([k, w]) => [k, String(w)]));
    expect((await verwachtWeigering(visie(velden(vreemd())))).status).toBe(404);
    if (eigen) await verwachtGeaccepteerd(visie(velden(eigen())));
  });
});

describe("tenant-isolatie: overleg", () => {
  const hmOverleg = () =>
    db.insert(overleg).values({ regioId: regioId(HM), datum: "2026-06-01", titel: "Overleg Hollands Midden" }).returning({ id: overleg.id }).get().id;
  const opOverleg = (id: number, velden: Formvelden): Inzending => ({
    email: COORDINATOR,
    action: overlegPagina,
    pad: `/r/${HM}/overleg/${id}`,
    params: { regio: HM, id: String(id) },
    velden,
  });
  const voortgang = (sleutel: string) => ({ status: "op_schema", datum: vandaag(), toelichting: "Besproken in het overleg.", idempotencyKey: sleutel });

  it("weigert een besluit, agendapunt of voortgang over een actie van een andere regio; een eigen actie lukt", async () => {
    const id = hmOverleg();
    const vreemd = String(eenActieVan(ZHZ).id);
    zhzActieMetCode("ZHZ-99");
    expect((await verwachtWeigering(opOverleg(id, { intent: "besluit", tekst: "Besloten.", actieId: vreemd, idempotencyKey: "tenant-besluit-01" }))).status).toBe(400);
    expect((await verwachtWeigering(opOverleg(id, { intent: "agendapunt-toevoegen", actieId: vreemd, code: "" }))).status).toBe(400);
    expect((await verwachtWeigering(opOverleg(id, { intent: "agendapunt-toevoegen", actieId: "", code: "ZHZ-99" }))).status).toBe(400);
    expect((await verwachtWeigering(opOverleg(id, { intent: "voortgang", actieId: vreemd, ...voortgang("tenant-overleg-01") }))).status).toBe(404);

    const eigen = String(actieId("1.1-02"));
    await verwachtGeaccepteerd(opOverleg(id, { intent: "besluit", tekst: "Besloten.", actieId: eigen, idempotencyKey: "tenant-besluit-02" }));
    await verwachtGeaccepteerd(opOverleg(id, { intent: "agendapunt-toevoegen", actieId: eigen, code: "" }));
    await verwachtGeaccepteerd(opOverleg(id, { intent: "voortgang", actieId: eigen, ...voortgang("tenant-overleg-02") }));
  });

  it("verwijdert geen agendapunt van het overleg van een andere regio", async () => {
    const eigen = hmOverleg();
    const vreemdOverleg = zhzOverleg();
    const vreemdeActie = eenActieVan(ZHZ).id;
    db.insert(agendapunt).values({ overlegId: vreemdOverleg, actieId: vreemdeActie }).run();
    expect((await verwachtWeigering(opOverleg(eigen, { intent: "agendapunt-verwijderen", actieId: String(vreemdeActie) }))).status).toBe(400);
    expect((await verwachtWeigering(opOverleg(vreemdOverleg, { intent: "agendapunt-verwijderen", actieId: String(vreemdeActie) }))).status).toBe(404);
  });

  it.each([
    ["besluit", { tekst: "Besloten.", actieId: "", idempotencyKey: "tenant-besluit-03" }],
    ["agendapunt-toevoegen", { actieId: "ACTIE", code: "" }],
    ["agendapunt-verwijderen", { actieId: "ACTIE" }],
    ["voortgang", { actieId: "ACTIE", status: "op_schema", toelichting: "x", idempotencyKey: "tenant-overleg-03" }],
  ])("weigert %s op het overleg van een andere regio via de URL van Hollands Midden", async (intent, velden) => {
    const vreemd = zhzOverleg();
    const actie = String(actieId("1.1-02"));
    const ingevuld = Object.fromEntries(Object.entries({ intent, datum: vandaag(), ...velden }).map(([k, v]) => [k, v === "ACTIE" ? actie : v]));
    expect((await verwachtWeigering(opOverleg(vreemd, ingevuld))).status).toBe(404);
  });
});

describe("tenant-isolatie: lokale kamer", () => {
  const opKamer = (email: string, slug: string, gemeente: string, velden: Formvelden): Inzending => ({
    email,
    action: lokaleKamerPagina,
    pad: `/r/${slug}/gemeenten/${gemeente}/lokale-kamer`,
    params: { regio: slug, gemeente },
    velden,
  });
  const mijlpaalVan = (naam: string) =>
    db
      .select({ id: mijlpaal.id, version: mijlpaal.version })
      .from(mijlpaal)
      .innerJoin(lokaleKamer, eq(lokaleKamer.id, mijlpaal.lokaleKamerId))
      .where(eq(lokaleKamer.gemeenteId, gemeenteId(naam)))
      .orderBy(asc(mijlpaal.volgorde))
      .get()!;
  const bijwerken = (sleutel: string, version = "1") => ({ intent: "bijwerken", sleutel, version, titel: "", status: "bezig", streefdatum: "", gereedOp: "", toelichting: "Gestart.", documentUrl: "" });

  it("weigert een mijlpaal of sjabloonregel van een andere regio of gemeente; de eigen mijlpaal lukt", async () => {
    const vreemd = zhzLokaleKamer();
    const voorschoten = gemeenteSlug("Voorschoten");
    const leiden = mijlpaalVan("Leiden");
    for (const sleutel of [`m:${vreemd.mijlpaalId}`, `t:${vreemd.templateId}`, `m:${leiden.id}`]) {
      expect((await verwachtWeigering(opKamer(PROCESREGISSEUR, HM, voorschoten, bijwerken(sleutel)))).status).toBe(400);
    }
    const eigen = mijlpaalVan("Voorschoten");
    await verwachtGeaccepteerd(opKamer(PROCESREGISSEUR, HM, voorschoten, bijwerken(`m:${eigen.id}`, String(eigen.version))));
  });

  it("weigert de lokale kamer van een gemeente van een andere regio, via de eigen URL en via die van de andere regio", async () => {
    const vreemd = zhzLokaleKamer();
    const dordrecht = gemeenteSlug("Dordrecht");
    const toevoegen = { intent: "toevoegen", nieuweTitel: "Van buiten", nieuweStreefdatum: "" };
    expect((await verwachtWeigering(opKamer(COORDINATOR, HM, dordrecht, toevoegen))).status).toBe(404);
    expect((await verwachtWeigering(opKamer(COORDINATOR, ZHZ, dordrecht, toevoegen))).status).toBe(403);
    expect((await verwachtWeigering(opKamer(COORDINATOR, ZHZ, dordrecht, bijwerken(`m:${vreemd.mijlpaalId}`)))).status).toBe(403);
  });
});

describe("tenant-isolatie: sjabloon van de lokale kamers", () => {
  const opSjabloon = (velden: Formvelden): Inzending => ({
    email: COORDINATOR,
    action: sjabloon,
    pad: `/r/${HM}/lokale-kamers/sjabloon`,
    params: { regio: HM },
    velden,
  });
  const eigenTemplate = () => db.select({ id: mijlpaalTemplate.id }).from(mijlpaalTemplate).where(eq(mijlpaalTemplate.regioId, regioId(HM))).orderBy(asc(mijlpaalTemplate.volgorde)).all()[1].id;

  it.each([
    ["wijzigen", { sjabloonTitel: "Overgenomen titel", sjabloonOmschrijving: "" }],
    ["verplaatsen", { richting: "omhoog" }],
    ["verwijderen", {}],
  ])("weigert %s van een sjabloonregel van een andere regio; de eigen regel lukt", async (intent, extra) => {
    const { templateId } = zhzLokaleKamer();
    expect((await verwachtWeigering(opSjabloon({ intent, templateId: String(templateId), ...extra }))).status).toBe(400);
    await verwachtGeaccepteerd(opSjabloon({ intent, templateId: String(eigenTemplate()), ...extra }));
  });
});

describe("tenant-isolatie: gebruikers beheren", () => {
  const opGebruiker = (email: string, velden: Formvelden): Inzending => {
    const id = String(gebruikerId(email));
    return { email: COORDINATOR, action: beheerGebruiker, pad: `/beheer/gebruikers/${id}`, params: { id }, velden };
  };
  const rolWijzigen = (extra: Formvelden) => opGebruiker(KATWIJK, { intent: "rol-wijzigen", lidmaatschapId: String(lidmaatschapVan(KATWIJK, HM)), organisatieId: "", ...extra });

  it("weigert een gemeente of organisatie van een andere regio in een rol; een eigen gemeente lukt", async () => {
    expect((await verwachtWeigering(rolWijzigen({ rol: "gemeente", gemeenteId: String(gemeenteId("Dordrecht")) }))).status).toBe(400);
    expect((await verwachtWeigering(rolWijzigen({ rol: "partner", gemeenteId: "", organisatieId: String(organisatiesVan(HAAGLANDEN)[0]) }))).status).toBe(400);
    await verwachtGeaccepteerd(rolWijzigen({ rol: "gemeente", gemeenteId: String(gemeenteId("Leiden")) }));
  });

  it("laat de rol van iemand in een andere regio ongemoeid, ook als die persoon ook in Hollands Midden werkt", async () => {
    const { id: rolElders } = db
      .insert(lidmaatschap)
      .values({ gebruikerId: gebruikerId(KATWIJK), regioId: regioId(ZHZ), rol: "gemeente", gemeenteId: gemeenteId("Dordrecht") })
      .returning({ id: lidmaatschap.id })
      .get();
    const elders = String(rolElders);
    expect((await verwachtWeigering(opGebruiker(KATWIJK, { intent: "rol-wijzigen", lidmaatschapId: elders, rol: "lezer", gemeenteId: "", organisatieId: "" }))).status).toBe(404);
    expect((await verwachtWeigering(opGebruiker(KATWIJK, { intent: "rol-verwijderen", lidmaatschapId: elders }))).status).toBe(404);
    // The account itself is shared with the other regio: only a beheerder may switch it off or on.
    expect((await verwachtWeigering(opGebruiker(KATWIJK, { intent: "deactiveren" }))).status).toBe(403);
    db.update(gebruiker).set({ actief: false }).where(eq(gebruiker.id, gebruikerId(KATWIJK))).run();
    expect((await verwachtWeigering(opGebruiker(KATWIJK, { intent: "activeren" }))).status).toBe(403);
    // What is of Hollands Midden may still be changed.
    await verwachtGeaccepteerd(opGebruiker(KATWIJK, { intent: "rol-verwijderen", lidmaatschapId: String(lidmaatschapVan(KATWIJK, HM)) }));
  });

  it.each(["rol-wijzigen", "rol-verwijderen", "deactiveren", "activeren", "sessies-beeindigen", "opnieuw-uitnodigen"])(
    "laat een regiocoördinator niets doen met een gebruiker van alleen een andere regio (%s)",
    async (intent) => {
      db.update(gebruiker).set({ passwordHash: null }).where(eq(gebruiker.id, gebruikerId(ZHZ_COORDINATOR))).run();
      const velden: Formvelden = { intent, lidmaatschapId: String(lidmaatschapVan(ZHZ_COORDINATOR, ZHZ)), rol: "lezer", gemeenteId: "", organisatieId: "" };
      expect((await verwachtWeigering(opGebruiker(ZHZ_COORDINATOR, velden))).status).toBe(404);
    },
  );

  it("nodigt niemand uit voor een andere regio, of met een gemeente of organisatie daarvan", async () => {
    const uitnodiging = (extra: Formvelden): Inzending => ({
      email: COORDINATOR,
      action: uitnodigen,
      pad: "/beheer/gebruikers/uitnodigen",
      params: {},
      velden: { email: "nieuw@voorbeeld.example", naam: "Nieuwe Collega", rol: "gemeente", regioId: String(regioId(HM)), gemeenteId: String(gemeenteId("Leiden")), organisatieId: "", ...extra },
    });
    expect((await verwachtWeigering(uitnodiging({ regioId: String(regioId(ZHZ)), gemeenteId: String(gemeenteId("Dordrecht")) }))).status).toBe(400);
    expect((await verwachtWeigering(uitnodiging({ gemeenteId: String(gemeenteId("Dordrecht")) }))).status).toBe(400);
    expect((await verwachtWeigering(uitnodiging({ rol: "partner", gemeenteId: "", organisatieId: String(organisatiesVan(HAAGLANDEN)[0]) }))).status).toBe(400);
    await verwachtGeaccepteerd(uitnodiging({}));
  });

  it("laat een regiocoördinator geen regio's beheren, ook de eigen niet", async () => {
    const id = String(regioId(ZHZ));
    await verwachtWeigering({ email: COORDINATOR, action: beheerRegio, pad: `/beheer/regios/${id}`, params: { id }, velden: { intent: "regio-bewerken", naam: "Overgenomen", nietBijgewerktWeken: "8" } }, [403]);
    await verwachtWeigering({ email: COORDINATOR, action: beheerRegios, pad: "/beheer/regios", params: {}, velden: { naam: "Nieuwe regio", slug: "nieuwe-regio" } }, [403]);
  });
});
