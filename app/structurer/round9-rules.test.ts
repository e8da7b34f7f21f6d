/**
 * Rules added when the seventh held-out folder (content/corpus-holdout-7) was opened and
 * tuned to (issue 12, round 9). Each input here is made up for the test; none is taken
 * from the corpus.
 */
import { describe, expect, it } from "vitest";
import { lineVerdict } from "./chrome-rules";
import { detectDepartments } from "./departments";
import { isBackgroundTitle } from "./kinds";
import { directoryIndex, removed, structure } from "./rule-test-support";

const body = [
  "　　近年来，我区共享单车乱停乱放问题突出，占用盲道和消防通道的情况时有发生，群众反映强烈。",
  "一、划定停放区域。区城管局牵头，在地铁口和商圈增设电子围栏停放点。",
  "二、压实企业责任。区交通运输局督促运营企业及时清运，对违规企业约谈通报。",
];

describe("forwarded e-mail (round 9)", () => {
  it("mail headers, the forward separator, a covering note and the auto footer are metadata", () => {
    expect(lineVerdict("发件人：某某办公室 <office@example.org>")).toBe("metadata");
    expect(lineVerdict("收件人：办理组")).toBe("metadata");
    expect(lineVerdict("主题：转发：关于规范共享单车停放的建议")).toBe("metadata");
    expect(lineVerdict("主题：共享单车停放")).toBeNull();
    expect(lineVerdict("---------- 原始邮件 ----------")).toBe("metadata");
    expect(lineVerdict("材料见下文，请查收。")).toBe("metadata");
    expect(lineVerdict("本邮件为系统发送，请勿直接回复。")).toBe("metadata");
  });

  it("a bracketed distribution list (（报送：…）) is metadata", () => {
    expect(lineVerdict("（报送：区委、区政府领导；区政协办公室）")).toBe("metadata");
    expect(lineVerdict("（报送材料时请注明联系人。）")).toBeNull();
  });

  it("a forwarded proposal gets its own title, not a header line", () => {
    const text = ["发件人：某某 <a@example.org>", "收件人：办理组", "主题：转发：共享单车", "-------- 转发的邮件 --------", "关于规范共享单车停放的建议", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于规范共享单车停放的建议");
  });
});

describe("app and WeChat prompts (round 9)", () => {
  it("a reading-time note is metadata; an open-in-app prompt and 点蓝字 are ads", () => {
    expect(lineVerdict("📖 全文约2300字，阅读约需6分钟")).toBe("metadata");
    expect(lineVerdict("阅读提示：本文约900字")).toBe("metadata");
    expect(lineVerdict("打开“某某新闻”APP，查看更多精彩")).toBe("ad");
    expect(lineVerdict("↑ 点上方蓝字关注")).toBe("ad");
    expect(lineVerdict("全文共分三个部分，阅读时请注意。")).toBeNull();
  });

  it("a row of bracketed buttons is a widget", () => {
    expect(lineVerdict("【放大】【缩小】【默认】")).toBe("widget");
    expect(lineVerdict("【委员声音】")).not.toBe("widget");
  });
});

describe("broadcast transcripts (round 9)", () => {
  it("cues in brackets and air-time fields are chrome; a station's programme transcript label is a column", () => {
    expect(lineVerdict("【片尾】")).toBe("ornament");
    expect(lineVerdict("（音乐）")).toBe("ornament");
    expect(lineVerdict("播出频道：某某综合频道　重播：次日 12:00")).toBe("metadata");
    expect(lineVerdict("某某电视台《城事访谈》节目文字稿")).toBe("column");
  });

  it("本期主题： is a title field", () => {
    const text = ["本期主题：让共享单车停得整齐", "主持人：各位观众好。今天我们聊聊共享单车停放的问题，请委员谈谈看法。", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("让共享单车停得整齐");
  });
});

describe("e-paper furniture (round 9)", () => {
  it("a page tag with a colon, a page count and a prev/next-issue row are furniture", () => {
    expect(lineVerdict("B03：城市观察")).toBe("edition");
    expect(lineVerdict("某某市委机关报　今日12版")).toBe("edition");
    expect(lineVerdict("◀上一期　下一期▶")).toBe("navigation");
  });

  it("a menu may carry a Latin item (English)", () => {
    expect(lineVerdict("首页　要闻　民生　视频　专题　English")).toBe("navigation");
  });

  it("a page digest header and its bulleted headlines are not the text", () => {
    const text = ["某某报", "本版导读：", "· 共享单车停放亟待规范", "· 秋季运动会开幕", "", "共享单车停放亟待规范", ...body].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["本版导读：", "· 共享单车停放亟待规范", "· 秋季运动会开幕"]));
    expect(structure(text).documents[0].title).toBe("共享单车停放亟待规范");
  });

  it("a session label with a kind of proposal (…会议党派提案) is a column", () => {
    expect(lineVerdict("某市政协九届二次会议集体提案")).toBe("column");
  });
});

describe("page head (round 9)", () => {
  it("a label row split by a bar (某某政协 ｜ 社情民意) is a column label above the headline", () => {
    const text = ["某某政协　｜　社情民意", "关于规范共享单车停放的建议", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于规范共享单车停放的建议");
  });

  it("a headline wrapped after a dangling 的 takes its next short line", () => {
    const text = ["关于规范城区共享单车停放管理的", "调研报告", "区政协城建委", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于规范城区共享单车停放管理的调研报告");
  });
});

describe("bylines and crumbs (round 9)", () => {
  it("a two-step crumb from a site to its column is navigation", () => {
    expect(lineVerdict("某某区政协网 > 委员风采")).toBe("navigation");
    expect(lineVerdict("城区 > 郊区")).toBeNull();
  });

  it("a paper's own name and desk may open a reporter byline, read under a subtitle", () => {
    expect(lineVerdict("某某晚报全媒体记者 乔某某")).toBe("person");
    const text = ["共享单车停放亟待规范", "——区政协专题协商侧记", "某某晚报融媒体记者 乔某某", "", ...body].join("\n");
    const d = structure(text).documents[0];
    expect(d.title).toBe("共享单车停放亟待规范");
    expect(d.byline).toBe("某某晚报融媒体记者 乔某某");
  });
});

describe("trees (round 9)", () => {
  it("a heading asking where the crux lies (症结何在, 根源在何处) is background", () => {
    expect(isBackgroundTitle("症结何在")).toBe(true);
    expect(isBackgroundTitle("问题根源在何处")).toBe(true);
    expect(isBackgroundTitle("破解症结的对策")).toBe(false);
  });
});

describe("departments (round 9)", () => {
  it("the financial regulator's provincial branch (…某省监管局) is one new vertical body", () => {
    const found = detectDepartments("由省财政厅牵头，国家金融监督管理总局某省监管局配合，做好保险理赔工作。", directoryIndex, { suggestNew: true }).map((m) => m.name);
    expect(found).toContain("国家金融监督管理总局某省监管局");
    expect(found).not.toContain("国家金融监督管理总局");
  });
});
