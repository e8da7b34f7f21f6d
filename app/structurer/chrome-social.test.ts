/**
 * Chrome of social, video, live-stream and short-video pages (third wave, 2026-12-03):
 * hashtag rows, live-room events, comment boxes and comment sections, account cards, sound
 * credits, `date · place` lines, clipping separators, media placeholders, notes on how the text
 * was made, a progress timeline after the text — and the content lines of the same shapes
 * that must stay. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { hashtagRow, madeNote, socialVerdict } from "./chrome-social";
import { lineVerdict } from "./chrome-rules";
import { fold } from "./fold";
import { removedReasons as removedOf } from "./rule-test-support";

const verdict = (line: string) => socialVerdict(fold(line));

const PARA_A = "今年以来，某县围绕乡村夜间照明开展专题协商，委员们走访了12个村，收集意见建议40余条。";
const PARA_B = "调研发现，部分村道路灯损坏后长期无人维修，电费由村集体承担，一些村负担较重。";
const PARA_C = "建议县城管局牵头，会同各乡镇建立路灯巡检和报修机制，县财政对困难村的电费给予补助。";

describe("one line: the families by shape", () => {
  it("reads a row of hashtags, glued or spaced, and keeps a hashtag inside a sentence", () => {
    expect(hashtagRow(fold("#乡村照明 #委员建言 #某县"))).toBe(true);
    expect(hashtagRow(fold("#乡村照明##委员建言#"))).toBe(true);
    expect(hashtagRow(fold("#乡村照明#"))).toBe(true);
    expect(hashtagRow(fold("#乡村照明"))).toBe(false); // one open tag may be a Markdown heading written tight
    expect(hashtagRow(fold("# 一、基本情况"))).toBe(false);
    expect(verdict("大家可以带上 #乡村照明 话题留言。")).toBeNull();
  });

  it("reads a live room's system events and end screen, not a sentence with the same verbs", () => {
    expect(verdict("夜猫子_07 来了")).toBe("social");
    expect(verdict("游客3301 进入直播间")).toBe("social");
    expect(verdict("阿青 送出 玫瑰 ×5")).toBe("social");
    expect(verdict("阿青 送了 小星星 x2")).toBe("social");
    expect(verdict("本场直播已结束")).toBe("social");
    expect(verdict("关注主播，开播不迷路")).toBe("social");
    expect(verdict("春天来了")).toBeNull();
    expect(verdict("县邮政公司送出快递包裹3000余件。")).toBeNull();
    expect(verdict("关注主要矛盾")).toBeNull();
  });

  it("reads a comment box's placeholder by its ellipsis", () => {
    expect(verdict("写评论…")).toBe("social");
    expect(verdict("发条弹幕吧...")).toBe("social");
    expect(verdict("写下你的想法…")).toBe("social");
    expect(verdict("写在最后")).toBeNull();
  });

  it("reads account cards, sound credits, `date · place` lines and clipping separators", () => {
    expect(verdict("快手｜某县融媒")).toBe("masthead");
    expect(verdict("视频号 · 某县政协")).toBe("masthead");
    expect(verdict("♪ 某县政协发布的原声")).toBe("credit");
    expect(verdict("2026-07-02 · 某县")).toBe("metadata");
    expect(verdict("2026/07/02 · 38分钟")).toBe("metadata");
    expect(verdict("===== 材料二：某县日报 =====")).toBe("ornament");
    expect(verdict("—— 片段3 ——")).toBe("ornament");
    expect(verdict("———— 往事如烟 ————")).toBeNull(); // no item named: left to other rules
  });

  it("reads a placeholder where an image or a video stood", () => {
    expect(verdict("图片")).toBe("caption");
    expect(verdict("[视频]")).toBe("caption");
    expect(verdict("图片展")).toBeNull();
  });

  it("reads notes on how the text was made, not a sentence that only mentions a source", () => {
    expect(madeNote(fold("本视频字幕由AI自动生成，如有错漏敬请谅解"))).toBe(true);
    expect(madeNote(fold("本期文字稿根据节目录音整理"))).toBe(true);
    expect(madeNote(fold("字幕（以下内容由系统根据语音识别，仅供参考）"))).toBe(true);
    expect(madeNote(fold("本图解根据县政协常委会议发言制作"))).toBe(true);
    expect(madeNote(fold("本文根据调研情况，提出以下三条建议。"))).toBe(false);
    expect(madeNote(fold("据县交通局统计，今年新增公交线路5条。"))).toBe(false);
    expect(verdict("本节目字幕由AI转写，经编辑校对")).toBe("footnote");
  });

  it("the whole-line rules pass these on to the stage", () => {
    expect(lineVerdict(fold("#乡村照明 #委员建言"))).toBe("social");
    expect(lineVerdict(fold("参与人数：1024　　协商方式：线上"))).toBe("metadata");
    expect(lineVerdict(fold("【导语】"))).toBe("ornament");
  });
});

describe("whole text: comment sections, live rooms, timelines", () => {
  it("removes a note app's comment section under a count head with its like rows", () => {
    const text = [
      "乡村路灯，别让它“睡着了”",
      PARA_A,
      PARA_B,
      PARA_C,
      "#乡村照明 #委员建言",
      "共 37 条评论",
      "山那边的云：我们村的路灯也坏了半年",
      "赞 21　回复",
      "某县委员小吴　作者：已经收集了，谢谢",
      "赞 9",
      "晚归人：支持！",
    ].join("\n");
    const removed = removedOf(text);
    expect(removed.get("#乡村照明 #委员建言")).toBe("social");
    expect(removed.get("共 37 条评论")).toBeTruthy();
    expect(removed.get("山那边的云：我们村的路灯也坏了半年")).toBe("chat");
    expect(removed.get("赞 21　回复")).toBe("chat");
    expect(removed.get("某县委员小吴　作者：已经收集了，谢谢")).toBe("chat");
    expect(removed.get("晚归人：支持！")).toBe("chat");
    expect([...removed.keys()]).not.toContain(PARA_C);
  });

  it("keeps a member's quoted words with a colon inside the body: no comment head before them", () => {
    const text = ["乡村路灯，别让它“睡着了”", PARA_A, "村民老何：天一黑就不敢出门。", "县政协委员田某：路灯要有人管、有钱修。", PARA_B, PARA_C].join("\n");
    const removed = removedOf(text);
    expect([...removed.keys()]).not.toContain("村民老何：天一黑就不敢出门。");
    expect([...removed.keys()]).not.toContain("县政协委员田某：路灯要有人管、有钱修。");
  });

  it("removes a live room's events between the turns of a replay and keeps every turn", () => {
    const turns = ["主持人：欢迎来到委员直播间，今天聊聊乡村路灯怎么修、谁来管。", "田某：我们走访了12个村，发现不少路灯坏了没人修，电费也是村里的一笔负担。", "主持人：那您的建议是什么？", "田某：建议县城管局牵头建立巡检机制，县财政对困难村给予电费补助。"];
    const text = ["委员直播间第3期", turns[0], "夜猫子_07 来了", turns[1], "阿青 送出 玫瑰 ×5", turns[2], turns[3], "直播已结束", "关注主播，开播不迷路"].join("\n");
    const removed = removedOf(text);
    expect(removed.get("夜猫子_07 来了")).toBe("social");
    expect(removed.get("阿青 送出 玫瑰 ×5")).toBe("social");
    expect(removed.get("直播已结束")).toBe("social");
    expect(removed.get("关注主播，开播不迷路")).toBe("social");
    for (const t of turns) expect([...removed.keys()]).not.toContain(t);
  });

  it("removes a dated progress timeline after the text with its label, and keeps a dated list inside it", () => {
    const text = [
      "关于乡村路灯维修的协商",
      PARA_A,
      "2026年3月　启动调研",
      "4月10日　召开协商会",
      PARA_B,
      PARA_C,
      "进度跟踪",
      "05-12　方案报送县政府",
      "06-30　首批路灯修复",
    ].join("\n");
    const removed = removedOf(text);
    expect(removed.get("进度跟踪")).toBe("progress");
    expect(removed.get("05-12　方案报送县政府")).toBe("progress");
    expect(removed.get("06-30　首批路灯修复")).toBe("progress");
    expect([...removed.keys()]).not.toContain("4月10日　召开协商会");
  });

  it("needs two dated rows: one dated line after the text is no timeline", () => {
    const text = ["关于乡村路灯维修的协商", PARA_A, PARA_B, PARA_C, "06-30　首批路灯修复"].join("\n");
    expect(removedOf(text).get("06-30　首批路灯修复")).not.toBe("progress");
  });
});

describe("a clip's cue and a place tag (2026-12-04)", () => {
  it("reads a bracketed cue where a filmed clip played", () => {
    expect(verdict("【短片】")).toBe("caption");
    expect(verdict("【暗访短片】")).toBe("caption");
    expect(verdict("[VCR]")).toBe("caption");
    expect(verdict("【编者按】")).toBeNull();
    expect(verdict("【短片拍摄要更贴近群众】")).toBeNull();
  });
  it("reads a pin over a venue's name, not a pinned heading", () => {
    expect(verdict("📍芫城市中心医院")).toBe("metadata");
    expect(verdict("📍 某县实验小学")).toBe("metadata");
    expect(verdict("📍谁可以申请？")).toBeNull();
    expect(verdict("📍服务更贴心")).toBeNull();
  });
});

describe("a post's likes by name", () => {
  it("a heart or a thumb over two names or more is the likes row; one name, a sentence or another glyph is not", () => {
    expect(socialVerdict(fold("♡ 李某某，王某，张某某，荇阳小陈"))).toBe("widget");
    expect(socialVerdict(fold("👍 王某、李某"))).toBe("widget");
    expect(socialVerdict(fold("♡ 李某某"))).toBeNull();
    expect(socialVerdict(fold("❤ 守护家园，人人有责。"))).toBeNull();
    expect(socialVerdict(fold("✅ 补齐短板，强化监管"))).toBeNull();
  });
});
