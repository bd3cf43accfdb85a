import { sql } from "drizzle-orm";
import { expect, openDatabase, test } from "./fixtures";

function vandaag(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

async function actie2026(): Promise<{ id: number; code: string; titel: string }> {
  const { db } = await openDatabase();
  return db.get<{ id: number; code: string; titel: string }>(sql`
    select a.id, a.code, a.titel from actie a
    join uitvoeringsplan p on p.id = a.plan_id
    join regiovisie v on v.id = p.visie_id
    join regio r on r.id = v.regio_id
    where r.slug = 'hollands-midden' and p.jaar = 2026
    order by a.code limit 1`);
}

test.describe("het adviezen register", () => {
  test("een coördinator registreert een advies met drie punten, verwerkt er een en koppelt een actie", async ({ page, loginAs, expectAccessible }) => {
    const onderwerp = `Advies over het uitvoeringsplan ${Date.now()}`;
    await loginAs("coordinator@leiden.example");
    await page.goto("/r/hollands-midden/adviezen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adviezen en zienswijzen");
    await expectAccessible();

    await page.getByLabel("Advies van een adviesraad").check();
    await page.getByLabel("Naam van de adviesraad").fill("Adviesraad Sociaal Domein Leiden");
    await page.getByLabel("Datum van het advies").fill(vandaag());
    await page.getByLabel("Onderwerp").fill(onderwerp);
    await page
      .getByLabel("Adviespunten")
      .fill("Betrek ervaringsdeskundigen bij de evaluatie.\nZorg voor meertalige voorlichting.\nRapporteer jaarlijks aan de raad.");
    await page.getByRole("button", { name: "Advies registreren" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(onderwerp);
    await expect(page.getByText("3 punten, waarvan 3 nog open.")).toBeVisible();
    await expectAccessible();

    // Deels overgenomen needs a toelichting: first refused, then saved.
    const eerste = page.locator("li[id^='punt-']").first();
    await eerste.getByText("Verwerking van punt 1 vastleggen").click();
    await eerste.getByLabel("Verwerking", { exact: true }).selectOption("deels");
    await eerste.getByRole("button", { name: "Verwerking opslaan" }).click();
    await expect(eerste.getByText("Licht toe waarom het punt niet of deels is overgenomen.")).toBeVisible();
    await expectAccessible();
    await eerste.getByLabel("Toelichting").fill("Ervaringsdeskundigen schuiven aan bij de jaarlijkse evaluatie, niet bij elke analyse.");
    await eerste.getByRole("button", { name: "Verwerking opslaan" }).click();
    await expect(eerste.locator("p").getByText("Deels overgenomen", { exact: true })).toBeVisible();
    await expect(page.getByText("3 punten, waarvan 2 nog open.")).toBeVisible();

    const actie = await actie2026();
    await eerste.getByText("Acties aan punt 1 koppelen").click();
    await eerste.getByLabel("Kies acties").selectOption(String(actie.id));
    await eerste.getByRole("button", { name: "Koppelen" }).click();
    const link = eerste.getByRole("link", { name: `${actie.code} ${actie.titel}` });
    await expect(link).toBeVisible();
    await expectAccessible();

    const { db } = await openDatabase();
    const gekoppeld = db.get<{ n: number }>(sql`
      select count(*) as n from adviespunt_actie k
      join adviespunt p on p.id = k.adviespunt_id
      join advies a on a.id = p.advies_id
      where a.onderwerp = ${onderwerp} and k.actie_id = ${actie.id}`).n;
    expect(gekoppeld).toBe(1);

    await link.click();
    await expect(page).toHaveURL(new RegExp(`/r/hollands-midden/acties/${actie.id}$`));

    await page.goto("/r/hollands-midden/adviezen?open=1");
    const rij = page.getByRole("row", { name: new RegExp(onderwerp) });
    await expect(rij.getByRole("cell").nth(2)).toHaveText("2");
    await expect(rij.getByRole("cell").nth(4)).toHaveText("1");
    await expectAccessible();
  });

  test("een wethouder leest het register en een advies, zonder formulieren", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("wethouder@leiden.example");
    await page.goto("/r/hollands-midden/adviezen");
    await expect(page.getByRole("button", { name: "Advies registreren" })).toHaveCount(0);
    await page.getByRole("link", { name: /Concept-regiovisie Geweld Thuis Samen Aanpakken/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Concept-regiovisie");
    await expect(page.getByRole("button", { name: "Verwerking opslaan" })).toHaveCount(0);
    await expectAccessible();
  });
});
