/**
 * An answer that counts its measures inside one paragraph (`首先，建议……。其次，各区县人民政府要……。此外，
 * 自然资源部门会同……`): a body named as the actor, then a modal or 会同, opens a measure as 建议 does
 * (markers.ts actorTakesMeasure; docs/structure-format.md, nineteenth wave). Every input is made up.
 */
import { describe, expect, it } from "vitest";
import { actorTakesMeasure, opensMeasure } from "./markers";
import { shape, structure } from "./rule-test-support";

describe("a body put to a measure", () => {
  it("opens a measure: a body's noun, then a modal or a verb of sharing the work", () => {
    for (const s of ["各盟市、旗县人民政府要把站点纳入规划", "自然资源部门会同市林业局简化审批", "区人社局应当会同区总工会建立补贴制度", "教育部门牵头制定方案"]) {
      expect(actorTakesMeasure(s)).toBe(true);
      expect(opensMeasure(s)).toBe(true);
    }
  });
  it("opens none with a subject that is no body, or with 要求 reported", () => {
    for (const s of ["部分村民要求提高补偿", "一些企业将成本转嫁给骑手", "有关部门要求企业整改后才能复工"]) expect(actorTakesMeasure(s)).toBe(false);
  });

  it("cuts an answer's measures at 首先, 其次 and 此外 when the later ones open with a body", () => {
    const interview = [
      "城郊公交怎样“开得进、留得住”？",
      "记者：您有什么建议？",
      "某某：首先，建议由市交通运输局牵头，优化城郊公交线网。其次，各区人民政府要把城郊公交运营补贴纳入预算，保障班次稳定。此外，公安交管部门会同市城市管理局在城郊路口增设公交优先信号，减少车辆等候时间。",
      "记者：居民反响如何？",
      "某某：大家都很期待。",
    ].join("\n");
    expect(shape(structure(interview).documents[0].children)).toBe("R R R");
  });
});
