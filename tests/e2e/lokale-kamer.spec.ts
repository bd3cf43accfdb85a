import type { Page } from "@playwright/test";
import { sql } from "drizzle-orm";
import { expect, openDatabase, test } from "./fixtures";

function vandaag(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

/** Titles of Voorschoten's mijlpalen that are still to be done, in order (the spec may run on a used database). */
async function openMijlpalenVoorschoten(): Promise<string[]> {
  const { db } = await openDatabase();
  return db
    .all<{ titel: string }>(sql`
      select m.titel from mijlpaal m
      join lokale_kamer k on k.id = m.lokale_kamer_id
      join gemeente g on g.id = k.gemeente_id
      where g.slug = 'voorschoten' and m.status in ('open', 'bezig')
      order by m.volgorde, m.id`)
    .map((r) => r.titel);
}

async function voortgangInOverzicht(page: Page, gemeente: string) {
  const rij = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${gemeente}`) }) });
  const tekst = await rij.getByText(/\d+ van \d+ gereed/).innerText();
  const [, gereed, totaal] = /(\d+) van (\d+) gereed/.exec(tekst)!;
  return { rij, gereed: Number(gereed), totaal: Number(totaal) };
}

test.describe("de lokale kamer", () => {
  test("de procesregisseur van Voorschoten meldt twee mijlpalen gereed en het overzicht volgt", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("procesregisseur@voorschoten.example");
    await page.goto("/r/hollands-midden/lokale-kamers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lokale kamers");
    await expectAccessible();
    const voor = await voortgangInOverzicht(page, "Voorschoten");

    await voor.rij.getByRole("link", { name: "Voorschoten" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lokale kamer Voorschoten");
    await expectAccessible();

    const titels = (await openMijlpalenVoorschoten()).slice(0, 2);
    expect(titels).toHaveLength(2);
    for (const [i, titel] of titels.entries()) {
      await page.getByRole("link", { name: `Bewerken: ${titel}` }).click();
      await expect(page.getByRole("heading", { level: 2, name: `Mijlpaal bijwerken: ${titel}` })).toBeVisible();
      await page.getByLabel("Status").selectOption("gereed");
      if (i === 0) {
        // Gereed without a date is refused, with the message next to the field and the input kept.
        await page.getByLabel("Toelichting").fill("Afspraken vastgelegd met het jeugdteam en Veilig Thuis.");
        await page.getByRole("button", { name: "Mijlpaal opslaan" }).click();
        await expect(page.locator("#gereedOp-error")).toContainText("op welke datum");
        await expect(page.getByLabel("Toelichting")).toHaveValue("Afspraken vastgelegd met het jeugdteam en Veilig Thuis.");
        await expectAccessible();
      }
      await page.getByLabel("Gereed op").fill(vandaag());
      await page.getByLabel("Link naar het document").fill("https://www.example.org/voorschoten/samenwerkingsafspraken.pdf");
      await page.getByRole("button", { name: "Mijlpaal opslaan" }).click();
      await expect(page.getByRole("status")).toContainText("De mijlpaal is opgeslagen.");
      const rij = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: titel }) });
      await expect(rij).toContainText("Gereed");
    }
    await expect(page.locator("#geschiedenis-kop").locator("..")).toContainText(`Mijlpaal bijgewerkt: ${titels[1]}`);

    await page.getByRole("link", { name: "Alle lokale kamers van de regio" }).click();
    const na = await voortgangInOverzicht(page, "Voorschoten");
    expect(na.gereed).toBe(voor.gereed + 2);
    expect(na.totaal).toBe(voor.totaal);
  });

  test("een gebruiker van Voorschoten kan de lokale kamer van Leiden lezen maar niet bewerken", async ({ page, loginAs, baseURL }) => {
    await loginAs("beleid@voorschoten.example");
    await page.goto("/r/hollands-midden/gemeenten/leiden/lokale-kamer");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lokale kamer Leiden");
    await expect(page.getByRole("link", { name: /^Bewerken/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Mijlpaal toevoegen" })).toHaveCount(0);
    const response = await page.request.post("/r/hollands-midden/gemeenten/leiden/lokale-kamer", {
      form: { intent: "toevoegen", nieuweTitel: "Niet van mij", nieuweStreefdatum: "" },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
  });

  test("het overzicht sorteert en filtert zonder JavaScript, voor de wethouder", async ({ browser, loginAs, page, baseURL }) => {
    await loginAs("wethouder@leiden.example");
    const cookies = await page.context().cookies();
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    await context.addCookies(cookies);
    const zonderJs = await context.newPage();
    await zonderJs.goto("/r/hollands-midden/lokale-kamers");
    await zonderJs.getByRole("link", { name: /^Fase/ }).click();
    await expect(zonderJs).toHaveURL(/sorteer=fase/);
    await expect(zonderJs.getByRole("columnheader", { name: /Fase/ })).toHaveAttribute("aria-sort", "ascending");
    await zonderJs.getByLabel("Subregio").selectOption({ label: "Midden-Holland" });
    await zonderJs.getByRole("button", { name: "Toon" }).click();
    await expect(zonderJs).toHaveURL(/subregio=\d+/);
    await expect(zonderJs).toHaveURL(/sorteer=fase/);
    await expect(zonderJs.getByRole("rowheader", { name: /^Voorschoten/ })).toHaveCount(0);
    await expect(zonderJs.getByRole("rowheader", { name: /^Gouda/ })).toBeVisible();
    await context.close();
  });

  test("de coördinator bewerkt het sjabloon; de pagina is toegankelijk", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("coordinator@gouda.example");
    await page.goto("/r/hollands-midden/lokale-kamers/sjabloon");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sjabloon met mijlpalen voor de lokale kamer");
    await expectAccessible();
    const titel = `Lokale kamer besproken in de raad (e2e ${Date.now()})`;
    await page.getByLabel("Titel").fill(titel);
    await page.getByRole("button", { name: "Mijlpaal aan het sjabloon toevoegen" }).click();
    await expect(page.getByRole("status")).toContainText("Het sjabloon is bijgewerkt.");
    await expect(page.getByRole("rowheader", { name: titel })).toBeVisible();
    await page.getByRole("button", { name: `Omhoog: ${titel}` }).click();
    await expect(page.getByRole("status")).toContainText("Het sjabloon is bijgewerkt.");
    await page.getByRole("link", { name: `Verwijderen: ${titel}` }).click();
    await expectAccessible();
    await page.getByRole("button", { name: "Ja, verwijderen" }).click();
    await expect(page.getByRole("rowheader", { name: titel })).toHaveCount(0);
  });
});
