/**
 * Departments (issue #12): bodies read after a level prefix — a level's archives (a body, where
 * its library and museum are venues) and a name opening with a word whose first character would
 * make a tier word with the level (`县乡村振兴服务中心`, but `县乡村三级` is three tiers), and a merged
 * bureau whose first field is a directory form (`县政务服务和大数据管理局`).
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "市数据局", short: null, aliases: ["大数据管理局", "数据局"] },
  { name: "市政务服务管理局", short: null, aliases: ["政务服务管理局", "政务服务"] },
  { name: "市农业农村局", short: null, aliases: ["农业农村部门", "乡村振兴局", "市乡村振兴局"] },
  { name: "市文化广电旅游局", short: "市文旅局", aliases: ["文旅部门", "文旅"] },
  { name: "区人民政府", short: "区政府", aliases: [] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, level = "区") =>
  detectDepartments(text, index, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("a level's archives", () => {
  it("is a new body at any level", () => {
    expect(detect("区档案馆负责接收各街道移交的档案。")).toEqual(["区档案馆:lead:new"]);
    expect(detect("建议由市档案馆牵头编印史料选编。", "市")).toEqual(["市档案馆:lead:new"]);
  });
  it("leaves libraries, museums and cultural centres, which are venues", () => {
    expect(detect("县图书馆和县博物馆每周二闭馆，县文化馆开设公益课堂。")).toEqual([]);
  });
  it("takes no 全 or place word before the level as a prefix", () => {
    expect(detect("全市档案馆馆藏总量超过百万卷。", "市")).toEqual([]);
  });
});

describe("a name opening with a word after the level", () => {
  it("reads 县 + 乡村… as one new body when a unit word closes it", () => {
    expect(detect("请县乡村振兴服务中心协调资金。")).toEqual(["县乡村振兴服务中心:lead:new"]);
  });
  it("leaves the tiers 县乡村 before a count of levels", () => {
    expect(detect("健全县乡村三级服务中心网络。")).toEqual([]);
  });
  it("leaves 县乡 + 村 where no unit word closes a name", () => {
    expect(detect("推动我县乡村民宿提质升级。")).toEqual([]);
  });
});

describe("a merged bureau's official name after the level", () => {
  it("is one new body when a directory form is its first field and 和 joins the second", () => {
    expect(detect("由县政务服务和大数据管理局牵头梳理事项清单。")).toEqual(["县政务服务和大数据管理局:lead:new"]);
  });
  it("leaves two bodies written each with its own unit word", () => {
    expect(detect("县政务服务管理局和县数据局共同推进。", "市")).toEqual(["县政务服务管理局:lead:new", "县数据局:co:new"]);
  });
});
