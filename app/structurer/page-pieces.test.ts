import { describe, expect, it } from "vitest";
import { notALeadPhrase } from "./lead-phrase-exclusions";
import { ownBriefLead, pieceSignature, salutation, whoWhenRow } from "./page-pieces";
import { columnHeadline as labelledHeadline } from "./genre-kickers";
import { pastedArticles } from "./pasted-articles";
import { structure } from "./rule-test-support";

/** A made-up report: headline, reporter, three paragraphs of prose (two sentences each). */
const REPORT = [
  "夜间公交怎样开得更好",
  "某某晚报记者　某某",
  "　　10月9日，市政协组织委员就夜间公交线路优化开展专题调研，走访了3个公交场站和2个大型社区。",
  "　　调研发现，全市夜间公交线路只有6条，末班车时间偏早，部分新建小区没有夜间线路覆盖。",
  "　　委员们建议，由市交通运输局牵头优化夜间线路，在大型社区和医院周边增设站点。",
];

const titles = (text: string) => structure(text).documents.map((d) => d.title);

describe("page pieces: shapes", () => {
  it("reads the paper's own lead, not a wire's dateline", () => {
    expect(ownBriefLead("本报讯（记者　某某）记者昨日获悉，两处站台已改造完成。")).toBe(true);
    expect(ownBriefLead("本报某县5月6日讯　县政协召开主席会议。")).toBe(true);
    expect(ownBriefLead("新华社某地5月6日电（记者　某某）某省启动……。")).toBe(false);
    expect(ownBriefLead("本报讯")).toBe(false);
  });
  it("reads a column's label before a colon, not a speaker's body", () => {
    expect(labelledHeadline("委员来信：背街小巷的路灯该亮了")).toBe("背街小巷的路灯该亮了");
    expect(labelledHeadline("读者来信: 快递柜能否多设几个")).toBe("快递柜能否多设几个");
    expect(labelledHeadline("民盟市委：推进社区嵌入式托育")).toBeNull();
  });
  it("reads a who-and-when row and a salutation", () => {
    expect(whoWhenRow("答复单位：某市城市管理局　　答复时间：2026-04-18")).toBe(true);
    expect(whoWhenRow("办理单位：某区交通运输局　　办理日期：2026年8月9日")).toBe(true);
    expect(whoWhenRow("发布时间：2026-05-14　来源：区政协办公室")).toBe(false);
    expect(salutation("城南居民：")).toBe(true);
    expect(salutation("委员们建议：一是……")).toBe(false);
  });
  it("finds a piece's bracketed signature past the page's tail, after a sentence", () => {
    expect(pieceSignature(["委员来信：某某", "　　建议尽快修复。", "（区政协委员　某某）", "【打印本页】"])).toEqual({ at: 2, byline: "区政协委员　某某" });
    expect(pieceSignature(["读者来信：某某", "　　希望多设几组。", "（读者　某某）"])).toEqual({ at: 2, byline: "读者　某某" });
    expect(pieceSignature(["某某", "　　建议尽快修复", "（读者　某某）"])).toBeNull();
  });
  it("takes a greeting for no measure's lead phrase", () => {
    expect(notALeadPhrase("各位领导好", "!")).toBe(true);
    expect(notALeadPhrase("落实补贴", "。")).toBe(false);
  });
});

describe("page pieces: cuts after a finished article", () => {
  it("cuts at a brief's headline over the paper's own lead, and the brief shares the page", () => {
    const text = [...REPORT, "城东菜市场完成提升改造", "　　本报讯（记者　某某）记者从市商务局获悉，城东菜市场提升改造已经完成，新增摊位40个。"];
    const cut = pastedArticles(text);
    expect(cut?.cuts).toEqual([5]);
    expect(cut?.pieces.has(5)).toBe(true);
    expect(titles(text.join("\n"))).toEqual(["夜间公交怎样开得更好", "城东菜市场完成提升改造"]);
  });
  it("cuts nothing under a page's lede alone, nor where a page guide lists the brief", () => {
    const lede = ["委员议事", "　　10月9日，市政协召开专题协商会，委员们提出了不少建议。", "城东菜市场完成提升改造", "　　本报讯　城东菜市场提升改造已经完成，新增摊位40个。"];
    expect(pastedArticles(lede)).toBeNull();
    const guided = ["本版标题：", "·夜间公交怎样开得更好", "·城东菜市场完成提升改造", ...REPORT, "城东菜市场完成提升改造", "　　本报讯　城东菜市场提升改造已经完成，新增摊位40个。"];
    expect(pastedArticles(guided)).toBeNull();
  });
  it("opens a member's letter under a column label, signed at its end", () => {
    const text = [...REPORT, "委员来信：小区门口的斑马线该重画了", "　　学校门口的斑马线磨得看不清，上下学高峰家长们很担心。", "　　建议区城市管理局尽快重新施划。", "（区政协委员　某某）"].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["夜间公交怎样开得更好", "委员来信：小区门口的斑马线该重画了"]);
    expect(docs[1].byline).toBe("区政协委员　某某");
  });
  it("opens a board's reply at its second headline over a who-and-when row, with its section label", () => {
    const board = [
      "网友留言",
      "夜间公交能否延长运营",
      "留言人：某小区居民　　留言时间：2026-05-02",
      "　　我家附近的公交末班车太早了，晚上加班回家只能打车，希望延长运营时间。",
      "　　能否在晚高峰后再加开两个班次，方便上班族回家？",
      "部门回复",
      "关于延长夜间公交运营时间的回复",
      "答复单位：某市交通运输局　　答复时间：2026-05-09",
      "某小区居民：",
      "　　您好！经研究，自6月起该线路末班车延长至22时30分，并在晚高峰后加开两个班次。",
    ];
    expect(pastedArticles(board)?.cuts).toEqual([5]);
    expect(titles(board.join("\n"))).toEqual(["夜间公交能否延长运营", "关于延长夜间公交运营时间的回复"]);
    // One head alone proves no board of two documents.
    expect(pastedArticles(board.slice(0, 5))).toBeNull();
  });
});
