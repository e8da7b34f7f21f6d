/**
 * Departments (issue #12): made-up tables whose roles come from their
 * columns — a header left open for rows read as texts of their own, a `承办单位` column whose
 * first body leads, a cell with a space of its own, a Markdown table's rule row.
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import { isTableRow, type TableCarry } from "./table-rows";
import type { DirectoryLike } from "./types";
import { structure } from "./rule-test-support";

const DIRECTORY: DirectoryLike[] = [
  { name: "市民政局", short: null, aliases: [] },
  { name: "市财政局", short: null, aliases: [] },
  { name: "市教育局", short: null, aliases: [] },
  { name: "市供电公司", short: null, aliases: ["供电公司"] },
  { name: "市水务局", short: null, aliases: [] },
  { name: "市住房和城乡建设局", short: "市住建局", aliases: ["住建部门"] },
  { name: "市消防救援支队", short: null, aliases: ["消防部门", "消防救援大队"] },
  { name: "市人民政府", short: "市政府", aliases: [] },
  { name: "市科学技术协会", short: "市科协", aliases: [] },
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

describe("sentences, fourth wave", () => {
  it("reads the body assisted (after 配合 or 协助, a verb of work after it) as the lead", () => {
    expect(detect("消防部门配合住建部门开展阳台改造排查。")).toEqual(["市消防救援支队:co", "市住房和城乡建设局:lead"]);
    expect(detect("建议市水务局会同市财政局开展调研。")).toEqual(["市水务局:lead", "市财政局:co"]);
  });

  it("lets an item's circled or bracketed number open the clause", () => {
    expect(detect("建议：①市水务局牵头清淤；②市供电公司简化报装流程。")).toEqual(["市水务局:lead", "市供电公司:lead"]);
    expect(detect("(2)市民政局建立台账。")).toEqual(["市民政局:lead"]);
  });

  it("lets a place word along a route open the clause", () => {
    expect(detect("委员说，沿线各市政府要落实管护责任。")).toEqual(["市人民政府:lead"]);
  });

  it("reads a body that provides support after a lead in the sentence as co", () => {
    expect(detect("由市民政局牵头，引导机构开发服务，市教育局提供场地保障。")).toEqual(["市民政局:lead", "市教育局:co"]);
    expect(detect("由市民政局牵头，组建服务队伍，市教育局组织志愿者定期走访。")).toEqual(["市民政局:lead", "市教育局:lead"]);
  });

  it("reads the fire service's squad, unprefixed, as the directory's body", () => {
    expect(detect("消防救援大队配合划定通道标线。")).toEqual(["市消防救援支队:co"]);
  });
});

describe("bodies, fourth wave", () => {
  it("reads a letter's seal line after its closing formula as no department", () => {
    expect(detect("三是市水务局牵头清淤。\n特此函复。\n某某市民政局")).toEqual(["市水务局:lead"]);
    expect(detect("三是市水务局牵头清淤。\n市民政局")).toEqual(["市水务局:lead", "市民政局:mentioned"]);
  });

  it("offers a level's trade promotion council as a new body", () => {
    expect(detect("市贸促会要组织企业参加展会。")).toEqual(["市贸促会:lead"]);
  });
});

describe("a table pasted one cell a line, fourth wave", () => {
  it("reads each line under the header as the next column's cell", () => {
    const text = "序号\t事项\t牵头单位\t配合单位".replace(/\t/g, " ") + "\n1\n建设口袋公园\n市水务局\n市财政局、市教育局\n2\n增设路灯\n市民政局\n市供电公司";
    expect(detect(text)).toEqual(["市水务局:lead", "市财政局:co", "市教育局:co", "市民政局:lead", "市供电公司:co"]);
  });

  it("stops at a sentence", () => {
    const text = "序号 事项 牵头单位 配合单位\n1\n建设口袋公园\n市水务局\n市财政局\n市民政局要做好老年助餐。";
    expect(detect(text)).toEqual(["市水务局:lead", "市财政局:co", "市民政局:lead"]);
  });
});

describe("a table row read as an item (its number cell became the node's marker)", () => {
  it("still reads its cells in their columns: the handler column's first body leads", () => {
    const text = [
      "关于背街小巷照明的意见建议汇总",
      "一、意见建议汇总",
      "序号    建议内容    提出人    建议承办单位",
      "1    对背街小巷路灯逐条排查，建立坏灯台账。    委员 某甲    县城管局、供电公司",
      "2    路灯运行维护费用列入年度预算。    群众代表 某乙    县财政局",
    ].join("\n");
    const doc = structure(text).documents[0];
    const rows = doc.children.flatMap((n) => n.children);
    expect(rows.map((n) => n.marker)).toEqual(["1", "2"]);
    expect(rows[0].departments.map((m) => `${m.mention}:${m.role}`)).toEqual(["县城管局:lead", "供电公司:co"]);
    expect(rows[1].departments.map((m) => `${m.mention}:${m.role}`)).toEqual(["县财政局:lead"]);
  });
});

describe("a proposer column (fifteenth wave)", () => {
  it("names no department in a 提案人 column: the body wrote the proposal", () => {
    const text = "序号\t提案号\t提案名称\t提案人\t主办单位\t协办单位\n1\t0031\t关于增设路灯的提案\t市科协\t市水务局\t市财政局";
    expect(detect(text)).toEqual(["市水务局:lead", "市财政局:co"]);
  });
  it("still reads the same body in a role column", () => {
    const text = "序号\t提案号\t提案名称\t提案人\t主办单位\t协办单位\n1\t0031\t关于增设路灯的提案\t委员 甲某某\t市科协\t市财政局";
    expect(detect(text)).toEqual(["市科学技术协会:lead", "市财政局:co"]);
  });
});

describe("tables without a number column, eighteenth wave", () => {
  it("reads rows that open with their task cell, cells set apart by bars, tabs or box lines", () => {
    const md = "| 任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- |\n| 建设口袋公园 | 市水务局 | 市财政局、市教育局 |";
    expect(detect(md)).toEqual(["市水务局:lead", "市财政局:co", "市教育局:co"]);
    const boxed = "│ 事项 │ 牵头单位 │ 配合单位 │\n├────┼────┼────┤\n│ 增设路灯 │ 市住建局 │ 供电公司 │";
    expect(detect(boxed)).toEqual(["市住房和城乡建设局:lead", "市供电公司:co"]);
  });

  it("a row of another width or a sentence under the header is no row", () => {
    expect(isTableRow("建设口袋公园 市水务局 市财政局", 3)).toBe(true);
    expect(isTableRow("市水务局 市财政局", 3)).toBe(false);
    expect(isTableRow("口袋公园 市水务局 市财政局配合。", 3)).toBe(false);
    expect(isTableRow("建设口袋公园 市水务局", 2)).toBe(false);
  });
});
