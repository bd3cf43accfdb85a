import { expect, openDatabase, schema, test } from "./fixtures";
import { desc } from "drizzle-orm";

test("een coördinator nodigt iemand uit, die een wachtwoord kiest en direct in de regio werkt", async ({ page, browser, loginAs, baseURL }) => {
  await loginAs("coordinator@leiden.example");
  await page.goto("/beheer/gebruikers/uitnodigen");
  await page.getByLabel("E-mailadres").fill("nieuwe.collega@katwijk.example");
  await page.getByLabel("Naam").fill("Noor van Dijk");
  await page.getByLabel("Rol").selectOption("gemeente");
  await page.getByLabel("Gemeente").selectOption({ label: "Katwijk" });
  await page.getByRole("button", { name: /uitnodig/i }).click();
  await expect(page.getByRole("status")).toContainText(/uitnodiging/i);

  // No SMTP here: the mail is in the outbox; take the link from it.
  const { db } = await openDatabase();
  const mail = db.select().from(schema.outbox).orderBy(desc(schema.outbox.id)).get()!;
  expect(mail.aan).toBe("nieuwe.collega@katwijk.example");
  const link = mail.tekst.match(new RegExp(`${baseURL}(/uitnodiging/[a-z0-9]+)`))![1];

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByText("Noor van Dijk")).toBeVisible();
  await invitee.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een-lang-geheim-2026");
  await invitee.getByLabel("Herhaal nieuw wachtwoord").fill("een-lang-geheim-2026");
  await invitee.getByRole("button", { name: "Account activeren" }).click();
  await expect(invitee.getByRole("banner")).toContainText("Noor van Dijk");
  await expect(invitee.getByRole("banner")).toContainText("Regio Hollands Midden");

  // The link works once.
  const ander = await (await browser.newContext()).newPage();
  const tweede = await ander.goto(link);
  expect(tweede?.status()).toBe(410);

  // And the new password works at the login form.
  await invitee.getByRole("button", { name: "Uitloggen" }).click();
  await invitee.getByLabel("E-mailadres").fill("nieuwe.collega@katwijk.example");
  await invitee.getByLabel("Wachtwoord").fill("een-lang-geheim-2026");
  await invitee.getByRole("button", { name: "Inloggen" }).click();
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Hollands Midden");
});
