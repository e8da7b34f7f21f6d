/**
 * A document's apparatus around its title (2026-12-04, tenth wave; docs/structure-format.md,
 * "Document apparatus (2026-12-04, tenth wave)"): record and distribution fields, a letterhead over
 * a document number, a kind label over the title — and lines of the same shapes that must stay.
 * Made-up inputs only (no corpus or batch text).
 */
import { describe, expect, it } from "vitest";
import { closedDistribution, handlingNote, meetingField, registerLine, scanRecord } from "./chrome-apparatus";
import { fold } from "./fold";
import { structureText } from "./index";
import { directory } from "./rule-test-support";

const run = (lines: string[]) => structureText(lines.join("\n"), { directory, format: "text" });
const removedOf = (lines: string[]) => new Set((run(lines).removed ?? []).map((r) => r.text));

const BODY = [
  "近期，委员们围绕社区食堂建设开展调研，现将有关意见报告如下。",
  "一、扩大覆盖面。建议市民政局牵头，会同市商务局在老旧小区布点社区食堂。",
  "二、降低运营成本。市财政局对运营满一年的社区食堂给予一次性补助。",
];

describe("record and distribution fields", () => {
  it("reads attendance, sitting-in and recipient labels as fields", () => {
    expect(meetingField(fold("参会人员：委员代表、居民代表共20人"))).toBe(true);
    expect(meetingField(fold("列席单位：市民政局、市商务局"))).toBe(true);
    expect(meetingField(fold("主送：市人民政府"))).toBe(true);
    expect(meetingField(fold("活动地点：某某街道委员工作室"))).toBe(true);
    expect(meetingField(fold("会议时间｜2026年5月6日"))).toBe(true);
  });

  it("leaves a sentence after such a word, and other labels", () => {
    expect(meetingField(fold("参会人员：大家都认为，食堂要办好。"))).toBe(false);
    expect(meetingField(fold("牵头单位：市民政局"))).toBe(false);
    expect(meetingField(fold("牵头单位｜市民政局"))).toBe(false);
    expect(meetingField(fold("参加这次调研的委员：某某"))).toBe(false);
  });

  it("removes a 主送 line, so its government is no department of the text", () => {
    const result = run(["关于加快社区食堂建设的建议", "主送：市人民政府", ...BODY]);
    expect(result.removed?.map((r) => r.text)).toContain("主送：市人民政府");
    const names = JSON.stringify(result.documents[0]);
    expect(names).not.toContain("市人民政府");
  });
});

describe("a kind label over the title", () => {
  it("takes the 关于 headline under an issuer-and-kind label as the title", () => {
    const lines = ["某某区政协协商意见", "〔2026〕第5号", "关于加快社区食堂建设的协商意见", ...BODY];
    expect(run(lines).documents[0].title).toBe("关于加快社区食堂建设的协商意见");
    expect(removedOf(lines).has("某某区政协协商意见")).toBe(true);
  });

  it("passes over record fields between the label and a headline ending in the same kind", () => {
    const lines = ["某某县政协协商纪要", "时间：2026年5月8日", "地点：县政协会议室", "推进社区食堂建设协商纪要", ...BODY];
    const result = run(lines);
    expect(result.documents[0].title).toBe("推进社区食堂建设协商纪要");
    expect(result.documents[0].source).toBeNull();
  });

  it("leaves the label the title when no headline of its own follows", () => {
    const lines = ["某某区政协协商意见", ...BODY];
    expect(run(lines).documents[0].title).toBe("某某区政协协商意见");
  });
});

describe("the 版记 under a signature", () => {
  it("passes over a later print line to the signature and its date", () => {
    const lines = ["关于加快社区食堂建设的建议", ...BODY, "某某县政协办公室", "2026年5月6日", "抄送：县委办公室", "某某县政协办公室　　　　2026年5月8日印发"];
    const doc = run(lines).documents[0];
    expect(doc.byline).toBe("某某县政协办公室");
    expect(doc.date).toBe("2026-05-06");
  });

  it("reads a bare series label and a compiler's cell as no source", () => {
    const lines = ["情况反映", "第2期", "某某县政协研究室编　　　2026年5月6日", "关于加快社区食堂建设的建议", ...BODY];
    const doc = run(lines).documents[0];
    expect(doc.title).toBe("关于加快社区食堂建设的建议");
    expect(doc.source).toBeNull();
  });
});

describe("a clerical record around a letter (twelfth wave)", () => {
  const LETTER = [
    "关于请求增设某小区门口路灯的信",
    "尊敬的委员：",
    "我们是某小区的居民。小区门口的道路一直没有路灯，晚上老人和孩子出行很不安全，居民多次反映都没有结果。",
    "一、请区城市管理局在小区门口道路补装路灯，消除夜间出行隐患。",
    "二、区住房和城乡建设局督促物业企业做好门口照明设施的日常维护。",
    "某小区部分居民",
    "2026年4月2日",
  ];
  it("removes the register line, a signed and dated handling note and a scan's record", () => {
    const register = "委员工作室来信登记　编号：LX-2026-012";
    const note = "【工作室处理意见】已转区政协提案委员会，建议联系区城市管理局了解情况。　某某某　4月6日";
    const scan = "识别置信度：90.4%　　请以原件为准";
    const removed = removedOf([register, ...LETTER, note, scan]);
    for (const line of [register, note, scan]) expect(removed.has(line)).toBe(true);
    const doc = run([register, ...LETTER, note, scan]).documents[0];
    expect(doc.date).toBe("2026-04-02");
  });
  it("reads the shapes, not the words of one letter", () => {
    expect(registerLine(fold("某县政协社情民意信息登记　编号：SQ-2026-7"))).toBe(true);
    expect(registerLine(fold("收文登记　收文号：0415"))).toBe(true);
    expect(handlingNote(fold("拟办意见：请提案委研处。　某某　2026年5月9日"))).toBe(true);
    expect(handlingNote(fold("【领导批示】请某局研究落实。　某某　6月3日"))).toBe(true);
    expect(scanRecord(fold("OCR识别准确率：88.2%　内容请与原件核对"))).toBe(true);
  });
  it("keeps a sentence about registration, an unsigned opinion and a survey's share", () => {
    expect(registerLine(fold("建议推行来信登记编号管理制度。"))).toBe(false);
    expect(handlingNote(fold("办理意见：建议由区城市管理局牵头落实。"))).toBe(false);
    expect(handlingNote(fold("委员意见：加快推进路灯补装。　某某　4月6日"))).toBe(false);
    expect(scanRecord(fold("调查显示，受访居民识别准确率：仅为62%，需要加强宣传。"))).toBe(false);
    const opinion = "办理意见：区城市管理局已于4月10日完成补装。";
    expect(removedOf([...LETTER.slice(0, 5), opinion]).has(opinion)).toBe(false);
  });
});

describe("a distribution row closed by a full stop (seventeenth wave)", () => {
  it("reads a label and a list of recipients ending in 。 as a row", () => {
    expect(closedDistribution(fold("分送：区委办、区政府办，各街道办事处。"))).toBe(true);
    expect(closedDistribution(fold("报：市委、市政府主要领导。"))).toBe(true);
    expect(closedDistribution(fold("抄送：市政协提案委员会，市财政局。"))).toBe(true);
  });
  it("leaves a sentence after such a label, and other labels", () => {
    expect(closedDistribution(fold("报：请各单位于5月底前报送书面材料。"))).toBe(false);
    expect(closedDistribution(fold("送：大家都很关心这件事。"))).toBe(false);
    expect(closedDistribution(fold("牵头单位：市民政局、市财政局。"))).toBe(false);
  });
  it("removes the rows closing the input, not one above the text's last paragraph", () => {
    const closing = ["报：市委、市政府主要领导。", "分送：市委办公室，市政府办公室。"];
    const removed = removedOf(["关于加快社区食堂建设的建议", ...BODY, ...closing]);
    for (const row of closing) expect(removed).toContain(row);
    const inside = removedOf(["关于加快社区食堂建设的建议", BODY[0], "报：市委、市政府主要领导。", ...BODY.slice(1)]);
    expect(inside).not.toContain("报：市委、市政府主要领导。");
  });
});

