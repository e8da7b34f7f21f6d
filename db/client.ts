// One typed `db` for the whole app. Embedded PGlite (data in .data/pglite) when
// DATABASE_URL is unset, a PostgreSQL server through postgres.js when it is set.
// Both are real PostgreSQL, so the same SQL and migrations run on each.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import * as documentsSchema from "./documents.schema";
import * as foundationSchema from "./schema";
import { lockDataDir } from "./data-dir-lock";
import { sendJsonAsBytes } from "./pglite-json-bytes";
import { withPreparedStatements } from "./prepared-statements";
import { queryCounter } from "./query-count";

// The tables the typed client knows: the foundation and the documents.
const schema = { ...foundationSchema, ...documentsSchema };

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API as `db`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface DatabaseHandle {
  engine: "pglite" | "postgres";
  db: Db;
  /** PostgreSQL connection string (postgres engine only). */
  url?: string;
  /** The raw PGlite instance (PGlite only): used by backups and test snapshots. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** PGlite data folder; "memory://" for an in-memory database. */
  dataDir?: string;
  /** PGlite: start from a dumped data dir (see dumpDataDir) instead of an empty one. */
  loadDataDir?: Blob;
  /** postgres.js pool size. */
  max?: number;
}

export function defaultDataDir() {
  return path.resolve(process.env.XS_DATA_DIR ?? ".data", "pglite");
}

export function openDatabase(options: OpenOptions = {}): DatabaseHandle {
  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, {
      max: options.max ?? Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      // After a database restart, reconnect within a second: the default back-off grows to
      // 20 s (shared by the pool), and a request waiting for it looks like a hung site.
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
      // A database host that does not answer fails the request in 10 s rather than 30.
      connect_timeout: 10,
      // Keep timestamps as JS Dates in UTC regardless of the server's zone. No JIT: the session
      // statement's plan is cached (named prepared statements) and its estimated cost is over
      // jit_above_cost, so PostgreSQL compiled it again on every request — ~200 ms of a 2 ms
      // statement on the bench data (decision 014, sixth follow-up). JIT pays off for long
      // analytical queries, which this app does not run on request.
      connection: { TimeZone: "UTC", jit: "off" },
    });
    return {
      engine: "postgres",
      url,
      // Named prepared statements: one round trip and no re-planning (db/prepared-statements.ts).
      db: drizzlePostgres(process.env.DATABASE_PREPARE === "0" ? client : withPreparedStatements(client), { schema, logger: queryCounter }) as unknown as Db,
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  let unlock = () => {};
  if (!dataDir.startsWith("memory://")) {
    // PGlite does not create missing parent folders.
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  const pglite = new PGlite(dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  sendJsonAsBytes(pglite);
  return {
    engine: "pglite",
    db: drizzlePglite(pglite, { schema, logger: queryCounter }) as unknown as Db,
    pglite,
    close: async () => {
      try {
        await pglite.close();
      } finally {
        unlock();
      }
    },
  };
}

let current: DatabaseHandle | null = null;

/** The process-wide handle, opened from the environment on first use. */
export function getDatabase(): DatabaseHandle {
  current ??= openDatabase();
  return current;
}

/** Replace the process-wide handle (tests, CLI tools). Returns the previous one. */
export function setDatabase(handle: DatabaseHandle | null): DatabaseHandle | null {
  const previous = current;
  current = handle;
  return previous;
}

export async function closeDatabase() {
  const handle = current;
  current = null;
  await handle?.close();
}

const transactionListeners: (() => void)[] = [];

/** Called after every `db.transaction(...)` ends, committed or not (the response cache's data version). */
export function onTransactionEnd(listener: () => void) {
  transactionListeners.push(listener);
}

/**
 * `db` forwards to the current handle, so modules can import it once while
 * tests and tools swap the database underneath.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = getDatabase().db as unknown as Record<PropertyKey, unknown>;
    if (property === "transaction" && transactionListeners.length) {
      const run = (target.transaction as (...args: unknown[]) => Promise<unknown>).bind(target);
      return async (...args: unknown[]) => {
        try {
          return await run(...args);
        } finally {
          for (const listener of transactionListeners) listener();
        }
      };
    }
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  },
});

/** Rows of a raw `db.execute`: postgres.js returns an array, PGlite a result with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
