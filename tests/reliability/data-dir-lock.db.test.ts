// A second `npm start` in the same clone (or a server started by hand beside a running one)
// must not open the embedded database the first one is using: it stops at once with the
// reason, before taking a port, and the first server goes on serving from intact files;
// a backup of the folder is refused while the server has it open.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { backupPglite } from "../../db/backup";
import { openDatabase } from "../../db/client";
import { DataDirInUseError } from "../../db/data-dir-lock";
import { getStatus, signIn, startServer, type RunningServer } from "./server";

const engine = process.env.TEST_DB_ENGINE === "postgres" ? "postgres" : "pglite";
const PORT = 3190;
const SECOND_PORT = 3191;
const ROOT = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "xs-data-lock-"));
let server: RunningServer | null = null;

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `node server.mjs` to its end; resolves with its exit code and everything it printed. */
function runServer(port: number) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ["server.mjs"], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production", PORT: String(port), XS_DATA_DIR: dataDir, SEED_DEMO: "false" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe.skipIf(engine !== "pglite")("one server per embedded data folder", () => {
  it("a second server on the same folder exits with the reason; the first keeps serving", { timeout: 240_000 }, async () => {
    const seeded = openDatabase({ dataDir: path.join(dataDir, "pglite"), loadDataDir: new Blob([readFileSync(inject("pgliteSnapshot"))]) });
    await seeded.pglite!.waitReady;
    await seeded.close();
    server = await startServer(PORT, { XS_DATA_DIR: dataDir, SEED_DEMO: "false" });

    const second = await runServer(SECOND_PORT);
    expect(second.code).toBe(1);
    expect(second.output).toContain(`is in use by process ${server.child.pid}`);
    expect(second.output).not.toContain("listening on");
    expect(await getStatus(SECOND_PORT, "/healthz", 1000)).toBeNull();

    // A backup taken while it runs would copy files in use: refused the same way.
    await expect(backupPglite(path.join(dataDir, "pglite"), path.join(dataDir, "backup.tar.gz"))).rejects.toThrow(DataDirInUseError);
    expect(existsSync(path.join(dataDir, "backup.tar.gz"))).toBe(false);

    // The first server's files are untouched: it still signs a member in and reads the database.
    expect(await getStatus(PORT, "/healthz")).toBe(200);
    await signIn(`http://127.0.0.1:${PORT}`, "member");

    // Stopped, it frees the folder: the lock file goes and the next server starts on it.
    await server.stop();
    server = null;
    expect(existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);
    server = await startServer(PORT, { XS_DATA_DIR: dataDir, SEED_DEMO: "false" });
    expect(await getStatus(PORT, "/healthz")).toBe(200);
  });
});
