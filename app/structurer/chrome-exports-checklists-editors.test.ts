/**
 * Note-app and shared-document furniture read by shape (seventeenth wave): a checklist whose items are
 * sentences (the proposal's measures) against the writer's own to-dos, the task box as a bullet, a quote
 * linking the notebook's pages, a shared document's window title and @-editor rows, and replies under a
 * removed comment. Made-up inputs only (no corpus or batch text).
 */
import { describe, expect, it } from "vitest";
import { sentenceTask } from "./chrome-exports";
import { parseLineMarker } from "./markers";
import { fold } from "./fold";
import { structureText } from "./index";
import { directory } from "./rule-test-support";

const run = (lines: string[]) => structureText(lines.join("\n"), { directory, format: "text" });
const removedOf = (lines: string[]) => new Map((run(lines).removed ?? []).map((r) => [r.text, r.reason]));
const titles = (lines: string[]) => run(lines).documents[0].children.flatMap((c) => [c.title, ...c.children.map((k) => k.title)]);

const PARA = "某镇现有村级图书室21个，但开放时间短、藏书更新慢，村民借阅量逐年下降。";

describe("a checklist of measures", () => {
  it("tells a measure written as a sentence from a note to self", () => {
    expect(sentenceTask("- [ ] **错时开放。** 镇文化站制定错时开放办法。", fold("- [ ] **错时开放。** 镇文化站制定错时开放办法。"))).toBe(true);
    const long = "- [x] 县图书馆按季度为村级图书室轮换图书，县财政安排专项经费保障更新。";
    expect(sentenceTask(long, fold(long))).toBe(true);
    expect(sentenceTask("- [ ] 问一下文化站的开放时间", fold("- [ ] 问一下文化站的开放时间"))).toBe(false);
    expect(sentenceTask("- 县图书馆按季度轮换图书。", fold("- 县图书馆按季度轮换图书。"))).toBe(false);
  });

  it("keeps the measures as recommendations without their box, and drops the to-dos after them", () => {
    const lines = ["# 关于延长村级图书室开放时间的建议", "", "## 现状", "", PARA, "", "## 建议", "",
      "- [ ] **错时开放。** 由镇文化站牵头，制定图书室错时开放办法，每周开放不少于20小时。",
      "- [x] **轮换图书。** 县图书馆按季度为村级图书室轮换图书。", "", "- [ ] 周五前补照片"];
    expect(titles(lines)).toEqual(["现状", "建议", "错时开放", "轮换图书"]);
    expect(removedOf(lines).get("- [ ] 周五前补照片")).toBe("revision");
  });

  it("reads the task box as part of a bullet, not of the item", () => {
    expect(parseLineMarker("- [ ] 轮换图书。", fold("- [ ] 轮换图书。"))?.rest).toBe("轮换图书。");
    expect(parseLineMarker("- [x] 轮换图书。", fold("- [x] 轮换图书。"))?.rest).toBe("轮换图书。");
    expect(parseLineMarker("- [注] 轮换图书。", fold("- [注] 轮换图书。"))?.rest).toBe("[注] 轮换图书。");
  });
});

describe("a note's and a shared document's furniture", () => {
  it("drops a quote that links the notebook's pages, keeps a plain quote", () => {
    const linked = ["关于延长村级图书室开放时间的建议", "> 走访记录见 [[10-12 某镇走访]]", "", PARA];
    expect(removedOf(linked).get("> 走访记录见 [[10-12 某镇走访]]")).toBe("footnote");
    const plain = ["关于延长村级图书室开放时间的建议", "> 村民说：晚上去总是关门。", "", PARA];
    expect(removedOf(plain).has("> 村民说：晚上去总是关门。")).toBe(false);
  });

  it("drops the window title over the headline and the @-editor rows, keeps a sentence naming a handle", () => {
    const lines = ["某文档　关于延长村级图书室开放时间的建议", "最后由 @小周 保存于 10月12日 16:42", "协作者：@小周 @老林",
      "", "关于延长村级图书室开放时间的建议", "", PARA, "请 @小周 核对数字后于本周内提交给文化站。"];
    const removed = removedOf(lines);
    expect(removed.get("某文档　关于延长村级图书室开放时间的建议")).toBe("widget");
    expect(removed.has("最后由 @小周 保存于 10月12日 16:42")).toBe(true);
    expect(removed.get("协作者：@小周 @老林")).toBe("metadata");
    expect(removed.has("关于延长村级图书室开放时间的建议")).toBe(false);
    expect(run(lines).documents[0].title).toBe("关于延长村级图书室开放时间的建议");
  });

  it("drops the replies under a removed comment, and only those", () => {
    const lines = ["关于延长村级图书室开放时间的建议", "", PARA, "💬 小周：21个是哪年的数？", "↳ 老林：今年的",
      "县图书馆按季度为村级图书室轮换图书，县财政安排专项经费保障更新。", "💬 阿梅：要不要写经费？", "↪ 小周：写了"];
    const removed = removedOf(lines);
    expect(removed.get("↳ 老林：今年的")).toBe("chat");
    expect(removed.get("↪ 小周：写了")).toBe("chat");
    expect(removed.has("县图书馆按季度为村级图书室轮换图书，县财政安排专项经费保障更新。")).toBe(false);
  });
});

describe("a window's or a teaser's label before a headline's words, a quoted proposer field (2026-12-05)", () => {
  const BODY = [PARA, "一是错时开放。镇文化站制定错时开放办法。", "二是更新藏书。县图书馆按季度轮换图书。"];

  it("removes an app's window title set off by a bar over its toolbar or editor rows", () => {
    const lines = ["协作文档 | 村级图书室意见稿（第二稿）", "最近修改：@某某　10:32　　已自动保存", "协作　　分享　　⋯", "关于盘活村级图书室的建议", ...BODY];
    expect(removedOf(lines).get(lines[0])).toBe("widget");
    expect(run(lines).documents[0].title).toBe("关于盘活村级图书室的建议");
    // A headline with a column label before its bar, over a news page's info line, stays.
    const page = ["图文直播｜村级图书室专题协商会", "2026-08-21 09:00　来源：某某网", ...BODY];
    expect(run(page).documents[0].title).toBe("图文直播｜村级图书室专题协商会");
  });

  it("removes a teaser that is a label, a colon or a bar and the headline below it", () => {
    for (const teaser of ["今日看点：让村级图书室重新热闹起来", "本期要目｜让村级图书室重新热闹起来"]) {
      const lines = ["某某日报", teaser, "让村级图书室重新热闹起来", "本报记者　某某", ...BODY];
      // The head's first-copy rule (head-shapes.ts, givesHeadlineAgain) takes it as the headline given again.
      expect(removedOf(lines).get(teaser), teaser).toBe("repeated");
      expect(run(lines).documents[0].title).toBe("让村级图书室重新热闹起来");
    }
  });

  it("keeps a quoted proposer field with linked co-signers as the name line; a linked note stays a callout", () => {
    const note = ["# 关于盘活村级图书室的建议", "> 建议人：县政协委员 某某　　附议：[[某甲]]、[[某乙]]", "## 一、情况", PARA, "## 二、建议", "1. 错时开放。镇文化站制定错时开放办法。", "2. 更新藏书。县图书馆按季度轮换图书。"];
    const r = structureText(note.join("\n"), { directory, format: "markdown" });
    expect(r.documents[0].byline).toBe("县政协委员 某某");
    const linked = ["关于盘活村级图书室的建议", "> 走访记录见 [[某镇走访]]　　附议：[[某甲]]", "", PARA];
    expect(removedOf(linked).get("> 走访记录见 [[某镇走访]]　　附议：[[某甲]]")).toBe("footnote");
  });
});
