/**
 * A tier written with 级 before a stem as the subject of a measure: made-up sentences in registers
 * other than the texts that showed the gap (a county doctor's speech, a road proposal, a canteen post).
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import { grantsAsSubject, tierOpensClause } from "./department-tier-subjects";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "市人民政府", short: "市政府", aliases: [] },
  { name: "区人民政府", short: "区政府", aliases: [] },
  { name: "市财政局", short: null, aliases: ["财政部门"] },
  { name: "市民政局", short: null, aliases: ["民政部门", "民政"] },
  { name: "区民政局", short: null, aliases: [] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, level = "市") =>
  detectDepartments(text, index, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("tierOpensClause", () => {
  it("needs the clause to open with the tier and a predicate right after it", () => {
    const text = "，县级财政按月发放津贴";
    expect(tierOpensClause(text, 1, 5)).toBe(true);
    expect(tierOpensClause("并在县级财政预算中列支", 2, 6)).toBe(false);
    expect(tierOpensClause("部分县级财政要承担", 2, 6)).toBe(false);
  });
});

describe("a tier with 级 before a stem", () => {
  it("is the tier's body as the subject of a measure: new where the directory lacks that tier", () => {
    expect(detect("落实补助资金，县级财政按季度拨付。")).toEqual(["县级财政:lead:new"]);
    expect(detect("同时，市级财政对连锁运营的助餐点给予奖励。")).toEqual(["市财政局:lead"]);
  });

  it("names nothing before a noun of money or after a quantifier", () => {
    expect(detect("在县级财政预算中单列养护资金。")).toEqual([]);
    expect(detect("部分县级财政配套不到位。")).toEqual([]);
    expect(detect("市级财政资金主要用于建设补助。")).toEqual([]);
  });
});

describe("a weak bare stem granting to an object", () => {
  it("is the giver when it opens its clause (对 … 给予/予以)", () => {
    expect(grantsAsSubject("，财政对困难家庭予以补助", 1, 3)).toBe(true);
    expect(grantsAsSubject("财政对农村物流的投入逐年增加", 0, 2)).toBe(false);
    expect(detect("整合养老服务资源，财政对连锁运营的助餐点按人次给予补贴。")).toEqual(["市财政局:lead"]);
    expect(detect("近年来财政对助餐的投入逐年增加。")).toEqual([]);
  });
});
