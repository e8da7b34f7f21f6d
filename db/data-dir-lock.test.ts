import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock";

const dirs: string[] = [];
function scratch() {
  const dir = mkdtempSync(path.join(tmpdir(), "xs-lock-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("lockDataDir", () => {
  it("holds the folder for this process until released, then lets it be taken again", () => {
    const dataDir = scratch();
    const release = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, "utf8").trim()).toBe(String(process.pid));
    expect(() => lockDataDir(dataDir)).toThrow(DataDirInUseError);
    release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    lockDataDir(dataDir)();
  });

  it("refuses a folder held by another running process, naming it", async () => {
    const dataDir = scratch();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
    try {
      writeFileSync(`${dataDir}.lock`, `${other.pid}\n`);
      let error: unknown;
      try {
        lockDataDir(dataDir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataDirInUseError);
      expect((error as DataDirInUseError).pid).toBe(other.pid);
      expect((error as Error).message).toContain(`in use by process ${other.pid}`);
      expect(readFileSync(`${dataDir}.lock`, "utf8").trim()).toBe(String(other.pid));
    } finally {
      other.kill("SIGKILL");
    }
  });

  it("takes over a lock whose process has ended (killed, crashed) or that holds no pid", () => {
    const dataDir = scratch();
    const ended = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    writeFileSync(`${dataDir}.lock`, ended.stdout);
    const release = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, "utf8").trim()).toBe(String(process.pid));
    release();
    writeFileSync(`${dataDir}.lock`, "");
    lockDataDir(dataDir)();
  });
});
