import { describe, expect, it } from "vitest";
import { digestItems } from "./digest-items";
import { structure } from "./pipeline";

const report = (what: string) => `11月2日，某县政协组织委员${what}，实地察看了三处点位，并就下一步工作提出意见和建议。`;

describe("a digest's numbered items", () => {
  it("reads each bracketed or barred number over a headline over prose as an item", () => {
    for (const mark of [(n: number) => `【${n}】`, (n: number) => `[${n}]`, (n: number) => `${n}｜`]) {
      const lines = ["某某手机报　2026年11月4日", `${mark(1)}委员视察冬季供暖准备工作`, report("视察供暖"), `${mark(2)}委员调研农村客运班线`, report("调研客运")];
      expect(digestItems(lines)?.map((item) => item.headline)).toEqual(["委员视察冬季供暖准备工作", "委员调研农村客运班线"]);
    }
  });

  it("structures each item as a document with the page's date, the number no part of its title", () => {
    const text = ["【某某手机报】2026年11月4日 第2196期", "【1】委员视察冬季供暖准备工作", report("视察供暖"), "【2】委员调研农村客运班线", report("调研客运")].join("\n");
    const docs = structure(text, undefined).documents;
    expect(docs.map((d) => d.title)).toEqual(["委员视察冬季供暖准备工作", "委员调研农村客运班线"]);
    expect(docs.map((d) => d.date)).toEqual(["2026-11-04", "2026-11-04"]);
  });

  it("leaves a text alone whose lede comes first, or whose numbers are a proposal's (一、, 1., ①)", () => {
    expect(digestItems(["关于改善农村客运的建议", report("调研"), "[1]优化班线", report("优化"), "[2]更新车辆", report("更新")])).toBeNull();
    expect(digestItems(["1.优化班线设置", report("优化"), "2.更新营运车辆", report("更新")])).toBeNull();
    expect(digestItems(["[1]优化班线设置", report("优化"), "[3]更新营运车辆", report("更新")])).toBeNull();
    expect(digestItems(["1｜某某｜民盟", report("优化"), "2｜某某｜民建", report("更新")])).toBeNull();
  });
});
