import { and, eq } from "drizzle-orm";
import { DEMO_PASSWORD, expect, openDatabase, schema, test } from "./fixtures";
import { appCode } from "./tweestapsverificatie-stap";

// Accounts of its own, so the shared e2e database of the other specs stays as it was.
async function maakAccount(rol: "regiocoordinator" | "gemeente"): Promise<{ id: number; email: string }> {
  const { db } = await openDatabase();
  const { hashPassword } = await import("../../app/auth/password.server");
  const regio = db.select({ id: schema.regio.id }).from(schema.regio).where(eq(schema.regio.slug, "hollands-midden")).get()!;
  const gemeente = db
    .select({ id: schema.gemeente.id })
    .from(schema.gemeente)
    .where(and(eq(schema.gemeente.regioId, regio.id), eq(schema.gemeente.naam, "Leiden")))
    .get()!;
  const email = `mfa-${rol}-${Date.now()}@leiden.example`;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const nieuw = db
    .insert(schema.gebruiker)
    .values({ email, naam: rol === "regiocoordinator" ? "Tessa Tweestap" : "Gijs Gemeente", passwordHash })
    .returning({ id: schema.gebruiker.id })
    .get();
  db.insert(schema.lidmaatschap).values({ gebruikerId: nieuw.id, regioId: regio.id, rol, gemeenteId: gemeente.id }).run();
  return { id: nieuw.id, email };
}

async function geheimVan(id: number) {
  const { db } = await openDatabase();
  return db
    .select({ geheim: schema.gebruiker.mfaSecret, laatsteStap: schema.gebruiker.mfaLaatsteStap })
    .from(schema.gebruiker)
    .where(eq(schema.gebruiker.id, id))
    .get()!;
}

test("een coördinator zonder MFA stelt bij het inloggen een app in, bewaart de herstelcodes en gebruikt er later een", async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const { id, email } = await maakAccount("regiocoordinator");

  await page.goto("/r/hollands-midden/visie");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();

  await expect(page).toHaveURL(/\/login\/mfa-instellen\?redirectTo=%2Fr%2Fhollands-midden%2Fvisie$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tweestapsverificatie instellen");
  const qr = page.getByRole("img", { name: /QR-code/ });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expectAccessible();

  // The half login opens nothing else.
  await page.goto("/r/hollands-midden");
  await expect(page).toHaveURL(/\/login\/mfa-instellen\?redirectTo=%2Fr%2Fhollands-midden$/);
  const instelPagina = await page.goto("/login/mfa-instellen?redirectTo=%2Fr%2Fhollands-midden%2Fvisie");
  // It shows the secret: no cache may keep it.
  expect(instelPagina?.headers()["cache-control"]).toBe("no-store");

  // A wrong code first: the message sits next to the field.
  await page.getByLabel("Code uit de app").fill("000000");
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(page.getByRole("alert")).toContainText("klopt niet");
  await expectAccessible();

  // The key as shown on the page, typed into "the app".
  const sleutel = ((await page.getByTestId("mfa-sleutel").textContent()) ?? "").replace(/\s/g, "");
  expect(sleutel).toBe((await geheimVan(id)).geheim);
  await page.getByLabel("Code uit de app").fill(await appCode(sleutel));
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tweestapsverificatie staat aan");
  const codes = await page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}$/);
  await expectAccessible();
  await page.getByRole("link", { name: "Ik heb de codes bewaard" }).click();
  await expect(page).toHaveURL(/\/r\/hollands-midden\/visie$/);
  await expect(page.getByRole("banner")).toContainText("Tessa Tweestap");

  // Next login: the code step, and the way in with a recovery code.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/tweede-stap$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vul de code uit uw app in");
  await expectAccessible();
  await page.getByRole("link", { name: /herstelcode/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen met een herstelcode");
  await expectAccessible();
  await page.getByLabel("Herstelcode").fill(codes[0].toUpperCase());
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();

  await expect(page).toHaveURL(/\/account\?herstelcode=gebruikt$/);
  await expect(page.getByRole("status").filter({ hasText: "herstelcode" })).toContainText("nog 9 herstelcodes");
  await expect(page.getByRole("heading", { name: "Tweestapsverificatie", exact: true })).toBeVisible();
  await expectAccessible();
});

test("een gemeente-account zet tweestapsverificatie zelf aan in Mijn account", async ({ page, loginAs, expectAccessible }) => {
  const { id, email } = await maakAccount("gemeente");
  await loginAs(email);
  await page.goto("/account");
  await page.getByRole("button", { name: "Tweestapsverificatie instellen" }).click();
  await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
  await expectAccessible();

  const { geheim } = await geheimVan(id);
  await page.getByLabel("Code uit de app").fill(await appCode(geheim!));
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem")).toHaveCount(10);
  await expect(page.getByText(/Tweestapsverificatie staat aan sinds/)).toBeVisible();
  await expectAccessible();
});

test("een beheerder reset de tweestapsverificatie na een bevestiging", async ({ page, loginAs, expectAccessible }) => {
  const { id, email } = await maakAccount("regiocoordinator");
  const { db } = await openDatabase();
  db.update(schema.gebruiker)
    .set({ mfaSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", mfaActiefSinds: new Date().toISOString() })
    .where(eq(schema.gebruiker.id, id))
    .run();

  await loginAs("beheerder@demo.example");
  await page.goto(`/beheer/gebruikers/${id}`);
  await page.getByRole("link", { name: "Tweestapsverificatie resetten" }).click();
  await expect(page.getByText(/Weet u zeker dat u de tweestapsverificatie/)).toBeVisible();
  await expectAccessible();
  await page.getByRole("button", { name: "Ja, tweestapsverificatie resetten" }).click();
  await expect(page.getByRole("status")).toContainText("is gereset");
  await expectAccessible();
  expect((await geheimVan(id)).geheim).toBeNull();

  // The next login sets up a new app.
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/login\/mfa-instellen$/);
});
