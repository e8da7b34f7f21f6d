import { describe, expect, it } from "vitest";
import { parseByline } from "./authors";
import { digestItems } from "./digest-items";
import { fold } from "./fold";
import { structure } from "./pipeline";

// Seventh wave (issue 12): a digest's numbered items; a post list's unlisted last post; a signed remark.
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

describe("a post list's last post the reader does not know", () => {
  it("names a person: a known post, `、`, a unit and post, a gap, a name", () => {
    for (const line of ["县政协委员、县消防救援大队干部　某某某", "市政协委员、某社区志愿者 某某", "县政协委员、桐安镇种粮大户　某某"]) {
      expect(parseByline(line, fold(line))?.byline).toBe(line);
    }
  });

  it("needs the gap and a name of two to four characters", () => {
    for (const line of ["县政协委员、县消防救援大队干部", "市政协委员、某社区志愿者们积极参与"]) expect(parseByline(line, fold(line))).toBeNull();
  });
});

describe("a remark signed on its line", () => {
  it("opens no document at the end of a text or over another remark", () => {
    const text = [
      "关于推广错时共享停车的建议",
      "市政协委员　某某",
      "老旧小区停车难，周边单位停车场夜间大多空着。建议市城市管理局牵头，推动单位停车场夜间向居民错时开放。",
      "市政协委员 某某某：可以先在两三个街道试点",
      "市政协委员 某某：很实在的建议。",
    ].join("\n");
    expect(structure(text, undefined).documents.map((d) => d.title)).toEqual(["关于推广错时共享停车的建议"]);
  });

  it("still lets a digest's author-and-title line open a speech with prose under it", () => {
    const speech = "我省中医药资源丰富，但传承创新不足。建议省卫生健康委加强中医药人才培养，推动名老中医经验传承。";
    const text = ["农工党省委会：推进中医药传承创新发展", speech, "民盟省委会：加快发展普惠托育服务", speech].join("\n");
    expect(structure(text, undefined).documents.map((d) => d.title)).toEqual(["推进中医药传承创新发展", "加快发展普惠托育服务"]);
  });
});
