/**
 * Chrome of the fourth wave (2026-12-03): comment rows by `name · time` or a bare name under
 * a comments head, vote widgets, ad cards, app watermarks and button rows, a chat group's name
 * and the covering review request, a form's field rows, circled source notes, tabs named
 * again, ratings — and content lines of the same shapes that must stay. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { buttonsCommentRowsVerdict } from "./chrome-buttons-comment-rows";
import { fold } from "./fold";
import { removedReasons as removedOf } from "./rule-test-support";

const verdict = (line: string) => buttonsCommentRowsVerdict(fold(line));

const PARA_A = "今年以来，某县围绕社区食堂建设开展专题协商，委员们走访了9个社区，收集意见建议30余条。";
const PARA_B = "调研发现，部分社区食堂场地狭小、菜品单一，老年人就餐补贴标准偏低。";
const PARA_C = "建议县民政局牵头，会同各街道统筹场地资源，县财政对运营困难的食堂给予补助。";

describe("one line", () => {
  it("reads watermarks, button rows, ratings and group names", () => {
    expect(verdict("某某扫描王 创建")).toBe("widget");
    expect(verdict("下载文档  VIP专享")).toBe("widget");
    expect(verdict("举报/反馈")).toBe("widget");
    expect(verdict("播报")).toBe("widget");
    expect(verdict("委员评价：基本满意")).toBe("widget");
    expect(verdict("某镇议事群(46)")).toBe("chat");
  });
  it("keeps headings and sentences of the same words", () => {
    expect(verdict("分享经验")).toBeNull();
    expect(verdict("下载量")).toBeNull();
    expect(verdict("创建")).toBeNull();
    expect(verdict("群众对食堂的评价：满意度不高，菜品单一。")).toBeNull();
    expect(verdict("建立工作群")).toBeNull();
  });
});

describe("runs of lines", () => {
  it("removes a comment section of `name · time` rows without a head", () => {
    const text = [PARA_A, PARA_B, PARA_C, "老街坊123 · 2小时前", "希望早点开到我们小区。", "赞 8 回复", "某区居民 · 昨天 20:15", "支持！", "作者", "谢谢关注。"].join("\n");
    const removed = removedOf(text);
    for (const l of ["老街坊123 · 2小时前", "希望早点开到我们小区。", "某区居民 · 昨天 20:15", "支持！", "作者", "谢谢关注。"]) expect(removed.get(l)).toBe("chat");
    expect(removed.has(PARA_C)).toBe(false);
  });
  it("removes bare-name comments under a comments head only where they close the page", () => {
    const tail = ["精选留言", "社区老王", "食堂的饭菜确实要改进。", "12"].join("\n");
    const removed = removedOf([PARA_A, PARA_B, PARA_C, tail].join("\n"));
    expect(removed.get("社区老王")).toBe("chat");
    expect(removed.get("食堂的饭菜确实要改进。")).toBe("chat");
    // The same shape inside the text: a heading `群众留言`, a name, a remark, then more text.
    const inside = removedOf([PARA_A, "群众留言", "社区老王", "食堂的饭菜确实要改进。", PARA_B, PARA_C].join("\n"));
    expect(inside.has("社区老王")).toBe(false);
    expect(inside.has("食堂的饭菜确实要改进。")).toBe(false);
  });
  it("removes a vote widget and an ad card, and keeps a question followed by text", () => {
    const removed = removedOf([PARA_A, PARA_B, PARA_C, "你赞成这个办法吗？", "赞成", "再议一议", "投票人数：86", "广告", "某某农场｜扫码下单，新鲜到家", "了解更多"].join("\n"));
    for (const l of ["你赞成这个办法吗？", "赞成", "再议一议"]) expect(removed.get(l)).toBe("widget");
    for (const l of ["某某农场｜扫码下单，新鲜到家", "了解更多"]) expect(removed.has(l)).toBe(true);
    const question = removedOf([PARA_A, "食堂该怎么办？", "一是扩大场地", PARA_B, PARA_C].join("\n"));
    expect(question.has("食堂该怎么办？")).toBe(false);
  });
  it("removes the covering review request under a chat speaker line, not a sentence of the text", () => {
    const removed = removedOf(["某某 10月8日 09:12", "各位领导：座谈会的意见已整理好，请审阅。", "社区食堂意见汇总", PARA_A, PARA_B].join("\n"));
    expect(removed.get("各位领导：座谈会的意见已整理好，请审阅。")).toBe("chat");
    const body = removedOf([PARA_A, "以上意见，请审阅。", PARA_B].join("\n"));
    expect(body.has("以上意见，请审阅。")).toBe(false);
  });
  it("removes a form's field rows except the title and author fields, and its bare body label", () => {
    const form = ["提案表", "提案人 某某某", "类别 社会事业", "案由 关于办好社区食堂的建议", "附议人 甲某某、乙某某", "内容：", PARA_A, PARA_B].join("\n");
    const removed = removedOf(form);
    expect(removed.has("类别 社会事业")).toBe(true);
    expect(removed.get("附议人 甲某某、乙某某")).toBe("metadata");
    expect(removed.get("内容：")).toBe("metadata");
    expect(removed.has("案由 关于办好社区食堂的建议")).toBe(false);
    // Two rows of the shape are no form: a headline with a space stays.
    const two = removedOf(["社区食堂 如何办长久", PARA_A, PARA_B].join("\n"));
    expect(two.has("社区食堂 如何办长久")).toBe(false);
  });
  it("removes a circled source note and keeps a circled recommendation", () => {
    const removed = removedOf([PARA_A, "①数据来源：《某县统计年鉴（2025）》。", PARA_B, "①扩大食堂覆盖。", PARA_C].join("\n"));
    expect(removed.get("①数据来源：《某县统计年鉴（2025）》。")).toBe("footnote");
    expect(removed.has("①扩大食堂覆盖。")).toBe(false);
  });
  it("keeps a proposal's handling units in its head and removes a tab named again over its pane", () => {
    const page = ["关于办好社区食堂的提案", "主办单位：县民政局", "协办单位：县财政局", "[提案全文] [办理答复]", "提案全文", PARA_A, PARA_B].join("\n");
    const removed = removedOf(page);
    expect(removed.has("主办单位：县民政局")).toBe(false);
    expect(removed.has("协办单位：县财政局")).toBe(false);
    expect(removed.get("提案全文")).toBe("navigation");
  });
});
