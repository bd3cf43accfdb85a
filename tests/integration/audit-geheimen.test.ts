import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { action as loginAction } from "../../app/routes/account/login";
import { action as vergetenAction } from "../../app/routes/account/wachtwoord-vergeten";
import { action as herstellenAction } from "../../app/routes/account/wachtwoord-herstellen";
import { postRequest, run, testContext } from "../helpers/http";
import { DEMO_PASSWORD } from "../helpers/paths";

describe("auditlog bevat geen geheimen", () => {
  it("legt inloggen en wachtwoordherstel vast zonder wachtwoorden, tokens of hashes", async () => {
    const fout = "een-fout-wachtwoord-42";
    const nieuw = "mijn-nieuwe-wachtwoord-2026";
    await run(() => loginAction({ request: postRequest("/login", { email: "beleid@voorschoten.example", password: fout }), params: {}, context: testContext } as any));
    await run(() => loginAction({ request: postRequest("/login", { email: "beleid@voorschoten.example", password: DEMO_PASSWORD }), params: {}, context: testContext } as any));
    await run(() => vergetenAction({ request: postRequest("/wachtwoord-vergeten", { email: "beleid@voorschoten.example" }), params: {}, context: testContext } as any));

    const mail = db.get<{ tekst: string }>(sql`select tekst from outbox order by id desc limit 1`);
    const token = mail.tekst.match(/\/wachtwoord\/([a-z0-9]+)/)![1];
    const uit = await run(() =>
      herstellenAction({
        request: postRequest(`/wachtwoord/${token}`, { nieuwWachtwoord: nieuw, herhaalWachtwoord: nieuw }),
        params: { token },
        context: testContext,
      } as any),
    );
    expect(uit.status).toBe(302);

    const rijen = db.all<{ actie: string; voor: string | null; na: string | null }>(sql`select actie, voor, na from audit`);
    expect(rijen.map((r) => r.actie)).toEqual(expect.arrayContaining(["inloggen.mislukt", "inloggen"]));
    const alles = JSON.stringify(rijen);
    for (const geheim of [fout, DEMO_PASSWORD, nieuw, token, "$argon2id$"]) expect(alles).not.toContain(geheim);
  });
});
