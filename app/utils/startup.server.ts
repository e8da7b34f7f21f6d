// Bring the database up to date before the first request: run migrations,
// then seed whatever is empty. The promise is cached, but cleared on failure,
// so a database that was down at boot is retried instead of failing forever.
import { getDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { seedAll } from "../../db/seed";
import { getEnv } from "./env.server";
import { log } from "./log.server";

let ready: Promise<void> | null = null;

export function ensureReady(): Promise<void> {
  ready ??= (async () => {
    const env = getEnv();
    const handle = getDatabase();
    const started = Date.now();
    await migrateDatabase(handle);
    const seeded = await seedAll(handle.db, { demo: env.SEED_DEMO === "true" });
    log("info", "database ready", { engine: handle.engine, ms: Date.now() - started, seeded });
  })().catch((error) => {
    ready = null;
    throw error;
  });
  return ready;
}
