import { describe, expect, it } from "vitest";
import { labelHead, printedUnder } from "./page-head-meta";
import { structure } from "./rule-test-support";
import type { Document } from "./types";

const item = (label: string, title: string, tail: string[] = []) => [
  label,
  title,
  "提案单位：某某市委会",
  "　　调研发现，部分小区公共设施老化，居民反映强烈。",
  "　　一、摸清底数。建议市住房和城乡建设局牵头开展排查。",
  "　　二、落实资金。市财政局安排专项资金。",
  ...tail,
];

describe("a page's head over the items it prints", () => {
  it("reads an account line above the first cut as the page's date and source", () => {
    expect(labelHead(["某某市委会", "某某市委会　2026年05月06日 08:00　某省", "参政议政｜提案摘登"])).toEqual({ date: "2026-05-06", source: "某某市委会" });
    // A compiler's label without a publisher dates the file, no item in it.
    expect(labelHead(["【素材整理】某专题 2026.9.3"])).toBeNull();
  });

  it("gives every item naming none the page's date and source", () => {
    const text = ["某某市委会", "某某市委会　2026年05月06日 08:00　某省", ...item("【建议一】", "关于加装小区充电设施的建议"), ...item("【建议二】", "关于改造小区排水管网的建议")].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["关于加装小区充电设施的建议", "关于改造小区排水管网的建议"]);
    expect(docs.map((d) => [d.date, d.source])).toEqual([["2026-05-06", "某某市委会"], ["2026-05-06", "某某市委会"]]);
  });

  it("leaves the items of a compilation whose material names its own outlet", () => {
    const doc = (date: string | null, source: string | null) => ({ title: "某", date, source }) as Document;
    const page = { date: "2026-03-12", source: "某某市政协研究室" };
    expect(printedUnder([doc("2026-02-27", "某某日报"), doc(null, null)], page).map((d) => d.source)).toEqual(["某某日报", null]);
    // The page's own `来源：` closing the last piece is no outlet of the item's own.
    expect(printedUnder([doc(null, null), doc(null, "某某市政协研究室")], page).map((d) => d.date)).toEqual(["2026-03-12", "2026-03-12"]);
  });
});
