import { describe, expect, it } from "vitest";
import { dashByline } from "./article-bylines";
import { fold } from "./fold";
import { genreKicker } from "./genre-kickers";
import { memberNameLine } from "./page-pieces";
import { structure, verdict } from "./rule-test-support";
import type { Block } from "./tree-drafts";

const para = (text: string): Block => ({ kind: "para", text, folded: fold(text), depth: 0, listMarker: null, line: null });

/** Two made-up proposals on one page, each a headline over a name line set off by `mark`. */
const page = (mark: (who: string) => string) =>
  [
    "某某日报",
    "2026年6月3日　第4版　政协视点",
    "关于推进社区充电桩进小区的建议",
    mark("市政协委员　某甲"),
    "　　老旧小区充电设施不足，居民私拉电线充电的现象时有发生。建议：",
    "　　（一）统一规划布点。市住房和城乡建设局牵头，在小区公共区域建设集中充电设施。",
    "　　（二）加强安全检查。市消防救援支队定期开展充电场所消防检查。",
    "关于加强校园周边交通秩序管理的建议",
    mark("民进某市委员会"),
    "　　上下学高峰时段，校园周边车辆乱停乱放，存在安全隐患。建议：",
    "　　（一）设置临时停车区。市公安局交通管理部门在学校周边划定接送车辆临时停靠区。",
    "　　（二）引导错峰接送。市教育局指导学校实行分年级错峰放学。",
  ].join("\n");

describe("name lines under each headline of a page of pieces", () => {
  it("reads a star before a member's post or a party's body as a name line's glyph, not a secrecy grade", () => {
    expect(verdict("★ 县政协委员　某某")).toBeNull();
    expect(verdict("★ 民盟某县委员会")).toBeNull();
    expect(verdict("★启用前")).toBe("metadata");
  });
  it("reads a byline after a dash over prose, not a 副题 naming an occasion", () => {
    const prose = para("　　全市共有公厕四百余座，分布不均。");
    expect(dashByline(para("——市政协委员　某某"), prose)).toBe(true);
    expect(dashByline(para("——农工党某市委员会"), prose)).toBe(true);
    expect(dashByline(para("——在市政协全体会议上的发言"), prose)).toBe(false);
    expect(dashByline(para("——“某某”界别协商会发言摘编"), prose)).toBe(false);
    expect(dashByline(para("——市政协委员　某某"), para("第二部分"))).toBe(false);
  });
  it("splits a page whose pieces are signed with a star or a dash, each piece its own byline", () => {
    for (const mark of [(w: string) => `★ ${w}`, (w: string) => `——${w}`]) {
      const docs = structure(page(mark)).documents;
      expect(docs.map((d) => d.title)).toEqual(["关于推进社区充电桩进小区的建议", "关于加强校园周边交通秩序管理的建议"]);
      expect(docs.map((d) => d.byline)).toEqual(["市政协委员　某甲", "民进某市委员会"]);
    }
  });
});

describe("a member's notes after an article", () => {
  it("reads notes kept by anyone as a genre, not a section", () => {
    expect(genreKicker(fold("委员手记：一条小巷的变迁"))).toBe(true);
    expect(genreKicker(fold("履职手记：走访三个村"))).toBe(true);
    expect(genreKicker(fold("工作要点：完善机制"))).toBe(false);
  });
  it("reads a member's name line, not a sentence or a reporter's credit", () => {
    expect(memberNameLine("县政协委员　某某")).toBe(true);
    expect(memberNameLine("九三学社某市委员会")).toBe(true);
    expect(memberNameLine("委员们提出了建议。")).toBe(false);
    expect(memberNameLine("某某街道办事处")).toBe(false);
  });
  it("makes the signed notes a document after an unsigned report", () => {
    const text = [
      "某某政协",
      "2026-05-20 19:00",
      "委员走进社区食堂",
      "　　5月18日，县政协组织部分委员视察社区老年食堂运营情况。",
      "　　委员们察看了后厨和就餐区，与就餐老人交流。",
      "委员手记：一碗饭里的民生",
      "县政协委员　某某",
      "　　有位老人告诉我，食堂的饭菜便宜可口，就是离家有点远。",
      "　　建议县民政局在人口集中的村居增设助餐点。",
    ].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["委员走进社区食堂", "委员手记：一碗饭里的民生"]);
    expect(docs[1].byline).toBe("县政协委员　某某");
  });
});
