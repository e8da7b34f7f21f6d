/**
 * The page frame (chrome-frame.ts) and counters in a fixed frame (chrome-counters.ts):
 * chrome read from where a line stands and what shape it has, not from its words. Each
 * input is made up for the test, in two styles each; none is taken from any batch.
 */
import { describe, expect, it } from "vitest";
import { removed, structure } from "./rule-test-support";

const body = [
  "近年来，我市新能源汽车保有量快速增长，但老旧小区公共充电设施建设滞后，居民充电难问题较为突出。",
  "一、统筹规划布局。市发展改革委牵头，将公共充电设施纳入城市更新规划，优先在老旧小区周边布点。",
  "二、破解用电瓶颈。市供电公司要简化报装流程，对小区充电设施增容给予技术支持。",
];

describe("the page frame: short lines outside the body say no sentence (chrome-frame.ts)", () => {
  it("an app's furniture between the headline and the text, and below the text, goes, whatever its words", () => {
    const text = ["关于加快老旧小区公共充电设施建设的建议", "2026-05-14 08:30", "☆ 订阅此栏 ◈ 民情直通车", ...body, "↻ 换一换", "扫一扫 ▦ 分享给好友"].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("关于加快老旧小区公共充电设施建设的建议");
    expect(removed(text)).toEqual(expect.arrayContaining(["☆ 订阅此栏 ◈ 民情直通车", "↻ 换一换", "扫一扫 ▦ 分享给好友"]));
  });

  it("a report's tail: furniture goes; a list after a colon, a table row and a signature stay", () => {
    const text = [
      "关于加快老旧小区公共充电设施建设的调研报告",
      ...body,
      "参加调研人员：",
      "市政协：石某某、车某某",
      "市住房和城乡建设局：副局长 祝某某",
      "序号　重点任务　责任单位",
      "1　老旧小区充电设施布点规划　市发展改革委",
      "内部资料 ◇ 注意保存",
    ].join("\n");
    const gone = removed(text);
    expect(gone).toContain("内部资料 ◇ 注意保存");
    for (const line of ["参加调研人员：", "市政协：石某某、车某某", "市住房和城乡建设局：副局长 祝某某", "1　老旧小区充电设施布点规划　市发展改革委"]) {
      expect(gone).not.toContain(line);
    }
  });

  it("a record field goes when its value is a datum, and stays when it names someone or something", () => {
    const text = ["关于加快老旧小区公共充电设施建设的建议", "收件编号：A-2026-0173", "承办处室：市发展改革委能源处", ...body].join("\n");
    const gone = removed(text);
    expect(gone).toContain("收件编号：A-2026-0173");
    expect(gone).not.toContain("承办处室：市发展改革委能源处");
  });
});

describe("the page frame: other scripts and asides outside the body (chrome-frame.ts)", () => {
  it("a line in another script above or below a Chinese text goes, even when it says sentences", () => {
    const text = ["关于加快老旧小区公共充电设施建设的建议", "2026-05-14", "Members urge faster roll-out, of public chargers in old estates.", ...body, "Summary: chargers, grid capacity, and permits were discussed."].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["Members urge faster roll-out, of public chargers in old estates.", "Summary: chargers, grid capacity, and permits were discussed."]));
  });

  it("after the text, a line wholly in brackets is an aside and goes; one inside the text stays", () => {
    const inner = "（此前，市发展改革委已就充电设施布点征求意见，收到建议四十余条。）";
    const text = ["关于加快老旧小区公共充电设施建设的建议", body[0], inner, body[1], body[2], "（文中数据截至今年六月底，仅供参阅）"].join("\n");
    const gone = removed(text);
    expect(gone).toContain("（文中数据截至今年六月底，仅供参阅）");
    expect(gone).not.toContain(inner);
  });
});

describe("counters in a fixed frame (chrome-counters.ts)", () => {
  it("a slide counter repeated around the text goes, the slides' own lines stay", () => {
    const text = ["第 1 帧", "关于加快老旧小区公共充电设施建设的建议", "第 2 帧", ...body, "第 3 帧"].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["第 1 帧", "第 2 帧", "第 3 帧"]));
    expect(structure(text).documents[0].title).toBe("关于加快老旧小区公共充电设施建设的建议");
  });

  it("a tally's options (mark, number, share) go; numbered items never count", () => {
    const text = ["关于加快老旧小区公共充电设施建设的建议", ...body, "□ 3公里以内 · 41%", "□ 5公里以内 · 37%", "三、加强安全管理。", "四、完善收费机制。"].join("\n");
    const gone = removed(text);
    expect(gone).toEqual(expect.arrayContaining(["□ 3公里以内 · 41%", "□ 5公里以内 · 37%"]));
    expect(gone).not.toContain("三、加强安全管理。");
  });
});
