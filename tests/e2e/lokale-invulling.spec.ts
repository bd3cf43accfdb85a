import { expect, test } from "./fixtures";

const AANDACHTSFUNCTIONARISSEN = /Netwerk aandachtsfunctionarissen huiselijk geweld/;

function aantalAfgerond(rollup: string): number {
  const treffer = /(\d+) van (\d+) afgerond/.exec(rollup);
  if (!treffer) throw new Error(`Geen roll-up gevonden in "${rollup}"`);
  return Number(treffer[1]);
}

test.describe("lokale invulling en uitvoering per gemeente", () => {
  test("een gemeente werkt haar deel van een actie per gemeente bij en de roll-up verandert", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("beleid@voorschoten.example");
    await page.goto("/r/hollands-midden/gemeenten/voorschoten");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Lokale invulling Voorschoten \d{4}/);
    await expectAccessible();

    await page.getByRole("link", { name: AANDACHTSFUNCTIONARISSEN }).first().click();
    const sectie = page.locator("#uitvoering");
    const rollup = sectie.locator("p.text-lg").first();
    const voor = aantalAfgerond(await rollup.innerText());
    await expectAccessible();

    const deel = page.locator("#uitvoering-voorschoten");
    await expect(deel).toHaveAttribute("open", "");
    const wasAfgerond = (await deel.locator("summary").innerText()).includes("Afgerond");
    await deel.getByLabel("Nieuwe status").selectOption(wasAfgerond ? "op_schema" : "afgerond");
    await deel.getByLabel("Toelichting").fill("De aandachtsfunctionaris van Voorschoten voor Elkaar is actief in het netwerk.");
    await deel.getByRole("button", { name: "Voortgang Voorschoten opslaan" }).click();

    await expect(page.getByRole("status").filter({ hasText: "De voortgang van de gemeente is opgeslagen." })).toBeVisible();
    await expect(rollup).toContainText(`${wasAfgerond ? voor - 1 : voor + 1} van`);
    await expectAccessible();
  });

  test("een gemeente kan het deel van een andere gemeente niet bijwerken", async ({ page, loginAs }) => {
    await loginAs("beleid@voorschoten.example");
    await page.goto("/r/hollands-midden/gemeenten/voorschoten");
    await page.getByRole("link", { name: AANDACHTSFUNCTIONARISSEN }).first().click();
    await expect(page.locator("#uitvoering-leiden").getByRole("button", { name: /Voortgang Leiden opslaan/ })).toHaveCount(0);
  });

  test("de matrix toont gemeenten per doelstelling en per actie, en is te downloaden", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("coordinator@leiden.example");
    await page.goto("/r/hollands-midden/gemeenten");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Gemeenten \d{4}/);
    const matrix = page.getByRole("table");
    await expect(matrix.getByRole("rowheader")).toHaveCount(18);
    await expectAccessible();

    await page.getByLabel("Weergave").selectOption("acties");
    await page.getByRole("button", { name: "Toon" }).click();
    await expect(page).toHaveURL(/weergave=acties/);
    await expect(matrix.getByRole("columnheader", { name: /1\.3-01/ })).toBeVisible();
    await expectAccessible();

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download als spreadsheet (.xlsx)" }).click();
    expect((await download).suggestedFilename()).toMatch(/^gemeenten-acties-hollands-midden-\d{4}\.xlsx$/);

    await page.getByLabel("Subregio").selectOption({ label: "Midden-Holland" });
    await page.getByLabel("Weergave").selectOption("doelstellingen");
    await page.getByRole("button", { name: "Toon" }).click();
    await expect(matrix.getByRole("rowheader")).toHaveCount(5);
  });

  test("een wethouder ziet de lokale invulling alleen-lezen en kan hem afdrukken", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("wethouder@leiden.example");
    await page.goto("/r/hollands-midden/gemeenten/leiden");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Lokale invulling Leiden \d{4}/);
    await expect(page.getByRole("link", { name: /Lokale actie toevoegen/ })).toHaveCount(0);
    await expectAccessible();

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation").first()).toBeHidden();
    await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  });
});
