/**
 * Chrome inside the body (2026-12-03): contents that repeat later headings, cited notes,
 * comment sections at the page's end, a draft framed inside an AI/chat answer, pull quotes,
 * bracketed signatures and name lists. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { removeChrome } from "./chrome";
import { entryWords } from "./chrome-contents";
import { bracketedNameList, bracketedSignature } from "./chrome-signature";
import { fold } from "./fold";

const removedOf = (text: string) => {
  const out = removeChrome(text.split("\n"));
  return new Map(out.removed.map((r) => [r.text, r.reason]));
};

const PARA_A = "　　今年以来，某镇围绕老旧小区改造开展专题协商，委员们走访了9个小区，收集意见建议60余条。";
const PARA_B = "　　调研发现，部分小区管网老化、停车位不足，居民对改造方案的知情度不高，参与积极性有待提升。";
const PARA_C = "　　建议镇规划办牵头，会同各社区建立改造项目公示制度，改造前征求居民意见，改造后组织居民验收。";

describe("contents that repeat the text's headings", () => {
  it("removes a Word table of contents with field codes, its head, and keeps the headings", () => {
    const text = [
      "某镇老旧小区改造协商报告",
      "目　录",
      'HYPERLINK \\l "_Toc1" 一、基本情况\tPAGEREF _Toc1 \\h 1',
      'HYPERLINK \\l "_Toc2" 二、意见建议\tPAGEREF _Toc2 \\h 2',
      "一、基本情况",
      PARA_A,
      PARA_B,
      "二、意见建议",
      PARA_C,
    ].join("\n");
    const removed = removedOf(text);
    expect(removed.get('HYPERLINK \\l "_Toc1" 一、基本情况\tPAGEREF _Toc1 \\h 1'.trim())).toBe("contents");
    expect([...removed.keys()]).not.toContain("一、基本情况");
    expect([...removed.keys()]).not.toContain("二、意见建议");
  });

  it("removes a time axis whose entries come back as headings, in order, with its bracketed head", () => {
    const text = ["【节目时间轴】", "03:15 改造难在哪", "19:40 委员怎么看", "▍改造难在哪", PARA_A, PARA_B, "▍委员怎么看", PARA_C].join("\n");
    const removed = removedOf(text);
    expect(removed.get("【节目时间轴】")).toBe("contents");
    expect(removed.get("03:15 改造难在哪")).toBe("contents");
    expect(removed.get("19:40 委员怎么看")).toBe("contents");
  });

  it("keeps lines whose wording comes back in another order, and a single repeated line", () => {
    const shuffled = [PARA_A, "乙事项", "甲事项", PARA_A, "甲事项", PARA_B, "乙事项", PARA_C].join("\n");
    expect([...removedOf(shuffled).values()]).not.toContain("contents");
    const once = ["某镇老旧小区改造", PARA_A, "某镇老旧小区改造", PARA_B].join("\n");
    expect([...removedOf(once).values()]).not.toContain("contents");
  });

  it("reads an entry without its furniture", () => {
    expect(entryWords(fold("▸ 二、委员们的建议"))).toBe("委员们的建议");
    expect(entryWords(fold("一、基本情况……………3"))).toBe("基本情况");
    expect(entryWords(fold("12:05 第二部分 改造如何推进"))).toBe("改造如何推进");
  });
});

describe("notes under the text", () => {
  it("removes footnotes the text cites, wherever they stand, and the reference head", () => {
    const text = [
      "　　全镇共有老旧小区42个（注1），涉及居民1.2万户，改造需求迫切。",
      "——————",
      "注1：数据来源于镇规划办年度统计。",
      PARA_B.replace("提升。", "提升[1]。"),
      PARA_C,
      "参考文献：",
      "[1] 某镇人民政府：《老旧小区改造情况通报》，2026年。",
    ].join("\n");
    const removed = removedOf(text);
    // (A `数据来源` note may be read by an older note rule first: removed either way.)
    expect(["footnote", "metadata"]).toContain(removed.get("注1：数据来源于镇规划办年度统计。"));
    expect(["footnote", "metadata"]).toContain(removed.get("参考文献："));
    expect(["footnote", "metadata"]).toContain(removed.get("[1] 某镇人民政府：《老旧小区改造情况通报》，2026年。"));
  });

  it("keeps an enumeration whose marks stand before words, and a note nothing cites", () => {
    const text = ["　　主要措施包括：①完善管网；②增设车位；③加装电梯，逐步推开。", "①完善管网。由镇规划办负责。", PARA_A, "[2] 这一条没有任何引用。"].join("\n");
    const removed = removedOf(text);
    expect(removed.has("①完善管网。由镇规划办负责。")).toBe(false);
    expect(removed.has("[2] 这一条没有任何引用。")).toBe(false);
  });

  it("removes an editor's aside opened by an asterisk after the text", () => {
    const removed = removedOf([PARA_A, PARA_B, PARA_C, "*本文根据委员发言整理，有删节"].join("\n"));
    expect(removed.get("*本文根据委员发言整理，有删节")).toBe("footnote");
  });
});

describe("comment sections", () => {
  it("removes a comment section of any head wording at the page's end, nicknames and replies too", () => {
    const removed = removedOf([PARA_A, PARA_B, PARA_C, "读者留言", "网友“山城老李”：早该改了！", "作者回复：谢谢关注，我们会持续跟进。"].join("\n"));
    expect(removed.get("网友“山城老李”：早该改了！")).toBe("chat");
    expect(removed.get("作者回复：谢谢关注，我们会持续跟进。")).toBe("chat");
  });

  it("keeps quoted speakers under a comment-like heading when the text goes on", () => {
    const text = [PARA_A, "居民留言", "居民“老张”：希望加装电梯。", PARA_B, PARA_C].join("\n");
    expect(removedOf(text).has("居民“老张”：希望加装电梯。")).toBe(false);
  });
});

describe("a draft inside an AI or chat answer", () => {
  it("removes the conversation around a draft set between two rules", () => {
    const text = [
      "智能写作助手",
      "请把这段材料整理成一份社情民意信息",
      "已为您整理如下：",
      "---",
      "## 关于加快老旧小区改造的建议",
      PARA_A,
      PARA_B,
      PARA_C,
      "---",
      "如需调整篇幅，可以继续告诉我。",
    ].join("\n");
    const removed = removedOf(text);
    for (const line of ["智能写作助手", "请把这段材料整理成一份社情民意信息", "已为您整理如下：", "如需调整篇幅，可以继续告诉我。"]) expect(removed.get(line)).toBe("chat");
    expect(removed.has("## 关于加快老旧小区改造的建议")).toBe(false);
  });

  it("leaves a page with a heading outside the rules alone", () => {
    const text = ["# 某镇简报", "本期要目：", "---", "## 老旧小区改造", PARA_A, PARA_B, "---", "编者按"].join("\n");
    expect([...removedOf(text).values()]).not.toContain("chat");
  });
});

describe("pull quotes, signatures and name lists", () => {
  it("removes a quotation set again on its own lines, and keeps the passage", () => {
    const text = ["　　一位居民说：“改造不只是刷墙，", "更要把日子过舒心。”大家深有同感。", "“改造不只是刷墙，", "更要把日子过舒心。”", PARA_B].join("\n");
    const removed = removedOf(text);
    expect(removed.get("“改造不只是刷墙，")).toBe("repeated");
    expect(removed.get("更要把日子过舒心。”")).toBe("repeated");
    expect(removed.has("更要把日子过舒心。”大家深有同感。")).toBe(false);
  });

  it("reads a bracketed signature as the author and a bracketed list of people as a credit", () => {
    expect(bracketedSignature(fold("（九三学社某市委员会）"))).toBe(true);
    expect(bracketedSignature(fold("（市政协委员、某医院院长　某某某）"))).toBe(true);
    expect(bracketedSignature(fold("（文中数据截至6月底）"))).toBe(false);
    expect(bracketedNameList(fold("（调研组成员：某甲　某乙乙　某丙）"))).toBe(true);
    expect(bracketedNameList(fold("（九三学社某市委员会）"))).toBe(false);
    const removed = removedOf([PARA_A, "（九三学社某市委员会）", PARA_B, PARA_C, "（调研组成员：某甲　某乙乙　某丙）"].join("\n"));
    expect(removed.has("（九三学社某市委员会）")).toBe(false);
    expect(removed.get("（调研组成员：某甲　某乙乙　某丙）")).toBe("credit");
  });
});
