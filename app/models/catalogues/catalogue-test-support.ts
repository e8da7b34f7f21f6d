// For the catalogue database tests: a plain item to create, and a private uploads
// directory for attachment bytes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { ItemInput } from "./catalogue-items.server";

/** Points XS_DATA_DIR at a fresh directory for the file's tests; returns a getter for its path. */
export function withUploadsDir(): () => string {
  let uploads = "";
  let previousDataDir: string | undefined;
  beforeAll(() => {
    previousDataDir = process.env.XS_DATA_DIR;
    uploads = mkdtempSync(path.join(tmpdir(), "xs-uploads-"));
    process.env.XS_DATA_DIR = uploads;
  });
  afterAll(() => {
    process.env.XS_DATA_DIR = previousDataDir;
    rmSync(uploads, { recursive: true, force: true });
  });
  return () => uploads;
}

export const baseItem: ItemInput = {
  title: "测试公开事项",
  contentElements: "内容要素",
  scope: "全社会",
  basis: "《条例》第一条",
  frequency: "monthly",
  frequencyDays: null,
  timeLimitDays: 10,
  responsibleDepartmentId: null,
  channel: "门户网站",
  mode: "proactive",
  source: "manual",
  effectiveFrom: "2026-01-01",
  position: 0,
  active: true,
};

