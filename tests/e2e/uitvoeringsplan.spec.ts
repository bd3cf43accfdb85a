import { sql } from "drizzle-orm";
import { expect, openDatabase, test } from "./fixtures";

async function actieId(where: ReturnType<typeof sql>): Promise<number> {
  const { db } = await openDatabase();
  const row = db.get<{ id: number }>(sql`
    select a.id from actie a
    join uitvoeringsplan p on p.id = a.plan_id
    left join gemeente g on g.id = a.gemeente_id
    where p.jaar = 2026 and ${where}
    order by a.id limit 1`);
  return row.id;
}

test.describe("het uitvoeringsplan", () => {
  test("een gemeente werkt de voortgang bij van een actie van de eigen gemeente, niet van een andere", async ({ page, loginAs, baseURL }) => {
    await loginAs("beleid@voorschoten.example");
    const eigen = await actieId(sql`g.naam = 'Voorschoten' and a.status not in ('afgerond', 'vervallen')`);
    await page.goto(`/r/hollands-midden/acties/${eigen}`);
    await page.getByLabel("Nieuwe status").selectOption("op_schema");
    await page.getByLabel("Toelichting").fill("Werkgroep is gestart; eerste bijeenkomst in het gemeentehuis gehouden.");
    await page.getByRole("button", { name: "Voortgang opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: /opgeslagen/i })).toBeVisible();
    await expect(page.locator("#voortgang")).toContainText("Werkgroep is gestart");

    const ander = await actieId(sql`g.naam = 'Leiden'`);
    await page.goto(`/r/hollands-midden/acties/${ander}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Voortgang opslaan" })).toHaveCount(0);

    // Even a hand-made POST is refused and changes nothing.
    const { db } = await openDatabase();
    const voor = db.get<{ n: number }>(sql`select count(*) as n from voortgang where actie_id = ${ander}`).n;
    const response = await page.request.post(`/r/hollands-midden/acties/${ander}`, {
      form: { intent: "voortgang", status: "afgerond", datum: "2026-11-01", toelichting: "niet van mij", idempotencyKey: "e2e-weigering-1" },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect(db.get<{ n: number }>(sql`select count(*) as n from voortgang where actie_id = ${ander}`).n).toBe(voor);
  });

  test("een coördinator maakt een actie aan en vindt haar terug in het plan", async ({ page, loginAs }) => {
    await loginAs("coordinator@leiden.example");
    await page.goto("/r/hollands-midden/plannen/2026");
    await page.getByRole("link", { name: "Nieuwe actie" }).click();
    await page.getByLabel("Titel").fill("Regionale training meldcode voor zwemverenigingen");
    await page.getByLabel(/^1\.4 /).check();
    await page.getByLabel("Eigenaar").selectOption({ index: 1 });
    await page.getByLabel("Trekker").selectOption({ label: "Leiden" });
    await page.getByLabel("Deadline").fill("2026-12-15");
    await page.getByRole("button", { name: "Actie aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Regionale training meldcode voor zwemverenigingen");

    await page.goto("/r/hollands-midden/plannen/2026?q=zwemverenigingen");
    await expect(page.getByText("1 van")).toBeVisible();
    await expect(page.getByRole("link", { name: "Regionale training meldcode voor zwemverenigingen" }).first()).toBeVisible();
  });

  test("filters staan in de URL, werken zonder JavaScript en de terugknop werkt", async ({ browser, loginAs, page, baseURL }) => {
    await loginAs("wethouder@leiden.example");
    const cookies = await page.context().cookies();
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    await context.addCookies(cookies);
    const zonderJs = await context.newPage();
    await zonderJs.goto("/r/hollands-midden/plannen/2026");
    await zonderJs.getByRole("checkbox", { name: "Vertraagd" }).check();
    await zonderJs.getByRole("button", { name: "Filters toepassen" }).click();
    await expect(zonderJs).toHaveURL(/status=vertraagd/);
    const rijen = zonderJs.getByRole("table", { name: /^Acties bij doelstelling/ }).locator("tbody tr");
    expect(await rijen.count()).toBeGreaterThan(0);
    for (const rij of await rijen.all()) {
      await expect(rij).toContainText("Vertraagd");
      await expect(rij).not.toContainText(/Op schema|Aandacht nodig|Niet gestart|Afgerond/);
    }
    await zonderJs.goBack();
    await expect(zonderJs).not.toHaveURL(/status=vertraagd/);
    await context.close();
  });
});

test.describe("axe: uitvoeringsplan", () => {
  test("plan, mijn acties, actie, nieuw, bewerken en visie bewerken", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("coordinator@leiden.example");
    const id = await actieId(sql`a.status = 'vertraagd'`);
    for (const path of [
      "/r/hollands-midden/plannen/2026",
      "/r/hollands-midden/plannen/2026?status=aandacht&over-deadline=1",
      "/r/hollands-midden/mijn-acties",
      `/r/hollands-midden/acties/${id}`,
      `/r/hollands-midden/acties/${id}/bewerken`,
      "/r/hollands-midden/plannen/2026/acties/nieuw",
      "/r/hollands-midden/visie/bewerken",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectAccessible();
    }
  });

  test("mijn acties van een gemeente en een ketenpartner", async ({ page, loginAs, expectAccessible }) => {
    for (const email of ["beleid@voorschoten.example", "partner@veiligthuis.example"]) {
      await loginAs(email);
      await page.goto("/r/hollands-midden/mijn-acties");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible();
    }
  });
});
