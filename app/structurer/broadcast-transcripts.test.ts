/**
 * Broadcast, podcast and livestream transcripts (2026-12-05): a turn's time mark in brackets before a post-and-name
 * label (line-shapes.ts, speaker-turns.ts, interview-turns.ts), measures counted across turns (speaker-turns.ts), a
 * chyron field line and a call-in segment cue (chrome-mail-digest.ts), a recording's time axis (chrome-timeline.ts),
 * a station line with its channel glued to the frequency (chrome-comments-revisions.ts, head-source.ts), the
 * station over its programme as the source (head-source.ts), a host's topic line as the title (head-shapes.ts),
 * `第一点，` as a counted measure (markers.ts) — and the lines of the same shapes that must stay. An editor's
 * section title between turns is no heading (a rule that made it one was withdrawn: it cost a validation tree). Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import type { LineInfo } from "./chrome-lines";
import { markTimeAxis } from "./chrome-timeline";
import { fold } from "./fold";
import { labelBeforeColon } from "./interview-turns";
import { parseLineMarker } from "./markers";
import { removed, shape, structure, verdict } from "./rule-test-support";

const infos = (lines: string[]): LineInfo[] => lines.map((text) => ({ text, folded: fold(text), marker: null, verdict: null, reason: null }));

const LIVE = [
  "某某新闻网 · 直播回放",
  "直播主题：背街小巷怎么亮起来",
  "直播时间：2026-05-06 19:30",
  "【00:00:20】主持人：各位网友晚上好，今天我们请来市政协委员某某，聊聊背街小巷的照明。",
  "【00:02:05】市政协委员　某某：我走访了二十多条小巷，三成路灯不亮，线路老化，管护责任也不清。",
  "【00:05:40】市政协委员　某某：我有三条建议。第一，理清管护责任。由市城管局牵头，逐条登记小巷路灯。",
  "【00:07:12】市政协委员　某某：第二，加快线路改造。市城管局联合市供电公司改造老化线路。",
  "【00:09:30】市政协委员　某某：第三，畅通报修渠道。市民扫码即可报修，七十二小时内修复。",
  "【00:12:00】主持人：感谢某某委员。",
];

describe("time-marked turns (speaker-turns.ts, interview-turns.ts)", () => {
  it("skips a bracketed time mark before a turn's label", () => {
    expect(labelBeforeColon(fold("【00:07:20】市政协委员　某某：第二，……"))).toBe("市政协委员 某某");
    expect(labelBeforeColon(fold("[01:05] 周某某：好的。"))).toBe("周某某");
    expect(labelBeforeColon(fold("主持人：欢迎。"))).toBe("主持人");
  });

  it("reads a stamped live replay as one document whose measures are counted across turns", () => {
    const { documents } = structure(LIVE.join("\n"));
    expect(documents).toHaveLength(1);
    expect(documents[0].title).toBe("背街小巷怎么亮起来");
    expect(documents[0].byline).toBeNull();
    expect(documents[0].children.map((c) => c.title)).toEqual(["理清管护责任", "加快线路改造", "畅通报修渠道"]);
  });

  it("keeps a turn that counts without a second turn going on as one turn", () => {
    const lines = [...LIVE.slice(0, 5), "【00:05:40】市政协委员　某某：我有三条建议，时间关系先说这些。", "【00:12:00】主持人：感谢某某委员。"];
    expect(structure(lines.join("\n")).documents[0].children).toHaveLength(0);
  });
});

describe("broadcast chrome (chrome-mail-digest.ts, chrome-comments-revisions.ts)", () => {
  it("removes a chyron field line and a call-in segment cue", () => {
    expect(verdict("字幕：市政协委员、某设计院总工程师　某某")).toBe("caption");
    expect(verdict("【字幕】市城管局市政设施科科长　某某")).toBe("caption");
    expect(verdict("【听众来电】")).toBe("ornament");
    expect(verdict("【记者连线】")).toBe("ornament");
  });

  it("keeps a sentence that mentions subtitles and a bracketed speech", () => {
    expect(verdict("字幕组的同学们说，这期节目的字幕我们加班做完了。")).toBeNull();
    expect(verdict("【听众来电】王先生：我家门口的路灯坏了两个月，一直没人修。")).not.toBe("ornament");
  });

  it("removes a station line whose channel is glued to the frequency", () => {
    expect(verdict("某某人民广播电台　新闻频率FM96.8")).toBe("masthead");
    expect(verdict("欢迎收听新闻频率FM96.8的节目，我们下期再见。")).toBeNull();
  });
});

describe("a recording's time axis (chrome-timeline.ts)", () => {
  const mark = (lines: string[]) => {
    const xs = infos(lines);
    markTimeAxis(xs, () => false);
    return xs.map((x) => x.reason);
  };

  it("removes three rising chapter rows and their label", () => {
    expect(mark(["🎧 时间轴", "00:00 开场", "03:15 买菜难在哪", "[12:40] 委员的三条建议", "某某：欢迎收听。"])).toEqual(["contents", "contents", "contents", "contents", null]);
  });

  it("keeps stamped turns, two rows alone and times that do not rise", () => {
    expect(mark(["00:21 主持人：欢迎收听。", "01:05 某某：谢谢。", "02:10 某某：我有三条建议。"])).toEqual([null, null, null]);
    expect(mark(["00:00 开场", "03:15 买菜难在哪", "正文。"])).toEqual([null, null, null]);
    expect(mark(["09:00 签到", "08:30 开会", "10:00 散会"])).toEqual([null, null, null]);
  });
});

const SHOW = [
  "某某广播电视台　公共频道",
  "《委员面对面》第8期",
  "播出时间：2026年6月18日　21:30",
  "今天我们聊聊：小区充电桩为什么难装",
  "字幕：市政协委员、某设计院总工程师　某某",
  "主持人：某某委员，难在哪里？",
  "某某：物业不配合，电力容量也不够，居民跑了好几个部门都办不成。",
  "怎么破解",
  "主持人：您有什么建议？",
  "某某：我提三点建议。",
  "第一点，明确物业责任。市住建局要指导物业企业配合安装。",
  "第二点，扩容配电设施。市供电公司对老旧小区配电设施增容改造。",
  "第三点，简化报装流程。推行一窗受理、限时办结。",
];

describe("a programme's transcript (head-source.ts, head-shapes.ts, markers.ts)", () => {
  it("titles by the host's topic line, names the station as source, and heads the measures with the chapter card", () => {
    const { documents, removed: lines } = structure(SHOW.join("\n"));
    expect(documents).toHaveLength(1);
    expect(documents[0].title).toBe("小区充电桩为什么难装");
    expect(documents[0].source).toBe("某某广播电视台");
    // `怎么破解` between the guest's turn and the host's question heads the counted measures (tree.ts, headsTurnsAndRun).
    expect(shape(documents[0].children)).toBe("H(R R R)");
    expect((lines ?? []).map((r) => r.text)).toContain("字幕：市政协委员、某设计院总工程师　某某");
  });

  it("reads `第一点，` as a counted measure, not an article's number with a space", () => {
    expect(parseLineMarker("第一点，明确物业责任。", fold("第一点，明确物业责任。"))?.family).toBe("ordinal");
    expect(parseLineMarker("第一条　为了规范管理，制定本办法。", fold("第一条　为了规范管理，制定本办法。"))).toBeNull();
  });

  it("heads nothing with a bare line under the head's guest list or a bracketed role label", () => {
    const lines = [...SHOW.slice(0, 5), "【委员答复】", ...SHOW.slice(8)];
    expect(shape(structure(lines.join("\n")).documents[0].children)).toBe("R R R");
    expect(removed(SHOW.join("\n"))).not.toContain("怎么破解");
  });
});
