import { db } from "./index";
import { runMigrations } from "./migrate";
import { seedDemo } from "./seed";
import { MFA_DEMO_UITLEG } from "./seed-data/demo-accounts";

const DEFAULT_DEMO_PASSWORD = "regiovisie-demo";

runMigrations(db);
const { seeded, accounts } = await seedDemo(db, {
  password: process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
});

console.log(
  seeded
    ? "Demodata geladen."
    : "De database bevat al regio's; demodata is niet (opnieuw) geladen.",
);
console.log(
  process.env.DEMO_PASSWORD
    ? "Demo-accounts (wachtwoord uit DEMO_PASSWORD):"
    : `Demo-accounts (wachtwoord: ${DEFAULT_DEMO_PASSWORD}):`,
);
for (const account of accounts) {
  console.log(`  ${account.email.padEnd(38)} ${account.omschrijving}`);
}
console.log(MFA_DEMO_UITLEG);
