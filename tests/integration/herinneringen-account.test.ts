import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as database from "../../db";
import { gebruiker } from "../../db/schema";
import * as mijnAccount from "../../app/routes/account/mijn-account";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const BELEID = "beleid@voorschoten.example";

function account(email: string) {
  return database.db.select().from(gebruiker).where(eq(gebruiker.email, email)).get()!;
}

function aantal(tabel: string, where = "1 = 1", ...params: unknown[]): number {
  return (database.sqlite.prepare(`SELECT count(*) AS n FROM ${tabel} WHERE ${where}`).get(...params) as { n: number }).n;
}

const verstuur = (fields: Record<string, string | string[]>, cookie?: string) =>
  run(() => mijnAccount.action({ request: postRequest("/account", fields, cookie), params: {}, context: testContext } as any));

describe("herinneringen kiezen op /account", () => {
  it("toont de huidige keuze en of er een agenda-link is", async () => {
    const pagina = await run(() => mijnAccount.loader({ request: getRequest("/account", cookieFor(BELEID)), params: {}, context: testContext } as any));
    expect(pagina.status).toBe(200);
    expect((pagina.data as { herinneringen: unknown }).herinneringen).toEqual({ frequentie: "wekelijks", heeftAgendaLink: false });
  });

  it("slaat maandelijks op en legt de wijziging vast in het auditlog", async () => {
    const uitkomst = await verstuur({ intent: "herinneringen", digestFrequentie: "maandelijks" }, cookieFor(BELEID));
    expect(uitkomst.status).toBe(200);
    expect(uitkomst.data).toMatchObject({ intent: "herinneringen", opgeslagen: "maandelijks" });
    expect(account(BELEID).digestFrequentie).toBe("maandelijks");

    const rijen = database.sqlite.prepare("SELECT gebruiker_id, entiteit_id, voor, na, ip, resultaat FROM audit WHERE actie = 'herinneringen.gewijzigd'").all() as {
      gebruiker_id: number;
      entiteit_id: string;
      voor: string;
      na: string;
      ip: string;
      resultaat: string;
    }[];
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({ gebruiker_id: account(BELEID).id, entiteit_id: String(account(BELEID).id), ip: testContext.ip, resultaat: "ok" });
    expect(JSON.parse(rijen[0].voor)).toEqual({ digestFrequentie: "wekelijks" });
    expect(JSON.parse(rijen[0].na)).toEqual({ digestFrequentie: "maandelijks" });

    const nooit = await verstuur({ intent: "herinneringen", digestFrequentie: "nooit" }, cookieFor(BELEID));
    expect(nooit.status).toBe(200);
    expect(account(BELEID).digestFrequentie).toBe("nooit");
  });

  it("schrijft geen auditregel als de keuze niet verandert", async () => {
    const uitkomst = await verstuur({ intent: "herinneringen", digestFrequentie: "wekelijks" }, cookieFor(BELEID));
    expect(uitkomst.status).toBe(200);
    expect(aantal("audit", "actie = 'herinneringen.gewijzigd'")).toBe(0);
  });

  const SLECHT: [string, Record<string, string | string[]>][] = [
    ["een onbekende waarde", { digestFrequentie: "dagelijks" }],
    ["een lege waarde", { digestFrequentie: "" }],
    ["een ontbrekend veld", {}],
    ["twee waarden tegelijk", { digestFrequentie: ["wekelijks", "nooit"] }],
    ["100 kB tekst", { digestFrequentie: "x".repeat(100_000) }],
  ];
  for (const [omschrijving, velden] of SLECHT) {
    it(`weigert ${omschrijving} met 400 en een melding bij het veld, zonder iets te veranderen`, async () => {
      const audit = aantal("audit");
      const uitkomst = await verstuur({ intent: "herinneringen", ...velden }, cookieFor(BELEID));
      expect(uitkomst.status).toBe(400);
      const errors = (uitkomst.data as { errors: Record<string, string> }).errors;
      expect(errors.digestFrequentie).toBe("Kies wekelijks, maandelijks of nooit.");
      expect(account(BELEID).digestFrequentie).toBe("wekelijks");
      expect(aantal("audit")).toBe(audit);
    });
  }

  it("weigert een onbekende handeling voor de agenda-link zonder iets te veranderen", async () => {
    const uitkomst = await verstuur({ intent: "agenda-link", handeling: "delen" }, cookieFor(BELEID));
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: Record<string, string> }).errors.handeling).toMatch(/maken of intrekken/);
    expect(account(BELEID).agendaTokenHash).toBeNull();
    expect(aantal("audit", "actie LIKE 'agenda_link.%'")).toBe(0);
  });

  it("weigert een onbekend formulier met 400", async () => {
    const uitkomst = await verstuur({ intent: "iets-anders", digestFrequentie: "nooit" }, cookieFor(BELEID));
    expect(uitkomst.status).toBe(400);
    expect(account(BELEID).digestFrequentie).toBe("wekelijks");
  });

  it("stuurt wie niet is ingelogd naar de inlogpagina en verandert niets", async () => {
    const uitkomst = await verstuur({ intent: "herinneringen", digestFrequentie: "nooit" });
    expect(uitkomst.status).toBe(302);
    expect(uitkomst.location).toBe("/login");
    expect(aantal("gebruiker", "digest_frequentie <> 'wekelijks'")).toBe(0);
  });

  it("toont na het maken dat er een agenda-link is, maar niet de link zelf", async () => {
    const cookie = cookieFor(BELEID);
    const gemaakt = await verstuur({ intent: "agenda-link", handeling: "maken" }, cookie);
    const url = (gemaakt.data as { agendaUrl: string }).agendaUrl;
    expect(gemaakt.headers?.get("Cache-Control")).toBe("no-store");
    const pagina = await run(() => mijnAccount.loader({ request: getRequest("/account", cookie), params: {}, context: testContext } as any));
    expect((pagina.data as { herinneringen: unknown }).herinneringen).toEqual({ frequentie: "wekelijks", heeftAgendaLink: true });
    expect(JSON.stringify(pagina.data)).not.toContain(url.split("/agenda/")[1]);
  });
});
