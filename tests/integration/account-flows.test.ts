import net from "node:net";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import * as database from "../../db";
import { gebruiker, lidmaatschap, regio } from "../../db/schema";
import { createEenmaligeLink, findEenmaligeLink, RESET_GELDIG_MS } from "../../app/auth/eenmalige-link.server";
import { hashPassword, verifyPassword } from "../../app/auth/password.server";
import { sessionCookieName, validateSessionToken } from "../../app/auth/session.server";
import { publicOrigin } from "../../app/config.server";
import { deliverPendingMail, queueMail } from "../../app/domain/mail.server";
import * as vergeten from "../../app/routes/account/wachtwoord-vergeten";
import * as herstellen from "../../app/routes/account/wachtwoord-herstellen";
import * as uitnodiging from "../../app/routes/account/uitnodiging";
import * as mijnAccount from "../../app/routes/account/mijn-account";
import * as login from "../../app/routes/account/login";
import { DEMO_PASSWORD } from "../helpers/paths";
import { cookieFor, getRequest, postRequest, run, testContext } from "../helpers/http";

const BELEID = "beleid@voorschoten.example";
const NIEUW = "een lange zin als wachtwoord";

function aantal(tabel: string, where = "1 = 1", ...params: unknown[]): number {
  return (database.sqlite.prepare(`SELECT count(*) AS n FROM ${tabel} WHERE ${where}`).get(...params) as { n: number }).n;
}

function account(email: string) {
  const row = database.db.select().from(gebruiker).where(eq(gebruiker.email, email)).get();
  if (!row) throw new Error(email);
  return row;
}

function sessies(gebruikerId: number): number {
  return aantal("sessie", "gebruiker_id = ?", gebruikerId);
}

function auditRijen(actie: string) {
  return database.sqlite.prepare("SELECT * FROM audit WHERE actie = ? ORDER BY id").all(actie) as {
    gebruiker_id: number | null;
    resultaat: string;
    ip: string | null;
    na: string | null;
  }[];
}

function resetLink(email: string, now = new Date()): string {
  const id = account(email).id;
  return database.writeTransaction((tx) => createEenmaligeLink(tx, id, "wachtwoord_reset", now)).token;
}

function tokenFromSetCookie(setCookie: string | null | undefined): string {
  const match = new RegExp(`${sessionCookieName()}=([^;]+)`).exec(setCookie ?? "");
  if (!match) throw new Error(`geen sessiecookie in ${setCookie}`);
  return match[1];
}

const vraagAan = (fields: Record<string, string | string[]>, cookie?: string) =>
  run(() => vergeten.action({ request: postRequest("/wachtwoord-vergeten", fields, cookie), params: {}, context: testContext } as any));

const herstel = (token: string, fields: Record<string, string | string[]>) =>
  run(() => herstellen.action({ request: postRequest(`/wachtwoord/${token}`, fields), params: { token }, context: testContext } as any));

const accepteer = (token: string, fields: Record<string, string | string[]>, cookie?: string) =>
  run(() =>
    uitnodiging.action({ request: postRequest(`/uitnodiging/${token}`, fields, cookie), params: { token }, context: testContext } as any),
  );

const wijzig = (fields: Record<string, string | string[]>, cookie: string) =>
  run(() => mijnAccount.action({ request: postRequest("/account", fields, cookie), params: {}, context: testContext } as any));

const HONDERD_KB = "x".repeat(100_000);

/** Bad submissions every password form must answer with 400 and a Dutch message, never a 500. */
const SLECHTE_INVOER: [string, Record<string, string | string[]>][] = [
  ["lege velden", { nieuwWachtwoord: "", herhaalWachtwoord: "" }],
  ["ontbrekende velden", {}],
  ["lijsten in plaats van tekst", { nieuwWachtwoord: [NIEUW, NIEUW], herhaalWachtwoord: [NIEUW, NIEUW] }],
  ["100 kB tekst", { nieuwWachtwoord: HONDERD_KB, herhaalWachtwoord: HONDERD_KB }],
];

/** The password rules, with the message each refusal must show. */
const WACHTWOORDREGELS: [string, string, string, string, RegExp][] = [
  ["11 tekens", "a".repeat(11), "a".repeat(11), "nieuwWachtwoord", /minimaal 12 tekens/],
  ["twee verschillende wachtwoorden", NIEUW, `${NIEUW}!`, "herhaalWachtwoord", /niet gelijk/],
  ["het e-mailadres als wachtwoord", "BELEID@voorschoten.example ", "BELEID@voorschoten.example ", "nieuwWachtwoord", /niet gelijk .*e-mailadres/],
  ["257 tekens", "a".repeat(257), "a".repeat(257), "nieuwWachtwoord", /maximaal 256 tekens/],
];

describe("wachtwoord vergeten", () => {
  it("geeft voor een onbekend e-mailadres hetzelfde antwoord en zet geen mail klaar", async () => {
    const voor = aantal("outbox");
    const onbekend = await vraagAan({ email: "niemand@nergens.example" });
    expect(aantal("outbox")).toBe(voor);
    expect(aantal("eenmalige_link")).toBe(0);

    const bekend = await vraagAan({ email: BELEID });
    expect(aantal("outbox")).toBe(voor + 1);
    expect(onbekend.status).toBe(200);
    expect(onbekend).toEqual(bekend);
    expect(auditRijen("wachtwoord_reset.aangevraagd").map((r) => r.resultaat)).toEqual(["mislukt", "ok"]);
  });

  it("zet voor een bekend e-mailadres precies één mail klaar met een link die werkt", async () => {
    const voor = aantal("outbox");
    const uitkomst = await vraagAan({ email: "  Beleid@Voorschoten.EXAMPLE " });
    expect(uitkomst.status).toBe(200);
    expect(aantal("outbox")).toBe(voor + 1);

    const mail = database.sqlite.prepare("SELECT * FROM outbox ORDER BY id DESC LIMIT 1").get() as {
      aan: string;
      onderwerp: string;
      tekst: string;
      verzonden_op: string | null;
    };
    expect(mail.aan).toBe(BELEID);
    // Without SMTP_URL nothing pretends to send: the mail waits in the outbox.
    expect(mail.verzonden_op).toBeNull();
    expect(mail.tekst).toContain("Heeft u dit niet aangevraagd? Dan kunt u deze e-mail negeren.");
    const match = new RegExp(`${publicOrigin()}/wachtwoord/([a-z2-7]{32})`).exec(mail.tekst);
    expect(match).not.toBeNull();
    const token = match![1];
    expect(findEenmaligeLink(token, "wachtwoord_reset")?.gebruikerId).toBe(account(BELEID).id);

    const pagina = await run(() => herstellen.loader({ request: getRequest(`/wachtwoord/${token}`), params: { token } } as any));
    expect(pagina.status).toBe(200);
    expect(pagina.data).toMatchObject({ geldig: true, email: BELEID });

    const audit = auditRijen("wachtwoord_reset.aangevraagd");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ gebruiker_id: account(BELEID).id, resultaat: "ok", ip: testContext.ip });
    expect(audit[0].na).not.toContain(token);
  });

  it("zet geen mail klaar voor een gedeactiveerd account, met hetzelfde antwoord", async () => {
    database.db.update(gebruiker).set({ actief: false }).where(eq(gebruiker.email, BELEID)).run();
    const voor = aantal("outbox");
    const uitkomst = await vraagAan({ email: BELEID });
    expect(uitkomst).toMatchObject({ status: 200, data: { verstuurd: true } });
    expect(aantal("outbox")).toBe(voor);
  });

  it("stuurt na drie aanvragen binnen een uur geen nieuwe mail, zonder dat te verraden", async () => {
    const voor = aantal("outbox");
    for (let i = 0; i < 4; i++) expect((await vraagAan({ email: BELEID })).status).toBe(200);
    expect(aantal("outbox")).toBe(voor + 3);
    expect(auditRijen("wachtwoord_reset.aangevraagd").map((r) => r.resultaat)).toEqual(["ok", "ok", "ok", "geweigerd"]);
  });

  it("stuurt een ingelogde gebruiker door naar de startpagina", async () => {
    const cookie = cookieFor(BELEID);
    const pagina = await run(() => vergeten.loader({ request: getRequest("/wachtwoord-vergeten", cookie) } as any));
    expect(pagina).toMatchObject({ status: 302, location: "/" });
    const voor = aantal("outbox");
    expect(await vraagAan({ email: BELEID }, cookie)).toMatchObject({ status: 302, location: "/" });
    expect(aantal("outbox")).toBe(voor);
  });

  it.each([
    ["een leeg e-mailadres", { email: "" }, /Vul uw e-mailadres in/],
    ["een ongeldig e-mailadres", { email: "geen-adres" }, /geldig e-mailadres/],
    ["geen e-mailveld", {}, /Vul uw e-mailadres in/],
    ["een lijst van adressen", { email: [BELEID, "ander@nergens.example"] }, /Vul uw e-mailadres in/],
    ["100 kB tekst", { email: HONDERD_KB }, /te lang/],
  ])("weigert %s met 400 en zet niets klaar", async (_naam, fields, melding) => {
    const voor = aantal("outbox");
    const uitkomst = await vraagAan(fields as Record<string, string | string[]>);
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: Record<string, string> }).errors.email).toMatch(melding);
    expect(aantal("outbox")).toBe(voor);
    expect(aantal("eenmalige_link")).toBe(0);
  });
});

describe("nieuw wachtwoord instellen via de link", () => {
  it("stelt het nieuwe wachtwoord in, beëindigt alle sessies en laat de link maar één keer werken", async () => {
    const id = account(BELEID).id;
    cookieFor(BELEID);
    cookieFor(BELEID);
    expect(sessies(id)).toBe(2);
    const token = resetLink(BELEID);

    const uitkomst = await herstel(token, { nieuwWachtwoord: NIEUW, herhaalWachtwoord: NIEUW });
    expect(uitkomst).toMatchObject({ status: 302, location: "/login?gewijzigd=1" });

    const na = account(BELEID);
    expect(await verifyPassword(na.passwordHash!, NIEUW)).toBe(true);
    expect(await verifyPassword(na.passwordHash!, DEMO_PASSWORD)).toBe(false);
    expect(na.wachtwoordGewijzigdOp).not.toBeNull();
    expect(sessies(id)).toBe(0);
    expect(auditRijen("wachtwoord.hersteld")).toMatchObject([{ gebruiker_id: id, resultaat: "ok" }]);

    const nogmaals = await herstel(token, { nieuwWachtwoord: `${NIEUW} 2`, herhaalWachtwoord: `${NIEUW} 2` });
    expect(nogmaals.status).toBe(410);
    expect(await verifyPassword(account(BELEID).passwordHash!, NIEUW)).toBe(true);

    const inlogpagina = await run(() => login.loader({ request: getRequest("/login?gewijzigd=1") } as any));
    expect(inlogpagina.data).toMatchObject({ wachtwoordGewijzigd: true });
  });

  it("toont voor een onbekende, verlopen of gebruikte link een duidelijke pagina met status 410", async () => {
    const verlopen = resetLink(BELEID, new Date(Date.now() - RESET_GELDIG_MS - 1000));
    for (const token of ["onbekend", "a".repeat(32), verlopen]) {
      const pagina = await run(() => herstellen.loader({ request: getRequest(`/wachtwoord/${token}`), params: { token } } as any));
      expect(pagina).toMatchObject({ status: 410, data: { geldig: false } });
    }
    const hashVoor = account(BELEID).passwordHash;
    const uitkomst = await herstel(verlopen, { nieuwWachtwoord: NIEUW, herhaalWachtwoord: NIEUW });
    expect(uitkomst.status).toBe(410);
    expect(account(BELEID).passwordHash).toBe(hashVoor);
  });

  it.each(WACHTWOORDREGELS)("weigert %s met een Nederlandse melding en verandert niets", async (_naam, nieuw, herhaal, veld, melding) => {
    const id = account(BELEID).id;
    cookieFor(BELEID);
    const token = resetLink(BELEID);
    const hashVoor = account(BELEID).passwordHash;

    const uitkomst = await herstel(token, { nieuwWachtwoord: nieuw, herhaalWachtwoord: herhaal });
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: Record<string, string> }).errors[veld]).toMatch(melding);
    expect(account(BELEID).passwordHash).toBe(hashVoor);
    expect(sessies(id)).toBe(1);
    expect(findEenmaligeLink(token, "wachtwoord_reset")).not.toBeNull();
    expect(auditRijen("wachtwoord.hersteld")).toHaveLength(0);
  });

  it("accepteert een wachtwoord van precies 256 tekens", async () => {
    const token = resetLink(BELEID);
    const lang = "ab".repeat(128);
    expect((await herstel(token, { nieuwWachtwoord: lang, herhaalWachtwoord: lang })).status).toBe(302);
    expect(await verifyPassword(account(BELEID).passwordHash!, lang)).toBe(true);
  });

  it.each(SLECHTE_INVOER)("weigert %s met 400 en verandert niets", async (_naam, fields) => {
    const token = resetLink(BELEID);
    const hashVoor = account(BELEID).passwordHash;
    const uitkomst = await herstel(token, fields);
    expect(uitkomst.status).toBe(400);
    expect(Object.values((uitkomst.data as { errors: Record<string, string> }).errors).join(" ")).toMatch(/wachtwoord/i);
    expect(account(BELEID).passwordHash).toBe(hashVoor);
    expect(findEenmaligeLink(token, "wachtwoord_reset")).not.toBeNull();
  });
});

describe("uitnodiging accepteren", () => {
  function nodigUit() {
    const hm = database.db.select({ id: regio.id }).from(regio).where(eq(regio.slug, "hollands-midden")).get()!;
    return database.writeTransaction((tx) => {
      const nieuw = tx
        .insert(gebruiker)
        .values({ email: "nieuw@leiden.example", naam: "Nina Nieuw", passwordHash: null })
        .returning({ id: gebruiker.id })
        .get();
      tx.insert(lidmaatschap).values({ gebruikerId: nieuw.id, regioId: hm.id, rol: "lezer" }).run();
      return { id: nieuw.id, token: createEenmaligeLink(tx, nieuw.id, "uitnodiging").token };
    });
  }

  it("toont de naam en de rol van de uitgenodigde", async () => {
    const { token } = nodigUit();
    const pagina = await run(() => uitnodiging.loader({ request: getRequest(`/uitnodiging/${token}`), params: { token } } as any));
    expect(pagina.status).toBe(200);
    expect(pagina.data).toMatchObject({
      geldig: true,
      naam: "Nina Nieuw",
      email: "nieuw@leiden.example",
      rollen: [{ rol: "lezer", regioNaam: "Hollands Midden" }],
    });
  });

  it("stelt het wachtwoord in, logt de uitgenodigde in en laat de link niet nog eens werken", async () => {
    const { id, token } = nodigUit();
    const uitkomst = await accepteer(token, { nieuwWachtwoord: NIEUW, herhaalWachtwoord: NIEUW });

    expect(uitkomst).toMatchObject({ status: 302, location: "/" });
    const sessieToken = tokenFromSetCookie(uitkomst.headers?.get("Set-Cookie"));
    expect(uitkomst.headers?.get("Set-Cookie")).toMatch(/HttpOnly/i);
    expect(sessies(id)).toBe(1);
    expect(validateSessionToken(sessieToken)?.gebruikerId).toBe(id);
    expect(await verifyPassword(account("nieuw@leiden.example").passwordHash!, NIEUW)).toBe(true);
    expect(auditRijen("uitnodiging.geaccepteerd")).toMatchObject([{ gebruiker_id: id, resultaat: "ok" }]);

    const nogmaals = await accepteer(token, { nieuwWachtwoord: `${NIEUW} 2`, herhaalWachtwoord: `${NIEUW} 2` });
    expect(nogmaals.status).toBe(410);
    expect(nogmaals.headers?.get("Set-Cookie") ?? null).toBeNull();
    expect(sessies(id)).toBe(1);
    const pagina = await run(() => uitnodiging.loader({ request: getRequest(`/uitnodiging/${token}`), params: { token } } as any));
    expect(pagina.status).toBe(410);
  });

  it("beëindigt de sessie van iemand anders die in deze browser nog was ingelogd", async () => {
    const { token } = nodigUit();
    const anderCookie = cookieFor(BELEID);
    const ander = account(BELEID).id;
    const uitkomst = await accepteer(token, { nieuwWachtwoord: NIEUW, herhaalWachtwoord: NIEUW }, anderCookie);
    expect(uitkomst.status).toBe(302);
    expect(sessies(ander)).toBe(0);
  });

  it("weigert een uitnodigingslink als link voor een nieuw wachtwoord en andersom", async () => {
    const { token } = nodigUit();
    expect((await herstel(token, { nieuwWachtwoord: NIEUW, herhaalWachtwoord: NIEUW })).status).toBe(410);
    const reset = resetLink(BELEID);
    expect((await accepteer(reset, { nieuwWachtwoord: NIEUW, herhaalWachtwoord: NIEUW })).status).toBe(410);
    expect(account("nieuw@leiden.example").passwordHash).toBeNull();
  });

  it.each([...WACHTWOORDREGELS.slice(0, 2), ...WACHTWOORDREGELS.slice(3)])(
    "weigert %s en logt niemand in",
    async (_naam, nieuw, herhaal, veld, melding) => {
      const { id, token } = nodigUit();
      const uitkomst = await accepteer(token, { nieuwWachtwoord: nieuw, herhaalWachtwoord: herhaal });
      expect(uitkomst.status).toBe(400);
      expect((uitkomst.data as { errors: Record<string, string> }).errors[veld]).toMatch(melding);
      expect(sessies(id)).toBe(0);
      expect(account("nieuw@leiden.example").passwordHash).toBeNull();
      expect(findEenmaligeLink(token, "uitnodiging")).not.toBeNull();
    },
  );

  it("weigert het eigen e-mailadres als wachtwoord", async () => {
    const { token } = nodigUit();
    const uitkomst = await accepteer(token, { nieuwWachtwoord: "nieuw@leiden.example", herhaalWachtwoord: "nieuw@leiden.example" });
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: Record<string, string> }).errors.nieuwWachtwoord).toMatch(/e-mailadres/);
  });

  it.each(SLECHTE_INVOER)("weigert %s met 400 en verandert niets", async (_naam, fields) => {
    const { id, token } = nodigUit();
    expect((await accepteer(token, fields)).status).toBe(400);
    expect(sessies(id)).toBe(0);
    expect(account("nieuw@leiden.example").passwordHash).toBeNull();
  });
});

describe("mijn account", () => {
  it("stuurt wie niet is ingelogd naar de inlogpagina", async () => {
    const pagina = await run(() => mijnAccount.loader({ request: getRequest("/account"), context: testContext } as any));
    expect(pagina).toMatchObject({ status: 302, location: "/login?redirectTo=%2Faccount" });
    const voor = aantal("audit");
    const poging = await run(() =>
      mijnAccount.action({ request: postRequest("/account", { huidigWachtwoord: DEMO_PASSWORD }), context: testContext } as any),
    );
    expect(poging).toMatchObject({ status: 302, location: "/login" });
    expect(aantal("audit")).toBe(voor);
  });

  it("toont naam, e-mailadres en rollen per regio", async () => {
    const pagina = await run(() => mijnAccount.loader({ request: getRequest("/account", cookieFor(BELEID)), context: testContext } as any));
    expect(pagina.status).toBe(200);
    expect(pagina.data).toMatchObject({
      email: BELEID,
      user: { naam: "Sanne de Vries", rol: "Gemeente Voorschoten" },
      rollen: [{ rol: "gemeente", regioNaam: "Hollands Midden", gemeenteNaam: "Voorschoten" }],
      toonBeheer: false,
    });
  });

  it("weigert een onjuist huidig wachtwoord met 400 en verandert niets", async () => {
    const id = account(BELEID).id;
    const cookie = cookieFor(BELEID);
    cookieFor(BELEID);
    const hashVoor = account(BELEID).passwordHash;

    const uitkomst = await wijzig({ huidigWachtwoord: "niet-mijn-wachtwoord", nieuwWachtwoord: NIEUW, herhaalWachtwoord: NIEUW }, cookie);
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: Record<string, string> }).errors.huidigWachtwoord).toMatch(/niet uw huidige wachtwoord/);
    expect(account(BELEID).passwordHash).toBe(hashVoor);
    expect(sessies(id)).toBe(2);
    expect(auditRijen("wachtwoord.gewijzigd")).toMatchObject([{ gebruiker_id: id, resultaat: "mislukt" }]);
  });

  it("wijzigt het wachtwoord, beëindigt alle andere sessies en geeft deze browser een nieuwe sessie", async () => {
    const id = account(BELEID).id;
    const cookie = cookieFor(BELEID);
    const anderApparaat = cookieFor(BELEID);
    const oudeToken = cookie.split("=")[1];

    const uitkomst = await wijzig({ huidigWachtwoord: DEMO_PASSWORD, nieuwWachtwoord: NIEUW, herhaalWachtwoord: NIEUW }, cookie);
    expect(uitkomst).toMatchObject({ status: 302, location: "/account?wachtwoord=gewijzigd" });

    const nieuweToken = tokenFromSetCookie(uitkomst.headers?.get("Set-Cookie"));
    expect(sessies(id)).toBe(1);
    expect(validateSessionToken(nieuweToken)?.gebruikerId).toBe(id);
    expect(validateSessionToken(oudeToken)).toBeNull();
    expect(validateSessionToken(anderApparaat.split("=")[1])).toBeNull();
    expect(await verifyPassword(account(BELEID).passwordHash!, NIEUW)).toBe(true);
    expect(auditRijen("wachtwoord.gewijzigd")).toMatchObject([{ gebruiker_id: id, resultaat: "ok" }]);

    const pagina = await run(() =>
      mijnAccount.loader({
        request: getRequest("/account?wachtwoord=gewijzigd", `${sessionCookieName()}=${nieuweToken}`),
        context: testContext,
      } as any),
    );
    expect(pagina.data).toMatchObject({ gewijzigd: true });
  });

  it.each(WACHTWOORDREGELS)("weigert %s als nieuw wachtwoord en verandert niets", async (_naam, nieuw, herhaal, veld, melding) => {
    const id = account(BELEID).id;
    const cookie = cookieFor(BELEID);
    const hashVoor = account(BELEID).passwordHash;
    const uitkomst = await wijzig({ huidigWachtwoord: DEMO_PASSWORD, nieuwWachtwoord: nieuw, herhaalWachtwoord: herhaal }, cookie);
    expect(uitkomst.status).toBe(400);
    expect((uitkomst.data as { errors: Record<string, string> }).errors[veld]).toMatch(melding);
    expect(account(BELEID).passwordHash).toBe(hashVoor);
    expect(sessies(id)).toBe(1);
  });

  it.each([
    ...SLECHTE_INVOER,
    ["een lijst als huidig wachtwoord", { huidigWachtwoord: [DEMO_PASSWORD, DEMO_PASSWORD], nieuwWachtwoord: NIEUW, herhaalWachtwoord: NIEUW }],
    ["een huidig wachtwoord van 100 kB", { huidigWachtwoord: HONDERD_KB, nieuwWachtwoord: NIEUW, herhaalWachtwoord: NIEUW }],
  ] as [string, Record<string, string | string[]>][])("weigert %s met 400 en verandert niets", async (_naam, fields) => {
    const id = account(BELEID).id;
    const cookie = cookieFor(BELEID);
    const hashVoor = account(BELEID).passwordHash;
    const uitkomst = await wijzig(fields, cookie);
    expect(uitkomst.status).toBe(400);
    expect(account(BELEID).passwordHash).toBe(hashVoor);
    expect(sessies(id)).toBe(1);
  });

  it("blokkeert na te veel onjuiste huidige wachtwoorden, net als bij inloggen", async () => {
    const cookie = cookieFor(BELEID);
    const fout = { huidigWachtwoord: "niet-mijn-wachtwoord", nieuwWachtwoord: NIEUW, herhaalWachtwoord: NIEUW };
    for (let i = 0; i < 5; i++) expect((await wijzig(fout, cookie)).status).toBe(400);
    const hashVoor = account(BELEID).passwordHash;
    const uitkomst = await wijzig({ ...fout, huidigWachtwoord: DEMO_PASSWORD }, cookie);
    expect(uitkomst.status).toBe(429);
    expect(account(BELEID).passwordHash).toBe(hashVoor);
  });

  it("gaat uit van het demo-wachtwoord van het seed-account", async () => {
    // Guards the tests above: they rely on the seeded password.
    expect(await verifyPassword(account(BELEID).passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(await hashPassword(NIEUW), NIEUW)).toBe(true);
  });
});

/** A minimal SMTP server on localhost: accepts every mail, refuses recipients containing "weiger". */
async function nepSmtpServer() {
  const berichten: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let bericht: string | null = null;
    socket.write("220 nep ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString();
      for (let i = buffer.indexOf("\r\n"); i >= 0; i = buffer.indexOf("\r\n")) {
        const regel = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (bericht !== null) {
          if (regel === ".") {
            berichten.push(bericht);
            bericht = null;
            socket.write("250 OK\r\n");
          } else bericht += `${regel}\n`;
          continue;
        }
        const opdracht = regel.slice(0, 4).toUpperCase();
        if (opdracht === "EHLO" || opdracht === "HELO") socket.write("250 nep\r\n");
        else if (opdracht === "DATA") {
          bericht = "";
          socket.write("354 ga door\r\n");
        } else if (opdracht === "QUIT") socket.end("221 tot ziens\r\n");
        else if (opdracht === "RCPT" && regel.includes("weiger")) socket.write("550 onbekende ontvanger\r\n");
        else socket.write("250 OK\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, berichten, sluit: () => new Promise((resolve) => server.close(resolve)) };
}

describe("e-mail uit de outbox", () => {
  const oudeSmtp = process.env.SMTP_URL;
  afterEach(() => {
    if (oudeSmtp === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = oudeSmtp;
  });

  function outboxRij(id: number) {
    return database.sqlite.prepare("SELECT verzonden_op, fout FROM outbox WHERE id = ?").get(id) as {
      verzonden_op: string | null;
      fout: string | null;
    };
  }

  it("laat de mail zonder SMTP_URL onverzonden in de outbox staan", async () => {
    delete process.env.SMTP_URL;
    const id = queueMail(database.db, { aan: BELEID, onderwerp: "Test", tekst: "Hallo" });
    await deliverPendingMail();
    expect(outboxRij(id)).toEqual({ verzonden_op: null, fout: null });
  });

  it("verstuurt met SMTP_URL elke onverzonden mail één keer en noteert een weigering als fout", async () => {
    const smtp = await nepSmtpServer();
    try {
      process.env.SMTP_URL = smtp.url;
      const goed = queueMail(database.db, { aan: BELEID, onderwerp: "Regel één\r\nBcc: x@evil.example", tekst: "Hallo Sanne" });
      const fout = queueMail(database.db, { aan: "weiger@nergens.example", onderwerp: "Test", tekst: "Hallo" });

      await Promise.all([deliverPendingMail(), deliverPendingMail()]);
      expect(smtp.berichten).toHaveLength(1);
      expect(smtp.berichten[0]).toContain("Hallo Sanne");
      expect(smtp.berichten[0]).not.toMatch(/^Bcc:/m);
      expect(outboxRij(goed).verzonden_op).not.toBeNull();
      expect(outboxRij(fout)).toMatchObject({ verzonden_op: null });
      expect(outboxRij(fout).fout).toMatch(/550/);
      expect(outboxRij(fout).fout).not.toContain(smtp.url);

      await deliverPendingMail();
      expect(smtp.berichten).toHaveLength(1);
    } finally {
      await smtp.sluit();
    }
  });
});
