import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const REGIO = "/r/hollands-midden";

async function reageer(page: Page, tekst: string, over?: RegExp) {
  await page.goto(`${REGIO}/actualisatie/2026/reacties`);
  if (over) {
    const optie = page.getByLabel("Over").locator("option").filter({ hasText: over }).first();
    await page.getByLabel("Over").selectOption((await optie.getAttribute("value")) ?? "");
  }
  await page.getByLabel("Reactie", { exact: true }).fill(tekst);
  await page.getByRole("button", { name: "Reactie plaatsen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw reactie is geplaatst" })).toBeVisible();
}

test.describe("de jaarlijkse actualisatie", () => {
  test("de coördinator stelt 2026 vast na reacties van twee gemeenten, maakt 2027 en bekijkt het verschil", async ({ page, loginAs, expectAccessible }) => {
    // 2026: the last two open acties of 2025 still need a decision.
    await loginAs("coordinator@leiden.example");
    await page.goto(`${REGIO}/plannen/2026`);
    await page.getByRole("link", { name: "Afstemming en vaststelling" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actualisatie: uitvoeringsplan 2026");
    await expectAccessible();

    await page.getByRole("button", { name: "Ter afstemming versturen" }).click();
    await expect(page.getByRole("alert")).toContainText("nog 2 acties uit 2025 zonder besluit");

    await page.getByRole("link", { name: /Besluiten nemen/ }).click();
    await expect(page.getByText("Nog 2 van")).toBeVisible();
    await expectAccessible();
    await page.getByRole("button", { name: "Alle 2 acties zonder besluit doorzetten" }).click();
    await expect(page.getByText("Alle open acties hebben een besluit.")).toBeVisible();

    await page.getByRole("navigation", { name: "Actualisatie 2026" }).getByRole("link", { name: "Overzicht" }).click();
    await page.getByRole("button", { name: "Ter afstemming versturen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "ter afstemming" })).toBeVisible();

    // Two gemeenten react: Voorschoten on the plan, Leiden on one actie.
    await loginAs("beleid@voorschoten.example");
    await reageer(page, "Voorschoten vraagt de lokale kamer in het eerste kwartaal op te leveren.");
    await expectAccessible();
    await loginAs("beleid@leiden.example");
    await reageer(page, "Leiden wil trekker worden van deze actie.", /Lokale kamer Leiden/);

    // The coordinator answers both and vaststelt.
    await loginAs("coordinator@leiden.example");
    await page.goto(`${REGIO}/actualisatie/2026/reacties`);
    await expect(page.getByRole("heading", { name: "Hebben gereageerd (2)" })).toBeVisible();
    await expectAccessible();
    const reacties = page.locator("li[id^='reactie-']");
    await expect(reacties).toHaveCount(2);
    for (let i = 0; i < 2; i++) {
      const item = page.locator("li[id^='reactie-']").nth(i);
      await item.getByLabel(i === 0 ? "Overgenomen" : "Deels overgenomen", { exact: true }).check();
      await item.getByLabel("Antwoord", { exact: true }).fill(i === 0 ? "Overgenomen: oplevering in Q1." : "Deels: Leiden wordt mede-trekker.");
      await item.getByRole("button", { name: "Antwoord opslaan" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Het antwoord is opgeslagen." })).toBeVisible();
      await expect(page.getByText("Open: nog niet beantwoord")).toHaveCount(1 - i);
    }

    await page.goto(`${REGIO}/actualisatie/2026`);
    await page.getByLabel("Besluit", { exact: true }).fill("Ambtelijk beleidsoverleg 12 december 2025");
    await page.getByLabel("Besluit- of zaaknummer (optioneel)").fill("Z/25/0042");
    await page.getByRole("button", { name: "Plan vaststellen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is vastgesteld" })).toBeVisible();
    await expect(page.getByText("Ambtelijk beleidsoverleg 12 december 2025")).toBeVisible();
    await expectAccessible();

    // 2027 from the vastgesteld 2026.
    await page.goto(`${REGIO}/plannen/2026`);
    await page.getByRole("link", { name: "Actualisatie 2027" }).click();
    await expectAccessible();
    await page.getByRole("button", { name: "Uitvoeringsplan 2027 starten" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Besluiten over de acties van 2026");

    const besluiten = page.locator("select[name^='besluit-']");
    const naamVan = async (i: number) => ((await besluiten.nth(i).getAttribute("name")) ?? "").replace("besluit-", "");
    const vervalt = await naamVan(0);
    const klaar = await naamVan(1);
    const door = await naamVan(2);
    await page.locator(`#besluit-${vervalt}`).selectOption("vervallen");
    await page.getByRole("button", { name: "Besluiten opslaan" }).click();
    await expect(page.locator(`#reden-${vervalt}-error`)).toHaveText(/Geef de reden waarom de actie vervalt/);
    await expectAccessible();
    await page.locator(`#reden-${vervalt}`).fill("Landelijk opgepakt door het ministerie.");
    await page.locator(`#besluit-${klaar}`).selectOption("afgerond");
    await page.locator(`#besluit-${door}`).selectOption("doorzetten");
    await page.locator(`#deadline-${door}`).fill("2027-06-30");
    await page.getByRole("button", { name: "Besluiten opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De besluiten zijn opgeslagen." })).toBeVisible();
    await page.getByRole("button", { name: /acties zonder besluit doorzetten/ }).click();
    await expect(page.getByText("Alle open acties hebben een besluit.")).toBeVisible();

    await page.goto(`${REGIO}/actualisatie/2027`);
    await page.getByRole("button", { name: "Ter afstemming versturen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "ter afstemming" })).toBeVisible();
    await page.getByLabel("Besluit", { exact: true }).fill("Ambtelijk beleidsoverleg december 2026");
    await page.getByRole("button", { name: "Plan vaststellen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is vastgesteld" })).toBeVisible();

    // The diff 2026 → 2027, printable.
    await page.getByRole("navigation", { name: "Actualisatie 2027" }).getByRole("link", { name: "Verschil 2026 → 2027" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verschil uitvoeringsplan 2026 → 2027");
    // Acties already vervallen during 2026 count too; ours carries its reden.
    await expect(page.getByRole("heading", { name: /^Vervallen \(\d+\)$/ })).toBeVisible();
    await expect(page.getByText("Reden: Landelijk opgepakt door het ministerie.")).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Gewijzigd \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole("table", { name: /Aantal acties per soort verschil/ })).toBeVisible();
    await expectAccessible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Actualisatie 2027" })).toBeHidden();
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  });

  test("een lezer kan het besluitscherm niet openen", async ({ page, loginAs }) => {
    await loginAs("wethouder@leiden.example");
    const response = await page.goto(`${REGIO}/actualisatie/2026/besluiten`);
    expect(response?.status()).toBe(403);
  });
});
