import { describe, expect, it } from "vitest";
import { compilationLabels } from "./compilation-labels";
import { datedLede } from "./line-shapes";
import { structure } from "./pipeline";

// Pages of numbered news items: a digest's `NO.1` labels, a bulletin's `【一】headline` items.
const none = () => false;
const lede = (day: string, what: string) => `\u3000\u3000${day}，某市政协组织委员${what}，听取意见建议，委员们建议加快推进相关工作。`;

describe("a news lede that opens with its day", () => {
  it("reads a month-day and a sentence, not a point or a bare date", () => {
    expect(datedLede("4月14日晚，县政协组织委员走进夜市。")).toBe(true);
    expect(datedLede("5月8日，市政协召开协商会。")).toBe(true);
    expect(datedLede("加强巡查。5月8日前完成。")).toBe(false);
    expect(datedLede("5月8日，市政协召开协商会")).toBe(false);
  });
});

describe("a digest's ordinal labels over headlines and dated ledes", () => {
  const item = (label: string, head: string, day: string) => [label, head, lede(day, head)];

  it("cuts at Latin ordinals (`NO.1`, `📌 NO.2`) when each headline has a dated lede", () => {
    const lines = ["某市政协", ...item("NO.1", "委员视察城区积水点", "4月14日"), ...item("📌 NO.2", "委员走访老旧小区", "4月15日")];
    expect(compilationLabels(lines, none)).toEqual([1, 4]);
    expect(structure(lines.join("\n"), undefined).documents.map((d) => d.title)).toEqual(["委员视察城区积水点", "委员走访老旧小区"]);
  });

  it("leaves labels whose parts open with their point, not a day", () => {
    const point = (label: string, head: string) => [label, head, "\u3000\u3000建议由市民政局牵头，完善社区助餐网络，扩大服务覆盖面。"];
    expect(compilationLabels([...point("NO.1", "完善助餐网络"), ...point("NO.2", "落实运营补贴")], none)).toEqual([]);
  });
});
