/**
 * Rules added when the fifth held-out folder (content/corpus-holdout-5) was opened and
 * tuned to (issue 12, round 7b). Each input here is made up for the test; none is taken
 * from the corpus.
 */
import { describe, expect, it } from "vitest";
import { lineVerdict } from "./chrome-rules";
import { parseLineMarker } from "./markers";
import { detect, removed, shape, structure } from "./rule-test-support";

describe("page chrome (round 7b)", () => {
  it("a session label, a proposal number, a 供稿 label and an info line with a view count are chrome", () => {
    expect(lineVerdict("某某市政协九届三次会议")).toBe("column");
    expect(lineVerdict("某省政协十一届二次会议专刊")).toBe("column");
    expect(lineVerdict("提案第0456号")).toBe("metadata");
    expect(lineVerdict("供稿：某某区政协文史委")).toBe("credit");
    expect(lineVerdict("某某县融媒体中心　2026-03-05　阅读量 3.4万")).toBe("metadata");
    // A headline about the session goes on after 会议; a sentence with 供稿 is text.
    expect(lineVerdict("某某市政协九届三次会议开幕")).toBeNull();
    expect(lineVerdict("供稿单位要在月底前报送材料。")).toBeNull();
    // A box-marked byline with a reporter and a correspondent is a byline, not a menu.
    expect(lineVerdict("□ 记者 洪某某　通讯员 阮某")).toBe("person");
    const text = [
      "某某市政协九届三次会议",
      "提案第0456号",
      "关于改善老旧小区停车条件的提案",
      "老旧小区车位不足，占道停车问题突出，群众反映强烈。",
      "一、挖潜增位。市住建局牵头，利用边角地块建设立体车库。",
      "二、错时共享。市公安局推动机关单位车位夜间向居民开放。",
    ].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("关于改善老旧小区停车条件的提案");
    expect(removed(text)).toEqual(expect.arrayContaining(["某某市政协九届三次会议", "提案第0456号"]));
  });
});

describe("pages of several articles (round 7b)", () => {
  it("a speech digest page with bare bylines (member, party committee) splits into one document per speech", () => {
    const text = [
      "某某日报",
      "2026年5月6日　第4版",
      "发言摘登",
      "办好群众家门口的普惠托育",
      "市政协委员 林某某 代表民进市委",
      "　　托育机构收费偏高，普惠托位不足。建议市卫健委牵头，扩大普惠托育供给。",
      "让城市公交跑得更准点",
      "九三学社市委",
      "　　一是优化线网。由市交通运输局牵头，调整重复线路。二是加强调度。市公交集团推行智能排班。",
    ].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["办好群众家门口的普惠托育", "让城市公交跑得更准点"]);
    expect(docs.map((d) => d.byline)).toEqual(["市政协委员 林某某 代表民进市委", "九三学社市委"]);
  });

  it("a news brief opening with 本报讯 under its headline is an article of its own", () => {
    const text = [
      "某某日报",
      "委员建言｜让老街焕发新活力",
      "□ 市政协文史委　韩某",
      "　　老街改造要留住烟火气。一是保护风貌。市住建局牵头制定导则。二是引入业态。市商务局引导老字号回归。",
      "社区议事厅开门迎客",
      "　　本报讯（记者 董某某）5月3日，某某区首个社区议事厅启用，居民可在此就停车、绿化等身边事提出意见。",
    ].join("\n");
    expect(structure(text).documents.map((d) => d.title)).toEqual(["委员建言｜让老街焕发新活力", "社区议事厅开门迎客"]);
  });
});

describe("page head (round 7b)", () => {
  it("a body's column named by a quoted activity (区人大“代表议事厅”) is a column label above the headline", () => {
    const text = [
      "某某报　数字版",
      "第4版 综合　2026年3月2日",
      "区人大“代表议事厅”",
      "老旧电梯更新改造还需打通几道关",
      "□ 记者 韩某某",
      "　　全区运行超过15年的电梯有300余部，更新改造资金筹措难。",
      "　　建议区住建局牵头，建立电梯更新改造资金池。",
    ].join("\n");
    expect(structure(text).documents[0].title).toBe("老旧电梯更新改造还需打通几道关");
    expect(removed(text)).toContain("区人大“代表议事厅”");
  });

  it("a column label in square brackets (【委员风采】) is chrome, not the headline", () => {
    const text = [
      "某某区新闻网",
      "【委员风采】",
      "市政协委员陶某某：让社区养老服务更有温度",
      "2026-05-12　来源：某某区新闻网",
      "　　问：您怎么看社区养老？",
      "　　陶某某：首先，完善服务网点。由区民政局牵头，在每个街道建设综合养老服务中心。其次，培养护理人才。",
    ].join("\n");
    expect(structure(text).documents[0].title).toBe("市政协委员陶某某：让社区养老服务更有温度");
    expect(removed(text)).toContain("【委员风采】");
  });
});

describe("departments (round 7b)", () => {
  it("自治区(人民)政府 is the provincial government, never a district's", () => {
    expect(detect("建议自治区人民政府出台扶持办法。")).toEqual(["省人民政府:lead"]);
    expect(detect("自治区政府统筹安排专项资金。")).toEqual(["省人民政府:lead"]);
  });

  it("县 before 城管局 is a level prefix although 县城 is a word; 县城管理 stays a word", () => {
    expect(detect("交警部门会同县城管局整治占道经营。")).toEqual(["市公安局:lead", "区城市管理局:co"]);
    expect(detect("县城建设要加快。")).toEqual([]);
  });

  it("a list ended by members the directory does not know (民兵, 志愿者) still takes the verb after it", () => {
    expect(detect("汛期来临前，派出所、民兵配合做好群众转移。")).toEqual(["市公安局:co"]);
  });

  it("civil aviation, the telecom regulator and the financial regulator's branches are vertical bodies, new when the directory lacks them", () => {
    expect(detect("由省交通运输厅牵头，民航部门配合做好航线审批。")).toEqual(["省交通运输厅:lead", "民航部门:co:new"]);
    expect(detect("市公安局会同通信管理局、国家金融监督管理总局某某监管分局拦截诈骗信息。")).toEqual([
      "市公安局:lead",
      "通信管理局:co:new",
      "国家金融监督管理总局某某监管分局:co:new",
    ]);
  });
});

describe("trees (round 7b)", () => {
  it("a question heading asking where the problem lies (难在哪里？) opens a background section", () => {
    const text = [
      "委员建言：让老旧小区加装电梯更顺利",
      "▶ 难在哪里？",
      "一是意见难统一，低层住户顾虑多；二是资金难筹集，居民出资意愿不强；三是审批环节多。",
      "▶ 怎么办？",
      "1. 简化审批流程。由区住建局牵头，推行一站式审批。",
      "2. 拓宽资金渠道。区财政局给予定额补贴。",
    ].join("\n");
    expect(shape(structure(text).documents[0].children)).toMatch(/^B/);
  });

  it("an item titled by a verb that removes a problem (打通堵点, 破除壁垒) is a measure, not background", () => {
    const text = [
      "关于完善城市慢行系统的建议",
      "　　慢行道断头路多，市民骑行不便。",
      "　　一、打通慢行断点堵点。由市住建局牵头，三年内打通主要断点。",
      "　　二、完善配套设施。沿线设置休息驿站。",
    ].join("\n");
    expect(shape(structure(text).documents[0].children)).toBe("R R");
  });

  it("一要/二要 number items like 一是/二是 (not 要求, 要点)", () => {
    expect(parseLineMarker("二要加强督查。", "二要加强督查。")?.family).toBe("shi");
    expect(parseLineMarker("一要求各单位自查。", "一要求各单位自查。")).toBeNull();
  });

  it("a reported speech's lead-in (她建议，) before the first item keeps the first item in the list", () => {
    const text = [
      "关于加强校园周边交通管理的建议",
      "　　近日，委员们就校园周边交通问题开展调研。",
      "　　他建议，一要优化接送秩序。由区公安分局牵头，设置临时停车位。",
      "　　二要完善设施。区住建局加装护栏和减速带。",
      "　　三要加强宣传。区教育局组织交通安全课。",
    ].join("\n");
    const doc = structure(text).documents[0];
    expect(shape(doc.children)).toBe("R R R");
    expect(doc.children.map((n) => n.title)).toEqual(["优化接送秩序", "完善设施", "加强宣传"]);
  });
});
