import { db, type Db } from "./index";

/**
 * A query that is built and prepared once per database connection instead of on every call.
 * Drizzle spends more time building a query than SQLite spends running it (≈ 0.3–1 ms against
 * ≈ 0.01–0.5 ms for the plan page's queries), and a page runs several. Cached per connection
 * because tests reopen the database before each test.
 */
export function preparedPerConnection<T>(prepare: (connection: Db) => T): () => T {
  const cache = new WeakMap<Db, T>();
  return () => {
    let prepared = cache.get(db);
    if (prepared === undefined) {
      prepared = prepare(db);
      cache.set(db, prepared);
    }
    return prepared;
  };
}
