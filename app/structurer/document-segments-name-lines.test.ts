import { describe, expect, it } from "vitest";
import { structure } from "./pipeline";

const documents = (lines: string[]) => structure(lines.join("\n"), { directory: [] }).documents;

// A speech page that prints one name line above its headline and one below (2026-12-04, fourteenth wave).
const page = (lede: string) => [
  "某某日报",
  "2026年3月5日　星期四　第6版",
  "聚众智　献良策",
  "——市政协全体会议大会发言选登",
  "〖发言人〗市政协委员　甲某某",
  "让社区食堂开得下去",
  "　　社区食堂普遍微利运营。建议市民政局对运营满一年的社区食堂给予补贴。",
  "残疾人就业要多开门路",
  "■ 乙某某（市政协委员、某职业学院教师）",
  "　　" + lede,
  "　　第一，扩大岗位。市残联要会同市人社局开发公益性岗位。",
  "　　第二，做好培训。市人社局对残疾人开展订单式技能培训。",
];

describe("name lines on a page of speeches", () => {
  it("a name line under a headline, over a one-sentence lede, belongs to that headline", () => {
    const docs = documents(page("全市持证残疾人中就业的不足三成。"));
    expect(docs.map((d) => d.title)).toEqual(["让社区食堂开得下去", "残疾人就业要多开门路"]);
    expect(docs[1].byline).toBe("乙某某（市政协委员、某职业学院教师）");
  });

  it("a lede of two sentences is no headline either way", () => {
    const docs = documents(page("全市持证残疾人中就业的不足三成。岗位少是主因。"));
    expect(docs.map((d) => d.title)).toEqual(["让社区食堂开得下去", "残疾人就业要多开门路"]);
  });

  it("a name line between the page's headline and a speech's headline opens the speech when names stand above as often as below", () => {
    // No 副题: the first name line stands between two headlines; the second stands above, the third below.
    const lines = page("全市持证残疾人中就业的不足三成。").filter((l) => !/^——/.test(l));
    lines.splice(6, 0, "〖发言人〗市政协常委　丙某某", "给老旧小区装上电梯", "　　老旧小区加装电梯协调难。建议市住建局简化加装电梯审批流程。");
    const docs = documents(lines);
    expect(docs.map((d) => d.title)).toEqual(["让社区食堂开得下去", "给老旧小区装上电梯", "残疾人就业要多开门路"]);
    expect(docs[0].byline).toBe("市政协委员　甲某某");
  });
});
