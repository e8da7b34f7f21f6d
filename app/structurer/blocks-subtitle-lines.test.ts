/**
 * A headline, its dashed 副题 and the body's name under it in hard-wrapped text (blocks.ts, continuesWrapped;
 * docs/structure-format.md, "Head: a page that is no newspaper's", fourteenth wave). Every input is made up.
 */
import { describe, expect, it } from "vitest";
import { continuesWrapped, textBlocks } from "./blocks";
import { structure } from "./rule-test-support";

describe("a dashed 副题 in wrapped text", () => {
  it("does not run on from a headline as wide as the margin, commas and all", () => {
    expect(continuesWrapped("小食堂连着大民生，校园餐要吃得放心", "——关于中小学校食堂管理情况的调研", 18)).toBe(false);
    expect(continuesWrapped("小食堂连着大民生，校园餐要吃得放心", "——在市政协全体会议上的发言", 18)).toBe(false);
  });
  it("a sentence's line opening with a dash and carrying its comma or stop still runs on", () => {
    expect(continuesWrapped("委员们说，这件事情办好了就是在为民办实", "——群众的事无小事，要一件件抓落实。", 18)).toBe(true);
  });
  it("a body's name under the 副题 is set by itself; a wrapped 副题's tail is not such a name", () => {
    expect(continuesWrapped("——关于中小学校食堂管理情况的调研", "某某市政协教科卫体委员会课题组", 18)).toBe(false);
    expect(continuesWrapped("——关于中小学校食堂管理情况的调研和", "思考", 18)).toBe(true);
  });

  const wrapped = [
    "小食堂连着大民生，校园餐要吃得放心",
    "——关于中小学校食堂管理情况的调研",
    "某某市政协教科卫体委员会课题组",
    "　　学校食堂关系到学生的身体健康。今",
    "年课题组先后走访了全市二十六所学校食",
    "堂，召开座谈会五场，听取各方面的意见",
    "和建议，形成了本报告，现报告如下。",
    "　　一、规范食材采购。建议市教育局牵头",
    "推行大宗食材集中采购，建立供应商准入",
    "和退出机制，做到来源可查、去向可追。",
    "　　二、加强日常监管。市市场监管局要把",
    "学校食堂纳入重点检查范围，推广明厨亮",
    "灶，让后厨操作看得见、管得住、放得心。",
  ];
  it("keeps headline, 副题 and byline apart, so the title is the headline alone", () => {
    expect(textBlocks(wrapped).slice(0, 3).map((b) => b.text)).toEqual(wrapped.slice(0, 3));
    const doc = structure(wrapped.join("\n")).documents[0];
    expect(doc.title).toBe("小食堂连着大民生，校园餐要吃得放心");
    expect(doc.byline).toBe("某某市政协教科卫体委员会课题组");
  });
});
