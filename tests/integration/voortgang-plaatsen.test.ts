import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { actie, audit, gebruiker, regio, regiovisie, uitvoeringsplan, voortgang } from "../../db/schema";
import { loadRollen } from "../../app/auth/current-user.server";
import { postVoortgang } from "../../app/domain/acties/voortgang.server";
import { vandaag } from "../../app/domain/format";
import { BSN_MELDING } from "../../app/domain/privacy";
import { action, loader } from "../../app/routes/regio/actie";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const HM = "hollands-midden";

/** An actie of Hollands Midden by plan year and code, as the seed made it. */
function actieVan(jaar: number, code: string) {
  return db
    .select({ id: actie.id, status: actie.status, version: actie.version })
    .from(actie)
    .innerJoin(uitvoeringsplan, eq(uitvoeringsplan.id, actie.planId))
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(regio, eq(regio.id, regiovisie.regioId))
    .where(and(eq(regio.slug, HM), eq(uitvoeringsplan.jaar, jaar), eq(actie.code, code)))
    .get()!;
}

function regioId(slug: string) {
  return db.select({ id: regio.id }).from(regio).where(eq(regio.slug, slug)).get()!.id;
}

function gebruikerMetRollen(email: string) {
  const g = db.select({ id: gebruiker.id }).from(gebruiker).where(eq(gebruiker.email, email)).get()!;
  return { id: g.id, ip: testContext.ip, rollen: loadRollen(g.id) };
}

function aantalVoortgang(actieId?: number): number {
  const q = db.select({ n: sql<number>`count(*)` }).from(voortgang);
  return (actieId ? q.where(eq(voortgang.actieId, actieId)) : q).get()!.n;
}

function statusVan(actieId: number) {
  return db.select({ status: actie.status }).from(actie).where(eq(actie.id, actieId)).get()!.status;
}

let teller = 0;
function sleutel() {
  teller += 1;
  return `test-sleutel-${Date.now()}-${teller}`;
}

function voortgangVelden(extra: Record<string, string> = {}) {
  return {
    intent: "voortgang",
    status: "op_schema",
    datum: vandaag(),
    toelichting: "De werkgroep is gestart en komt maandelijks bijeen.",
    idempotencyKey: sleutel(),
    ...extra,
  };
}

function post(regioSlug: string, actieId: number, email: string, velden: Record<string, string>) {
  return run(() =>
    action({
      request: postRequest(`/r/${regioSlug}/acties/${actieId}`, velden, cookieFor(email)),
      params: { regio: regioSlug, id: String(actieId) },
      context: testContext,
    } as any),
  );
}

function open(regioSlug: string, actieId: number | string, email: string) {
  return run(() =>
    loader({
      request: getRequest(`/r/${regioSlug}/acties/${actieId}`, cookieFor(email)),
      params: { regio: regioSlug, id: String(actieId) },
      context: testContext,
    } as any),
  );
}

describe("voortgang plaatsen via de actiepagina", () => {
  it("slaat een voortgangsupdate op, wijzigt de status en stuurt zonder JavaScript terug naar de actie", async () => {
    const a = actieVan(2026, "1.1-02");
    const voor = aantalVoortgang(a.id);
    const uit = await post(HM, a.id, "coordinator@leiden.example", voortgangVelden({ status: "afgerond" }));
    expect(uit.status).toBe(302);
    expect(uit.location).toBe(`/r/${HM}/acties/${a.id}?voortgang=opgeslagen#voortgang`);
    expect(aantalVoortgang(a.id)).toBe(voor + 1);
    expect(statusVan(a.id)).toBe("afgerond");
    const rij = db.select().from(voortgang).where(eq(voortgang.actieId, a.id)).orderBy(asc(voortgang.id)).all().at(-1)!;
    expect(rij.statusVan).toBe(a.status);
    expect(rij.statusNaar).toBe("afgerond");
  });

  it("antwoordt het formulier met JavaScript met data in plaats van een redirect", async () => {
    const a = actieVan(2026, "1.1-02");
    const uit = await post(HM, a.id, "coordinator@leiden.example", voortgangVelden({ antwoord: "fetcher" }));
    expect(uit.status).toBe(200);
    expect(uit.data).toMatchObject({ soort: "voortgang", actieId: a.id, ok: true, status: "op_schema", herhaald: false });
  });

  it("stuurt terug naar een veilige redirectTo, maar nooit naar een ander domein", async () => {
    const a = actieVan(2026, "1.1-02");
    const terug = await post(HM, a.id, "coordinator@leiden.example", voortgangVelden({ redirectTo: `/r/${HM}/mijn-acties?status=aandacht` }));
    expect(terug.location).toBe(`/r/${HM}/mijn-acties?status=aandacht`);
    const kwaad = await post(HM, a.id, "coordinator@leiden.example", voortgangVelden({ redirectTo: "//kwaad.example/phish" }));
    expect(kwaad.location).toBe(`/r/${HM}/acties/${a.id}?voortgang=opgeslagen#voortgang`);
  });

  it("schrijft een auditregel met de oude en nieuwe status", async () => {
    const a = actieVan(2026, "1.1-02");
    await post(HM, a.id, "coordinator@gouda.example", voortgangVelden({ status: "afgerond" }));
    const rij = db
      .select()
      .from(audit)
      .where(and(eq(audit.entiteit, "actie"), eq(audit.entiteitId, String(a.id)), eq(audit.actie, "voortgang.plaatsen")))
      .get()!;
    expect(rij.resultaat).toBe("ok");
    expect(rij.voor).toEqual({ status: a.status });
    expect(rij.na).toMatchObject({ status: "afgerond" });
    expect(rij.ip).toBe(testContext.ip);
  });
});

describe("wie mag voortgang plaatsen (DESIGN §4)", () => {
  const gevallen: [string, string, string, number][] = [
    ["een regiocoördinator op elke actie van de regio", "coordinator@gouda.example", "3.3-01", 302],
    ["de beheerder", "beheerder@demo.example", "3.3-01", 302],
    ["een gemeente op een lokale actie van de eigen gemeente waarvan zij geen eigenaar is", "beleid@voorschoten.example", "2.3-01", 302],
    ["een procesregisseur op een actie waarvan hij eigenaar is", "procesregisseur@voorschoten.example", "2.4-03", 302],
    ["een ketenpartner op een actie die de eigen organisatie trekt", "partner@veiligthuis.example", "1.3-02", 302],
    ["een gemeente op een lokale actie van een andere gemeente", "beleid@voorschoten.example", "1.1-04", 403],
    ["een ketenpartner op een actie van een andere organisatie", "partner@veiligthuis.example", "2.3-02", 403],
    ["een lezer (wethouder) nooit", "wethouder@leiden.example", "1.1-03", 403],
  ];

  it.each(gevallen)("%s: %s → %s geeft %i", async (_omschrijving, email, code, verwacht) => {
    const a = actieVan(2026, code);
    const voor = aantalVoortgang();
    const uit = await post(HM, a.id, email, voortgangVelden());
    expect(uit.status).toBe(verwacht);
    expect(aantalVoortgang()).toBe(verwacht === 302 ? voor + 1 : voor);
    if (verwacht === 403) expect(statusVan(a.id)).toBe(a.status);
  });

  it("legt een geweigerde voortgang vast in het auditlog", async () => {
    const a = actieVan(2026, "1.1-03");
    await post(HM, a.id, "wethouder@leiden.example", voortgangVelden());
    const rij = db
      .select()
      .from(audit)
      .where(and(eq(audit.entiteitId, String(a.id)), eq(audit.resultaat, "geweigerd")))
      .get();
    expect(rij?.actie).toBe("voortgang.plaatsen");
  });

  it("geeft een gebruiker van Haaglanden 404 voor een actie van Hollands Midden via de eigen regio, en 403 via die van een ander", async () => {
    const a = actieVan(2026, "1.1-02");
    const voor = aantalVoortgang();
    expect((await post("haaglanden", a.id, "coordinator@denhaag.example", voortgangVelden())).status).toBe(404);
    expect((await post(HM, a.id, "coordinator@denhaag.example", voortgangVelden())).status).toBe(403);
    expect((await open("haaglanden", a.id, "coordinator@denhaag.example")).status).toBe(404);
    expect(aantalVoortgang()).toBe(voor);
    expect(statusVan(a.id)).toBe(a.status);
  });

  it("geeft met JavaScript een weigering terug als data, zodat het formulier een melding toont", async () => {
    const a = actieVan(2026, "1.1-03");
    const uit = await post(HM, a.id, "wethouder@leiden.example", voortgangVelden({ antwoord: "fetcher" }));
    expect(uit.status).toBe(403);
    expect((uit.data as any).errors.form).toMatch(/niet bijwerken/);
  });
});

describe("verantwoording en invoercontrole", () => {
  it.each(["aandacht", "vertraagd", "vervallen"])("vraagt bij de status %s om oorzaak, gevolg en bijsturing", async (status) => {
    const a = actieVan(2026, "1.1-02");
    const voor = aantalVoortgang();
    const uit = await post(HM, a.id, "coordinator@leiden.example", voortgangVelden({ status }));
    expect(uit.status).toBe(400);
    const errors = (uit.data as any).errors;
    expect(errors.oorzaak).toMatch(/oorzaak/);
    expect(errors.gevolg).toMatch(/gevolg/);
    expect(errors.bijsturing).toMatch(/bijgestuurd/);
    expect((uit.data as any).values.toelichting).toBe("De werkgroep is gestart en komt maandelijks bijeen.");
    expect(aantalVoortgang()).toBe(voor);
    expect(statusVan(a.id)).toBe(a.status);
  });

  it("bewaart oorzaak, gevolg en bijsturing bij een vertraagde actie", async () => {
    const a = actieVan(2026, "1.1-02");
    const uit = await post(
      HM,
      a.id,
      "coordinator@leiden.example",
      voortgangVelden({ status: "vertraagd", oorzaak: "Trainer ziek", gevolg: "Twee maanden later klaar", bijsturing: "Tweede trainer ingehuurd" }),
    );
    expect(uit.status).toBe(302);
    const rij = db.select().from(voortgang).where(eq(voortgang.actieId, a.id)).orderBy(asc(voortgang.id)).all().at(-1)!;
    expect([rij.oorzaak, rij.gevolg, rij.bijsturing]).toEqual(["Trainer ziek", "Twee maanden later klaar", "Tweede trainer ingehuurd"]);
  });

  it("weigert een BSN in de toelichting", async () => {
    const a = actieVan(2026, "1.1-02");
    const voor = aantalVoortgang();
    const uit = await post(HM, a.id, "coordinator@leiden.example", voortgangVelden({ toelichting: "Casus van bewoner 111222333 besproken" }));
    expect(uit.status).toBe(400);
    expect((uit.data as any).errors.toelichting).toBe(BSN_MELDING);
    expect(aantalVoortgang()).toBe(voor);
  });

  it.each([
    ["een lege toelichting", { toelichting: "" }, "toelichting"],
    ["een onbekende status", { status: "bijna_klaar" }, "status"],
    ["een datum in de toekomst", { datum: "2999-01-01" }, "datum"],
    ["een datum die geen datum is", { datum: "gisteren" }, "datum"],
    ["een ontbrekende idempotency-sleutel", { idempotencyKey: "" }, "idempotencyKey"],
    ["een te lange toelichting", { toelichting: "x".repeat(4001) }, "toelichting"],
  ])("weigert %s met een Nederlandse melding", async (_naam, extra, veld) => {
    const a = actieVan(2026, "1.1-02");
    const voor = aantalVoortgang();
    const uit = await post(HM, a.id, "coordinator@leiden.example", voortgangVelden(extra as Record<string, string>));
    expect(uit.status).toBe(400);
    expect((uit.data as any).errors[veld]).toMatch(/[a-z]/);
    expect(aantalVoortgang()).toBe(voor);
  });

  it("weigert een onbekende handeling en een niet-numeriek actie-id", async () => {
    const a = actieVan(2026, "1.1-02");
    expect((await post(HM, a.id, "coordinator@leiden.example", voortgangVelden({ intent: "wissen" }))).status).toBe(400);
    expect((await open(HM, "abc", "coordinator@leiden.example")).status).toBe(404);
  });
});

describe("idempotentie en gelijktijdigheid", () => {
  it("maakt met dezelfde sleutel twee keer verstuurd maar één voortgangsupdate", async () => {
    const a = actieVan(2026, "1.1-02");
    const voor = aantalVoortgang(a.id);
    const velden = voortgangVelden({ status: "afgerond" });
    expect((await post(HM, a.id, "coordinator@leiden.example", velden)).status).toBe(302);
    const tweede = await post(HM, a.id, "coordinator@leiden.example", { ...velden, antwoord: "fetcher" });
    expect(tweede.data).toMatchObject({ ok: true, herhaald: true, status: "afgerond" });
    expect(aantalVoortgang(a.id)).toBe(voor + 1);
  });

  it("geeft een herhaalde sleutel alleen terug aan wie de actie mag bijwerken en de update zelf plaatste", async () => {
    const a = actieVan(2026, "1.1-02");
    const velden = voortgangVelden({ status: "op_schema" });
    expect((await post(HM, a.id, "coordinator@leiden.example", velden)).status).toBe(302);
    const voor = aantalVoortgang(a.id);

    // A lezer replaying someone else's key learns nothing and changes nothing.
    const lezer = await post(HM, a.id, "wethouder@leiden.example", { ...velden, antwoord: "fetcher" });
    expect(lezer.status).not.toBe(200);
    expect(JSON.stringify(lezer.data ?? "")).not.toContain("herhaald");
    // Another coordinator replaying it gets a clear refusal, not the other person's update.
    const ander = await post(HM, a.id, "coordinator@gouda.example", { ...velden, antwoord: "fetcher" });
    expect(ander.data).toMatchObject({ ok: false });
    expect(aantalVoortgang(a.id)).toBe(voor);
  });

  it("bewaart twee gelijktijdige updates met verschillende sleutels, in volgorde en met aansluitende statussen", () => {
    const a = actieVan(2026, "1.1-02");
    const coordinator = gebruikerMetRollen("coordinator@leiden.example");
    const partner = gebruikerMetRollen("coordinator@gouda.example");
    const hm = regioId(HM);
    const invoer = { datum: vandaag(), toelichting: "Update", idempotencyKey: "" };
    const een = postVoortgang(coordinator, hm, a.id, { ...invoer, status: "aandacht", oorzaak: "a", gevolg: "b", bijsturing: "c", idempotencyKey: sleutel() });
    const twee = postVoortgang(partner, hm, a.id, { ...invoer, status: "afgerond", idempotencyKey: sleutel() });
    expect(een.ok && twee.ok).toBe(true);
    const rijen = db.select().from(voortgang).where(eq(voortgang.actieId, a.id)).orderBy(asc(voortgang.id)).all().slice(-2);
    expect(rijen.map((r) => [r.statusVan, r.statusNaar])).toEqual([
      [a.status, "aandacht"],
      ["aandacht", "afgerond"],
    ]);
    expect(statusVan(a.id)).toBe("afgerond");
  });

  it("verliest geen update als twee mensen tegelijk het formulier versturen", async () => {
    const a = actieVan(2026, "1.1-02");
    const voor = aantalVoortgang(a.id);
    const [een, twee] = await Promise.all([
      post(HM, a.id, "coordinator@leiden.example", voortgangVelden({ status: "op_schema", toelichting: "Eerste" })),
      post(HM, a.id, "coordinator@gouda.example", voortgangVelden({ status: "afgerond", toelichting: "Tweede" })),
    ]);
    expect([een.status, twee.status]).toEqual([302, 302]);
    const rijen = db.select().from(voortgang).where(eq(voortgang.actieId, a.id)).orderBy(asc(voortgang.id)).all().slice(-2);
    expect(aantalVoortgang(a.id)).toBe(voor + 2);
    expect(rijen[1].statusVan).toBe(rijen[0].statusNaar);
    expect(statusVan(a.id)).toBe(rijen[1].statusNaar);
  });

  it("geeft elke paginalading een nieuwe formuliersleutel", async () => {
    const a = actieVan(2026, "1.1-02");
    const een = (await open(HM, a.id, "coordinator@leiden.example")).data as any;
    const twee = (await open(HM, a.id, "coordinator@leiden.example")).data as any;
    expect(een.formKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(een.formKey).not.toBe(twee.formKey);
  });
});
