import { describe, expect, it } from "vitest";
import { jumpOut, jumpsBack } from "./page-pieces";
import { structure } from "./rule-test-support";
import { signatureInParentheses } from "./speaker-tags";
import { allNodes } from "./test-support";

/** Each document's departments, intro and nodes, by name. */
const names = (text: string) =>
  structure(text).documents.map((d) => [...new Set([...(d.departments ?? []), ...allNodes(d).flatMap((n) => n.departments)].map((m) => m.name))].sort());

describe("an author note that ends with the author's name signs the piece above it", () => {
  it("reads the post and name after the note's verb as the byline", () => {
    expect(signatureInParentheses("（作者系市政协委员、某律师事务所主任　某某某）")?.byline).toBe("市政协委员、某律师事务所主任　某某某");
    expect(signatureInParentheses("(作者为县政协常委、县人民医院护理部主任 某某)")?.byline).toBe("县政协常委、县人民医院护理部主任 某某");
  });
  it("leaves a note with no name, a staff credit and a unit note unsigned", () => {
    expect(signatureInParentheses("（作者系市政协委员、某中学校长）")).toBeNull();
    expect(signatureInParentheses("（作者系本报记者　某某）")).toBeNull();
    expect(signatureInParentheses("（作者单位：某县龙溪镇中心卫生院）")).toBeNull();
  });
  it("splits a page of essays each closed by such a note and files each body under its essay", () => {
    const page = [
      "某某日报　2026年5月6日　第5版",
      "委员论坛",
      "社区食堂要“开得起”更要“开得久”",
      "不少社区食堂开业半年就难以为继。笔者建议，由市民政局牵头制定运营补贴办法，市市场监督管理局加强食品安全抽检。",
      "（作者系市政协委员、某餐饮协会会长　某甲）",
      "让公园绿地“开放共享”",
      "不少公园草坪仍然禁止踏入。笔者建议，市城市管理局划定开放草坪，市公安局加强节假日的秩序维护。",
      "（作者系市政协委员、某大学副教授　某乙）",
    ].join("\n");
    const docs = structure(page).documents;
    expect(docs.map((d) => d.byline)).toEqual(["市政协委员、某餐饮协会会长　某甲", "市政协委员、某大学副教授　某乙"]);
    expect(names(page)).toEqual([["市市场监督管理局", "市民政局"], ["市公安局", "市城市管理局"]]);
  });
});

describe("an article continued under a jump-back line after other pieces", () => {
  it("reads jump-out and jump-back lines by their shape", () => {
    expect(jumpOut("（下转第3版）")).toBe(true);
    expect(jumpOut("(转第四版)")).toBe(true);
    expect(jumpOut("（下转第3版）详见专题报道")).toBe(false);
    const lines = ["甲标题行", "正文。", "乙标题行", "正文。", "（上接第1版）甲标题行", "续文。"];
    expect(jumpsBack(lines, [0, 2])).toEqual(new Map([[1, { at: 4, to: 0, head: -1 }]]));
    // A jump line whose headline stands nowhere above proves nothing.
    expect(jumpsBack(["甲标题行", "正文。", "乙标题行", "正文。", "（上接第1版）丙标题行", "续文。"], [0, 2]).size).toBe(0);
  });
  it("files the continuation's bodies under the article, not the brief printed between", () => {
    const page = [
      "某某日报",
      "2026年6月3日　第1版　要闻",
      "委员建言城市内涝治理",
      "本报记者 某某",
      "市政协近日就城市内涝治理开展专题协商，委员们提出了三条建议。",
      "一是摸清易涝点位。由市住房和城乡建设局牵头，年内完成全市易涝点排查。",
      "（下转第2版）",
      "市区新增三处口袋公园",
      "本报讯（记者 某某）6月2日，市区三处口袋公园建成开放，市城市管理局同步完善了周边照明。",
      "2026年6月3日　第2版　综合",
      "（上接第1版）",
      "委员建言城市内涝治理",
      "二是加快管网改造。市财政局安排专项资金，支持老旧排水管网改造。",
      "三是强化应急处置。市应急管理局会同市公安局完善积水路段封控预案。",
    ].join("\n");
    const result = structure(page);
    expect(result.documents.map((d) => d.title)).toEqual(["委员建言城市内涝治理", "市区新增三处口袋公园"]);
    expect(names(page)).toEqual([["市住房和城乡建设局", "市公安局", "市应急管理局", "市财政局"], ["市城市管理局"]]);
    expect((result.removed ?? []).map((r) => r.text)).toContain("（上接第1版）");
  });
});

describe("a second story under a head that repeats the page's opening head", () => {
  it("cuts at the repeated head even when the story under it is one paragraph", () => {
    const page = [
      "某某发布网",
      "首页 > 政务动态",
      "区政协视察老旧小区加装电梯",
      "发布时间：2026-04-02 15:10　来源：某某发布网",
      "4月2日，区政协组织委员视察老旧小区加装电梯工作。委员们建议，区住房和城乡建设局简化审批流程，区民政局对困难家庭给予补贴。",
      "视察中，委员们还听取了居民代表的意见。",
      "区开展春季消防安全检查",
      "发布时间：2026-04-02 09:30　来源：某某发布网",
      "近日，区城市管理局会同市消防救援支队对沿街商铺开展春季消防安全检查，重点查看灭火器配备和疏散通道。",
    ].join("\n");
    expect(structure(page).documents.map((d) => d.title)).toEqual(["区政协视察老旧小区加装电梯", "区开展春季消防安全检查"]);
    expect(names(page)[1]).toEqual(["区城市管理局", "市消防救援支队"]);
  });
});
