import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

function vandaag(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

/** Creates an overleg of today in Hollands Midden through its form, and waits for its page. */
async function maakOverleg(page: Page, titel: string) {
  await page.goto("/r/hollands-midden/overleg");
  await page.getByLabel("Datum").fill(vandaag());
  await page.getByLabel("Titel").fill(titel);
  await page.getByRole("button", { name: "Overleg aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titel);
}

test.describe("het ambtelijk beleidsoverleg", () => {
  test("een coördinator leidt een overleg met drie updates en een besluit, en drukt het verslag af", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("coordinator@leiden.example");
    await page.goto("/r/hollands-midden/overleg");
    await expectAccessible();
    await page.getByLabel("Datum").fill(vandaag());
    await page.getByLabel("Titel").fill("Ambtelijk beleidsoverleg e2e");
    await page.getByRole("button", { name: "Overleg aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ambtelijk beleidsoverleg e2e");
    await expectAccessible();

    // The page must not reload during the meeting: a marker on window survives every save.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    // An agendapunt's forms open on "Bijwerken"; an agenda of 200 acties with every form open was too slow.
    const items = page.locator("article[id^='actie-']").filter({ has: page.getByRole("button", { name: /^Bijwerken/ }) });
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByLabel("Nieuwe status")).toHaveCount(0);
    const ids = (await items.evaluateAll((els) => els.map((el) => el.id))).slice(0, 3);
    const titels: string[] = [];
    for (const [i, id] of ids.entries()) {
      const item = page.locator(`article#${id}`);
      titels.push((await item.locator("h4").innerText()).trim());
      const bijwerken = item.getByRole("button", { name: /^Bijwerken/ });
      await bijwerken.click();
      await expect(bijwerken).toHaveAttribute("aria-expanded", "true");
      if (i === 0) await expectAccessible();
      await item.getByLabel("Nieuwe status").selectOption("op_schema");
      await item.getByLabel("Toelichting").fill(`Besproken in het overleg, punt ${i + 1}: loopt weer volgens planning.`);
      await item.getByRole("button", { name: "Voortgang opslaan" }).click();
      await expect(item.getByRole("status").filter({ hasText: "Voortgang" })).toHaveText("Voortgang opgeslagen. Status: Op schema.");
    }
    const eerste = page.locator("article[id^='actie-']").first();
    await eerste.getByLabel("Besluit over deze actie").fill("De werkgroep rapporteert in het volgende overleg over de voortgang.");
    await eerste.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(eerste.getByRole("status").filter({ hasText: /besluit/i })).toContainText(/vastgelegd/i);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

    await page.getByRole("link", { name: "Verslag" }).first().click();
    const verslag = page.locator("#verslag-kop").locator("..");
    for (const titel of titels) await expect(verslag).toContainText(titel.replace(/^\S+\s/, ""));
    await expect(verslag).toContainText("De werkgroep rapporteert in het volgende overleg");
    await expectAccessible();

    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /download het verslag als Word-bestand/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^verslag-overleg-\d{4}-\d{2}-\d{2}\.docx$/);
  });

  test("het overleg is met alleen het toetsenbord te doorlopen en bij te werken", async ({ page, loginAs }) => {
    await loginAs("coordinator@gouda.example");
    await page.goto("/r/hollands-midden/overleg");
    await page.getByLabel("Datum").fill(vandaag());
    await page.getByLabel("Titel").fill("Overleg met het toetsenbord");
    await page.getByLabel("Titel").press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overleg met het toetsenbord");

    // Tab from the top of the page to the first agendapunt's "Bijwerken", open it, and tab on to its status field.
    await page.locator("body").focus();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const knop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return !!el && el.tagName === "BUTTON" && (el.textContent ?? "").startsWith("Bijwerken") && !!el.closest("article[id^='actie-']");
      });
      if (knop) break;
    }
    await page.keyboard.press("Enter");
    await expect(page.locator("button[aria-expanded='true']:focus")).toHaveCount(1);
    let gevonden = false;
    for (let i = 0; i < 10 && !gevonden; i++) {
      await page.keyboard.press("Tab");
      gevonden = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return !!el && el.tagName === "SELECT" && !!el.closest("article[id^='actie-']");
      });
    }
    expect(gevonden).toBe(true);
    const item = page.locator("article[id^='actie-']").filter({ has: page.locator("select:focus") });
    await page.keyboard.press("End"); // last option: vervallen needs verantwoording
    await page.keyboard.press("Home"); // first option: niet gestart
    await page.keyboard.press("ArrowDown"); // op schema
    await page.keyboard.press("Tab");
    // Tab to the toelichting and type, then on to the save button.
    for (let i = 0; i < 5; i++) {
      if (await page.evaluate(() => document.activeElement?.tagName === "TEXTAREA")) break;
      await page.keyboard.press("Tab");
    }
    await page.keyboard.type("Met het toetsenbord bijgewerkt tijdens het overleg.");
    for (let i = 0; i < 10; i++) {
      const knop = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (knop === "Voortgang opslaan") break;
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await expect(item.getByRole("status").filter({ hasText: "Voortgang" })).toContainText("Voortgang opgeslagen");

    // Every focused element is visibly outlined.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
  });

  test("zonder JavaScript opent ?punt= één agendapunt en slaat het zijn voortgang op", async ({ browser, page, loginAs, baseURL }) => {
    await loginAs("coordinator@leiden.example");
    await maakOverleg(page, "Overleg zonder JavaScript");
    const overlegUrl = page.url();

    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    await context.addCookies(await page.context().cookies());
    const zonderJs = await context.newPage();
    await zonderJs.goto(overlegUrl);
    await expect(zonderJs.getByLabel("Nieuwe status")).toHaveCount(0);
    const item = zonderJs.locator("article[id^='actie-']").filter({ has: zonderJs.locator(".status-badge:not(.status-op_schema)") }).first();
    const id = (await item.getAttribute("id"))!.replace("actie-", "");
    await item.getByRole("link", { name: /^Bijwerken/ }).click();
    await expect(zonderJs).toHaveURL(new RegExp(`\\?punt=${id}#actie-${id}$`));
    // Only the agendapunt in the URL has its forms open.
    await expect(zonderJs.getByLabel("Nieuwe status")).toHaveCount(1);
    const geopend = zonderJs.locator(`article#actie-${id}`);
    await geopend.getByLabel("Nieuwe status").selectOption("op_schema");
    await geopend.getByLabel("Toelichting").fill("Besproken zonder JavaScript: loopt weer volgens planning.");
    await geopend.getByRole("button", { name: "Voortgang opslaan" }).click();

    await expect(zonderJs).toHaveURL(new RegExp(`#actie-${id}$`));
    await expect(zonderJs).not.toHaveURL(/punt=/);
    await expect(zonderJs.locator(`article#actie-${id} .agendapunt-feiten .status-badge`)).toHaveText("Op schema");
    await expect(zonderJs.locator(`article#actie-${id} .agendapunt-voortgang`)).toContainText("Besproken zonder JavaScript");
    await context.close();
  });

  test("de coördinator vult de agenda aan met een actiecode of uit de lijst", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("coordinator@leiden.example");
    await maakOverleg(page, "Overleg met een aangevulde agenda");

    // The list is not on the page until asked for; an empty code says what to do.
    const aanvullen = page.locator("section[aria-labelledby='aanvullen-kop']");
    await expect(aanvullen.getByLabel("Kies een actie")).toHaveCount(0);
    await aanvullen.getByRole("button", { name: "Aan de agenda toevoegen" }).click();
    await expect(aanvullen.getByText("Kies een actie uit de lijst of vul een actiecode in.")).toBeVisible();

    await aanvullen.getByRole("link", { name: /^Kies uit de lijst van \d+ acties? die niet op de agenda/ }).click();
    await expect(page).toHaveURL(/\?aanvullen/);
    const lijst = aanvullen.getByLabel("Kies een actie");
    await expect(lijst).toBeVisible();
    await expectAccessible();
    const keuze = lijst.locator("option").nth(1);
    const tekst = (await keuze.innerText()).trim();
    await lijst.selectOption({ index: 1 });
    await aanvullen.getByRole("button", { name: "Aan de agenda toevoegen" }).click();
    const titel = tekst.replace(/ \(\d{4}\)$/, "");
    await expect(page.locator("article[id^='actie-'] h4", { hasText: titel })).toHaveCount(1);
    await expect(page.locator("article[id^='actie-']", { hasText: titel }).getByText("Handmatig toegevoegd")).toBeVisible();
  });
});
