// Bring the database up to date before the first request: run migrations,
// then seed whatever is empty, and fill an empty search index. The promise is
// cached, but cleared on failure, so a database that was down at boot is
// retried instead of failing forever.
import { sql } from "drizzle-orm";
import { getDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { seedAll } from "../../db/seed";
import { seedDemoLoop } from "../../content/demo-loop-seed";
import { seedDemoParticipation } from "../../content/demo-participation-seed";
import { ensureSearchIndex, getSearchEngine, startSearchWorker } from "../../search/index";
import { startMailer } from "../models/platform/mailer.server";
import { discloseReplies } from "../models/loop/reply-disclosure.server";
import { fillWrittenScripts } from "../models/documents/written-script.server";
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
    const demoProposals = env.SEED_DEMO === "true" ? await seedDemoLoop() : 0;
    const demoTopics = env.SEED_DEMO === "true" ? await seedDemoParticipation() : 0;
    // 简/繁: documents saved before their script was stored get it now (once).
    const scripts = await fillWrittenScripts(handle.db);
    if (scripts) log("info", "document scripts filled", { documents: scripts });
    log("info", "database ready", { engine: handle.engine, ms: Date.now() - started, seeded: { ...seeded, demoProposals, demoTopics } });
    // Mail: without SMTP_URL the outbox is only read by admins.
    if (env.SMTP_URL) startMailer(env.SMTP_URL);
    // Catch up the 提案答复公开 catalogue entries (after a crash between approval and listing).
    await discloseReplies(null);
    // Search: build the index if this database has documents but no index yet
    // (e.g. it predates search). A Meilisearch that is down must not stop the
    // site: the outbox keeps every change until it is back.
    const search = getSearchEngine();
    startSearchWorker((error) => log("error", "search outbox", { error }));
    try {
      const indexed = await ensureSearchIndex(search);
      if (indexed) log("info", "search index built", { engine: search.name, entries: indexed });
    } catch (error) {
      log("error", "search index not built", { engine: search.name, error: error instanceof Error ? error.message : String(error) });
    }
  })().catch((error) => {
    ready = null;
    throw error;
  });
  return ready;
}

/** For /healthz: the database is migrated and answers a query. */
export async function databaseHealth(): Promise<{ ok: boolean; engine: string; ms: number }> {
  const started = Date.now();
  const engine = getDatabase().engine;
  try {
    await ensureReady();
    await getDatabase().db.execute(sql`select 1`);
    return { ok: true, engine, ms: Date.now() - started };
  } catch {
    return { ok: false, engine, ms: Date.now() - started };
  }
}
