/**
 * Chrome of the tenth wave (2026-12-04): interactive widgets (a player, a machine summary, a
 * poll framed by its question and counter), readers' comments under emoji nicknames, and page
 * furniture printed again on a jump page — with content of the same shapes that must stay.
 * Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { removedReasons as removedOf, verdict } from "./rule-test-support";
import { sortRow, strayMarkWidget } from "./chrome-widgets";
import { fold } from "./fold";

const HEAD = ["某县村级卫生室建设情况调研", "2026-10-15 08:41　来源：某县政协"];
const PARA_A = "　　今年以来，县政协围绕村级卫生室建设开展专题调研，委员们走访了8个乡镇，收集意见建议20余条。";
const PARA_B = "　　调研发现，部分卫生室房屋老旧、设备不全，乡村医生年龄偏大，群众看病还要跑到镇上。";
const PARA_C = "　　建议县卫生健康局牵头，制定卫生室改造计划，定向培养本土医学生，稳定乡村医生队伍。";
const text = (...lines: string[]) => [...HEAD, ...lines].join("\n");

describe("a player and a machine summary", () => {
  it("removes a time pair with a few words and a labelled AI summary", () => {
    const removed = removedOf(text("听本文　00:00 / 03:12", "智能摘要：委员建议加强村级卫生室建设。本文由AI生成，仅供参考。", PARA_A, PARA_B, PARA_C));
    expect(removed.get("听本文　00:00 / 03:12")).toBe("widget");
    expect(removed.get("智能摘要：委员建议加强村级卫生室建设。本文由AI生成，仅供参考。")).toBe("widget");
  });
  it("keeps a sentence about a summary", () => {
    const line = "　　会议摘要已印发各乡镇，委员们要求三个月内反馈落实情况。";
    expect(removedOf(text(PARA_A, line, PARA_B, PARA_C)).has(line.trim())).toBe(false);
  });
});

describe("a poll framed by its question and counter", () => {
  it("removes the question, the options and the counter", () => {
    const removed = removedOf(text(PARA_A, "您多久去一次村卫生室？", "A. 每月一次", "B. 半年一次", "C. 几乎不去", "已有86人参与", PARA_B, PARA_C));
    for (const line of ["您多久去一次村卫生室？", "A. 每月一次", "B. 半年一次", "C. 几乎不去", "已有86人参与"]) expect(removed.get(line)).toBe("widget");
  });
  it("keeps lettered lines with no counter under them", () => {
    const removed = removedOf(text(PARA_A, "卫生室主要缺什么？", "A. 常用药品", "B. 检查设备", PARA_B, PARA_C));
    expect(removed.has("A. 常用药品")).toBe(false);
  });
});

describe("readers' comments under emoji nicknames", () => {
  it("removes a selected-comments section to the end", () => {
    const removed = removedOf(text(PARA_A, PARA_B, PARA_C, "精选留言", "🌾稻香（东乡）：我们村的卫生室去年翻新了。", "作者回复：感谢留言。"));
    expect(removed.get("🌾稻香（东乡）：我们村的卫生室去年翻新了。")).toBe("chat");
    expect(removed.get("作者回复：感谢留言。")).toBe("chat");
  });
  it("reads a head with the word for selected after the noun (2026-12-04)", () => {
    const removed = removedOf(text(PARA_A, PARA_B, PARA_C, "留言精选", "晴天：支持委员！", "作者回复：谢谢建议。"));
    expect(removed.get("留言精选")).toBe("chat");
    expect(removed.get("作者回复：谢谢建议。")).toBe("chat");
  });
});

describe("furniture printed again at a jump", () => {
  it("removes the masthead and the date met again after a jump line", () => {
    const page = ["某县报", "2026年10月15日　星期四", "村级卫生室建设情况调研", PARA_A, PARA_B, "（下转第4版）", "某县报", "2026年10月15日　星期四", "（上接第1版）", PARA_C].join("\n");
    const removed = removedOf(page);
    expect(removed.get("2026年10月15日　星期四")).toBeTruthy();
    expect(removed.get("某县报")).toBeTruthy();
  });
});

describe("chrome that ends with a stop, and invitations, after the text", () => {
  it("removes a stopped source field and a sharing invitation among the tail's chrome", () => {
    const removed = removedOf(text(PARA_A, PARA_B, PARA_C, "来源：某县融媒体中心。", "点亮“在看”，让更多人看到。", "编辑：某某"));
    expect(removed.get("来源：某县融媒体中心。")).toBe("metadata");
    expect(removed.get("点亮“在看”，让更多人看到。")).toBe("ad");
  });
  it("keeps a host's closing turn and an author's closing paragraph", () => {
    const turn = "主持人：谢谢二位。";
    const closing = "养老这件事，每家迟早都会遇到。欢迎大家在评论区聊聊。";
    const removed = removedOf(text(PARA_A, PARA_B, PARA_C, turn, closing, "编辑：某某"));
    expect(removed.has(turn)).toBe(false);
    expect(removed.has(closing)).toBe(false);
  });
});

describe("a button copied with its icon, and a sort row (twelfth wave)", () => {
  it("reads a widget word with a stray letter or arrow, and sort toggles", () => {
    expect(strayMarkWidget(fold("收起d"))).toBe("widget");
    expect(strayMarkWidget(fold("展开全文v"))).toBe("widget");
    expect(strayMarkWidget(fold("收起∧"))).toBe("widget");
    expect(sortRow(fold("按热度　按时间"))).toBe(true);
    expect(sortRow(fold("最新 | 最热"))).toBe(true);
  });
  it("keeps a heading with a Latin word, a short line of the text and a single sort word", () => {
    expect(strayMarkWidget(fold("推广AI"))).toBe(null);
    expect(strayMarkWidget(fold("社区食堂a"))).toBe(null);
    expect(sortRow(fold("时间"))).toBe(false);
    expect(sortRow(fold("按时间节点推进"))).toBe(false);
    expect(verdict("社区食堂")).toBe(null);
  });
  it("removes them inside the text, between a paragraph and the next", () => {
    const removed = removedOf(text(PARA_A, "收起d", PARA_B, "按热度　按时间", PARA_C));
    expect(removed.get("收起d")).toBe("widget");
    expect(removed.get("按热度　按时间")).toBe("widget");
  });
});
