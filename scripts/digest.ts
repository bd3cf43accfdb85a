// `npm run digest`: sends this period's reminder digests now, as the in-process scheduler does
// on Monday mornings. Safe to repeat: nobody gets the same period's digest twice.
import { db } from "../db";
import { runMigrations } from "../db/migrate";
import { deliverPendingMail } from "../app/domain/mail.server";
import { runDigest } from "../app/domain/herinneringen/digest.server";
import { smtpUrl } from "../app/config.server";

runMigrations(db);
const r = runDigest();
console.log(`Herinneringen voor week ${r.week} (maandoverzicht ${r.maand}):`);
console.log(`  ontvangers overwogen:         ${r.overwogen}`);
console.log(`  e-mails klaargezet:           ${r.gemaild}`);
console.log(`  niets te melden:              ${r.nietsTeMelden}`);
console.log(`  deze periode al verstuurd:    ${r.alVerzonden}`);
await deliverPendingMail();
console.log(smtpUrl() ? "Bezorgd via SMTP; een e-mail die niet verzonden kon worden staat met de fout in de outbox." : "Geen SMTP_URL ingesteld: de e-mails staan in de outbox (/beheer/outbox).");
