// For tests that store files: XS_DATA_DIR points at a fresh directory for the
// file's tests and is put back afterwards (deleted if it was unset: assigning
// undefined to process.env would leave the string "undefined").
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

/** Registers the hooks; returns a getter for the directory's path. */
export function withUploadsDir(): () => string {
  let dir = "";
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.XS_DATA_DIR;
    dir = mkdtempSync(path.join(tmpdir(), "xs-uploads-"));
    process.env.XS_DATA_DIR = dir;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.XS_DATA_DIR;
    else process.env.XS_DATA_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}
