import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as database from "../../db";
import { actie, gebruiker, regio, regiovisie, uitvoeringsplan } from "../../db/schema";
import { publicOrigin } from "../../app/config.server";
import { agendaVoorToken } from "../../app/domain/herinneringen/agenda.server";
import { hashAgendaToken } from "../../app/domain/herinneringen/agenda-link.server";
import * as mijnAccount from "../../app/routes/account/mijn-account";
import * as agenda from "../../app/routes/agenda";
import { cookieFor, postRequest, run, testContext } from "../helpers/http";

const BELEID = "beleid@voorschoten.example";
// 22 November 2026: the feed covers the plans of 2026 and 2027.
const NU = new Date("2026-11-22T10:00:00Z");

function account(email: string) {
  return database.db.select().from(gebruiker).where(eq(gebruiker.email, email)).get()!;
}

function aantal(tabel: string, where = "1 = 1", ...params: unknown[]): number {
  return (database.sqlite.prepare(`SELECT count(*) AS n FROM ${tabel} WHERE ${where}`).get(...params) as { n: number }).n;
}

function planId(slug: string, jaar: number): number {
  return database.db
    .select({ id: uitvoeringsplan.id })
    .from(uitvoeringsplan)
    .innerJoin(regiovisie, eq(regiovisie.id, uitvoeringsplan.visieId))
    .innerJoin(regio, eq(regio.id, regiovisie.regioId))
    .where(and(eq(regio.slug, slug), eq(uitvoeringsplan.jaar, jaar)))
    .get()!.id;
}

let volgnummer = 0;
function maakActie(eigenaarId: number, t: { deadline: string; status?: "op_schema" | "vervallen"; jaar?: number; slug?: string; titel?: string }) {
  volgnummer += 1;
  return database.db
    .insert(actie)
    .values({
      planId: planId(t.slug ?? "hollands-midden", t.jaar ?? 2026),
      code: `K-${volgnummer}`,
      titel: t.titel ?? `Agenda-actie ${volgnummer}`,
      niveau: "regionaal",
      eigenaarId,
      deadline: t.deadline,
      status: t.status ?? "op_schema",
    })
    .returning({ id: actie.id, code: actie.code, titel: actie.titel, deadline: actie.deadline })
    .get();
}

async function agendaLinkMaken(cookie: string): Promise<string> {
  const uitkomst = await run(() =>
    mijnAccount.action({ request: postRequest("/account", { intent: "agenda-link", handeling: "maken" }, cookie), params: {}, context: testContext } as any),
  );
  expect(uitkomst.status).toBe(200);
  const url = (uitkomst.data as { agendaUrl: string }).agendaUrl;
  const match = new RegExp(`^${publicOrigin()}/agenda/([a-z2-7]{32})\\.ics$`).exec(url);
  expect(match).not.toBeNull();
  return match![1];
}

async function haalFeed(bestand: string) {
  try {
    return (await agenda.loader({ request: new Request(`${publicOrigin()}/agenda/${bestand}`), params: { bestand }, context: testContext } as any)) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped in TEXT values. */
function escape(tekst: string): string {
  return tekst.replace(/([\\;,])/g, "\\$1");
}

/** RFC 5545 §3.1: physical lines are joined again by removing CRLF followed by one space. */
function ontvouw(ics: string): string[] {
  return ics.replace(/\r\n /g, "").split("\r\n");
}

describe("de persoonlijke agenda (.ics)", () => {
  it("geeft een geldige agenda met één hele-dag-gebeurtenis per deadline van de eigen acties", async () => {
    const beleid = account(BELEID);
    const lang = maakActie(beleid.id, {
      deadline: "2027-02-15",
      jaar: 2026,
      titel: `Een actie met een héél lange titel over één ketenaanpak, ${"ëé".repeat(30)} en nog meer tekst`,
    });
    const vervallen = maakActie(beleid.id, { deadline: "2026-12-01", status: "vervallen" });
    const oud = maakActie(beleid.id, { deadline: "2025-06-30", jaar: 2025 });
    const vanAnder = maakActie(account("coordinator@leiden.example").id, { deadline: "2026-12-01" });
    const andereRegio = maakActie(beleid.id, { deadline: "2026-12-01", slug: "zuid-holland-zuid", jaar: 2014 });
    database.sqlite.prepare("UPDATE uitvoeringsplan SET jaar = 2027 WHERE id = ?").run(planId("zuid-holland-zuid", 2014));

    const token = await agendaLinkMaken(cookieFor(BELEID));
    const ics = agendaVoorToken(token, NU)!.toString();

    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const regel of ics.split("\r\n")) expect(Buffer.byteLength(regel, "utf8")).toBeLessThanOrEqual(75);

    const verwacht = database.sqlite
      .prepare(
        `SELECT a.id, a.code, a.titel, a.deadline FROM actie a JOIN uitvoeringsplan p ON p.id = a.plan_id
         JOIN regiovisie v ON v.id = p.visie_id JOIN regio r ON r.id = v.regio_id
         WHERE (a.eigenaar_id = ? OR (a.uitvoering_per_gemeente = 1 AND EXISTS
           (SELECT 1 FROM actie_uitvoering u WHERE u.actie_id = a.id AND u.eigenaar_id = ?)))
         AND p.jaar IN (2026, 2027) AND a.status <> 'vervallen' AND r.slug = 'hollands-midden'`,
      )
      .all(beleid.id, beleid.id) as { id: number; code: string; titel: string; deadline: string }[];
    expect(verwacht.length).toBeGreaterThan(1);
    const regels = ontvouw(ics);
    expect(regels.filter((r) => r === "BEGIN:VEVENT")).toHaveLength(verwacht.length);
    const host = new URL(publicOrigin()).host;
    for (const a of verwacht) {
      const uid = regels.indexOf(`UID:actie-${a.id}@${host}`);
      expect(uid).toBeGreaterThan(0);
      const gebeurtenis = regels.slice(uid, regels.indexOf("END:VEVENT", uid));
      expect(gebeurtenis).toContain(`DTSTART;VALUE=DATE:${a.deadline.replaceAll("-", "")}`);
      expect(gebeurtenis.find((r) => r.startsWith("SUMMARY:"))).toBe(`SUMMARY:${escape(`Deadline: ${a.code} ${a.titel}`)}`);
      expect(gebeurtenis.find((r) => r.startsWith("DESCRIPTION:"))).toContain(`${publicOrigin()}/r/hollands-midden/acties/${a.id}`);
    }
    expect(verwacht.map((a) => a.id)).toContain(lang.id);
    for (const a of [vervallen, oud, vanAnder, andereRegio]) expect(ics).not.toContain(`UID:actie-${a.id}@`);
  });

  it("antwoordt over HTTP met text/calendar, een korte private cache en verandert niets", async () => {
    const token = await agendaLinkMaken(cookieFor(BELEID));
    const voor = { audit: aantal("audit"), sessies: aantal("sessie") };
    const antwoord = await haalFeed(`${token}.ics`);
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(antwoord.headers.get("Cache-Control")).toBe("private, max-age=300");
    expect(await antwoord.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect({ audit: aantal("audit"), sessies: aantal("sessie") }).toEqual(voor);
  });

  it("bewaart alleen de hash van de link en schrijft het maken in het auditlog, zonder de link", async () => {
    const token = await agendaLinkMaken(cookieFor(BELEID));
    expect(account(BELEID).agendaTokenHash).toBe(hashAgendaToken(token));
    const rijen = database.sqlite.prepare("SELECT actie, voor, na, ip FROM audit WHERE actie LIKE 'agenda_link.%'").all() as {
      actie: string;
      voor: string;
      na: string;
      ip: string;
    }[];
    expect(rijen.map((r) => r.actie)).toEqual(["agenda_link.aangemaakt"]);
    expect(rijen[0].ip).toBe(testContext.ip);
    expect(JSON.stringify(rijen)).not.toContain(token);
    expect(JSON.stringify(rijen)).not.toContain(hashAgendaToken(token));
  });

  it("laat de oude link niet meer werken na het vernieuwen", async () => {
    const cookie = cookieFor(BELEID);
    const oud = await agendaLinkMaken(cookie);
    const nieuw = await agendaLinkMaken(cookie);
    expect(nieuw).not.toBe(oud);
    expect((await haalFeed(`${oud}.ics`)).status).toBe(404);
    expect((await haalFeed(`${nieuw}.ics`)).status).toBe(200);
    expect(aantal("audit", "actie = 'agenda_link.vernieuwd'")).toBe(1);
  });

  it("laat een ingetrokken link niet meer werken", async () => {
    const cookie = cookieFor(BELEID);
    const token = await agendaLinkMaken(cookie);
    const uitkomst = await run(() =>
      mijnAccount.action({ request: postRequest("/account", { intent: "agenda-link", handeling: "intrekken" }, cookie), params: {}, context: testContext } as any),
    );
    expect(uitkomst.status).toBe(200);
    expect(account(BELEID).agendaTokenHash).toBeNull();
    expect((await haalFeed(`${token}.ics`)).status).toBe(404);
    expect(aantal("audit", "actie = 'agenda_link.ingetrokken'")).toBe(1);
  });

  it("geeft een kale 404 voor een onbekende of misvormde link", async () => {
    await agendaLinkMaken(cookieFor(BELEID));
    for (const bestand of ["a".repeat(32) + ".ics", "abc.ics", "a".repeat(32), "../account.ics", ".ics", "A".repeat(32) + ".ics"]) {
      const antwoord = await haalFeed(bestand);
      expect(antwoord.status, bestand).toBe(404);
      expect(await antwoord.text()).toBe("Niet gevonden.");
    }
  });

  it("werkt niet meer voor een gedeactiveerd account", async () => {
    const token = await agendaLinkMaken(cookieFor(BELEID));
    database.db.update(gebruiker).set({ actief: false }).where(eq(gebruiker.email, BELEID)).run();
    expect((await haalFeed(`${token}.ics`)).status).toBe(404);
  });
});
