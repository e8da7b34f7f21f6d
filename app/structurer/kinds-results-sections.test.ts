/**
 * A part naming the results of a piece of work (`政策落实成效`, `试点工作初步成果`) is background — the
 * situation an inspection or a study found before its problems and its advice (retrospect.ts namesResults;
 * docs/structure-format.md, nineteenth wave). Every input is made up.
 */
import { describe, expect, it } from "vitest";
import { isBackgroundTitle } from "./kinds";
import { namesResults } from "./retrospect";
import { shape, structure } from "./rule-test-support";

describe("a heading naming the results of the work", () => {
  it("is background: the work as a noun, then 成效, 成果, 成绩 or 进展", () => {
    for (const t of ["政策落实成效", "建设推进成效", "试点工作初步成果", "整治工作阶段性进展", "改革成绩"]) expect(isBackgroundTitle(t)).toBe(true);
  });
  it("is a measure when a verb acts on the results or a policy verb opens it", () => {
    for (const t of ["巩固整治成果", "转化试点成果", "推进改革成效", "落实试点成果"]) expect(isBackgroundTitle(t)).toBe(false);
    expect(namesResults("用好协商成果")).toBe(false);
  });

  it("makes an inspection report's first part background before the problems and the advice", () => {
    const report = [
      "关于全市社区食堂运营情况的视察报告",
      "　　一、政策实施成效",
      "　　全市社区食堂覆盖面稳步扩大，老年人就餐更加方便，群众满意度明显提高。",
      "　　二、存在的问题",
      "　　（一）运营成本偏高。部分食堂依靠补贴维持。",
      "　　（二）服务覆盖不均。老城区网点少。",
      "　　三、意见建议",
      "　　（一）完善运营补贴。市民政局按就餐人次给予补贴。",
      "　　（二）扩大服务覆盖。各区政府在老城区新增助餐点。",
    ].join("\n");
    expect(shape(structure(report).documents[0].children)).toBe("B B(B B) H(R R)");
  });
});
