import { expect, test } from "./fixtures";

test.describe("de voortgangsrapportage voor wethouders", () => {
  test("een wethouder opent de rapportage vanaf het dashboard, drukt die af op A4 en downloadt het Word-bestand", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("wethouder@leiden.example");
    await page.goto("/r/hollands-midden");
    await page.getByRole("link", { name: /^Voortgangsrapportage \d{4}$/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Voortgangsrapportage \d{4}$/);
    await expectAccessible();

    const actielijnen = page.getByRole("heading", { level: 2, name: /^Actielijn / });
    const titels = await actielijnen.allInnerTexts();
    expect(titels.length).toBeGreaterThan(0);
    await expect(page.getByRole("heading", { level: 2, name: "Legenda stoplicht" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wat kostte het" }).first()).toBeVisible();

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
    for (const titel of titels) await expect(page.getByRole("heading", { level: 2, name: titel })).toBeVisible();
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: "screen" });

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download als Word (.docx)" }).click();
    expect((await download).suggestedFilename()).toMatch(/^voortgangsrapportage-hollands-midden-\d{4}\.docx$/);
  });

  test("de rapportage van één gemeente heeft een eigen titel en is toegankelijk", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("beleid@voorschoten.example");
    await page.goto("/r/hollands-midden");
    const href = await page.getByRole("link", { name: /^Voortgangsrapportage \d{4}$/ }).getAttribute("href");
    await page.goto(`${href}?gemeente=voorschoten`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Lokale voortgang Voorschoten \d{4}$/);
    await expect(page.getByRole("heading", { level: 3, name: "Voorschoten" })).toBeVisible();
    await expectAccessible();
  });
});
