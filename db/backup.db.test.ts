// Round trip: back up the test database, restore it elsewhere, compare every table.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { getDatabase, openDatabase, type DatabaseHandle } from "./client";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "./backup";
import { dropTestDatabase, withDatabase } from "../tests/db-global-setup";

async function snapshot(handle: DatabaseHandle) {
  const q = async (text: string) => {
    if (handle.pglite) return (await handle.pglite.query<Record<string, unknown>>(text)).rows;
    const client = postgres(handle.url!, { max: 1, onnotice: () => {} });
    try {
      return await client.unsafe(text);
    } finally {
      await client.end();
    }
  };
  const tables = (await q(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)).map(
    (r) => String((r as { table_name: string }).table_name),
  );
  const out: Record<string, string> = {};
  for (const t of tables) {
    const rows = await q(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h, count(*)::int as n from "${t}" x`);
    out[t] = JSON.stringify(rows[0]);
  }
  return out;
}

describe("backup and restore", () => {
  it("round-trips every table", { timeout: 120_000 }, async () => {
    const live = getDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), "xs-backup-"));
    const before = await snapshot(live);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(["users", "documents", "recommendations", "events", "proposals"]));
    if (live.engine === "pglite") {
      // The test database lives in memory: copy it to a data folder on disk first.
      const source = path.join(dir, "source");
      const dump = await live.pglite!.dumpDataDir("none");
      const copy = new PGlite(source, { loadDataDir: dump });
      await copy.query("select 1");
      await copy.close();
      await backupPglite(source, path.join(dir, "backup.tar.gz"));
      const target = path.join(dir, "restored");
      await restorePglite(path.join(dir, "backup.tar.gz"), target);
      const restored = openDatabase({ dataDir: target });
      try {
        expect(await snapshot(restored)).toEqual(before);
      } finally {
        await restored.close();
      }
    } else {
      const file = path.join(dir, "backup.pgdump");
      await backupPostgres(live.url!, file);
      const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
      const name = `xs_restore_${randomBytes(4).toString("hex")}`;
      await admin.unsafe(`create database ${name}`);
      const url = withDatabase(process.env.TEST_DATABASE_URL!, name);
      try {
        await restorePostgres(file, url);
        const restored = openDatabase({ databaseUrl: url, max: 1 });
        try {
          expect(await snapshot(restored)).toEqual(before);
        } finally {
          await restored.close();
        }
      } finally {
        await dropTestDatabase(admin, name);
        await admin.end();
      }
    }
  });
});
