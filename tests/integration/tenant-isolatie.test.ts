import { and, eq, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import {
  actie,
  actielijn,
  doelstelling,
  gebruiker,
  gemeente,
  organisatie,
  overleg,
  regio,
  regiovisie,
  uitvoeringsplan,
} from "../../db/schema";
import { action as actieNieuw } from "../../app/routes/regio/actie-nieuw";
import { action as actiePagina } from "../../app/routes/regio/actie";
import { action as actieBewerken } from "../../app/routes/regio/actie-bewerken";
import { action as overlegPagina } from "../../app/routes/regio/overleg";
import { action as lokaleKamer } from "../../app/routes/regio/lokale-kamer";
import { action as beheerGebruiker } from "../../app/routes/beheer/gebruiker";
import { geslaagdeAuditRegels, snapshot } from "../helpers/db-snapshot";
import { cookieFor, postRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";
const ZHZ = "zuid-holland-zuid";
const COORDINATOR = "coordinator@leiden.example";

type Action = (args: never) => unknown;

function regioId(slug: string) {
  return db
    .select({ id: regio.id })
    .from(regio)
    .where(eq(regio.slug, slug))
    .get()!.id;
}
function gebruikerId(email: string) {
  return db
    .select({ id: gebruiker.id })
    .from(gebruiker)
    .where(eq(gebruiker.email, email))
    .get()!.id;
}
function gemeenteVan(slug: string) {
  return db
    .select({ id: gemeente.id, slug: gemeente.slug })
    .from(gemeente)
    .where(eq(gemeente.regioId, regioId(slug)))
    .get()!;
}
function organisatieBuiten(slug: string) {
  return db
    .select({ id: organisatie.id })
    .from(organisatie)
    .where(ne(organisatie.regioId, regioId(slug)))
    .get()!.id;
}
function doelstellingVan(slug: string) {
  return db
    .select({ id: doelstelling.id })
    .from(doelstelling)
    .innerJoin(actielijn, eq(actielijn.id, doelstelling.actielijnId))
    .innerJoin(regiovisie, eq(regiovisie.id, actielijn.visieId))
    .where(eq(regiovisie.regioId, regioId(slug)))
    .get()!.id;
}
function actieVan(slug: string) {
  return db
    .select({ id: actie.id, version: actie.version })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .where(and(eq(regiovisie.regioId, regioId(slug))))
    .get()!;
}

function geldigeActie(
  extra: Record<string, string | string[]> = {},
): Record<string, string | string[]> {
  return {
    intent: "opslaan",
    titel: "Training signaleren voor huisartsen",
    omschrijving: "Twee trainingen per subregio.",
    niveau: "regionaal",
    gemeenteId: "",
    doelstellingIds: [String(doelstellingVan(HM))],
    eigenaarId: String(gebruikerId(COORDINATOR)),
    trekker: `g:${gemeenteVan(HM).id}`,
    partners: [],
    deadline: "2026-10-31",
    beoogdResultaat: "Huisartsen herkennen signalen eerder.",
    indicator: "Aantal getrainde huisartsen",
    financiering: "du_vo",
    bedrag: "",
    ...extra,
  };
}

async function post(
  fn: Action,
  pad: string,
  params: Record<string, string>,
  velden: Record<string, string | string[]>,
) {
  return run(() =>
    (fn as (args: unknown) => unknown)({
      request: postRequest(pad, velden, cookieFor(COORDINATOR)),
      params,
      context: testContext,
    }),
  );
}

/** Submits, and proves the refusal: a 4xx, the same rows in every table, no audited change. */
async function verwachtWeigering(verzoek: () => ReturnType<typeof post>) {
  const voor = snapshot();
  const auditVoor = geslaagdeAuditRegels();
  const uit = await verzoek();
  expect([400, 403, 404]).toContain(uit.status);
  expect(snapshot()).toEqual(voor);
  expect(geslaagdeAuditRegels()).toBe(auditVoor);
  return uit;
}

describe("tenant-isolatie: ids van een andere regio", () => {
  it("de geldige basisactie wordt wél aangemaakt, zodat de weigeringen hieronder iets bewijzen", async () => {
    const uit = await post(
      actieNieuw,
      `/r/${HM}/plannen/2026/acties/nieuw`,
      { regio: HM, jaar: "2026" },
      geldigeActie(),
    );
    expect(uit.status).toBe(302);
  });

  it.each([
    [
      "een doelstelling van Zuid-Holland Zuid",
      () => ({ doelstellingIds: [String(doelstellingVan(ZHZ))] }),
    ],
    [
      "een gemeente van Zuid-Holland Zuid",
      () => ({
        niveau: "gemeentelijk",
        gemeenteId: String(gemeenteVan(ZHZ).id),
      }),
    ],
    [
      "een eigenaar uit Haaglanden",
      () => ({
        eigenaarId: String(gebruikerId("coordinator@denhaag.example")),
      }),
    ],
    [
      "een trekker-gemeente van Zuid-Holland Zuid",
      () => ({ trekker: `g:${gemeenteVan(ZHZ).id}` }),
    ],
    [
      "een partnerorganisatie van een andere regio",
      () => ({ partners: [`o:${organisatieBuiten(HM)}`] }),
    ],
    [
      "een partnergemeente van Zuid-Holland Zuid",
      () => ({ partners: [`g:${gemeenteVan(ZHZ).id}`] }),
    ],
  ])("weigert een nieuwe actie met %s", async (_naam, extra) => {
    const velden = geldigeActie(extra());
    const uit = await verwachtWeigering(() =>
      post(
        actieNieuw,
        `/r/${HM}/plannen/2026/acties/nieuw`,
        { regio: HM, jaar: "2026" },
        velden,
      ),
    );
    expect(uit.status).toBe(400);
  });

  it("weigert het bewerken van een actie van een andere regio via de URL van Hollands Midden", async () => {
    const vreemd = actieVan(ZHZ);
    await verwachtWeigering(() =>
      post(
        actieBewerken,
        `/r/${HM}/acties/${vreemd.id}/bewerken`,
        { regio: HM, id: String(vreemd.id) },
        geldigeActie({ version: String(vreemd.version) }),
      ),
    );
  });

  it("weigert een voortgangsupdate op een actie van een andere regio", async () => {
    const vreemd = actieVan(ZHZ);
    await verwachtWeigering(() =>
      post(
        actiePagina,
        `/r/${HM}/acties/${vreemd.id}`,
        { regio: HM, id: String(vreemd.id) },
        {
          intent: "voortgang",
          status: "op_schema",
          datum: "2026-03-01",
          toelichting: "Werkgroep gestart.",
          idempotencyKey: "tenant-isolatie-1",
        },
      ),
    );
  });

  it("weigert een agendapunt met een actie van een andere regio", async () => {
    const o = db
      .insert(overleg)
      .values({ regioId: regioId(HM), datum: "2026-06-01", titel: "Isolatie" })
      .returning({ id: overleg.id })
      .get();
    const uit = await verwachtWeigering(() =>
      post(
        overlegPagina,
        `/r/${HM}/overleg/${o.id}`,
        { regio: HM, id: String(o.id) },
        {
          intent: "agendapunt-toevoegen",
          actieId: String(actieVan(ZHZ).id),
          code: "",
        },
      ),
    );
    expect(uit.status).toBe(400);
  });

  it("weigert de lokale kamer van een gemeente van een andere regio", async () => {
    const vreemd = gemeenteVan(ZHZ);
    await verwachtWeigering(() =>
      post(
        lokaleKamer,
        `/r/${HM}/gemeenten/${vreemd.slug}/lokale-kamer`,
        { regio: HM, gemeente: vreemd.slug },
        {
          intent: "bijwerken",
        },
      ),
    );
  });

  it.each(["deactiveren", "sessies-beeindigen", "opnieuw-uitnodigen"])(
    "laat een regiocoördinator geen gebruiker van een andere regio beheren (%s)",
    async (intent) => {
      const vreemd = gebruikerId("coordinator@denhaag.example");
      await verwachtWeigering(() =>
        post(
          beheerGebruiker,
          `/beheer/gebruikers/${vreemd}`,
          { id: String(vreemd) },
          { intent },
        ),
      );
    },
  );
});
