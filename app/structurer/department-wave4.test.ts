/**
 * Departments, fourth wave (issue #12, 2026-12-03): made-up tables whose roles come from their
 * columns — a header left open for rows read as texts of their own, a `承办单位` column whose
 * first body leads, a cell with a space of its own, a Markdown table's rule row.
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import type { TableCarry } from "./table-rows";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "市民政局", short: null, aliases: [] },
  { name: "市财政局", short: null, aliases: [] },
  { name: "市教育局", short: null, aliases: [] },
  { name: "市供电公司", short: null, aliases: ["供电公司"] },
  { name: "市水务局", short: null, aliases: [] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, table?: TableCarry) =>
  detectDepartments(text, index, { level: "市", suggestNew: true, table }).map((m) => `${m.name}:${m.role}`);

describe("tables, fourth wave", () => {
  it("carries a header row to rows read as texts of their own", () => {
    const table: TableCarry = { header: null };
    expect(detect("分工如下：", table)).toEqual([]);
    expect(detect("序号 事项 主办单位 协办单位 督办人", table)).toEqual([]);
    expect(detect("1 建设口袋公园 市水务局 市财政局、市教育局 甲某某", table)).toEqual(["市水务局:lead", "市财政局:co", "市教育局:co"]);
    expect(detect("二、工作要求", table)).toEqual([]);
    expect(detect("1 建设口袋公园 市水务局 市财政局 甲某某", table)).toEqual(["市水务局:mentioned", "市财政局:mentioned"]);
  });

  it("reads a handler column's first body as the lead, a cell with a space of its own pushing nothing", () => {
    const text = "序号 建议内容 提出人 建议承办单位\n1 增设路灯。 委员 乙某某 市水务局、供电公司";
    expect(detect(text)).toEqual(["市水务局:lead", "市供电公司:co"]);
  });

  it("skips a Markdown table's rule row", () => {
    const text = "| 序号 | 任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 修缮校舍 | 市教育局 | 市财政局 |";
    expect(detect(text)).toEqual(["市教育局:lead", "市财政局:co"]);
  });
});
