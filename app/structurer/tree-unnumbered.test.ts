import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];
const tree = (lines: string[]) => shape(doc(lines).children);

describe("two levels of unnumbered headings", () => {
  it("after a first section, a bare heading right over a heading with text is the section over those items", () => {
    const text = [
      "让城市绿道串起来",
      "调研发现",
      "全市已建成绿道约260公里，但断点多、配套少，一些路段夜间没有照明。",
      "委员建议",
      "打通断点",
      "建议市园林局牵头，会同各区政府年内打通主要断点。",
      "完善配套",
      "在绿道沿线增设驿站、厕所和直饮水点，方便市民休息。",
    ];
    expect(tree(text)).toBe("B H(R R)");
  });

  it("a cover's two caption lines before the first section are no such heading", () => {
    const text = [
      "一图读懂｜专题协商成果",
      "县政协召开专题协商会，委员们提出了建议。一起来看：",
      "助企纾困",
      "协商成果",
      "协商背景",
      "全县民营企业占经营主体九成以上，调研发现企业办事还有不少堵点。",
      "建议一",
      "提升审批效率。县政务服务中心推行一件事一次办。",
      "建议二",
      "兑现惠企政策。县工信局牵头梳理政策清单。",
    ];
    expect(tree(text)).not.toMatch(/^H\(/);
  });
});
