/**
 * Series labels (tenth wave, decision 018): a label naming the series over the first of
 * several documents, and a bracketed section label between documents, are removed; a page
 * headline, a dash-led 副题, a 编者按 and a single article's lines stay. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { isSeriesLabel } from "./series-labels";
import { structure } from "./rule-test-support";

const SPEECH_A = [
  "补齐社区食堂短板",
  "市政协委员、某餐饮协会会长　岑某某",
  "社区食堂覆盖面不足，老人就餐不便。建议：一是扩大网点，由市民政局牵头新建一批社区食堂；二是降低成本，市财政局给予运营补贴。",
];
const SPEECH_B = [
  "让助餐服务走进楼栋",
  "民盟某市委会",
  "独居老人下楼就餐困难。第一，推广送餐上门。市民政局会同市商务局组织餐饮企业送餐。第二，发动志愿服务。鼓励社区志愿者结对帮扶。",
];
const removedOf = (lines: string[]) => new Map((structure(lines.join("\n")).removed ?? []).map((r) => [r.text, r.reason]));
const contentOf = (lines: string[]) => JSON.stringify(structure(lines.join("\n")).documents);

describe("the series label's shape", () => {
  it("reads a label naming a meeting's selection, glyph, quotes and instalment number allowed", () => {
    expect(isSeriesLabel("市政协十三届五次会议分组讨论发言摘登")).toBe(true);
    expect(isSeriesLabel("“安全发展”界别协商会发言选登(二)")).toBe(true);
    expect(isSeriesLabel("◆ 委员之声")).toBe(true);
    expect(isSeriesLabel("区政协全体会议大会发言")).toBe(true);
  });
  it("never reads a sentence, a dash-led 副题 or a headline ending in a bare 发言", () => {
    expect(isSeriesLabel("——市政协专题协商会发言摘登")).toBe(false);
    expect(isSeriesLabel("现将部分发言摘登如下。")).toBe(false);
    expect(isSeriesLabel("青年委员踊跃发言")).toBe(false);
  });
});

describe("a series label over several documents", () => {
  it("is removed with the reason series; the 编者按 stays content", () => {
    const lines = ["某市政协常委会议专题议政发言选登", "编者按：本版刊发两位委员的发言。", ...SPEECH_A, ...SPEECH_B];
    expect(removedOf(lines).get("某市政协常委会议专题议政发言选登")).toBe("series");
    expect(contentOf(lines)).toContain("编者按");
    expect(structure(lines.join("\n")).documents.map((d) => d.title)).toEqual(["补齐社区食堂短板", "让助餐服务走进楼栋"]);
  });
  it("leaves a page headline and its dash-led 副题 as content", () => {
    const lines = ["某市日报", "2026年7月9日　星期四　第5版", "老有所食　委员建言", "——市政协专题协商会发言摘登", "编者按：7月7日，市政协召开专题协商会。本版摘登部分发言。", ...SPEECH_A, ...SPEECH_B];
    const removed = removedOf(lines);
    expect(removed.has("老有所食　委员建言")).toBe(false);
    expect(removed.has("——市政协专题协商会发言摘登")).toBe(false);
  });
  it("is not read over a single document (a column label is the chrome stage's business)", () => {
    const lines = ["某市政协常委会议专题议政发言选登", "编者按：本版刊发一位委员的发言。", ...SPEECH_A];
    expect(removedOf(lines).get("某市政协常委会议专题议政发言选登")).not.toBe("series");
  });
});

describe("a bracketed section label between documents", () => {
  it("removes `【部门回应】` right above the reply's headline", () => {
    const reply = ["把助餐好事办好", "市民政局副局长　隗某某", "下一步，市民政局将做好两件事：一是会同市财政局完善补贴办法；二是联合市商务局扩大送餐服务。"];
    const lines = ["某市政协双周协商座谈会·发言选登", ...SPEECH_A, ...SPEECH_B, "【部门回应】", ...reply];
    expect(removedOf(lines).get("【部门回应】")).toBe("series");
    expect(structure(lines.join("\n")).documents).toHaveLength(3);
  });
  it("keeps a bracketed label inside one document's text", () => {
    const lines = ["补齐社区食堂短板", "市政协委员　岑某某", "【调研发现】", "社区食堂覆盖面不足，老人就餐不便。建议由市民政局牵头新建一批社区食堂。"];
    expect(removedOf(lines).get("【调研发现】")).not.toBe("series");
  });
});
