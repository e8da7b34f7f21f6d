// Where the benchmark's data lives: an embedded PGlite folder under .data/ and
// a database on the PostgreSQL server, both named after the data size, so
// changing the size never reuses the wrong data. Kept between runs; seeded
// again only when missing, incomplete or when BENCH_RESEED=1.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, rowsOf, setDatabase, type DatabaseHandle } from "../db/client";
import { benchUrls, hasDataSet, seedDataSet, type DataSize } from "./seed";

export interface Target {
  label: string;
  /** Environment for server.mjs. */
  env: Record<string, string>;
  seeded: "reused" | string;
  urls: { name: string; url: string }[];
}

async function prepare(label: string, open: () => DatabaseHandle, size: DataSize, reset: () => Promise<void>, force: boolean) {
  let handle = open();
  let seeded: Target["seeded"] = "reused";
  try {
    if (force || !(await hasDataSet(handle, size))) {
      await handle.close();
      await reset();
      handle = open();
      process.stderr.write(`${label}: seeding ${size.recommendations} recommendations, ${size.proposals} proposals\n`);
      const result = await seedDataSet(handle, size);
      seeded = `seeded in ${Math.round(result.seconds)} s`;
    }
    const [{ version }] = rowsOf<{ version: string }>(await handle.db.execute(sql`select current_setting('server_version') as version`));
    return { seeded, version, urls: await benchUrls(handle) };
  } finally {
    setDatabase(null);
    await handle.close();
  }
}

export async function preparePglite(size: DataSize, force: boolean): Promise<Target> {
  const dataDir = path.resolve(".data", `bench-${size.recommendations}-${size.proposals}`);
  const pgliteDir = path.join(dataDir, "pglite");
  const { seeded, version, urls } = await prepare(
    "PGlite",
    () => openDatabase({ dataDir: pgliteDir, databaseUrl: "" }),
    size,
    async () => rmSync(pgliteDir, { recursive: true, force: true }),
    force || !existsSync(pgliteDir),
  );
  return { label: `PGlite (PostgreSQL ${version.split(" ")[0]})`, env: { XS_DATA_DIR: dataDir, DATABASE_URL: "" }, seeded, urls };
}

export async function preparePostgres(url: string, size: DataSize, force: boolean): Promise<Target> {
  const name = `xs_bench_${size.recommendations}_${size.proposals}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    const exists = (await admin`select 1 from pg_database where datname = ${name}`).length > 0;
    if (!exists) await admin.unsafe(`create database ${name}`);
    const { seeded, version, urls } = await prepare(
      "PostgreSQL",
      () => openDatabase({ databaseUrl: target.toString(), max: 4 }),
      size,
      async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.unsafe(`create database ${name}`);
      },
      force,
    );
    return { label: `PostgreSQL ${version.split(" ")[0]}`, env: { DATABASE_URL: target.toString() }, seeded, urls };
  } finally {
    await admin.end({ timeout: 5 });
  }
}
