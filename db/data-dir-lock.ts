// One process per embedded data folder. PGlite keeps no lock of its own: a second process
// that opens the same files (a second `npm start` in the same clone, or `npm run db:seed`
// while the server runs) fails its first query with a bare "Failed query: CREATE SCHEMA …"
// and can leave the files half-written for the first. A pid file beside the folder makes
// the second process stop before it touches anything, with a message that says why.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";

export const DATA_DIR_IN_USE = "XS_DATA_DIR_IN_USE";

export class DataDirInUseError extends Error {
  readonly code = DATA_DIR_IN_USE;
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the embedded database ${dataDir} is in use by process ${pid} (PGlite allows one process per folder): ` +
        `stop that process first, or give this one another folder with XS_DATA_DIR`,
    );
  }
}

/** Is a process with this pid running? (EPERM: it runs, as another user.) */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holder(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null; // gone between the failed create and this read, or unreadable
  }
}

function removeIfOurs(lockFile: string) {
  if (holder(lockFile) !== process.pid) return;
  try {
    unlinkSync(lockFile);
  } catch {
    // already gone
  }
}

/**
 * Take the folder for this process; returns the release function. A lock left by a process
 * that no longer runs (killed, crashed) is taken over. Throws DataDirInUseError when a
 * running process — this one included, through another open handle — holds it.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      const onExit = () => removeIfOurs(lockFile);
      process.once("exit", onExit);
      return () => {
        process.removeListener("exit", onExit);
        removeIfOurs(lockFile);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = holder(lockFile);
    if (pid !== null && running(pid)) throw new DataDirInUseError(dataDir, pid);
    // Stale (its process is gone) or empty: remove it and try again — unless another
    // process has just taken it over, which the next attempt then sees.
    try {
      if (holder(lockFile) === pid) unlinkSync(lockFile);
    } catch {
      // already removed by that other process
    }
  }
  throw new DataDirInUseError(dataDir, holder(lockFile) ?? 0);
}
