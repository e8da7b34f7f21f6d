// Backups for both engines with each one's own tool: an embedded PGlite data
// folder is an ordinary PostgreSQL data directory, archived with tar while no
// process has it open (a cold backup); a PostgreSQL server is dumped with
// pg_dump's custom format and restored with pg_restore.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir } from "./data-dir-lock";

function run(cmd: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "inherit", "pipe"] });
    let err = "";
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}: ${err.trim()}`))));
  });
}

/** PGlite: the folder must not be open in another process — a running server makes this throw. */
export async function backupPglite(dataDir: string, file: string) {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`no embedded database at ${dataDir}`);
  const unlock = lockDataDir(dataDir);
  try {
    await run("tar", ["-czf", file, "-C", dataDir, "."]);
  } finally {
    unlock();
  }
}

/** Extracts into a fresh folder, checks it opens, then swaps it in; the old folder is kept as <dir>.before-restore. */
export async function restorePglite(file: string, dataDir: string) {
  const fresh = `${dataDir}.restoring`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  await run("tar", ["-xzf", file, "-C", fresh]);
  const pg = new PGlite(fresh);
  await pg.query("select 1");
  await pg.close();
  const before = `${dataDir}.before-restore`;
  const unlock = lockDataDir(dataDir);
  try {
    rmSync(before, { recursive: true, force: true });
    if (existsSync(dataDir)) renameSync(dataDir, before);
    renameSync(fresh, dataDir);
  } finally {
    unlock();
  }
}

export async function backupPostgres(url: string, file: string) {
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, url]);
}

/** Restores into the (empty or existing) database at url, replacing its objects. */
export async function restorePostgres(file: string, url: string) {
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", `--dbname=${url}`, file]);
}
