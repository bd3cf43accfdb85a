import { generateHOTP } from "@oslojs/otp";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { eq } from "drizzle-orm";
import { expect, type Locator, type Page } from "@playwright/test";
import { openDatabase, schema } from "./fixtures";

/**
 * The phone of the browser tests: computes what an authenticator app would show. A code is
 * accepted once, so after `laatsteStap` (the last accepted step) the next step is used, and when
 * that is too far ahead we wait for the clock.
 */
export async function appCode(geheim: string, laatsteStap: number | null = null): Promise<string> {
  const nu = () => Math.floor(Date.now() / 30_000);
  const stap = laatsteStap !== null && laatsteStap >= nu() ? laatsteStap + 1 : nu();
  while (stap > nu() + 1) await new Promise((r) => setTimeout(r, 1000));
  return generateHOTP(decodeBase32IgnorePadding(geheim), BigInt(stap), 6);
}

async function tabNaar(page: Page, doel: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await doel.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("Het veld of de link is niet met Tab te bereiken");
}

/**
 * After the password of an account that must use MFA: sets up the app (first login) or gives the
 * code, with the keyboard only, and continues into the app.
 */
export async function rondTweestapsverificatieAf(page: Page, email: string) {
  await page.waitForURL(/\/login\/(tweede-stap|mfa-instellen)/);
  const instellen = page.url().includes("/login/mfa-instellen");
  let code: string;
  if (instellen) {
    code = await appCode(((await page.getByTestId("mfa-sleutel").textContent()) ?? "").replace(/\s/g, ""));
  } else {
    const { db } = await openDatabase();
    const rij = db
      .select({ geheim: schema.gebruiker.mfaSecret, laatsteStap: schema.gebruiker.mfaLaatsteStap })
      .from(schema.gebruiker)
      .where(eq(schema.gebruiker.email, email))
      .get();
    if (!rij?.geheim) throw new Error(`${email} heeft geen MFA-geheim`);
    code = await appCode(rij.geheim, rij.laatsteStap);
  }
  await page.locator("body").focus();
  await tabNaar(page, page.getByLabel("Code uit de app"));
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  if (instellen) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tweestapsverificatie staat aan");
    await page.locator("body").focus();
    await tabNaar(page, page.getByRole("link", { name: "Ik heb de codes bewaard" }));
    await page.keyboard.press("Enter");
  }
  await expect(page).not.toHaveURL(/\/login/);
}
