/** Where the database lives: `DATABASE_PATH`, or data/app.db next to the app. */
export function databasePath(): string {
  return process.env.DATABASE_PATH || "data/app.db";
}
