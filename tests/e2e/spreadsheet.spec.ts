import { sql } from "drizzle-orm";
import { expect, openDatabase, test } from "./fixtures";

const PLAN = "/r/hollands-midden/plannen";

test.describe("spreadsheets: exporteren en importeren", () => {
  test("de exportlinks downloaden het plan als .xlsx en als CSV, met de filters van de pagina", async ({ page, loginAs }) => {
    await loginAs("wethouder@leiden.example");
    await page.goto(`${PLAN}/2025?status=vertraagd`);
    const excel = page.getByRole("link", { name: "Exporteren naar Excel" });
    await expect(excel).toHaveAttribute("href", `${PLAN}/2025/export.xlsx?status=vertraagd`);
    // A lezer may export but never import.
    await expect(page.getByRole("link", { name: /Importeren/ })).toHaveCount(0);

    const [xlsx] = await Promise.all([page.waitForEvent("download"), excel.click()]);
    expect(xlsx.suggestedFilename()).toBe("uitvoeringsplan-hollands-midden-2025.xlsx");
    const xlsxPad = await xlsx.path();
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(xlsxPad).subarray(0, 2).toString()).toBe("PK");

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporteren naar CSV" }).click()]);
    expect(csv.suggestedFilename()).toBe("uitvoeringsplan-hollands-midden-2025.csv");
    const inhoud = readFileSync(await csv.path());
    expect([...inhoud.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = inhoud.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
    expect(regels[0]).toMatch(/^Code;Titel;/);
    expect(regels.slice(1).every((r) => r.includes(";Vertraagd;"))).toBe(true);
  });

  test("een coördinator importeert een CSV in het conceptplan; elke stap is toegankelijk", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("coordinator@leiden.example");
    await page.goto(`${PLAN}/2026`);
    await page.getByRole("link", { name: "Importeren uit Excel of CSV" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acties importeren in uitvoeringsplan 2026");
    await expectAccessible();

    // A broken file gets a clear message next to the field.
    await page.getByLabel("Bestand met acties").setInputFiles({ name: "kapot.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("geen excel") });
    await page.getByRole("button", { name: "Bestand uploaden" }).click();
    await expect(page.locator("#bestand-error")).toContainText("geen geldig Excel-bestand");
    await expectAccessible();

    const titel = `E2E-import ${Date.now()}`;
    const csv = `\uFEFFActie;Doelstelling;Trekker;Planning;Stand;Opmerkingen\r\n${titel};2.3;Gemeente Leiden;Q4 2026;groen;Loopt volgens plan\r\n`;
    await page.getByLabel("Bestand met acties").setInputFiles({ name: "import-e2e.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Bestand uploaden" }).click();
    await expect(page.getByRole("heading", { name: "Kolommen koppelen" })).toBeVisible();
    await expect(page.getByLabel('Kolom "Planning"')).toHaveValue("deadline");
    await expect(page.getByLabel('Kolom "Stand"')).toHaveValue("status");
    await expectAccessible();

    await page.getByRole("button", { name: "Verder naar controle" }).click();
    await expect(page.getByRole("heading", { name: "Controleren" })).toBeVisible();
    await expect(page.getByRole("table")).toContainText(titel);
    await expect(page.getByRole("table")).toContainText("31 december 2026");
    await expectAccessible();

    await page.getByRole("button", { name: "1 actie importeren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "geïmporteerd" })).toContainText("1 actie uit import-e2e.csv is geïmporteerd");
    await expectAccessible();

    const { db } = await openDatabase();
    const rij = db.get<{ status: string; deadline: string }>(sql`select status, deadline from actie where titel = ${titel}`);
    expect(rij).toEqual({ status: "op_schema", deadline: "2026-12-31" });
  });

  test("de importpagina van een vastgesteld plan zegt dat importeren daar niet kan", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("coordinator@leiden.example");
    await page.goto(`${PLAN}/2025`);
    await expect(page.getByRole("link", { name: /Importeren/ })).toHaveCount(0);
    await page.goto(`${PLAN}/2025/import`);
    await expect(page.getByText("U kunt alleen importeren in een uitvoeringsplan dat nog concept is.")).toBeVisible();
    await expectAccessible();
  });
});
