/**
 * Transcripts whose turns the structurer could not see (2026-12-05): a subtitle file pasted as text — its cue numbers,
 * cue timings, `WEBVTT` header and file name, a cue wrapped on two lines (chrome-timeline.ts); a speaker's name
 * alone on its line over each turn (chrome-speaker-name-lines.ts); the asker's turn opening no list (speaker-turns.ts);
 * a periodical's kind after its name on the issue line (chrome-edition.ts) and a recording's label (chrome-labels.ts)
 * — and lines of the same shapes that must stay. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { removed, removedReasons, shape, structure, verdict } from "./rule-test-support";

const SRT = [
  "某某台_议事广场_0412.srt",
  "1",
  "00:00:00,800 --> 00:00:05,000",
  "本期的话题：小区充电桩怎么装",
  "2",
  "00:00:05,200 --> 00:00:12,400",
  "主持人：电动车越来越多，充电难成了不少小区的烦心事。今天请来市政协委员某某。",
  "3",
  "00:00:12,600 --> 00:00:24,000",
  "某某：第一，摸清需求底数。市住建局组织各区排查老旧小区停车位，",
  "建立充电设施需求清单。",
  "4",
  "00:00:24,200 --> 00:00:33,100",
  "某某：第二，简化报装流程。供电企业开辟绿色通道，十个工作日内完成接电。",
  "5",
  "00:00:33,300 --> 00:00:41,900",
  "某某：第三，明确安全责任。消防部门定期检查充电区域，物业落实日常巡查。",
];

describe("a subtitle file pasted as text (chrome-timeline.ts)", () => {
  it("removes cue numbers, timings and the file's name; the topic cue titles it and the turns give the measures", () => {
    const { documents, removed: lines } = structure(SRT.join("\n"));
    const gone = (lines ?? []).map((r) => r.text);
    expect(gone).toEqual(expect.arrayContaining(["某某台_议事广场_0412.srt", "1", "00:00:00,800 --> 00:00:05,000", "5", "00:00:33,300 --> 00:00:41,900"]));
    expect(documents[0].title).toBe("小区充电桩怎么装");
    expect(shape(documents[0].children)).toBe("R R R");
  });

  it("joins a cue wrapped on two lines into one utterance", () => {
    const text = structure(SRT.join("\n")).documents[0].children[0].text;
    expect(text).toContain("停车位，建立充电设施需求清单");
  });

  it("removes a WebVTT header and short timings with cue settings", () => {
    const lines = removed(["WEBVTT", "", "a1", "00:01.000 --> 00:04.500 align:start", "主持人：今天聊聊社区食堂怎样办得长久，请委员先谈谈看法。"].join("\n"));
    expect(lines).toEqual(expect.arrayContaining(["WEBVTT", "a1", "00:01.000 --> 00:04.500 align:start"]));
  });

  it("keeps a sentence with an arrow or a clock time, and a file name of another kind", () => {
    const lines = removed(["会议安排", "09:30 --> 10:00 由市民政局通报社区食堂运营情况。", "附件：社区食堂调研报告.docx", ...SRT.slice(6, 7)].join("\n"));
    expect(lines).not.toContain("09:30 --> 10:00 由市民政局通报社区食堂运营情况。");
    expect(verdict("今天的节目字幕由某某台制作.srt")).toBeNull();
  });
});

const QA = [
  "守住校门口的安全",
  "记者",
  "放学时段校门口拥堵，您觉得症结在哪里？",
  "某某",
  "接送车辆多、停放无序，周边又缺少临时停车位，家长只能占道等候。",
  "记者",
  "您有什么建议？",
  "某某",
  "第一，设置临时停车区。市公安局在学校周边划定限时停车位。",
  "第二，错峰放学。市教育局指导学校分年级错开放学时间。",
  "记者",
  "谢谢您。",
];

describe("a speaker's name alone over each turn (chrome-speaker-name-lines.ts)", () => {
  it("removes the interviewer's and the guest's name lines, and the answer's items make the tree", () => {
    const { documents, removed: lines } = structure(QA.join("\n"));
    expect((lines ?? []).map((r) => r.text)).toEqual(expect.arrayContaining(["记者", "某某"]));
    expect(shape(documents[0].children)).toBe("R R");
  });

  it("keeps short heads over paragraphs when no interviewer's label stands alone twice", () => {
    const report = ["校门口安全调研", "问题", "放学时段校门口拥堵，接送车辆停放无序，家长只能占道等候。", "建议", "由市公安局在学校周边划定限时停车位，市教育局指导学校错峰放学。", "问题", "周边缺少临时停车位，高峰时段通行缓慢。"];
    const reasons = removedReasons(report.join("\n"));
    expect(reasons.get("问题")).not.toBe("chat");
    expect(reasons.get("建议")).not.toBe("chat");
  });
});

describe("the asker's turn opens no list (speaker-turns.ts)", () => {
  it("keeps a host's opening whole when its first sentence is short", () => {
    const text = ["河道安全怎么守", "主持人：入秋以来，水位上涨。今天请到市政协委员某某。", "某某：谢谢。去年我们走访了沿河六个村。", "主持人：您有什么建议？", "某某：第一，设置警示牌。市水务局在危险河段设立警示牌。", "某某：第二，加强巡查。各区政府组织志愿者巡河。"];
    const { documents } = structure(text.join("\n"));
    expect(documents[0].intro).toContain("主持人：入秋以来");
  });
});

describe("an issue line with the periodical's kind, a recording's label (chrome-edition.ts, chrome-labels.ts)", () => {
  it("removes `《…》半月刊 2026年第3期 栏目` and `……录音整理稿`; keeps a headline naming a recording", () => {
    expect(verdict("《某某政协》半月刊　2026年第3期　委员访谈")).toBe("masthead");
    expect(verdict("市政协“委员说”座谈录音整理稿")).toBe("column");
    expect(verdict("关于规范录音整理服务的建议")).toBeNull();
    expect(verdict("《某某政协》半月刊刊发了委员的调研文章。")).toBeNull();
  });
});
