import path from "node:path";
import { createRequestHandler } from "@react-router/express";
import express from "express";
import type { ServerBuild } from "react-router";
import { db } from "../db";
import { runMigrations } from "../db/migrate";
import { seedDemo } from "../db/seed";
import { MFA_DEMO_UITLEG } from "../db/seed-data/demo-accounts";
import { port, publicOrigin } from "../app/config.server";
import { createApp } from "./app";

const dev = process.argv.includes("--dev");

runMigrations(db);
if (process.env.SEED_DEMO !== "0") {
  const password = process.env.DEMO_PASSWORD || "regiovisie-demo";
  const { seeded, accounts } = await seedDemo(db, { password });
  console.log(seeded ? "Demodata geladen." : "Database bevat al gegevens; demodata niet opnieuw geladen.");
  console.log(`\nDemo-accounts (wachtwoord: ${process.env.DEMO_PASSWORD ? "de waarde van DEMO_PASSWORD" : password}):`);
  for (const account of accounts) console.log(`  ${account.email.padEnd(38)} ${account.omschrijving}`);
  console.log(MFA_DEMO_UITLEG);
  console.log();
}

const getLoadContext = (req: express.Request, res: express.Response) => ({
  ip: req.ip ?? null,
  cspNonce: String(res.locals.cspNonce ?? ""),
});

let app: express.Express;
if (dev) {
  const vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));
  app = createApp({
    staticAssets: [vite.middlewares],
    handler: async (req, res, next) => {
      try {
        const build = (await vite.ssrLoadModule("virtual:react-router/server-build")) as ServerBuild;
        return createRequestHandler({ build, getLoadContext })(req, res, next);
      } catch (error) {
        if (error instanceof Error) vite.ssrFixStacktrace(error);
        next(error);
      }
    },
  });
} else {
  const buildDir = path.resolve("build");
  const build = (await import(path.join(buildDir, "server/index.js"))) as ServerBuild;
  app = createApp({
    trustProxy: process.env.TRUST_PROXY === "1",
    staticAssets: [
      express
        .Router()
        .use("/assets", express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y" })),
      express.static(path.join(buildDir, "client"), { maxAge: "1h", index: false }),
    ],
    handler: createRequestHandler({ build, getLoadContext }),
  });
}

app.listen(port(), () => {
  console.log(`Regiovisie Uitvoeringsplan draait op ${publicOrigin()}`);
});

// Reminder digests from an in-process scheduler; off in development unless DIGEST_SCHEDULER=1.
if ((process.env.DIGEST_SCHEDULER ?? (dev ? "0" : "1")) !== "0") {
  const { startDigestPlanner } = await import("../app/domain/herinneringen/planner.server");
  startDigestPlanner();
}
