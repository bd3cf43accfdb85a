// A steady write load for the backup tests, in its own process as the app would be: every
// iteration is one immediate transaction (voortgang + actie status + audit), acknowledged on stdout
// as "<volgnummer> <sleutel> <ms sinds epoch>" only after it committed.
// Usage: node tests/reliability/schrijver.mjs <database> <auteurId> <actieId,actieId,...> <prefix>
import Database from "better-sqlite3";

const [bestand, auteur, actieLijst, prefix] = process.argv.slice(2);
const auteurId = Number(auteur);
const acties = actieLijst.split(",").map(Number);
const STATUSSEN = ["op_schema", "niet_gestart", "afgerond"];

const db = new Database(bestand, { fileMustExist: true });
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.pragma("foreign_keys = ON");
db.pragma("busy_timeout = 10000");

const vandaag = new Date().toISOString().slice(0, 10);
const huidig = db.prepare("SELECT status FROM actie WHERE id = ?");
const voortgang = db.prepare(
  "INSERT INTO voortgang (actie_id, auteur_id, datum, status_van, status_naar, toelichting, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
);
const status = db.prepare("UPDATE actie SET status = ?, gewijzigd_op = ? WHERE id = ?");
const audit = db.prepare(
  "INSERT INTO audit (regio_id, gebruiker_id, entiteit, entiteit_id, actie, voor, na) VALUES (NULL, ?, 'actie', ?, 'voortgang.plaatsen', ?, ?)",
);

const schrijf = db.transaction((n) => {
  const actieId = acties[n % acties.length];
  const van = huidig.get(actieId).status;
  const naar = STATUSSEN[n % STATUSSEN.length];
  const sleutel = `${prefix}-${n}`;
  voortgang.run(actieId, auteurId, vandaag, van, naar, `Belasting ${n}`, sleutel);
  status.run(naar, new Date().toISOString(), actieId);
  audit.run(auteurId, String(actieId), JSON.stringify({ status: van }), JSON.stringify({ status: naar, sleutel }));
  return sleutel;
});

let stoppen = false;
process.on("SIGTERM", () => {
  stoppen = true;
});

let n = 0;
function volgende() {
  if (stoppen) {
    db.close();
    process.exit(0);
  }
  n += 1;
  const sleutel = schrijf.immediate(n);
  process.stdout.write(`${n} ${sleutel} ${Date.now()}\n`);
  setTimeout(volgende, 1);
}
volgende();
