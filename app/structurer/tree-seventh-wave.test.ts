/**
 * The tree's seventh wave (docs/structure-format.md, "Tree (2026-12-04, seventh wave)"): a
 * report's review of past work is background; a closing appeal is no item; a label and an
 * ordinal (`对策一：`) number an item; a head running into a list with a comma leads into it;
 * a guest listed in a talk's head who speaks once is a speaker; a one-word problem heading is
 * background; a dated chapter `一、2026年……` is numbered. Every input is made up for the test;
 * none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";
import { reportsResults } from "./retrospect";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

describe("a report's review of past work", () => {
  it("reads a tally of things done as no lead phrase under a situation heading", () => {
    const d = doc([
      "关于本届以来社情民意信息工作情况的报告",
      "某区政协办公室",
      "一、信息报送情况",
      "本届以来，共编报社情民意信息412条，被上级采用57条。其中，委员个人反映的占六成。",
      "二、下一步意见",
      "（一）拓宽信息来源。各界别小组每季度至少报送一条信息。",
      "（二）提高信息质量。办公室建立信息选题指导制度。",
    ]);
    expect(shape(d.children)).toBe("B H(R R)");
  });

  it("makes a chapter naming the past year, and all under it, background", () => {
    const d = doc([
      "某县政协常委会工作报告",
      "一、过去一年的工作",
      "（一）围绕中心协商，建言更加精准。全年召开协商会6次。",
      "（二）聚焦民生监督，成效更加明显。先后视察11次。",
      "二、今年的工作建议",
      "（一）深化协商议政。围绕乡村振兴开展专题协商。",
      "（二）加强民主监督。对重点民生实事开展跟踪视察。",
    ]);
    expect(shape(d.children)).toBe("B(B B) H(R R)");
  });

  it("tells a result from a target", () => {
    expect(reportsResults("九届二次会议以来,共收到提案300件")).toBe(true);
    expect(reportsResults("立案提案已全部办复,满意率98%")).toBe(true);
    expect(reportsResults("每年开展一次委员培训,年内完成12所学校改造")).toBe(false);
    expect(reportsResults("建议今年以来未办结的20件提案纳入督办")).toBe(false);
  });
});

describe("closings, labels and lead-ins", () => {
  it("keeps a closing appeal out of a list announced by a lead-in", () => {
    const d = doc([
      "关于加强社区食堂建设的几点建议",
      "为此建议：",
      "加大场地支持。社区闲置用房优先用于食堂。",
      "完善补贴办法。按就餐人次给予运营补贴。",
      "让我们携起手来，把这件民生实事办好！",
    ]);
    expect(shape(d.children)).toBe("R R");
  });

  it("numbers items by a label and an ordinal (`对策一：`, `建议2：`)", () => {
    const d = doc([
      "小区停车难怎么办",
      "我整理了三条建议：",
      "建议1：挖潜错时共享。机关单位停车场夜间向居民开放。",
      "建议2：规范路边泊位。交警部门在背街小巷施划夜间泊位。",
      "建议3：加快立体车库建设。在老旧小区周边试点机械车库。",
    ]);
    expect(shape(d.children)).toBe("R R R");
    expect(d.children[0].title).toBe("挖潜错时共享");
  });

  it("reads a head that runs into its list with a comma as the list's lead-in", () => {
    const d = doc([
      "让老街巷亮起来",
      "某区政协委员　某某某",
      "老街巷照明不足，居民夜间出行不便。",
      "建议加快推进老街巷照明改造，一是区城管局排查背街小巷的照明盲区；二是供电部门对老旧线路进行改造；三是街道建立路灯报修台账。",
    ]);
    expect(shape(d.children)).toBe("R R R");
  });

  it("keeps an item's own lead phrase over the list it opens with a full stop", () => {
    const d = doc([
      "关于改善学校周边交通的建议",
      "加强学校周边交通管理。一是设置护学岗；二是施划临时停车位。",
      "完善校园安全设施。一是加装隔离护栏；二是设置减速带。",
    ]);
    expect(shape(d.children)).toBe("H(R R) H(R R)");
  });
});

describe("talks: guests and problem headings", () => {
  it("takes a guest listed in the head who speaks once for a speaker", () => {
    const d = doc([
      "夜间经济怎么“亮”起来",
      "嘉宾：市政协委员、某商会会长　某甲",
      "　　　市政协委员、某大学教授　某乙",
      "　　　市政协委员、某区副区长　某丙",
      "难题",
      "记者：夜市为什么留不住人？",
      "某甲：业态单一，周边停车也难。",
      "某乙：夜间公交班次少，游客来了回不去。",
      "对策",
      "记者：怎么破解？",
      "某甲：第一，丰富夜间业态。商务部门引导特色餐饮和文创进街区。",
      "某乙：第二，延长夜间公交。公交集团在周末加开夜班线路。",
      "某丙：第三，完善停车配套。区里将利用边角地增设临时停车场。",
    ]);
    expect(shape(d.children)).toBe("B H(R R R)");
  });

  it("numbers a report's dated chapters (`一、2026年……`)", () => {
    const d = doc([
      "某街道议事会年度报告",
      "一、2026年工作回顾",
      "过去一年，议事会共召开议事会议14次，办结居民议题37件。",
      "二、2027年工作打算",
      "（一）扩大议事覆盖面。每个小区设立议事小组。",
      "（二）规范议事程序。制定议事清单和公示制度。",
    ]);
    expect(shape(d.children)).toBe("B H(R R)");
  });
});
