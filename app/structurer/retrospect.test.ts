import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";
import { reportsResults } from "./retrospect";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

describe("a report's review of past work", () => {
  it("reads a tally of things done as no lead phrase under a situation heading", () => {
    const d = doc([
      "关于本届以来社情民意信息工作情况的报告",
      "某区政协办公室",
      "一、信息报送情况",
      "本届以来，共编报社情民意信息412条，被上级采用57条。其中，委员个人反映的占六成。",
      "二、下一步意见",
      "（一）拓宽信息来源。各界别小组每季度至少报送一条信息。",
      "（二）提高信息质量。办公室建立信息选题指导制度。",
    ]);
    expect(shape(d.children)).toBe("B H(R R)");
  });

  it("makes a chapter naming the past year, and all under it, background", () => {
    const d = doc([
      "某县政协常委会工作报告",
      "一、过去一年的工作",
      "（一）围绕中心协商，建言更加精准。全年召开协商会6次。",
      "（二）聚焦民生监督，成效更加明显。先后视察11次。",
      "二、今年的工作建议",
      "（一）深化协商议政。围绕乡村振兴开展专题协商。",
      "（二）加强民主监督。对重点民生实事开展跟踪视察。",
    ]);
    expect(shape(d.children)).toBe("B(B B) H(R R)");
  });

  it("tells a result from a target", () => {
    expect(reportsResults("九届二次会议以来,共收到提案300件")).toBe(true);
    expect(reportsResults("立案提案已全部办复,满意率98%")).toBe(true);
    expect(reportsResults("每年开展一次委员培训,年内完成12所学校改造")).toBe(false);
    expect(reportsResults("建议今年以来未办结的20件提案纳入督办")).toBe(false);
  });
});
