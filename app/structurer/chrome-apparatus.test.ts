/**
 * A document's apparatus around its title (2026-12-04, tenth wave; docs/structure-format.md,
 * "Document apparatus (2026-12-04, tenth wave)"): record and distribution fields, a letterhead over
 * a document number, a kind label over the title — and lines of the same shapes that must stay.
 * Made-up inputs only (no corpus or batch text).
 */
import { describe, expect, it } from "vitest";
import { meetingField } from "./chrome-apparatus";
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
