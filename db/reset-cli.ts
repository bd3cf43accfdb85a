import fs from "node:fs";
import { databasePath } from "./path";

// Removes the database file; the next `npm start` (or `npm run db:seed`) creates and fills it again.
const file = databasePath();
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
console.log(`Database ${file} verwijderd. Start de app of draai 'npm run db:seed' om hem opnieuw te vullen.`);
