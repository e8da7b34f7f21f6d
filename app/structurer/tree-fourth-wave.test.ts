/**
 * The tree's fourth wave (docs/structure-format.md, "Tree (2026-12-03, fourth wave)"): table rows
 * pasted as text (header and record rows are no items; a row's number cell is its marker), a
 * verb-and-object section label with a colon, a judgment closing a section, a progress section
 * after the recommendations, and `会同`/`联合` clauses that state the measure. Every input is made
 * up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { recommendationTitle } from "./kinds";
import { isRecommendationLike } from "./paragraphs";
import { isRecordRow } from "./table-rows";
import { cannotHead } from "./tree-heading-shape";
import { shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

describe("a table pasted as rows", () => {
  it("the header row is no item; rows with a sentence are items numbered by their number cell", () => {
    const d = doc([
      "村级道路养护座谈会意见汇总",
      "座谈会后，根据发言整理意见如下。",
      "序号\t意见内容\t提出人\t承办单位",
      "1\t摸清破损路段，建立养护台账。\t委员 某某\t县交通运输局",
      "2\t落实养护资金，按里程核定补助。\t委员 某某\t县财政局",
      "3\t组织村民护路队，吸纳本村劳力。\t代表 某某\t各乡镇",
    ]);
    expect(shape(d.children)).toBe("R R R");
    expect(d.children.map((c) => [c.marker, c.title])).toEqual([
      ["1", "摸清破损路段，建立养护台账"],
      ["2", "落实养护资金，按里程核定补助"],
      ["3", "组织村民护路队，吸纳本村劳力"],
    ]);
  });

  it("rows of names only (a number, a document, bodies, a person) are the section's text", () => {
    expect(isRecordRow(fold("1\t0012\t关于改善村道照明的提案\t县交通运输局\t县财政局\t某某"))).toBe(true);
    expect(isRecordRow(fold("序号\t提案号\t案由\t主办单位\t协办单位"))).toBe(true);
    expect(isRecordRow(fold("1\t摸清破损路段，建立养护台账。\t委员 某某\t县交通运输局"))).toBe(false);
    const d = doc([
      "关于印发重点提案督办安排的通知",
      "一、督办重点",
      "今年确定重点提案3件，实行县领导领衔督办，分工如下：",
      "序号\t提案号\t案由\t主办单位\t协办单位",
      "1\t0012\t关于改善村道照明的提案\t县交通运输局\t县财政局",
      "2\t0031\t关于办好乡村学校食堂的提案\t县教育局\t县市场监管局",
      "二、督办方式",
      "开展实地督办。督办组每半年到主办单位了解进度。",
      "召开协商会。提案委员会会同主办单位召开办理协商会。",
    ]);
    expect(shape(d.children)).toBe("R H(R R)");
  });
});

describe("a section label of a verb and its object, then a colon", () => {
  it("is a heading (no record field); a role noun with a two-character verb still is a field", () => {
    expect(cannotHead("护林：让防护林长起来")).toBe(false);
    expect(cannotHead("联系人：某某")).toBe(true);
    expect(cannotHead("反映人：某某")).toBe(true);
  });
});

describe("a judgment whose subject is a verb phrase", () => {
  it("comments on the measures and names none", () => {
    expect(isRecommendationLike(fold("推广节水灌溉，是一件利长远的事。只要规矩立在前面，就能见效。"))).toBe(false);
    expect(isRecommendationLike(fold("推广节水灌溉。县水利局制定补助办法。"))).toBe(true);
    const d = doc([
      "让节水灌溉走进田间",
      "记者走访发现，不少农户仍在大水漫灌。",
      "先立标准",
      "明确补助范围。县水利局制定补助办法，明确哪些设施可以补。",
      "把好质量关。县市场监管局将滴灌设备纳入抽查目录。",
      "再抓服务",
      "简化申报手续。乡镇便民服务中心实行一窗受理。",
      "加强技术指导。县农技中心组织技术员下田指导。",
      "推广节水灌溉，是一件利长远的事。只要规矩立在前面、服务跟在后面，就能见效。",
    ]);
    expect(shape(d.children)).toBe("H(R R) H(R R)");
  });
});

describe("a progress section", () => {
  it("after a section of recommendations reports the measures taken: a recommendation", () => {
    const d = doc([
      "提案追踪｜让村道亮起来",
      "去年，有委员提交了改善村道照明的提案。",
      "问题在哪",
      "调研显示，全县仍有三成村道没有路灯，群众夜间出行不便。",
      "委员建议",
      "摸清照明缺口。县交通运输局牵头，逐村排查无灯路段。",
      "落实建设资金。县财政局安排专项资金，分年度实施。",
      "办理进展",
      "县交通运输局作为主办单位，今年已新装路灯1200盏，覆盖村道86公里。",
    ]);
    expect(shape(d.children)).toBe("B H(R R) R");
  });

  it("before the measures it is the situation: background", () => {
    const d = doc([
      "关于村道照明提案办理情况的报告",
      "一、工作进展",
      "今年已新装路灯1200盏，覆盖村道86公里。",
      "二、下一步工作",
      "（一）扩大覆盖。明年再新装路灯800盏。",
      "（二）加强维护。乡镇落实路灯巡查责任。",
    ]);
    expect(shape(d.children)).toBe("B H(R R)");
  });
});

describe("`会同`/`联合` in a title's first clause", () => {
  it("skips a clause naming bodies only, keeps one that goes on with the measure", () => {
    expect(recommendationTitle("县交通运输局会同县财政局，对村道进行硬化。", "")).toBe("对村道进行硬化");
    expect(recommendationTitle("县交通运输局会同石桥镇对村道进行硬化，年底前完工。", "")).toBe("县交通运输局会同石桥镇对村道进行硬化");
    expect(recommendationTitle("县教育局、县卫健局联合开展近视筛查，建立视力档案。", "")).toBe("县教育局、县卫健局联合开展近视筛查");
  });
});
