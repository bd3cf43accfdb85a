import { and, eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, openDatabase, schema, test } from "./fixtures";
import { rondTweestapsverificatieAf } from "./tweestapsverificatie-stap";

// Every page of app/routes.ts (file downloads excepted), scanned with axe as the roles that use it,
// on the seed data; plus the main tasks done with the keyboard alone (WCAG 2.1.1, 2.4.7).
const HM = "/r/hollands-midden";

function vandaag(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

/** Ids differ per seed run in principle; look them up instead of hard-coding them. */
async function seedIds() {
  const { db } = await openDatabase();
  const regio = db.select({ id: schema.regio.id }).from(schema.regio).where(eq(schema.regio.slug, "hollands-midden")).get();
  if (!regio) throw new Error("Regio Hollands Midden ontbreekt in de seed");
  const plan = db
    .select({ id: schema.uitvoeringsplan.id })
    .from(schema.uitvoeringsplan)
    .innerJoin(schema.regiovisie, eq(schema.regiovisie.id, schema.uitvoeringsplan.visieId))
    .where(and(eq(schema.regiovisie.regioId, regio.id), eq(schema.uitvoeringsplan.jaar, 2026)))
    .get();
  if (!plan) throw new Error("Plan 2026 ontbreekt in de seed");
  const actie = db
    .select({ id: schema.actie.id, code: schema.actie.code, titel: schema.actie.titel })
    .from(schema.actie)
    .where(and(eq(schema.actie.planId, plan.id), eq(schema.actie.status, "vertraagd")))
    .get();
  const advies = db.select({ id: schema.advies.id }).from(schema.advies).where(eq(schema.advies.regioId, regio.id)).get();
  const gebruiker = db.select({ id: schema.gebruiker.id }).from(schema.gebruiker).where(eq(schema.gebruiker.email, "beleid@voorschoten.example")).get();
  if (!actie || !advies || !gebruiker) throw new Error("De seed mist een vertraagde actie, een advies of een gebruiker");
  return { regioId: regio.id, actie, adviesId: advies.id, gebruikerId: gebruiker.id };
}

async function bezoekAlle(page: Page, paden: string[], expectAccessible: () => Promise<void>) {
  for (const pad of paden) {
    const response = await page.goto(pad);
    expect(response?.status(), `status van ${pad}`).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expectAccessible();
  }
}

/** The focused element must show a visible indicator: an outline or a box-shadow ring. */
async function expectZichtbareFocus(page: Page) {
  const stijl = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { outline: "none", schaduw: "none", tag: "BODY" };
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, schaduw: s.boxShadow, tag: el.outerHTML.slice(0, 160) };
  });
  expect(stijl.tag, "er moet een element focus hebben").not.toBe("BODY");
  expect(stijl.outline !== "none" || stijl.schaduw !== "none", `zichtbare focus op ${stijl.tag}`).toBe(true);
}

/** Tabs until the predicate holds for the focused element, checking the focus indicator at every step. */
async function tabTot(page: Page, predicaat: (el: Element, arg: string) => boolean, { arg = "", max = 120 } = {}) {
  // The predicate runs in the browser, so it travels as source text and may use only `el` and `arg`.
  const fn = predicaat.toString();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    await expectZichtbareFocus(page);
    const raak = await page.evaluate(
      ({ fn, arg }) => new Function("el", "arg", `return (${fn})(el, arg)`)(document.activeElement, arg) as boolean,
      { fn, arg },
    );
    if (raak) return;
  }
  throw new Error("Het gezochte element is niet met Tab te bereiken");
}

test.describe("axe op alle pagina's per rol", () => {
  test("beheerder: account, beheer en een regio", async ({ page, loginAs, expectAccessible }) => {
    test.setTimeout(180_000);
    const { regioId, gebruikerId } = await seedIds();
    await loginAs("beheerder@demo.example");
    await bezoekAlle(
      page,
      [
        "/",
        "/account",
        "/beheer",
        "/beheer/regios",
        `/beheer/regios/${regioId}`,
        "/beheer/gebruikers",
        "/beheer/gebruikers/uitnodigen",
        `/beheer/gebruikers/${gebruikerId}`,
        "/beheer/outbox",
        "/beheer/audit",
      ],
      expectAccessible,
    );
    // The invitation form with its error messages.
    await page.goto("/beheer/gebruikers/uitnodigen");
    await page.locator("main form[method='post'] button[type='submit']").last().click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expectAccessible();
  });

  test("regiocoördinator: alle pagina's van de regio", async ({ page, loginAs, expectAccessible }) => {
    // About 35 pages with axe on large plan tables: around two minutes on a slow machine.
    test.setTimeout(300_000);
    const { actie, adviesId } = await seedIds();
    await loginAs("coordinator@leiden.example");

    // An overleg made through the UI, so its page and verslag have a real agenda.
    await page.goto(`${HM}/overleg`);
    await page.getByLabel("Datum").fill(vandaag());
    await page.getByLabel("Titel").fill("Overleg voor de toegankelijkheidscontrole");
    await page.getByRole("button", { name: "Overleg aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overleg voor de toegankelijkheidscontrole");
    const overlegPad = new URL(page.url()).pathname;

    await bezoekAlle(
      page,
      [
        "/",
        "/account",
        HM,
        `${HM}/visie`,
        `${HM}/visie/bewerken`,
        `${HM}/plannen`,
        `${HM}/plannen/2026`,
        `${HM}/plannen/2026?status=vertraagd`,
        `${HM}/plannen/2025`,
        `${HM}/plannen/2026/import`,
        `${HM}/plannen/2026/acties/nieuw`,
        `${HM}/mijn-acties`,
        `${HM}/acties/${actie.id}`,
        `${HM}/acties/${actie.id}/bewerken`,
        `${HM}/overleg`,
        overlegPad,
        `${overlegPad}?weergave=verslag`,
        `${HM}/actualisatie/2026`,
        `${HM}/actualisatie/2026/besluiten`,
        `${HM}/actualisatie/2026/reacties`,
        `${HM}/actualisatie/2026/verschil`,
        `${HM}/gemeenten`,
        `${HM}/gemeenten?weergave=doelstellingen`,
        `${HM}/gemeenten?weergave=acties`,
        `${HM}/gemeenten/voorschoten`,
        `${HM}/gemeenten/voorschoten/lokale-kamer`,
        `${HM}/lokale-kamers`,
        `${HM}/lokale-kamers/sjabloon`,
        `${HM}/adviezen`,
        `${HM}/adviezen/${adviesId}`,
        "/beheer/gebruikers",
        "/beheer/audit",
      ],
      expectAccessible,
    );

    // Error states: an empty new actie and an overleg without a title.
    await page.goto(`${HM}/plannen/2026/acties/nieuw`);
    await page.getByRole("button", { name: "Actie aanmaken" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expectAccessible();

    await page.goto(`${HM}/acties/${actie.id}/bewerken`);
    await page.getByLabel("Titel", { exact: true }).fill("");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expectAccessible();

    // A voortgang with "vertraagd" but without verantwoording: errors next to the fields.
    await page.goto(`${HM}/acties/${actie.id}`);
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Voortgang opslaan" }) }).first();
    await form.getByLabel("Nieuwe status").selectOption("vertraagd");
    await form.getByLabel("Toelichting").fill("Loopt achter.");
    await form.getByRole("button", { name: "Voortgang opslaan" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expectAccessible();
  });

  test("gemeente: beleidsmedewerker van Voorschoten", async ({ page, loginAs, expectAccessible }) => {
    test.setTimeout(180_000);
    const { actie, adviesId } = await seedIds();
    await loginAs("beleid@voorschoten.example");
    await bezoekAlle(
      page,
      [
        "/",
        "/account",
        HM,
        `${HM}/visie`,
        `${HM}/plannen`,
        `${HM}/plannen/2026`,
        `${HM}/plannen/2025`,
        `${HM}/mijn-acties`,
        `${HM}/acties/${actie.id}`,
        `${HM}/overleg`,
        `${HM}/actualisatie/2026`,
        `${HM}/actualisatie/2026/reacties`,
        `${HM}/gemeenten`,
        `${HM}/gemeenten/voorschoten`,
        `${HM}/gemeenten/voorschoten/lokale-kamer`,
        `${HM}/lokale-kamers`,
        `${HM}/adviezen`,
        `${HM}/adviezen/${adviesId}`,
      ],
      expectAccessible,
    );
  });

  test("procesregisseur, partner en lezer", async ({ page, loginAs, expectAccessible }) => {
    test.setTimeout(180_000);
    const { actie } = await seedIds();
    for (const email of ["procesregisseur@voorschoten.example", "partner@veiligthuis.example", "wethouder@leiden.example"]) {
      await page.context().clearCookies();
      await loginAs(email);
      await bezoekAlle(page, [HM, `${HM}/plannen/2026`, `${HM}/mijn-acties`, `${HM}/acties/${actie.id}`, `${HM}/adviezen`], expectAccessible);
    }
  });

  test("regiocoördinator van een andere regio", async ({ page, loginAs, expectAccessible }) => {
    await loginAs("coordinator@denhaag.example");
    await bezoekAlle(page, ["/r/haaglanden", "/r/haaglanden/visie", "/r/haaglanden/plannen", "/r/haaglanden/gemeenten", "/r/haaglanden/adviezen"], expectAccessible);
    // A page that does not exist still has one h1 and no axe errors.
    const response = await page.goto("/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expectAccessible();
  });
});

test.describe("alleen met het toetsenbord", () => {
  test("inloggen met het toetsenbord", async ({ page }) => {
    await page.goto("/login");
    await tabTot(page, (el) => el.tagName === "INPUT" && (el as HTMLInputElement).type === "email");
    await page.keyboard.type("coordinator@leiden.example");
    await tabTot(page, (el) => el.tagName === "INPUT" && (el as HTMLInputElement).type === "password", { max: 5 });
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    // A coördinator must use MFA: the code (or the set-up at a first login), also by keyboard alone.
    await rondTweestapsverificatieAf(page, "coordinator@leiden.example");
    await expect(page).not.toHaveURL(/\/login/);
    await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  });

  test("een actie zoeken, openen en voortgang melden met het toetsenbord", async ({ page, loginAs }) => {
    const { actie } = await seedIds();
    await loginAs("coordinator@leiden.example");
    await page.goto(`${HM}/plannen/2026`);

    await tabTot(page, (el) => el.tagName === "INPUT" && (el as HTMLInputElement).type === "search");
    await page.keyboard.type(actie.code);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(actie.code)}`));

    // Tab on to the link of the actie and follow it with Enter.
    const href = `${HM}/acties/${actie.id}`;
    await page.locator("body").focus();
    await tabTot(page, (el, pad) => el.tagName === "A" && el.getAttribute("href") === pad, { arg: href, max: 200 });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(actie.titel);

    // The voortgang form: status, toelichting, save; all with keys.
    await tabTot(page, (el) => el.tagName === "SELECT" && ((el as HTMLSelectElement).labels?.[0]?.textContent ?? "").includes("Nieuwe status"), { max: 200 });
    const { db } = await openDatabase();
    const voor = db.select({ id: schema.voortgang.id }).from(schema.voortgang).where(eq(schema.voortgang.actieId, actie.id)).all().length;
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown"); // op schema: no verantwoording needed
    await expect(page.locator("select:focus")).toHaveValue("op_schema");
    await tabTot(page, (el) => el.tagName === "TEXTAREA", { max: 10 });
    await page.keyboard.type("Met het toetsenbord gemeld: de werkgroep loopt weer op schema.");
    await tabTot(page, (el) => el.tagName === "BUTTON" && (el.textContent ?? "").trim() === "Voortgang opslaan", { max: 20 });
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Voortgang opgeslagen" }).first()).toBeVisible();
    const na = db.select({ id: schema.voortgang.id }).from(schema.voortgang).where(eq(schema.voortgang.actieId, actie.id)).all().length;
    expect(na).toBe(voor + 1);
  });

  test("een overleg doorlopen met 'Volgende agendapunt' en een punt bijwerken", async ({ page, loginAs }) => {
    await loginAs("coordinator@gouda.example");
    await page.goto(`${HM}/overleg`);
    await page.getByLabel("Datum").fill(vandaag());
    await page.getByLabel("Titel").fill("Agenda doorlopen met het toetsenbord");
    await page.getByLabel("Titel").press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenda doorlopen met het toetsenbord");

    // Follow "Volgende agendapunt" twice: the target agendapunt comes into view each time.
    await page.locator("body").focus();
    for (let stap = 0; stap < 2; stap++) {
      await tabTot(page, (el) => el.tagName === "A" && (el.textContent ?? "").trim() === "Volgende agendapunt", { max: 200 });
      const doel = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute("href"));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${doel}$`));
      await expect(page.locator(doel ?? "")).toBeInViewport();
    }

    // Update the agendapunt we arrived at: open it with "Bijwerken"; its status select comes next in the tab order.
    const doelId = new URL(page.url()).hash;
    const item = page.locator(`article${doelId}`);
    await tabTot(page, (el) => el.tagName === "BUTTON" && (el.textContent ?? "").startsWith("Bijwerken"), { max: 200 });
    await page.keyboard.press("Enter");
    await tabTot(page, (el) => el.tagName === "SELECT" && !!el.closest("article[id^='actie-']"), { max: 200 });
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    await tabTot(page, (el) => el.tagName === "TEXTAREA", { max: 10 });
    await page.keyboard.type("Met het toetsenbord bijgewerkt tijdens het overleg.");
    await tabTot(page, (el) => el.tagName === "BUTTON" && (el.textContent ?? "").trim() === "Voortgang opslaan", { max: 20 });
    // Remember the article now: the button loses focus while it is disabled during the save.
    const bijgewerktId = await page.evaluate(() => document.activeElement?.closest("article[id^='actie-']")?.id);
    const bijgewerkt = page.locator(`article#${bijgewerktId}`);
    await page.keyboard.press("Enter");
    await expect(bijgewerkt.getByRole("status").filter({ hasText: "Voortgang" })).toContainText("Voortgang opgeslagen");
    await expect(item).toHaveCount(1);
  });
});
