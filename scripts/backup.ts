// `npm run backup [-- --naar <pad>]`: a consistent copy of the live database (db/backup.ts).
import fs from "node:fs";
import path from "node:path";
import { BackupFout, bestandsgrootte, maakBackup, standaardBackupPad } from "../db/backup";
import { databasePath } from "../db/path";

function doelUitArgumenten(argv: string[]): string {
  const i = argv.indexOf("--naar");
  if (i === -1) return standaardBackupPad();
  const pad = argv[i + 1];
  if (!pad || pad.startsWith("--")) throw new BackupFout("Geef na --naar een pad op, bijvoorbeeld --naar /var/backups/regiovisie/.");
  // A directory (existing, or written with a trailing slash) gets the usual file name inside it.
  const isMap = pad.endsWith("/") || (fs.existsSync(pad) && fs.statSync(pad).isDirectory());
  return isMap ? standaardBackupPad(pad) : pad;
}

try {
  const bron = databasePath();
  const doel = doelUitArgumenten(process.argv.slice(2));
  const { pad, bytes } = maakBackup(bron, doel);
  console.log(`Backup gemaakt: ${path.resolve(pad)} (${bestandsgrootte(bytes)}), integriteit gecontroleerd.`);
} catch (error) {
  const melding = error instanceof BackupFout ? error.message : `Onverwachte fout: ${(error as Error).message}`;
  console.error(`Backup mislukt. ${melding}`);
  process.exitCode = 1;
}
