/**
 * Chrome of live rooms, group exports, forum threads, microblog posts, word-processor exports and
 * paginated articles (2026-12-05): a reaction counter row and viewers' balloon comments
 * (chrome-social.ts), a sender's bracketed note beside a bare time (chrome-forum-chat.ts), a post's
 * emoji badge, a thread's board-tagged title, an author line with `来自:` and an IP place, a preface
 * ending in a pointing glyph (chrome-thread.ts), a format balloon (chrome-comments-revisions.ts), a
 * headline repeated with a page counter and a pager row (chrome-runs.ts), a caption's credit read as
 * no name line (speaker-tags.ts), a topic field's value as the title (head-shapes.ts) and a turn
 * label's short answer as no speaker's headline (document-segments.ts) — and the lines of the same
 * shapes that must stay. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { continuedHeadlines, pagerRow } from "./chrome-runs";
import { markBalloonComments, socialVerdict } from "./chrome-social";
import { fold } from "./fold";
import type { LineInfo } from "./chrome-lines";
import { removed, removedReasons, structure, verdict } from "./rule-test-support";

const MEASURES = [
  "　　一、规范停放秩序。由市城管局牵头，会同市公安局划定非机动车停放区，对乱停乱放开展整治。",
  "　　二、完善配套设施。市住房和城乡建设局在老旧小区改造中同步建设充电车棚。",
];
const DRAFT = ["关于规范小区电动自行车停放的建议", "　　近年来，我市电动自行车保有量快速增长，楼道停放、飞线充电等问题突出，火灾隐患不容忽视。建议：", ...MEASURES];

const infos = (lines: string[]): LineInfo[] => lines.map((text) => ({ text, folded: fold(text), marker: null, verdict: null, reason: null }));

describe("live rooms and video pages (chrome-social.ts)", () => {
  it("reads a row of glyphs with counts as widget, not a sentence with one emoji", () => {
    expect(socialVerdict(fold("👁 2.3万人看过　❤ 1.1万　💬 860"))).toBe("widget");
    expect(socialVerdict(fold("▶ 1.6万次观看　　❤ 4821"))).toBe("widget");
    expect(socialVerdict(fold("❤ 1.1万"))).not.toBe("widget");
    expect(socialVerdict(fold("👍 我们调研了3个月，走访了12个社区"))).toBeNull();
  });

  it("removes balloon comments whose handle speaks once, keeps a speaker's balloon turns", () => {
    const live = infos(["💬 网友甲：支持！", "💬 晚归的人：说得好", "💬 某委员：我有三条建议。", "💬 某委员：第一，规范停放秩序。"]);
    markBalloonComments(live, () => false);
    expect(live.map((x) => x.reason)).toEqual(["chat", "chat", null, null]);
    const one = infos(["💬 网友甲：支持！"]);
    markBalloonComments(one, () => false);
    expect(one[0].reason).toBeNull();
  });
});

describe("group exports and threads (chrome-forum-chat.ts, chrome-thread.ts)", () => {
  it("reads a sender with a bracketed note beside a bare time, and the short turns around the draft", () => {
    const text = ["联络员(社法委) 09:30", "请各位委员周五前报送。", "某某(委员) 10:47", "我先交一篇，请大家看看", "某某(委员) 10:49", ...DRAFT, "联络员(社法委) 11:05", "写得不错。"].join("\n");
    const r = removedReasons(text);
    for (const l of ["联络员(社法委) 09:30", "我先交一篇，请大家看看", "写得不错。"]) expect(r.get(l), l).toBe("chat");
    for (const l of DRAFT) expect(r.has(l), l).toBe(false);
  });

  it("removes a board-tagged thread title over the author line, an IP place's replies and a preface ending in ↓", () => {
    const text = ["【求拍砖】电动车停放的事，写了份建议", "来自: 某某网友　2026-06-11 22:40:15 某省", "先发上来听听大家意见👇", ...DRAFT, "路人甲　2026-06-11 23:02:47 某省", "支持！"].join("\n");
    const r = removedReasons(text);
    for (const l of ["【求拍砖】电动车停放的事，写了份建议", "来自: 某某网友　2026-06-11 22:40:15 某省", "先发上来听听大家意见👇", "路人甲　2026-06-11 23:02:47 某省", "支持！"]) expect(r.get(l), l).toBe("chat");
    expect(structure(text).documents[0].title).toBe("关于规范小区电动自行车停放的建议");
  });

  it("keeps a board-tagged title when the post has no headline of its own", () => {
    const text = ["【建言】关于规范小区电动自行车停放的建议", "楼主　2026-06-11 22:40", ...DRAFT.slice(1), "2楼　2026-06-11 23:02", "支持！"].join("\n");
    expect(removedReasons(text).has("【建言】关于规范小区电动自行车停放的建议")).toBe(false);
  });

  it("reads an account with an emoji badge over the post's info line as the masthead", () => {
    const text = ["某某政协 ✅", "11-18 08:40 来自 微博网页版", "【电动车停哪儿？委员建议规范小区停放】近日，市政协委员某某调研发现，楼道停放、飞线充电等问题突出。她建议：", ...MEASURES].join("\n");
    expect(removedReasons(text).get("某某政协 ✅")).toBe("masthead");
    expect(structure(text).documents[0].title).toBe("电动车停哪儿？委员建议规范小区停放");
  });
});

describe("exports and paginated pages", () => {
  it("reads a word processor's format balloon under either label, not a sentence about formats", () => {
    expect(verdict("格式的: 字体: (中文) 仿宋_GB2312, 小四")).toBe("revision");
    expect(verdict("格式化: 缩进: 首行缩进:  2 字符")).toBe("revision");
    expect(verdict("统一格式的文书模板由市司法局印发。")).not.toBe("revision");
  });

  it("removes a headline repeated with a page counter and the pager rows, never a numbered heading", () => {
    const lines = ["电动车停哪儿？委员建议规范小区停放", "正文第一段。", "共2页　1　2　下一页", "电动车停哪儿？委员建议规范小区停放（2）", "（2）完善配套设施"];
    const x = infos(lines);
    continuedHeadlines(x, () => false);
    expect(x.map((i) => i.reason)).toEqual([null, null, "widget", "repeated", null]);
    expect(pagerRow(fold("本文共2页　上一页　第1页　第2页"))).toBe(true);
    expect(pagerRow(fold("2024　2025　2026"))).toBe(false);
  });

  it("removes a caption's glyph credit between two sections, as no speaker's name line", () => {
    const text = ["关于规范小区电动自行车停放的建议", "　　近年来，楼道停放、飞线充电等问题突出。建议——", "✦ 停得更规范", MEASURES[0], "▲资料图", "✦ 充得更安全", MEASURES[1]].join("\n");
    expect(removed(text)).toContain("▲资料图");
  });
});

describe("titles of live rooms and minutes", () => {
  it("takes a live room's or a meeting's topic field value as the title", () => {
    expect(structure(["直播主题：电动车停哪儿？委员和社区书记在线聊", "主持人：各位网友晚上好，今天聊聊电动车停放。", ...MEASURES].join("\n")).documents[0].title).toBe("电动车停哪儿？委员和社区书记在线聊");
    expect(structure(["会议主题：某区政协“电动车停放”专题协商会", ...DRAFT.slice(1)].join("\n")).documents[0].title).toBe("某区政协“电动车停放”专题协商会");
  });

  it("reads a speaker's short answer over the measures as a turn when the label speaks again", () => {
    const text = ["直播主题：电动车停哪儿？委员和社区书记在线聊", "主持人：各位网友晚上好。", "某某委员：楼道里停满了车，隐患很大。", "主持人：您有什么建议？", "某某委员：我有两条建议。", ...MEASURES].join("\n");
    const docs = structure(text).documents;
    expect(docs.length).toBe(1);
    expect(docs[0].title).toBe("电动车停哪儿？委员和社区书记在线聊");
  });
});
