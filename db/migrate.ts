// Applies the committed SQL migrations in db/migrations. On a PostgreSQL server
// several app servers may start at once, so they serialise on an advisory lock.
import path from "node:path";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { DatabaseHandle } from "./client";

export const migrationsFolder = path.resolve(process.env.XS_ROOT ?? process.cwd(), "db/migrations");
const MIGRATION_LOCK = 4_242_001;

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === "pglite") {
    await migratePglite(drizzlePglite(handle.pglite!), { migrationsFolder });
    return;
  }
  // One dedicated connection, so the session-level lock covers every statement.
  const client = postgres(handle.url!, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
