/**
 * Departments, eleventh wave (issue #12, 2026-12-04): a name ends where the sentence's predicate
 * opens — after a directory form (`市政府办加强督办`) and inside a would-be new name (`县政府办跟踪督办`).
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import { predicateAfterForm } from "./department-new";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "市人民政府办公室", short: "市政府办公室", aliases: ["市政府办", "政府办"] },
  { name: "市人民政府", short: "市政府", aliases: [] },
  { name: "区人民政府", short: "区政府", aliases: [] },
  { name: "市委办公室", short: "市委办", aliases: [] },
  { name: "市住房和城乡建设局", short: "市住建局", aliases: [] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, level = "市") =>
  detectDepartments(text, index, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("a name ends where the predicate opens", () => {
  it("keeps a directory form when a verb follows it", () => {
    expect(detect("建议市政府办加强督办，把进度纳入考核。")).toEqual(["市人民政府办公室:lead"]);
  });
  it("cuts a new name before a verb inside it", () => {
    expect(detect("县政府办跟踪督办项目进度。", "区")).toEqual(["县政府办:lead:new"]);
  });
  it("leaves a name whose inner words are a verb before a bare suffix", () => {
    expect(detect("由市委督查室牵头。")).toEqual(["市委督查室:lead:new"]);
    expect(detect("市政府研究室负责起草。")).toEqual(["市政府研究室:lead:new"]);
    expect(predicateAfterForm("市政府研究室", 3, 6)).toBe(false);
    expect(predicateAfterForm("市政府办加强督办", 4, 8)).toBe(true);
  });
});
