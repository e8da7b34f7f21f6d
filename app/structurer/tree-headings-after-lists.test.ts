/**
 * A list's last item, then a line of its own, then a run of another family (tree-siblings.ts releaseGluedRuns):
 * a bare heading there is the next section over the run, a lead-in announces the next list beside the first;
 * neither is the last item's text, and the run is none of its children. Also a problems lead-in that closes a
 * paragraph (tree.ts isProblemsLeadIn) and a roster row that is no section (tree-heading-shape.ts isRosterRow).
 * Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";

const tree = (lines: string[]) => shape(structure(lines.join("\n")).documents[0].children);

const findings = (bullet: string, stop: string) => [
  "关于改进社区托育服务的建议",
  "县政协委员　某某某",
  "近年来我县托育需求增长较快，调研发现，主要存在以下问题：",
  `${bullet}普惠托位少，收费偏高，家长负担较重${stop}`,
  `${bullet}从业人员流动大，持证上岗比例偏低${stop}`,
  `${bullet}社区用房紧张，场地难以落实${stop}`,
];
const measures = (marker: (n: number) => string) => [
  `${marker(1)}扩大普惠供给。县卫生健康局牵头，利用社区用房建设普惠托育点。`,
  `${marker(2)}加强队伍建设。县人力资源和社会保障局将保育员纳入技能培训补贴范围。`,
];
const dot = (n: number) => `${n}. `;
const paren = (n: number) => `（${"一二"[n - 1]}）`;
const shi = (n: number) => `${"一二"[n - 1]}是`;

describe("a line between a list's last item and a run of another family", () => {
  it("a bare heading over a `1.` run after `•` items without a stop is a section beside them", () => {
    expect(tree([...findings("• ", ""), "对策建议", ...measures(dot)])).toBe("B B B H(R R)");
  });
  it("a bare heading over a `（一）` run, a family that never nests under `1.`, still heads it", () => {
    expect(tree([...findings("", "。").map((l, i) => (i > 2 ? `${i - 2}. ${l}` : l)), "对策建议", ...measures(paren)])).toBe("B B B H(R R)");
  });
  it("after a lead-in the run's items stand beside the list's items", () => {
    expect(tree([...findings("◇ ", "。"), "为此，建议如下：", ...measures(shi)])).toBe("B B B R R");
  });
  it("a longer line or a sentence there is the item's text: the shape stays as it was", () => {
    const closing = "以上问题在城区和乡镇普遍存在，群众反映比较强烈。";
    expect(tree([...findings("• ", ""), closing, ...measures(dot)])).not.toContain("H(");
  });
  it("an item that is itself a heading keeps the run under its lead-in", () => {
    const lines = ["关于改进社区托育服务的纪要", "一、基本情况", "全县已建成托育点12个。", "二、发言摘要", "委员们认为托位仍然不足。", "三、议定事项", "经协商，会议议定以下事项：", "（一）扩大供给。县卫生健康局牵头建设托育点。", "（二）加强培训。县人力资源和社会保障局组织培训。"];
    expect(tree(lines)).toBe("B B H(R R)");
  });
  it("an item whose siblings already hold runs keeps its own", () => {
    const lines = ["关于改进社区托育服务的建议", "一、存在问题", "（一）托位少。", "（二）人员少。", "二、对策建议", "补充说明", "（一）扩大供给。县卫生健康局牵头建设托育点。", "（二）加强培训。县人力资源和社会保障局组织培训。"];
    expect(tree(lines)).toBe("B(B B) H(R R)");
  });
});

describe("a problems lead-in closing a paragraph", () => {
  it("makes the numbered run under it background, as a line of its own does", () => {
    const lines = [
      "关于加强城市内涝治理的建议",
      "近年来，城区多处低洼路段汛期反复积水，影响群众出行。经调研，我们认为主要存在以下问题：",
      "（一）排水管网标准偏低，老城区管网仍按一年一遇设计。",
      "（二）雨污分流改造滞后，汛期管网负荷过重。",
      "具体建议",
      ...measures(dot),
    ];
    expect(tree(lines)).toBe("B B H(R R)");
  });
});

describe("a roster row", () => {
  const record = (roster: string) => [
    "县政协视察农村饮水安全工作",
    roster,
    "11月6日，县政协组织部分委员视察全县农村饮水安全工作，察看了两个乡镇的集中供水站。",
    "视察情况",
    "全县农村自来水普及率已达96%，但部分山区村水源不稳定，旱季仍需送水。",
    "视察组建议",
    ...measures(dot),
  ];
  it("is no section over the paragraph under it", () => {
    expect(tree(record("视察组成员：邬某某、柴某某、冼某某、蔺某某"))).toBe("B H(R R)");
  });
  it("a label over two names only is no roster: the line is read as before", () => {
    expect(tree(record("视察组成员：邬某某、柴某某"))).not.toBe("B H(R R)");
  });
});
