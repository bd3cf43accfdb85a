import { eq } from "drizzle-orm";
import { expect, openDatabase, schema, test } from "./fixtures";

// procesregisseur@voorschoten.example: no other browser test changes this account's preferences.
const EMAIL = "procesregisseur@voorschoten.example";

test.describe("herinneringen en agenda op /account", () => {
  test("kiest maandelijkse herinneringen en maakt een agenda-link die in een agenda-app werkt", async ({ page, loginAs, expectAccessible, baseURL }) => {
    await loginAs(EMAIL);
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 2, name: "Herinneringen en agenda" })).toBeVisible();
    await expectAccessible();

    await page.getByLabel("Maandelijks, op de eerste maandag van de maand").check();
    await page.getByRole("button", { name: "Voorkeur opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toContainText("maandelijks");
    const { db } = await openDatabase();
    const rij = () => db.select().from(schema.gebruiker).where(eq(schema.gebruiker.email, EMAIL)).get()!;
    expect(rij().digestFrequentie).toBe("maandelijks");

    await page.getByRole("button", { name: "Agenda-link maken" }).click();
    const veld = page.getByLabel("Uw persoonlijke agenda-link");
    await expect(veld).toBeVisible();
    const url = await veld.inputValue();
    expect(url.startsWith(`${baseURL}/agenda/`)).toBe(true);
    expect(url).toMatch(/\/agenda\/[a-z2-7]{32}\.ics$/);
    await expect(page.getByText("U heeft een actieve agenda-link.")).toBeVisible();
    await expectAccessible();

    // A calendar app fetches the feed without a session.
    const feed = await page.context().browser()!.newContext();
    const antwoord = await feed.request.get(url);
    expect(antwoord.status()).toBe(200);
    expect(antwoord.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await antwoord.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    // After a reload the link is not shown again: only its hash is stored.
    await page.reload();
    await expect(page.getByLabel("Uw persoonlijke agenda-link")).toHaveCount(0);

    // A new link makes the old one stop working.
    await page.getByRole("button", { name: "Nieuwe agenda-link maken" }).click();
    await expect(page.getByText("Uw vorige link werkt niet meer.")).toBeVisible();
    expect((await feed.request.get(url)).status()).toBe(404);
    await feed.close();

    await page.getByRole("button", { name: "Agenda-link intrekken" }).click();
    await expect(page.getByText("Uw agenda-link is ingetrokken.")).toBeVisible();
    expect(rij().agendaTokenHash).toBeNull();
  });

  test("de keuze is met alleen het toetsenbord te maken", async ({ page, loginAs }) => {
    await loginAs(EMAIL);
    await page.goto("/account");
    await page.getByLabel("Wekelijks, op maandagochtend").focus();
    await page.keyboard.press("ArrowDown"); // maandelijks
    await page.keyboard.press("ArrowDown"); // nooit
    await expect(page.getByLabel("Nooit")).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Voorkeur opslaan" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toHaveText("Opgeslagen. U ontvangt geen overzicht meer.");
  });
});
