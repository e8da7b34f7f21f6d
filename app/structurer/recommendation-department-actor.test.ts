/**
 * A department named as the actor, then a policy verb (paragraphs.ts, departmentActsOnMeasure): a measure
 * asked of that department, also after a scope of place (`市总工会在……设置……`). Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { isRecommendationLike } from "./paragraphs";
import { shape, structure } from "./rule-test-support";

const rec = (s: string) => isRecommendationLike(fold(s));

describe("a department as the actor of a measure", () => {
  it("reads a policy verb right after the department", () => {
    expect(rec("市交通运输局规范网约车平台计价规则，不得随意加价；")).toBe(true);
    expect(rec("区城市管理局优化夜市摊位布局，留出消防通道。")).toBe(true);
  });
  it("reads a policy verb after a scope of place", () => {
    expect(rec("市总工会在物流园区设置骑手驿站，提供饮水和充电。")).toBe(true);
    expect(rec("市民政局在长者食堂推行明厨亮灶，家属扫码可看后厨。")).toBe(true);
  });
  it("is not a report of what the department did, nor the CPPCC's own name", () => {
    expect(rec("市交通运输局近日规范了网约车计价规则，群众反映良好。")).toBe(false);
    expect(rec("市总工会在座谈会上表示，将开展调研。")).toBe(false);
    expect(rec("区政协重点提案办理进度表")).toBe(false);
  });
  it("lets an inline 首先/其次/此外 run whose measures name their departments split into items", () => {
    const text = [
      "委员建言外卖骑手权益保障",
      "　　在日前召开的协商座谈会上，市政协委员冉某某就外卖骑手权益保障发言。他建议：首先，扩大职业伤害保障覆盖面，由市人力资源和社会保障局牵头推进试点；其次，市市场监督管理局规范平台配送时限规则，不得层层压缩；此外，市总工会在商圈设置骑手驿站，提供饮水和充电。",
    ].join("\n");
    expect(shape(structure(text).documents[0].children)).toBe("R R R");
  });
});
