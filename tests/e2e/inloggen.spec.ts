import { DEMO_PASSWORD, expect, test } from "./fixtures";
import { rondTweestapsverificatieAf } from "./tweestapsverificatie-stap";

// These roles must use MFA: after the password they set up an app (first time) or give its code.
const MET_MFA = new Set(["beheerder@demo.example", "coordinator@leiden.example", "coordinator@gouda.example", "coordinator@denhaag.example"]);

const ROLLEN: [string, string, string][] = [
  ["coordinator@leiden.example", "Hollands Midden", "Regiocoördinator Leiden"],
  ["coordinator@gouda.example", "Hollands Midden", "Regiocoördinator Gouda"],
  ["beleid@voorschoten.example", "Hollands Midden", "Gemeente Voorschoten"],
  ["procesregisseur@voorschoten.example", "Hollands Midden", "Procesregisseur Voorschoten"],
  ["partner@veiligthuis.example", "Hollands Midden", "Ketenpartner Veilig Thuis Hollands Midden"],
  ["wethouder@leiden.example", "Hollands Midden", "Lezer (wethouder) Leiden"],
  ["coordinator@denhaag.example", "Haaglanden", "Regiocoördinator Den Haag"],
];

test.describe("inloggen via het formulier", () => {
  for (const [email, regio, rol] of ROLLEN) {
    test(`${email} komt in regio ${regio} en ziet zijn rol`, async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(/\/login$/);
      await page.getByLabel("E-mailadres").fill(email);
      await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Inloggen" }).click();
      if (MET_MFA.has(email)) await rondTweestapsverificatieAf(page, email);
      await expect(page.getByRole("banner")).toContainText(`Regio ${regio}`);
      await expect(page.getByRole("banner")).toContainText(rol);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(regio);
    });
  }

  test("de beheerder kiest een regio en ziet alle drie", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill("beheerder@demo.example");
    await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await rondTweestapsverificatieAf(page, "beheerder@demo.example");
    await expect(page.getByRole("heading", { name: "Kies een regio" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Hollands Midden/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Haaglanden/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Drechtsteden/ })).toBeVisible();
    await page.getByRole("link", { name: /Haaglanden/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Haaglanden");
  });

  test("een fout wachtwoord geeft een duidelijke melding en geen toegang", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill("beleid@voorschoten.example");
    await page.getByLabel("Wachtwoord").fill("dit-is-het-niet");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("alert")).toHaveText("Deze combinatie van e-mailadres en wachtwoord is niet bekend.");
    await expect(page.getByLabel("E-mailadres")).toHaveValue("beleid@voorschoten.example");
    await page.goto("/r/hollands-midden");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fr%2Fhollands-midden$/);
  });

  test("na inloggen keert de gebruiker terug naar de gevraagde pagina, en uitloggen beëindigt de sessie", async ({ page }) => {
    await page.goto("/r/hollands-midden/visie");
    await page.getByLabel("E-mailadres").fill("wethouder@leiden.example");
    await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL(/\/r\/hollands-midden\/visie$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Regiovisie Aanpak Huiselijk Geweld Hollands Midden");

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/r/hollands-midden/visie");
    await expect(page).toHaveURL(/\/login/);
  });

  test("alles werkt met het toetsenbord: inloggen en uitloggen", async ({ page }) => {
    await page.goto("/login");
    await page.keyboard.press("Tab"); // skip link or first control
    await page.getByLabel("E-mailadres").focus();
    await page.keyboard.type("coordinator@leiden.example");
    await page.keyboard.press("Tab");
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await rondTweestapsverificatieAf(page, "coordinator@leiden.example");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hollands Midden");
  });
});

test.describe("toegang en foutpagina's", () => {
  test("een gebruiker van Haaglanden krijgt een Nederlandse 403 op Hollands Midden", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("coordinator@denhaag.example");
    const response = await page.goto("/r/hollands-midden");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expectAccessible();
  });

  test("een onbekende pagina geeft een Nederlandse 404", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("coordinator@leiden.example");
    const response = await page.goto("/bestaat/niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
    await expectAccessible();
  });

  test("de pagina's hebben beveiligingsheaders met een CSP-nonce", async ({ page }) => {
    const response = await page.goto("/login");
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-/);
    expect(csp).toContain("frame-ancestors 'none'");
    // React hydrated despite the strict CSP: the client-side submit state appears.
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.reload();
    await page.waitForLoadState("networkidle");
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });
});
