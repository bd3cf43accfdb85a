import { defineConfig } from "@playwright/test";

// Another port lets a second checkout run its browser tests at the same time.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE = "tests/.tmp/e2e.db";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 90_000,
  expect: { timeout: 10_000 },
  projects: [
    { name: "standaard", testIgnore: /actualisatie\.spec\.ts/ },
    // The year cycle vaststelt 2026 and 2027: it runs after the tests that need a concept plan.
    { name: "jaarcyclus", testMatch: /actualisatie\.spec\.ts/, dependencies: ["standaard"] },
  ],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  webServer: {
    command: "node tests/e2e/start-server.mjs",
    url: `http://localhost:${PORT}/login`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      PUBLIC_ORIGIN: `http://localhost:${PORT}`,
      DATABASE_PATH: E2E_DATABASE,
      // The digest scheduler would put mails in the outbox that some tests read.
      DIGEST_SCHEDULER: "0",
    },
  },
});
