/**
 * 补充 as a remedy verb (paragraphs.ts, REC_OPENERS and NARRATIVE_START): it replenishes what is short and
 * opens a measure like 补齐/补足; a speaker adding a remark (`补充一点`) proposes nothing. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { isRecommendationLike } from "./paragraphs";
import { shape, structure } from "./rule-test-support";

const rec = (s: string) => isRecommendationLike(fold(s));

describe("补充 as a remedy verb", () => {
  it("opens a measure when it replenishes what is short, not when a speaker adds a remark", () => {
    expect(rec("补充小型清运车辆")).toBe(true);
    expect(rec("补充乡村教师编制。对缺编学校优先补录。")).toBe(true);
    expect(rec("补充一点，我们的调研还发现了别的情况。")).toBe(false);
    expect(rec("补充说明：本表数据截至10月底。")).toBe(false);
  });
  it("keeps a numbered `补充…` heading over a report of work done a recommendation, like its siblings", () => {
    const text = [
      "提案办理｜乡村学校师资有了新补充",
      "　　今年以来，我局认真办理委员提出的关于加强乡村学校师资的提案，重点做了三件事。",
      "一、调整教师招聘计划",
      "　　今年招聘向乡村学校倾斜，新招教师六成以上安排到乡镇。",
      "二、补充紧缺学科教师",
      "　　全县新招聘音乐、美术、体育教师32名，分配到缺额最多的学校。",
      "三、建立走教制度",
      "　　城区学校骨干教师每周到乡村学校走教一天。",
    ].join("\n");
    expect(shape(structure(text).documents[0].children)).toBe("R R R");
  });
});
