import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { audit, eenmaligeLink, gebruiker, gemeente, lidmaatschap, outbox, regio, sessie } from "../../db/schema";
import { createEenmaligeLink, findEenmaligeLink } from "../../app/auth/eenmalige-link.server";
import { createSession } from "../../app/auth/session.server";
import { action, loader } from "../../app/routes/beheer/gebruiker";
import { loader as lijstLoader } from "../../app/routes/beheer/gebruikers";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const BEHEERDER = "beheerder@demo.example";
const COORDINATOR_HM = "coordinator@leiden.example";
const COORDINATOR_HAAGLANDEN = "coordinator@denhaag.example";

function persoon(email: string) {
  return db.select().from(gebruiker).where(eq(gebruiker.email, email)).get()!;
}

function rollenVan(id: number) {
  return db.select().from(lidmaatschap).where(eq(lidmaatschap.gebruikerId, id)).orderBy(lidmaatschap.id).all();
}

function sessiesVan(id: number): number {
  return db.select({ n: sql<number>`count(*)` }).from(sessie).where(eq(sessie.gebruikerId, id)).get()!.n;
}

function gemeenteId(naam: string): number {
  return db.select({ id: gemeente.id }).from(gemeente).where(eq(gemeente.naam, naam)).get()!.id;
}

function regioId(slug: string): number {
  return db.select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
}

function doe(id: number, fields: Record<string, string | string[]>, email: string) {
  return run(() =>
    action({
      request: postRequest(`/beheer/gebruikers/${id}`, fields, cookieFor(email)),
      params: { id: String(id) },
      context: testContext,
    } as any),
  );
}

function bekijk(id: number, email: string) {
  return run(() =>
    loader({ request: getRequest(`/beheer/gebruikers/${id}`, cookieFor(email)), params: { id: String(id) }, context: testContext } as any),
  );
}

/** Everything an action on a user could touch, to prove a refusal changed nothing. */
function toestand(id: number) {
  const account = db.select().from(gebruiker).where(eq(gebruiker.id, id)).get();
  return { account, rollen: rollenVan(id), sessies: sessiesVan(id) };
}

describe("gebruikerslijst", () => {
  it("toont een coördinator alleen mensen met een rol in de eigen regio", async () => {
    const uit = await run(() =>
      lijstLoader({ request: getRequest("/beheer/gebruikers", cookieFor(COORDINATOR_HAAGLANDEN)), params: {}, context: testContext } as any),
    );
    const emails = (uit.data as any).gebruikers.map((g: any) => g.email);
    expect(emails).toContain("coordinator@denhaag.example");
    expect(emails).not.toContain("beleid@voorschoten.example");
    expect(emails).not.toContain("beheerder@demo.example");
  });

  it("filtert voor de beheerder op regio en markeert openstaande uitnodigingen", async () => {
    const nieuw = db.insert(gebruiker).values({ email: "open@zhz.example", naam: "Open Uitnodiging" }).returning().get();
    db.insert(lidmaatschap).values({ gebruikerId: nieuw.id, regioId: regioId("zuid-holland-zuid"), rol: "lezer" }).run();
    const uit = await run(() =>
      lijstLoader({
        request: getRequest("/beheer/gebruikers?regio=zuid-holland-zuid", cookieFor(BEHEERDER)),
        params: {},
        context: testContext,
      } as any),
    );
    const lijst = (uit.data as any).gebruikers;
    expect(lijst.find((g: any) => g.email === "open@zhz.example")).toMatchObject({ uitnodigingOpenstaand: true, actief: true });
    expect(lijst.some((g: any) => g.email === "beleid@voorschoten.example")).toBe(false);
  });

  it("geeft een coördinator 404 op het filter van een andere regio", async () => {
    const uit = await run(() =>
      lijstLoader({
        request: getRequest("/beheer/gebruikers?regio=hollands-midden", cookieFor(COORDINATOR_HAAGLANDEN)),
        params: {},
        context: testContext,
      } as any),
    );
    expect(uit.status).toBe(404);
  });
});

describe("tenant-scheiding bij één gebruiker", () => {
  it("een coördinator van Haaglanden kan een gebruiker uit Hollands Midden niet openen of wijzigen", async () => {
    const doel = persoon("beleid@voorschoten.example");
    const lid = rollenVan(doel.id)[0];
    createSession(doel.id);
    const voor = toestand(doel.id);
    expect((await bekijk(doel.id, COORDINATOR_HAAGLANDEN)).status).toBe(404);
    const pogingen: Record<string, string>[] = [
      { intent: "rol-wijzigen", lidmaatschapId: String(lid.id), rol: "lezer", gemeenteId: "", organisatieId: "" },
      { intent: "rol-verwijderen", lidmaatschapId: String(lid.id) },
      { intent: "deactiveren" },
      { intent: "sessies-beeindigen" },
      { intent: "opnieuw-uitnodigen" },
    ];
    for (const velden of pogingen) {
      expect((await doe(doel.id, velden, COORDINATOR_HAAGLANDEN)).status, velden.intent).toBe(404);
    }
    expect(toestand(doel.id)).toEqual(voor);
  });

  it("een coördinator ziet alleen de rollen in de eigen regio, en kan een rol elders niet wijzigen", async () => {
    const doel = persoon("coordinator@denhaag.example");
    db.insert(lidmaatschap).values({ gebruikerId: doel.id, regioId: regioId("hollands-midden"), rol: "lezer" }).run();
    const haaglandenRol = rollenVan(doel.id).find((r) => r.regioId === regioId("haaglanden"))!;

    const detail = (await bekijk(doel.id, COORDINATOR_HM)).data as any;
    expect(detail.gebruiker.rollen.map((r: any) => r.regioNaam)).toEqual(["Hollands Midden"]);
    expect(detail.gebruiker.rollenElders).toBe(true);
    expect(detail.accountWijzigbaar).toBe(false);

    const voor = toestand(doel.id);
    const uit = await doe(
      doel.id,
      { intent: "rol-wijzigen", lidmaatschapId: String(haaglandenRol.id), rol: "lezer", gemeenteId: "", organisatieId: "" },
      COORDINATOR_HM,
    );
    expect(uit.status).toBe(404);
    expect((await doe(doel.id, { intent: "deactiveren" }, COORDINATOR_HM)).status).toBe(403);
    expect(toestand(doel.id)).toEqual(voor);
  });

  it("een coördinator kan een beheerder niet wijzigen, ook niet met een rol in de eigen regio", async () => {
    const beheerder = persoon(BEHEERDER);
    db.insert(lidmaatschap).values({ gebruikerId: beheerder.id, regioId: regioId("hollands-midden"), rol: "lezer" }).run();
    const voor = toestand(beheerder.id);
    const uit = await doe(beheerder.id, { intent: "sessies-beeindigen" }, COORDINATOR_HM);
    expect(uit.status).toBe(403);
    expect(toestand(beheerder.id)).toEqual(voor);
  });
});

describe("rol wijzigen", () => {
  it("wijzigt de rol binnen de regio en legt voor en na vast", async () => {
    const doel = persoon("beleid@voorschoten.example");
    const lid = rollenVan(doel.id)[0];
    const uit = await doe(
      doel.id,
      { intent: "rol-wijzigen", lidmaatschapId: String(lid.id), rol: "procesregisseur", gemeenteId: String(gemeenteId("Leiden")), organisatieId: "" },
      COORDINATOR_HM,
    );
    expect(uit.status).toBe(200);
    expect(rollenVan(doel.id)[0]).toMatchObject({ rol: "procesregisseur", gemeenteId: gemeenteId("Leiden") });
    const rij = db.select().from(audit).where(and(eq(audit.entiteit, "lidmaatschap"), eq(audit.entiteitId, String(lid.id)))).get()!;
    expect(rij.voor).toMatchObject({ rol: "gemeente", gemeenteId: gemeenteId("Voorschoten") });
    expect(rij.na).toMatchObject({ rol: "procesregisseur", gemeenteId: gemeenteId("Leiden") });
    expect(rij.regioId).toBe(regioId("hollands-midden"));
  });

  it.each([
    ["een gemeente van een andere regio", { rol: "gemeente", gemeenteId: "DEN_HAAG" }, "gemeenteId", /hoort niet bij deze regio/],
    ["de rol beheerder", { rol: "beheerder", gemeenteId: "" }, "rol", /beheerder/],
    ["de rol gemeente zonder gemeente", { rol: "gemeente", gemeenteId: "" }, "gemeenteId", /Kies de gemeente/],
    ["een onbekende rol", { rol: "baas", gemeenteId: "" }, "rol", /Kies een rol/],
  ])("weigert %s met 400 en verandert niets", async (_naam, velden, veld, melding) => {
    const doel = persoon("beleid@voorschoten.example");
    const lid = rollenVan(doel.id)[0];
    const voor = toestand(doel.id);
    const uit = await doe(
      doel.id,
      {
        intent: "rol-wijzigen",
        lidmaatschapId: String(lid.id),
        organisatieId: "",
        ...velden,
        gemeenteId: velden.gemeenteId === "DEN_HAAG" ? String(gemeenteId("Den Haag")) : velden.gemeenteId,
      },
      COORDINATOR_HM,
    );
    expect(uit.status).toBe(400);
    expect((uit.data as any).errors[veld]).toMatch(melding);
    expect(toestand(doel.id)).toEqual(voor);
  });

  it("weigert een onbekende handeling en rommel in de velden met 400", async () => {
    const doel = persoon("beleid@voorschoten.example");
    const voor = toestand(doel.id);
    const pogingen: Record<string, string | string[]>[] = [
      { intent: "alles-wissen" },
      { intent: ["deactiveren", "activeren"] },
      { intent: "rol-verwijderen", lidmaatschapId: "x".repeat(100_000) },
      {},
    ];
    for (const velden of pogingen) {
      expect((await doe(doel.id, velden, BEHEERDER)).status).toBe(400);
    }
    expect(toestand(doel.id)).toEqual(voor);
  });
});

describe("account deactiveren en sessies", () => {
  it("deactiveren beëindigt alle sessies en wordt vastgelegd", async () => {
    const doel = persoon("beleid@voorschoten.example");
    createSession(doel.id);
    createSession(doel.id);
    expect(sessiesVan(doel.id)).toBe(2);
    const uit = await doe(doel.id, { intent: "deactiveren" }, COORDINATOR_HM);
    expect(uit.status).toBe(200);
    expect(persoon("beleid@voorschoten.example").actief).toBe(false);
    expect(sessiesVan(doel.id)).toBe(0);
    const rij = db.select().from(audit).where(and(eq(audit.actie, "gedeactiveerd"), eq(audit.entiteitId, String(doel.id)))).get()!;
    expect(rij).toMatchObject({ resultaat: "ok", entiteit: "gebruiker", regioId: regioId("hollands-midden"), ip: testContext.ip });
    expect(rij.voor).toMatchObject({ actief: true, sessies: 2 });
    expect(rij.na).toMatchObject({ actief: false });

    const terug = await doe(doel.id, { intent: "activeren" }, COORDINATOR_HM);
    expect(terug.status).toBe(200);
    expect(persoon("beleid@voorschoten.example").actief).toBe(true);
  });

  it("niemand kan het eigen account deactiveren", async () => {
    const zelf = persoon(BEHEERDER);
    const uit = await doe(zelf.id, { intent: "deactiveren" }, BEHEERDER);
    expect(uit.status).toBe(400);
    expect((uit.data as any).errors.form).toMatch(/eigen account/);
    expect(persoon(BEHEERDER).actief).toBe(true);
  });

  it("niemand kan de eigen laatste beheerdersrol verwijderen", async () => {
    const zelf = persoon(BEHEERDER);
    const rol = rollenVan(zelf.id).find((r) => r.rol === "beheerder")!;
    const uit = await doe(zelf.id, { intent: "rol-verwijderen", lidmaatschapId: String(rol.id) }, BEHEERDER);
    expect(uit.status).toBe(400);
    expect(rollenVan(zelf.id).some((r) => r.rol === "beheerder")).toBe(true);
  });

  it("alle sessies beëindigen laat het account actief", async () => {
    const doel = persoon("partner@veiligthuis.example");
    createSession(doel.id);
    const uit = await doe(doel.id, { intent: "sessies-beeindigen" }, COORDINATOR_HM);
    expect(uit.status).toBe(200);
    expect(sessiesVan(doel.id)).toBe(0);
    expect(persoon("partner@veiligthuis.example").actief).toBe(true);
    expect(db.select().from(audit).where(eq(audit.actie, "sessies_beeindigd")).all()).toHaveLength(1);
  });

  it("een rol verwijderen haalt de persoon uit de regio en stuurt de coördinator terug naar de lijst", async () => {
    const doel = persoon("partner@veiligthuis.example");
    const rol = rollenVan(doel.id)[0];
    const uit = await doe(doel.id, { intent: "rol-verwijderen", lidmaatschapId: String(rol.id) }, COORDINATOR_HM);
    expect(uit.status).toBe(302);
    expect(uit.location).toBe("/beheer/gebruikers");
    expect(rollenVan(doel.id)).toHaveLength(0);
    const rij = db.select().from(audit).where(and(eq(audit.entiteit, "lidmaatschap"), eq(audit.actie, "verwijderd"))).get()!;
    expect(rij.voor).toMatchObject({ rol: "partner", gebruikerId: doel.id });
  });
});

describe("uitnodiging opnieuw versturen", () => {
  it("maakt een nieuwe link; de vorige werkt niet meer", async () => {
    const nieuw = db.insert(gebruiker).values({ email: "later@leiden.example", naam: "Lotte Later" }).returning().get();
    db.insert(lidmaatschap).values({ gebruikerId: nieuw.id, regioId: regioId("hollands-midden"), rol: "lezer" }).run();
    const oud = createEenmaligeLink(db, nieuw.id, "uitnodiging");
    const mailsVoor = db.select({ n: sql<number>`count(*)` }).from(outbox).get()!.n;

    const uit = await doe(nieuw.id, { intent: "opnieuw-uitnodigen" }, COORDINATOR_HM);
    expect(uit.status).toBe(200);
    expect(findEenmaligeLink(oud.token, "uitnodiging")).toBeNull();
    const mails = db.select().from(outbox).where(eq(outbox.aan, "later@leiden.example")).all();
    expect(mails).toHaveLength(1);
    expect(db.select({ n: sql<number>`count(*)` }).from(outbox).get()!.n).toBe(mailsVoor + 1);
    const token = mails[0].tekst.match(/\/uitnodiging\/([a-z2-7]+)/)![1];
    expect(findEenmaligeLink(token, "uitnodiging")?.gebruikerId).toBe(nieuw.id);
    expect(db.select().from(eenmaligeLink).where(eq(eenmaligeLink.gebruikerId, nieuw.id)).all()).toHaveLength(2);
    expect(db.select().from(audit).where(eq(audit.actie, "opnieuw_uitgenodigd")).all()).toHaveLength(1);
  });

  it("weigert dat voor iemand die al een wachtwoord heeft", async () => {
    const doel = persoon("beleid@voorschoten.example");
    const mailsVoor = db.select({ n: sql<number>`count(*)` }).from(outbox).get()!.n;
    const uit = await doe(doel.id, { intent: "opnieuw-uitnodigen" }, COORDINATOR_HM);
    expect(uit.status).toBe(400);
    expect(db.select({ n: sql<number>`count(*)` }).from(outbox).get()!.n).toBe(mailsVoor);
  });
});
