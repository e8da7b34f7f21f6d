/**
 * A recording's chapters written out (chrome-timeline.ts markChapterLabels; tree-numbered.ts placePlainHeading;
 * line-shapes.ts CHAPTER_STAMP; docs/structure-format.md, eighteenth wave): a time code then a short phrase over a
 * paragraph is a section's heading, the time its marker; the app's part labels before the chapters are its frame.
 * Every input is made up.
 */
import { describe, expect, it } from "vitest";
import { structure } from "./rule-test-support";
import type { Node } from "./types";

const shape = (nodes: Node[]): string => nodes.map((n) => (n.kind ?? "?")[0].toUpperCase() + (n.children.length ? `(${shape(n.children)})` : "")).join(" ");

const MINUTES = [
  "会议纪要",
  "会议主题：背街小巷停车治理",
  "会议时间：2026/10/08 09:30-11:00",
  "内容总结",
  "与会委员围绕背街小巷停车难、乱停放问题交换了意见。",
  "章节目录",
  "00:03:05　背街小巷停车现状",
  "老城区背街小巷约有停车位3000个，夜间需求超过6000个，占道停放、堵塞消防通道的情况时有发生。",
  "00:27:40　意见建议",
  "委员们提出：一是挖掘错时共享车位，由市城市管理局牵头，推动机关单位夜间开放停车场；二是规范路内停车，按时段划设临时泊位；三是加强巡查执法，对堵塞消防通道的车辆及时处置。",
];

describe("a recording's chapters written out", () => {
  it("reads each stamped chapter line as a section's heading, the time code its marker", () => {
    const doc = structure(MINUTES.join("\n")).documents[0];
    expect(shape(doc.children)).toBe("B H(R R R)");
    expect(doc.children.map((n) => n.title)).toEqual(["背街小巷停车现状", "意见建议"]);
    expect(doc.children.map((n) => n.marker)).toEqual(["00:03:05", "00:27:40"]);
  });
  it("removes the app's part labels before the chapters, not the title or the fields", () => {
    const removed = (structure(MINUTES.join("\n")).removed ?? []).map((r) => r.text);
    expect(removed).toEqual(expect.arrayContaining(["内容总结", "章节目录"]));
    expect(removed).not.toContain("会议主题：背街小巷停车治理");
  });
  it("reads bracketed stamps under a title line alike, the title kept", () => {
    const text = [
      "夜间经济怎么管",
      "本期导读",
      "夜市摊点增多，噪声和油烟扰民的投诉也多了起来。本期节目请委员一起来谈。",
      "节目分段",
      "[00:02:10] 夜市扰民投诉增多",
      "今年以来，市里受理夜市噪声、油烟投诉400余件，集中在三个老城区夜市。",
      "[00:16:45] 委员支招",
      "委员建议：一是划定经营时段和区域；二是推广油烟净化设备；三是建立摊主自治公约。",
    ].join("\n");
    const result = structure(text);
    expect(result.documents[0].title).toBe("夜间经济怎么管");
    expect(shape(result.documents[0].children)).toBe("B H(R R R)");
    expect((result.removed ?? []).map((r) => r.text)).toEqual(expect.arrayContaining(["本期导读", "节目分段"]));
  });
  it("leaves a short label alone when only one stamped line stands over prose", () => {
    const text = [
      "夜间经济怎么管",
      "本期导读",
      "夜市摊点增多，噪声和油烟扰民的投诉也多了起来，本期节目请委员一起来谈。",
      "00:02:10　夜市扰民投诉增多",
      "今年以来，市里受理夜市噪声、油烟投诉400余件，集中在三个老城区夜市。",
    ].join("\n");
    expect((structure(text).removed ?? []).map((r) => r.text)).not.toContain("本期导读");
  });
});
