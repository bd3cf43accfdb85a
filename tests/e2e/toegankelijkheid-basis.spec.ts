import { expect, linkFor, test } from "./fixtures";

// Every page of the foundation, scanned with axe (WCAG 2.2 A/AA) as the role that uses it.
const ANONIEM = ["/login", "/wachtwoord-vergeten", "/wachtwoord/ongeldig-token", "/uitnodiging/ongeldig-token"];

const INGELOGD: [string, string[]][] = [
  ["beheerder@demo.example", ["/", "/account", "/beheer", "/beheer/regios", "/beheer/gebruikers", "/beheer/gebruikers/uitnodigen", "/beheer/outbox", "/beheer/audit"]],
  ["coordinator@leiden.example", ["/r/hollands-midden", "/r/hollands-midden/visie", "/r/hollands-midden/plannen", "/beheer/gebruikers", "/beheer/audit"]],
  ["beleid@voorschoten.example", ["/r/hollands-midden", "/account"]],
  ["coordinator@denhaag.example", ["/r/haaglanden", "/r/haaglanden/visie"]],
];

test.describe("axe: pagina's zonder inloggen", () => {
  for (const path of ANONIEM) {
    test(`${path} heeft geen toegankelijkheidsfouten`, async ({ page, expectAccessible }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible();
    });
  }

  test("het formulier voor een nieuw wachtwoord met geldige link", async ({ page, expectAccessible }) => {
    const token = await linkFor("beleid@voorschoten.example", "wachtwoord_reset");
    await page.goto(`/wachtwoord/${token}`);
    await expect(page.getByLabel("Nieuw wachtwoord", { exact: true })).toBeVisible();
    await expectAccessible();
  });

  test("de loginpagina met foutmeldingen", async ({ page, expectAccessible }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expectAccessible();
  });
});

test.describe("axe: pagina's na inloggen", () => {
  for (const [email, paths] of INGELOGD) {
    for (const path of paths) {
      test(`${path} als ${email}`, async ({ page, loginAs, expectAccessible }) => {
        await loginAs(email);
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expectAccessible();
      });
    }
  }

  test("op een telefoonscherm blijven kop en navigatie bruikbaar", async ({ page, loginAs, expectAccessible }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await loginAs("coordinator@leiden.example");
    await page.goto("/r/hollands-midden");
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(breedte).toBeLessThanOrEqual(375);
    await expectAccessible();
  });
});
