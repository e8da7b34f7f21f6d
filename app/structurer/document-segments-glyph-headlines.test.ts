import { describe, expect, it } from "vitest";
import { penName } from "./article-bylines";
import { structure } from "./pipeline";

const run = (lines: string[]) => structure(lines.join("\n"), { directory: [] });

// A page of speeches signed at their end, each headline set after the page's glyph, a series label above the first.
const page = (glyph: string, label = "市政协十届三次会议大会发言摘编（二）") => [
  "某某日报",
  "2026年1月21日　星期三　第5版",
  label,
  `${glyph} 让社区食堂开得下去`,
  "　　全市社区食堂运营普遍亏损。建议：",
  "　　一是按就餐人次给予运营补贴。市民政局会同市财政局制定补贴办法。",
  "　　二是引入社会力量运营。市商务局引导餐饮企业承接社区食堂。",
  "（民进某市委员会）",
  `${glyph} 为老旧小区装上充电桩`,
  "　　电动自行车进楼充电屡禁不止。",
  "　　1．市住房和城乡建设局把充电设施纳入老旧小区改造内容。",
  "　　2．市消防救援支队加强夜间巡查。",
  "（市政协委员、某街道党工委书记　某某）",
  `${glyph} 把托育服务送到家门口`,
  "　　（一）市卫生健康委员会牵头建设社区托育点。",
  "　　（二）市教育局支持幼儿园开设托班。",
  "（市政协社会和法制委员会）",
];

describe("glyph-led headlines on a page of articles signed at their end (document-segments.ts)", () => {
  for (const glyph of ["◆", "▶", "◇"]) {
    it(`reads each \`${glyph}\` headline as its article's title, no heading of its tree`, () => {
      const { documents } = run(page(glyph));
      expect(documents.map((d) => d.title)).toEqual(["让社区食堂开得下去", "为老旧小区装上充电桩", "把托育服务送到家门口"]);
      expect(documents.map((d) => d.children.map((c) => c.kind))).toEqual([
        ["recommendation", "recommendation"],
        ["recommendation", "recommendation"],
        ["recommendation", "recommendation"],
      ]);
      expect(documents.map((d) => d.byline)).toEqual(["民进某市委员会", "市政协委员、某街道党工委书记　某某", "市政协社会和法制委员会"]);
    });
  }

  it("removes the series label above the first headline (series-labels.ts)", () => {
    const { removed } = run(page("◆"));
    expect(removed?.map((r) => r.text)).toContain("市政协十届三次会议大会发言摘编（二）");
  });

  it("removes a compilation's label named 汇编 too", () => {
    const { documents, removed } = run(page("◆", "市政协十届三次会议大会发言材料汇编"));
    expect(documents[0].title).toBe("让社区食堂开得下去");
    expect(removed?.map((r) => r.text)).toContain("市政协十届三次会议大会发言材料汇编");
  });

  it("keeps glyph-led lines as headings when the later articles open without a glyph", () => {
    const lines = page("◆");
    lines[8] = "为老旧小区装上充电桩";
    lines[13] = "把托育服务送到家门口";
    const { documents } = run(lines);
    expect(documents.map((d) => d.title)).not.toContain("让社区食堂开得下去");
  });
});

describe("glyph-led section lines of one article (article-bylines.ts penNameGlyphs, authors.ts namesNoOne)", () => {
  // content/corpus/epaper-806: an evening paper's mobile edition sets its sections after `◆`; the words name a section.
  const article = (first: string, second: string) => [
    "某某晚报　移动版",
    "某某晚报 2026年11月21日",
    "老旧电梯更新不能再等",
    "首席记者　某某某",
    `◆${first}`,
    "全市使用超过15年的住宅电梯有2100余台，故障率明显高于平均水平。",
    "部分老旧小区电梯维修资金已经用尽，更新改造无从着手。",
    `◆${second}`,
    "①建立更新改造资金池。建议由市住房和城乡建设局牵头，市财政局配合，统筹维修资金和财政补助。",
    "②简化审批流程。市市场监督管理局推行更新改造“一站式”办理。",
  ];
  for (const [first, second] of [["现状调查", "委员建议"], ["难点症结", "对策举措"]]) {
    it(`\`◆${first}\` and \`◆${second}\` are sections of one document, no pen names opening others`, () => {
      const { documents } = run(article(first, second));
      expect(documents.map((d) => d.title)).toEqual(["老旧电梯更新不能再等"]);
      expect(documents[0].children.map((c) => c.title)).toEqual([first, second]);
    });
  }
  it("a glyph before a name of two to four characters under a headline stays a pen name", () => {
    expect(penName({ kind: "para", text: "◆ 江畔", folded: "◆ 江畔", line: null } as never, new Set(["◆"]))).toBe(true);
  });
});
