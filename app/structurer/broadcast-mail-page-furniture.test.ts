/**
 * Broadcasts, mails and page furniture kept as content (2026-12-05): a show's label with its episode number
 * (chrome-labels.ts), a note that a transcript follows (chrome-record-button-rows.ts), a topic line that asks
 * (head.ts, head-shapes.ts), a programme's cast lines (line-shapes.ts), a mail's covering paragraph with a dated
 * request (head-covering.ts), a comment section's foot (chrome-comments-revisions.ts) and a swipe hint
 * (chrome-social.ts) — and the lines of the same shapes that must stay. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { ANNOUNCES } from "./head-covering";
import { CAST_LABEL } from "./line-shapes";
import { wordedHeadline } from "./title-score";
import { removed, structure, verdict } from "./rule-test-support";

const TURNS = [
  "主持人：听众朋友们好，今天请来两位嘉宾，聊聊小区里的充电桩。",
  "某某：不少老小区车位少、电容不够，充电桩装不上，飞线充电的情况很普遍。",
  "主持人：您有什么建议？",
  "某某：第一，摸清底数。市住建局会同市供电公司逐个小区排查电力容量。第二，统建统管。各区政府在小区周边建设集中充电点。",
  "主持人：感谢两位嘉宾。",
];

describe("a show's label and its transcript note", () => {
  it("reads a show's name with its episode number as the show's label", () => {
    expect(verdict("《某某热线》节目实录（第46期）")).toBe("column");
    expect(verdict("《某某》文字稿（第8集）")).toBe("column");
    expect(verdict("《某某访谈》文字实录")).toBe("column");
    expect(verdict("《某某条例》第8条")).toBeNull();
  });

  it("removes a note that the written-out record follows, with its colon", () => {
    expect(verdict("以下为节目实录：")).toBe("metadata");
    expect(verdict("以下是本集节目的文字稿：")).toBe("metadata");
    expect(verdict("以下为节目文字整理:")).toBe("metadata");
    expect(verdict("以下为具体建议：")).toBeNull();
  });

  it("reads who wrote the recording out as a credit", () => {
    expect(verdict("文字稿整理：某某")).toBe("credit");
    expect(verdict("录音整理：某某")).toBe("credit");
    expect(verdict("文字稿：某某")).not.toBe("credit");
  });
});

describe("a programme page's head", () => {
  const page = (topic: string, cast: string[]) =>
    ["某某广播电视台　FM96.8", "《某某热线》节目实录（第12期）", "播出时间：2026年3月4日　8:00—9:00", topic, ...cast, "以下为节目实录：", ...TURNS].join("\n");

  it("titles the episode by a topic line that asks, the show's label removed", () => {
    const out = structure(page("今天我们聊聊：老小区的充电桩为何总“装不上”？", ["嘉宾：市政协委员　某某"]));
    expect(out.documents[0].title).toBe("老小区的充电桩为何总“装不上”？");
    expect(out.removed?.map((r) => r.text)).toEqual(expect.arrayContaining(["《某某热线》节目实录（第12期）", "以下为节目实录："]));
  });

  it("keeps a cast of two lines as text, never a byline", () => {
    const cast = ["做客嘉宾：市政协委员、某设计院高级工程师　某某", "　　　　　市住房和城乡建设局物业科科长　某甲"];
    const doc = structure(page("本期话题：老小区的充电桩怎么装？", cast)).documents[0];
    expect(doc.byline).toBeNull();
    expect(removed(page("本期话题：老小区的充电桩怎么装？", cast))).not.toContain(cast[0]);
  });

  it("reads a cast line as no two-part headline", () => {
    expect(CAST_LABEL.test(fold("本集嘉宾：市政协委员、某协会副会长　某某"))).toBe(true);
    expect(wordedHeadline(fold("本集嘉宾：市政协委员、某协会副会长　某某"))).toBe(false);
    expect(wordedHeadline(fold("委员访谈：老小区充电桩怎么装"))).toBe(true);
  });
});

describe("a mail's covering paragraph", () => {
  it("announces the drafts with a request to review them by a day", () => {
    expect(ANNOUNCES.test(fold("本期拟报送两篇信息稿，正文如下，请于明天下班前反馈修改意见。"))).toBe(true);
    expect(ANNOUNCES.test(fold("附上修改稿一份，全文附后，请在3月5日前通过邮件回复修改意见，逾期视为无意见。"))).toBe(true);
    expect(ANNOUNCES.test(fold("具体做法如下，请各区结合实际抓好落实，确保年底前完成。"))).toBe(false);
  });

  it("removes the mail's salutation and covering paragraph over the draft", () => {
    const text = [
      "发件人：某某市政协研究室",
      "主题：两篇信息稿请审核",
      "各位同事：",
      "　　本周拟报送信息稿一篇，正文如下，请于周五前反馈修改意见。",
      "关于规范社区团购的建议",
      "市政协委员　某某",
      "　　一、明确监管责任。市市场监管局牵头制定社区团购经营规范。",
      "　　二、保障食品安全。市商务局督促平台建立产品溯源制度。",
    ].join("\n");
    const out = structure(text);
    expect(out.documents[0].title).toBe("关于规范社区团购的建议");
    expect(out.removed?.map((r) => r.text)).toContain("本周拟报送信息稿一篇，正文如下，请于周五前反馈修改意见。");
  });
});

describe("a comment section's foot and a swipe hint", () => {
  const page = (foot: string) =>
    [
      "某某新闻网",
      "委员建言社区团购",
      "2026年3月4日 09:30　来源：某某新闻网",
      "　　委员们建议：一是明确监管责任，市市场监管局牵头制定经营规范；二是保障食品安全，市商务局督促平台建立产品溯源制度。",
      "【我要评论】",
      "网友“小区妈妈”：早就该管管了。",
      "网友“老张”：价格也要透明。",
      foot,
      "相关专题：民生实事",
      "Copyright © 2026 某某新闻网 版权所有",
    ].join("\n");

  it("keeps the comments and the link after them in the section past its count row", () => {
    const out = removed(page("共2条评论　查看全部>>"));
    expect(out).toEqual(expect.arrayContaining(["网友“老张”：价格也要透明。", "共2条评论　查看全部>>", "相关专题：民生实事"]));
  });

  it("removes a swipe hint in brackets or behind an arrow, not a sentence about swiping", () => {
    expect(verdict("（向上滑动查看全文）")).toBe("widget");
    expect(verdict("↑ 上滑查看全部内容")).toBe("widget");
    expect(verdict("【左滑看更多】")).toBe("widget");
    expect(verdict("向上滑动查看全文后，居民即可在线报名。")).toBeNull();
  });
});
