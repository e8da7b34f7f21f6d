/**
 * The tree's sixth wave (docs/structure-format.md, "Tree (2026-12-03, sixth wave)"): a numbered
 * chapter whose own text is only its heading holds the unnumbered headings under it, and a task
 * table's rows whose content cell opens like a measure are items of their section. Every input
 * is made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

describe("a bare numbered chapter over unnumbered headings", () => {
  it("nests the plain headings and their numbered items in a Word report's chapter", () => {
    const d = doc([
      "关于改善农贸市场环境的调研报告",
      "某区政协经济委员会",
      "一、基本情况",
      "全区共有农贸市场23个，其中建成超过15年的有11个。",
      "二、对策建议",
      "完善硬件设施",
      "1．改造排水系统。区商务局对老旧市场的排水管网进行改造。",
      "2．更新冷藏设备。鼓励经营户统一采购节能冷柜。",
      "提升管理水平",
      "1．推行智慧监管。在市场入口设置电子公示屏。",
      "2．规范摊位秩序。统一划定经营区域和通道。",
    ]);
    expect(shape(d.children)).toBe("B H(H(R R) H(R R))");
    expect(d.children[1].children.map((c) => c.title)).toEqual(["完善硬件设施", "提升管理水平"]);
  });

  it("does so in a post whose items are bracketed numbers", () => {
    const d = doc([
      "委员视察｜社区图书室怎样留住读者？",
      "一、视察发现",
      "多数图书室藏书陈旧，开放时间与居民下班时间重叠。",
      "二、意见建议",
      "更新藏书结构",
      "（1）建立读者荐书机制。每季度按居民推荐补充新书。",
      "（2）推动通借通还。与区图书馆联网借阅。",
      "调整开放时间",
      "（1）推行错时开放。工作日延长至晚上九点。",
      "（2）招募志愿管理员。由退休教师轮值。",
    ]);
    expect(shape(d.children)).toBe("B H(H(R R) H(R R))");
  });

  it("leaves a chapter with text of its own closed by the headings after it", () => {
    const d = doc([
      "关于改善农贸市场环境的调研报告",
      "一、对策建议",
      "建议从设施和管理两方面入手，逐步改善市场环境，提升群众满意度。",
      "完善硬件设施",
      "改造排水系统。区商务局对老旧市场的排水管网进行改造。",
      "更新冷藏设备。鼓励经营户统一采购节能冷柜。",
      "提升管理水平",
      "推行智慧监管。在市场入口设置电子公示屏。",
      "规范摊位秩序。统一划定经营区域和通道。",
    ]);
    expect(d.children[0].children.map((c) => c.title)).not.toContain("完善硬件设施");
  });
});

describe("a task table's rows under their section", () => {
  const plan = (rows: string[]) =>
    doc([
      "某县2026年村级道路养护工作方案",
      "一、工作目标",
      "年内完成村级道路养护里程300公里。",
      "二、重点任务",
      "序号\t任务\t牵头单位\t完成时限",
      ...rows,
      "三、工作要求",
      "各单位要按月报送进展。",
    ]);

  it("reads rows whose task opens like a measure as the section's items, commas or not", () => {
    const d = plan(["1\t建立道路养护巡查制度\t县交通运输局\t2026年5月", "2\t完善村道安全防护设施，年内补齐护栏\t县交通运输局\t2026年10月"]);
    expect(shape(d.children)).toBe("B H(R R) R");
  });

  it("keeps a register of proposals (names only) as the section's text", () => {
    const d = plan(["1\t关于村道养护的提案\t县交通运输局\t某某", "2\t关于农村客运的提案\t县交通运输局\t某某"]);
    expect(shape(d.children)).toBe("B R R");
  });
});
