import { describe, expect, it } from "vitest";
import { joinedLabel } from "./head-shapes";
import { structure } from "./pipeline";

const run = (lines: string[]) => structure(lines.join("\n"), { directory: [] });

describe("a supplement's name joined to its column's by a dot (head-shapes.ts, joinedLabel)", () => {
  it("reads a supplement's name and a column's joined by `·` as a label", () => {
    expect(joinedLabel("政协周刊·协商在某州")).toBe(true);
    expect(joinedLabel("政協週刊·委員議事廳")).toBe(true);
    expect(joinedLabel("两会特刊·委员议事厅")).toBe(true);
  });

  it("never a headline, a sentence or one long name", () => {
    expect(joinedLabel("为青年发展型城市建设聚智聚力")).toBe(false);
    expect(joinedLabel("政协周刊·让老旧小区加装电梯不再难")).toBe(false);
    expect(joinedLabel("委员建言：把好事办好")).toBe(false);
    // A kicker on the headline's line names no supplement: the line is the headline.
    expect(joinedLabel("委员问答｜城中村消防怎么管")).toBe(false);
    expect(joinedLabel("两会建言·委员声音来了")).toBe(false);
  });

  it("removes the label over a page's headline and keeps the headline with its 副题 as content", () => {
    const { documents, removed } = run([
      "某某日报",
      "2026年6月5日　星期五　第07版",
      "政协周刊·协商在某州",
      "为托育服务建设聚智聚力",
      "——市政协专题协商会发言摘登",
      "　　编者按：5月28日，市政协召开专题协商会。现将部分发言摘登如下。",
      "扩大普惠托位供给",
      "□ 民盟某市委员会",
      "　　全市3岁以下婴幼儿入托率不足一成，普惠托位缺口较大。为此建议：",
      "　　1．市卫生健康委员会新建一批社区托育点。",
      "　　2．市财政局对普惠托位给予补贴。",
      "把托育机构管起来",
      "□ 市政协委员　某某",
      "　　托育机构数量增长快，日常监管跟不上。建议：",
      "　　1．市市场监督管理局加强托育机构食品安全检查。",
      "　　2．市教育局把托育从业人员纳入培训计划。",
    ]);
    expect(removed?.map((r) => r.text)).toContain("政协周刊·协商在某州");
    expect(documents[0].title).not.toBe("政协周刊·协商在某州");
    expect(JSON.stringify(documents)).toContain("为托育服务建设聚智聚力");
  });
});
