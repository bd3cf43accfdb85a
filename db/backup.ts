import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** A refusal or failure with a message for the person at the terminal; nothing was changed. */
export class BackupFout extends Error {}

export interface Controle {
  integriteit: string;
  foreignKeyFouten: number;
  tabellen: number;
}

/** "20250314-093005": sorts by time, and UTC so a summer-time change never repeats a name. */
export function tijdstempel(nu = new Date()): string {
  const iso = nu.toISOString();
  return `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}`;
}

export function standaardBackupPad(map = "backups", nu = new Date()): string {
  return path.join(map, `app-${tijdstempel(nu)}.db`);
}

/** Integrity and foreign keys of a database file, read without changing it. */
export function controleerDatabase(bestand: string): Controle {
  const connection = new Database(bestand, { readonly: true, fileMustExist: true });
  try {
    return {
      integriteit: (connection.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; "),
      foreignKeyFouten: (connection.pragma("foreign_key_check") as unknown[]).length,
      tabellen: (connection.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n,
    };
  } finally {
    connection.close();
  }
}

function isGoedeDatabase(controle: Controle): boolean {
  return controle.integriteit === "ok" && controle.foreignKeyFouten === 0 && controle.tabellen > 0;
}

function beschrijf(controle: Controle): string {
  return `integriteit: ${controle.integriteit}; foreign-key-fouten: ${controle.foreignKeyFouten}; tabellen: ${controle.tabellen}`;
}

/** Written data must be on disk before the file gets its final name. */
function fsyncBestand(bestand: string) {
  const fd = fs.openSync(bestand, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export interface BackupResultaat {
  pad: string;
  bytes: number;
}

/**
 * Copies a live database with VACUUM INTO (DESIGN §6): a single read transaction, so in WAL mode
 * the app keeps writing meanwhile, and the copy is the database as of the moment it started. The
 * online backup API restarts whenever a page changes, and never finishes under a steady write load.
 * The copy is checked before it gets its final name, and an existing file is never overwritten.
 */
export function maakBackup(bron: string, doel: string): BackupResultaat {
  if (!fs.existsSync(bron)) throw new BackupFout(`De database ${bron} bestaat niet; controleer DATABASE_PATH.`);
  if (fs.existsSync(doel)) throw new BackupFout(`${doel} bestaat al. Een backup overschrijft nooit een bestaand bestand; kies een ander pad.`);
  fs.mkdirSync(path.dirname(path.resolve(doel)), { recursive: true });

  const bezig = `${doel}.bezig-${process.pid}`;
  fs.rmSync(bezig, { force: true });
  try {
    const connection = new Database(bron, { readonly: true, fileMustExist: true });
    try {
      connection.pragma("busy_timeout = 10000");
      connection.prepare("VACUUM INTO ?").run(bezig);
    } finally {
      connection.close();
    }
    const controle = controleerDatabase(bezig);
    if (!isGoedeDatabase(controle)) throw new BackupFout(`De kopie is niet in orde (${beschrijf(controle)}); er is geen backup gemaakt.`);
    // A backup holds e-mail addresses and password hashes: readable by the app's user only.
    fs.chmodSync(bezig, 0o600);
    fsyncBestand(bezig);
    // link() fails when the name exists, so a backup made at the same moment is never replaced.
    fs.linkSync(bezig, doel);
  } catch (error) {
    if (error instanceof BackupFout) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new BackupFout(`${doel} bestaat al. Een backup overschrijft nooit een bestaand bestand.`);
    throw new BackupFout(`De backup is mislukt: ${(error as Error).message}`);
  } finally {
    fs.rmSync(bezig, { force: true });
  }
  return { pad: doel, bytes: fs.statSync(doel).size };
}

export interface HerstelResultaat {
  database: string;
  /** Where the database that was replaced now is, or null when there was none. */
  opzij: string | null;
  bytes: number;
}

const IN_GEBRUIK =
  "De database is nog in gebruik door een ander proces. Stop de app eerst (bijvoorbeeld `systemctl stop regiovisie`) en herstel dan opnieuw.";

/**
 * Folds the WAL into the database file and leaves it in rollback-journal mode, so the file alone
 * is the whole database and can be moved. Leaving WAL mode needs the only connection to the file:
 * that is also how a running app is noticed (not when it has not touched the database yet, hence
 * "stop the app first" in the README).
 */
function maakZelfstandig(database: string): "ok" | "onleesbaar" {
  let connection: Database.Database;
  try {
    connection = new Database(database, { fileMustExist: true });
  } catch {
    return "onleesbaar";
  }
  try {
    connection.pragma("busy_timeout = 2000");
    connection.pragma("wal_checkpoint(TRUNCATE)");
    const modus = connection.pragma("journal_mode = DELETE", { simple: true });
    if (modus !== "delete") throw new BackupFout(IN_GEBRUIK);
    return "ok";
  } catch (error) {
    if (error instanceof BackupFout) throw error;
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) throw new BackupFout(IN_GEBRUIK);
    // A damaged database (the usual reason to restore) is moved aside as it is, WAL and all.
    return "onleesbaar";
  } finally {
    connection.close();
  }
}

/**
 * Puts a backup in place of the database: checks the backup, moves the current database aside
 * (`<db>.voor-herstel-<tijd>`, with its -wal/-shm if it could not be folded in) and copies the
 * backup in under a temporary name first, so the database path never holds half a file.
 */
export function herstelBackup(backup: string, database: string, nu = new Date()): HerstelResultaat {
  if (!fs.existsSync(backup)) throw new BackupFout(`Het backupbestand ${backup} bestaat niet.`);
  let controle: Controle;
  try {
    controle = controleerDatabase(backup);
  } catch (error) {
    throw new BackupFout(`${backup} is geen leesbare SQLite-database (${(error as Error).message}); er is niets hersteld.`);
  }
  if (!isGoedeDatabase(controle)) throw new BackupFout(`De backup ${backup} is niet in orde (${beschrijf(controle)}); er is niets hersteld.`);
  if (path.resolve(backup) === path.resolve(database)) throw new BackupFout("Het backupbestand is de database zelf; kies een backup uit de backupmap.");
  // Only the file is copied; a WAL beside it would hold changes that the copy would miss.
  if (fs.existsSync(`${backup}-wal`) && fs.statSync(`${backup}-wal`).size > 0) {
    throw new BackupFout(`Naast ${backup} staat een -wal-bestand: dit is geen backup van \`npm run backup\`. Er is niets hersteld.`);
  }

  const opzij = `${database}.voor-herstel-${tijdstempel(nu)}`;
  const aanwezig = ["", "-wal", "-shm"].filter((suffix) => fs.existsSync(database + suffix));
  if (aanwezig.length > 0) {
    if (fs.existsSync(opzij)) throw new BackupFout(`${opzij} bestaat al; wacht een seconde en probeer het opnieuw.`);
    if (aanwezig.includes("")) maakZelfstandig(database);
    // SQLite pairs "<file>-wal" with "<file>", so the leftovers keep that pairing under the new name.
    for (const suffix of ["", "-wal", "-shm"]) {
      if (fs.existsSync(database + suffix)) fs.renameSync(database + suffix, opzij + suffix);
    }
  }

  fs.mkdirSync(path.dirname(path.resolve(database)), { recursive: true });
  const bezig = `${database}.herstel-${process.pid}`;
  try {
    fs.rmSync(bezig, { force: true });
    fs.copyFileSync(backup, bezig);
    fsyncBestand(bezig);
    fs.renameSync(bezig, database);
  } catch (error) {
    fs.rmSync(bezig, { force: true });
    const vorige = aanwezig.length > 0 ? ` De vorige database staat in ${opzij}.` : "";
    throw new BackupFout(`Het terugzetten is mislukt: ${(error as Error).message}.${vorige}`);
  }

  const na = controleerDatabase(database);
  if (!isGoedeDatabase(na)) throw new BackupFout(`De herstelde database is niet in orde (${beschrijf(na)}); de vorige staat in ${opzij}.`);
  return { database, opzij: aanwezig.length > 0 ? opzij : null, bytes: fs.statSync(database).size };
}

/** A file size as a Dutch reader expects it, for the scripts' messages: "12,3 MB". */
export function bestandsgrootte(bytes: number): string {
  const eenheden = ["bytes", "kB", "MB", "GB"];
  let waarde = bytes;
  let i = 0;
  while (waarde >= 1000 && i < eenheden.length - 1) {
    waarde /= 1000;
    i += 1;
  }
  return `${new Intl.NumberFormat("nl-NL", { maximumFractionDigits: i === 0 ? 0 : 1 }).format(waarde)} ${eenheden[i]}`;
}
