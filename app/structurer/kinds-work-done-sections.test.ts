/**
 * A section of work already done is background, whatever verb of doing names it (kinds.ts BACKGROUND_TITLE;
 * docs/structure-format.md, "Tree shape: a run's marker at a line's end, a done part named by its verb", sixteenth wave). Every input is made up.
 */
import { describe, expect, it } from "vitest";
import { isBackgroundTitle } from "./kinds";
import { shape, structure } from "./rule-test-support";

describe("a past-aspect word, a verb of doing and 的工作", () => {
  it("is a background title with 落实, 推进, 实施 or 办理 as with 开展 and 完成", () => {
    for (const t of ["已落实的工作", "前期推进的工作", "已经实施的主要工作", "已办理的工作", "已经开展的工作"]) expect(isBackgroundTitle(t)).toBe(true);
  });
  it("is no background without the past-aspect word (a plan to carry out)", () => {
    expect(isBackgroundTitle("推进落实的工作")).toBe(false);
    expect(isBackgroundTitle("下一步工作")).toBe(false);
  });

  it("makes a feedback letter's done part background and its next part the recommendations", () => {
    const letter = [
      "关于“社区食堂建设”协商意见办理情况的函",
      "市政协办公室：",
      "　　现将有关情况函告如下。",
      "　　一、已推进的工作",
      "　　（一）建成社区食堂。全市已建成社区食堂46家。",
      "　　（二）落实运营补贴。市民政局按就餐人次给予补贴。",
      "　　二、下一步打算",
      "　　（一）扩大覆盖范围。市民政局推动社区食堂向老旧小区延伸。",
      "　　（二）提升服务质量。市市场监管局加强食品安全检查。",
    ].join("\n");
    expect(shape(structure(letter).documents[0].children)).toBe("B(B B) H(R R)");
  });
});
