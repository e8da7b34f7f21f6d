import { describe, expect, it } from "vitest";
import { givesHeadlineAgain } from "./head-shapes";
import { NOTE_LABEL, editionBar } from "./head-names";
import { structure } from "./pipeline";

const run = (lines: string[]) => structure(lines.join("\n"), { directory: [] });
const removedTexts = (lines: string[]) => (run(lines).removed ?? []).map((r) => r.text);

const BODY = [
  "　　今年以来，城区老旧小区加装电梯的申请明显增多，但不少项目卡在费用分摊谈不拢上。委员们走访了多个小区。",
  "　　（一）搭建协商平台。社区组织同一单元的业主协商议事，提供费用分摊的参考方案。",
  "　　（二）压缩审批时限。推行并联审批，把办理时限压缩到20个工作日以内。",
];

describe("a teaser that gives the headline again after a label (head-shapes.ts, givesHeadlineAgain)", () => {
  it("reads a short label, a colon and the headline's words as the headline given again", () => {
    expect(givesHeadlineAgain("本期看点:老楼加装电梯,难在“最后一票”", "老楼加装电梯,难在“最后一票”")).toBe(true);
    expect(givesHeadlineAgain("今日关注:让夜间托管接住“放学后的孩子”", "让夜间托管接住“放学后的孩子”")).toBe(true);
    // The older shapes stay: the same words, and a browser's title with the site after a bar.
    expect(givesHeadlineAgain("口袋公园怎样用起来 - 某某网", "口袋公园怎样用起来")).toBe(true);
  });

  it("never a field with a value of its own, a sentence before the words, or a headline too short to point at", () => {
    expect(givesHeadlineAgain("题目:关于加装电梯的建议", "老楼加装电梯,难在“最后一票”")).toBe(false);
    expect(givesHeadlineAgain("委员们说,老楼加装电梯,难在“最后一票”", "老楼加装电梯,难在“最后一票”")).toBe(false);
    expect(givesHeadlineAgain("本期话题:加装电梯", "加装电梯")).toBe(false);
  });

  it("removes the teaser over the page's headline, though a breadcrumb stands between them", () => {
    const { documents, removed } = run(["某某区人民政府网", "今日关注：老楼加装电梯，难在“最后一票”", "首页 > 政协之窗 > 委员建言", "老楼加装电梯，难在“最后一票”", ...BODY]);
    expect(documents[0].title).toBe("老楼加装电梯，难在“最后一票”");
    expect(removed?.map((r) => r.text)).toContain("今日关注：老楼加装电梯，难在“最后一票”");
  });
});

describe("column labels under a dated edition bar (head-names.ts, editionBar)", () => {
  it("reads a masthead line carrying the issue's date as an edition bar", () => {
    expect(editionBar({ reason: "masthead", folded: "某某日报 2026年11月20日 星期五 第07版" })).toBe(true);
    expect(editionBar({ reason: "masthead", folded: "某某日报" })).toBe(false);
    expect(editionBar({ reason: null, folded: "某某日报 2026年11月20日 星期五 第07版" })).toBe(false);
  });

  it("removes the labels stacked under it on a page whose first piece has no headline above its note, keeps the note's label", () => {
    const lines = [
      "某某日报　2026年11月20日　星期五　第07版",
      "议政·建言",
      "民生协商",
      "编者按",
      "　　社区食堂是老年助餐服务的重要阵地。日前，市政协召开月度协商座谈会，现摘登部分发言。",
      "让社区食堂“吃得起、开得下”",
      "◎市政协委员　某甲",
      "　　（一）降低运营成本。对新建社区食堂给予一次性建设补贴，水电气按居民价格收费。",
      "　　（二）拓宽供餐渠道。引导品牌餐饮企业承接社区食堂运营。",
    ];
    const removed = removedTexts(lines);
    expect(removed).toEqual(expect.arrayContaining(["议政·建言", "民生协商"]));
    expect(removed).not.toContain("编者按");
  });

  it("takes no note's label for a column's", () => {
    expect(NOTE_LABEL.test("主持人语")).toBe(true);
    expect(NOTE_LABEL.test("【编者按】")).toBe(true);
    expect(NOTE_LABEL.test("民生协商")).toBe(false);
  });
});
