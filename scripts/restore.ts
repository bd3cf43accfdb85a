// `npm run restore -- <backupbestand>`: puts a backup in place of DATABASE_PATH. Stop the app first.
import path from "node:path";
import { BackupFout, bestandsgrootte, herstelBackup } from "../db/backup";
import { databasePath } from "../db/path";

const backup = process.argv.slice(2).find((a) => !a.startsWith("--"));
try {
  if (!backup) throw new BackupFout("Geef het backupbestand op: npm run restore -- backups/app-20250314-093005.db");
  const { database, opzij, bytes } = herstelBackup(backup, databasePath());
  console.log(`Backup ${path.resolve(backup)} teruggezet in ${path.resolve(database)} (${bestandsgrootte(bytes)}), integriteit gecontroleerd.`);
  if (opzij) console.log(`De vorige database staat in ${path.resolve(opzij)}; verwijder die pas als de app weer goed werkt.`);
  console.log("Start de app nu weer.");
} catch (error) {
  const melding = error instanceof BackupFout ? error.message : `Onverwachte fout: ${(error as Error).message}`;
  console.error(`Herstel mislukt. ${melding}`);
  process.exitCode = 1;
}
