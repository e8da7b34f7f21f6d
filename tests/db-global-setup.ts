// Once per test run and engine: build one migrated, seeded database, which
// every test file then clones (PGlite: a dumped data dir; PostgreSQL: a
// template database). Cloning takes well under a second; migrating each time
// would take several.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase, setDatabase, type DatabaseHandle } from "../db/client";
import { ensureSearchIndex } from "../search/index";
import { PgSearchEngine } from "../search/pg-engine";
import { migrateDatabase } from "../db/migrate";
import { seedAll } from "../db/seed";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  // globalSetup runs in the main process, where the project's `test.env` is not set:
  // the engine comes from the project itself.
  const engine = (project.config.env?.TEST_DB_ENGINE as string | undefined) ?? process.env.TEST_DB_ENGINE ?? "pglite";
  if (engine === "pglite") {
    const dir = mkdtempSync(path.join(tmpdir(), "xs-snapshot-"));
    const handle = openDatabase({ dataDir: "memory://" });
    await migrateDatabase(handle);
    await seedAll(handle.db, { demo: true });
    await fillSearchIndex(handle);
    const dump = await handle.pglite!.dumpDataDir("none");
    const file = path.join(dir, "snapshot.tar");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
    project.provide("pgliteSnapshot", file);
    project.provide("pgTemplate", "");
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is required for the postgres test project");
  const template = `xs_template_${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${template}`);
  await admin.unsafe(`create database ${template}`);
  const handle = openDatabase({ databaseUrl: withDatabase(url, template), max: 2 });
  await migrateDatabase(handle);
  await seedAll(handle.db, { demo: true });
  await fillSearchIndex(handle);
  await handle.close();
  project.provide("pgliteSnapshot", "");
  project.provide("pgTemplate", template);
  return async () => {
    await dropTestDatabase(admin, template);
    await admin.end();
  };
}

/**
 * The PostgreSQL search index of the snapshot: seeding fills it, unless the
 * documents came in another way (or MEILI_HOST sent them to the outbox), then
 * it is built here. A no-op otherwise.
 */
async function fillSearchIndex(handle: DatabaseHandle) {
  const previous = setDatabase(handle);
  try {
    await ensureSearchIndex(new PgSearchEngine());
  } finally {
    setDatabase(previous);
  }
}

export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * DROP DATABASE … WITH (FORCE), retried: on PostgreSQL 15 it refuses when an
 * autovacuum worker happens to be in that database (the worker has no role, so
 * a non-superuser "may not terminate" it) unless the role is a member of
 * pg_signal_backend. The worker finishes within moments; a retry then succeeds.
 */
export async function dropTestDatabase(admin: postgres.Sql, name: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "42501" && code !== "55006") throw error;
      if (attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
