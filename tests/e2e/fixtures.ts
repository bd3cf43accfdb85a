import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

import { eq } from "drizzle-orm";
import * as schema from "../../db/schema";

// The browser tests share the server's database file; fixtures write to it directly, as users can't.
// Opened lazily: the file is (re)created by the web server, which starts after this module loads.
process.env.DATABASE_PATH ??= "tests/.tmp/e2e.db";
async function openDatabase() {
  const database = await import("../../db");
  const sessions = await import("../../app/auth/session.server");
  const links = await import("../../app/auth/eenmalige-link.server");
  return { db: database.db, createSession: sessions.createSession, writeTransaction: database.writeTransaction, createEenmaligeLink: links.createEenmaligeLink };
}

export const DEMO_PASSWORD = "regiovisie-demo";

/** Signs in by creating the session in the database and setting its cookie (CONVENTIONS §15). */
async function loginAs(page: Page, email: string) {
  const { db, createSession } = await openDatabase();
  const row = db.select({ id: schema.gebruiker.id }).from(schema.gebruiker).where(eq(schema.gebruiker.email, email)).get();
  if (!row) throw new Error(`Onbekend account ${email}`);
  const { token } = createSession(row.id);
  await page.context().addCookies([
    { name: "sessie", value: token, url: test.info().project.use.baseURL ?? "http://localhost:3100", httpOnly: true, sameSite: "Lax" },
  ]);
}

/** WCAG 2.2 A/AA rules of axe; a page passes with zero violations. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe-overtredingen op ${page.url()}`).toEqual([]);
}

export const test = base.extend<{ loginAs: (email: string) => Promise<void>; expectAccessible: () => Promise<void> }>({
  loginAs: async ({ page }, use) => {
    await use((email) => loginAs(page, email));
  },
  expectAccessible: async ({ page }, use) => {
    await use(() => expectAccessible(page));
  },
});

export { expect, openDatabase, schema };

/** A one-time link token for an account, made directly in the database. */
export async function linkFor(email: string, soort: "uitnodiging" | "wachtwoord_reset"): Promise<string> {
  const { db, writeTransaction, createEenmaligeLink } = await openDatabase();
  const row = db.select({ id: schema.gebruiker.id }).from(schema.gebruiker).where(eq(schema.gebruiker.email, email)).get();
  if (!row) throw new Error(`Onbekend account ${email}`);
  return writeTransaction((tx) => createEenmaligeLink(tx, row.id, soort).token);
}
