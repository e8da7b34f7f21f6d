// Before each *.db.test.ts file: a private copy of the migrated, seeded
// database, installed as the app's `db`. Real PostgreSQL either way.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, inject } from "vitest";
import { openDatabase, setDatabase, type DatabaseHandle } from "../db/client";
import { dropTestDatabase, withDatabase } from "./db-global-setup";

let handle: DatabaseHandle;
let cleanup: () => Promise<void> = async () => {};

beforeAll(async () => {
  const snapshot = inject("pgliteSnapshot");
  if (snapshot) {
    handle = openDatabase({ dataDir: "memory://", loadDataDir: new Blob([readFileSync(snapshot)]) });
    await handle.pglite!.waitReady;
  } else {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `xs_test_${randomBytes(6).toString("hex")}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${inject("pgTemplate")}`);
    handle = openDatabase({ databaseUrl: withDatabase(url, name), max: 20 });
    cleanup = async () => {
      await dropTestDatabase(admin, name);
      await admin.end();
    };
  }
  setDatabase(handle);
});

afterAll(async () => {
  setDatabase(null);
  await handle?.close();
  await cleanup();
});
