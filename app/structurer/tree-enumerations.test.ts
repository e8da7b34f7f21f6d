import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

describe("a report's list read from one paragraph's numbering", () => {
  it("entries made items only by their wording, before and after the list, are narrative", () => {
    const d = doc([
      "【滚动】区政协全体会议分组讨论侧记",
      "14:00",
      "分组讨论开始。委员们围绕区政府工作报告逐章发表意见。",
      "14:30",
      "来自教育界的委员聚焦课后服务，建议：一是扩大课后服务覆盖面，区教育局统筹安排师资；二是引入社会力量参与，区财政局给予适当补助；三是加强安全管理，落实专人值守。",
      "15:40",
      "分组讨论结束。区政府有关部门负责同志到会听取意见。",
    ]);
    expect(shape(d.children)).toBe("R R R");
    expect(d.intro).toContain("分组讨论开始");
  });
});

describe("a bare enumeration is the text of the sentence that announces it", () => {
  it("keeps a poll's ranked answers with their shares out of the tree", () => {
    const d = doc([
      "居民最关心什么？问卷结果出炉",
      "近日，某区政协开展问卷调查，回收问卷800份。结果显示，居民最关心的依次是：",
      "1.停车位（38.5%）",
      "2.电梯加装（30%）",
      "3.绿化养护（12%）",
      "委员们据此提出建议：",
      "一是盘活停车资源。机关单位夜间向居民开放停车场。",
      "二是加快加装电梯。住建部门简化审批流程。",
    ]);
    expect(shape(d.children)).toBe("R R");
    expect(d.intro).toContain("2.电梯加装（30%）");
  });

  it("leaves problems announced as such, clauses ending in `；` and short measures alone", () => {
    const problems = doc([
      "关于规范电动自行车充电的建议",
      "调研发现，主要存在以下问题：",
      "1.充电设施不足",
      "2.安全意识薄弱",
      "为此建议：",
      "1.加快充电设施建设。住建部门在小区配建充电棚。",
      "2.加强宣传教育。消防部门开展进小区宣传。",
    ]);
    expect(shape(problems.children)).toBe("B B R R");
    const measures = doc([
      "关于社区书屋的建议",
      "社区书屋利用率不高，为此建议：",
      "1.延长开放时间",
      "2.更新图书品种",
    ]);
    expect(shape(measures.children)).toBe("R R");
  });
});
