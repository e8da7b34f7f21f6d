/**
 * A range of ordinals at the start of a wrapped line (`一、二类`, `三、四级`) and a problem noun weighed by its
 * predicate as a section title (`隐患不容忽视`): line-shapes.ts opensWithOrdinalPair, blocks.ts continuesWrapped,
 * inputs/pdf-text.ts, kinds.ts isBackgroundTitle; docs/structure-format.md, fourteenth wave. Every input is
 * made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { opensWithOrdinalPair } from "./line-shapes";
import { textBlocks } from "./blocks";
import { pdfPagesToText } from "./inputs/pdf-text";
import { isBackgroundTitle } from "./kinds";
import { structure } from "./rule-test-support";

describe("a range of ordinals opening a line", () => {
  it("is two ordinals in a row, a pause mark between, then a grade, a span or a third ordinal", () => {
    expect(opensWithOrdinalPair("一、二类企业")).toBe(true);
    expect(opensWithOrdinalPair("三、四级公路")).toBe(true);
    expect(opensWithOrdinalPair("二、三季度")).toBe(true);
    expect(opensWithOrdinalPair("一、二、三年级")).toBe(true);
  });

  it("is no range when the ordinals do not follow each other or no grade follows", () => {
    expect(opensWithOrdinalPair("一、三类企业")).toBe(false);
    expect(opensWithOrdinalPair("二、存在的问题")).toBe(false);
    expect(opensWithOrdinalPair("一、二〇二五年工作回顾")).toBe(false);
    expect(opensWithOrdinalPair("二、三年行动计划")).toBe(false);
  });
});

/** Lines wrapped at 28 characters. */
const wrapped = [
  "一、基本情况",
  "全市现有养老机构86家，入住老人5200人，护理员680",
  "人，平均年龄已超过52岁，夜班护理员队伍流动性较大，其中",
  "一、二级护理人员占比不足四成，持证上岗率偏低，专业护理力",
  "量明显不足，难以满足失能、半失能老人日益增长的照护需求。",
  "二、几点建议",
  "（一）加强人才培养。市民政局会同市人社局开展护理员岗位培",
  "训，对取得职业技能等级证书的护理员给予补贴，逐步提高持证",
  "上岗比例。",
];

describe("a wrapped line opening with a range of ordinals", () => {
  it("goes on with the line above that ran to the margin mid-sentence", () => {
    const blocks = textBlocks(wrapped).map((b) => b.text);
    expect(blocks[1]).toMatch(/其中一、二级护理人员.*照护需求。$/);
    expect(blocks).toHaveLength(4);
  });

  it("opens no section of its own", () => {
    const d = structure(["关于加强养老护理人才队伍建设的建议", ...wrapped].join("\n")).documents[0];
    expect(d.children.map((n) => n.title)).toEqual(["基本情况", "几点建议"]);
  });

  it("in a PDF, goes on with a line that stopped mid-sentence short of the margin", () => {
    const line = (text: string, x0: number, x1: number, y: number) => ({ text, x0, x1, y, size: 12 });
    const page = (first: string) => ({
      width: 595,
      height: 842,
      lines: [line(first, 96, 500, 700), line("一、二类维修企业基本实现规范化管理。", 72, 300, 680), line("二、发现的问题", 72, 160, 660)],
    });
    const { text } = pdfPagesToText([page("近年来，有关部门建立了维修企业危废管理台账，全市")]);
    expect(text.trim().split("\n")).toEqual(["近年来，有关部门建立了维修企业危废管理台账，全市一、二类维修企业基本实现规范化管理。", "二、发现的问题"]);
    // After a finished sentence the same line stands by itself.
    const ended = pdfPagesToText([page("近年来，有关部门建立了维修企业危废管理台账。")]).text;
    expect(ended.trim().split("\n")).toHaveLength(3);
  });
});

describe("a problem noun weighed by its predicate", () => {
  it("titles a background section", () => {
    expect(isBackgroundTitle("问题不容忽视")).toBe(true);
    expect(isBackgroundTitle("一、安全隐患依然突出")).toBe(true);
    expect(isBackgroundTitle("短期风险不容小觑")).toBe(true);
  });

  it("is no background when a remedy verb opens the title or nothing weighs the noun", () => {
    expect(isBackgroundTitle("解决突出问题")).toBe(false);
    expect(isBackgroundTitle("隐患排查要常态化")).toBe(false);
  });
});
