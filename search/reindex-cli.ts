// `npm run search:reindex`: rebuild the search index from the database, with
// the engine the server uses (Meilisearch when MEILI_HOST is set, otherwise
// PostgreSQL), against DATABASE_URL or the embedded database in .data/ (stop
// the server first when using the embedded one: PGlite allows one process).
import { closeDatabase, getDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { getSearchEngine, reindexAll } from "./index";

async function main() {
  const handle = getDatabase();
  await migrateDatabase(handle);
  const engine = getSearchEngine();
  const started = Date.now();
  const n = await reindexAll(engine);
  // Meilisearch: apply what was written while the rebuild ran.
  await engine.flush();
  console.log(`search index rebuilt (${engine.name}, database ${handle.engine}): ${n} entries in ${Date.now() - started} ms`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
