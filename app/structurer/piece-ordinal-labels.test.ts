import { describe, expect, it } from "vitest";
import { compilationLabels } from "./compilation-labels";
import { bracketTurns } from "./interview-turns";
import type { RawBlock } from "./blocks";
import { structure } from "./pipeline";

// Pages of pieces counted by an ordinal with a measure word (`第一位`, `第二篇`), a programme's guest field, one exchange.
const none = () => false;
const para = (what: string) => `\u3000\u3000近年来，某市${what}问题较为突出，建议市民政局会同有关部门加强统筹，尽快拿出解决办法。`;

describe("an ordinal that counts pieces or people", () => {
  it("cuts at `第一篇`/`第二篇` over a headline and a member's name line", () => {
    const lines = ["某市政协", "第一篇", "让老人吃上热饭", "市政协委员　某某", para("助餐"), "第二篇", "给夜班公交留一盏灯", "市政协委员　某某", para("夜班公交")];
    expect(compilationLabels(lines, none)).toEqual([1, 5]);
    expect(structure(lines.join("\n"), undefined).documents.map((d) => d.title)).toEqual(["让老人吃上热饭", "给夜班公交留一盏灯"]);
  });

  it("cuts at `第一位`/`第二位` over a headline and a guest field", () => {
    const lines = ["第一位", "乡村客运要留得住", "受访者：县政协委员、某公司经理　某某", para("客运"), "第二位", "适老化改造别停在纸面上", "嘉宾：县政协委员、某中心主任　某某", para("适老化")];
    expect(compilationLabels(lines, none)).toEqual([0, 4]);
  });

  it("leaves a part's ordinal (`第一部分`), a run in two measure words and a part without a head", () => {
    const part = (label: string, head: string) => [label, head, "市政协委员　某某", para(head)];
    expect(compilationLabels([...part("第一部分", "总体情况"), ...part("第二部分", "主要问题")], none)).toEqual([]);
    expect(compilationLabels([...part("第一位", "乡村客运"), ...part("第二篇", "适老化改造")], none)).toEqual([]);
    expect(compilationLabels(["第一位", para("客运"), "第二位", para("适老化")], none)).toEqual([]);
  });
});

describe("one exchange in bracketed labels", () => {
  const blocks = (texts: string[]): RawBlock[] => texts.map((text, at) => ({ kind: "para", text, depth: 0, listMarker: null, at }));

  it("reads a bracketed asker's question answered by a named turn as a turn", () => {
    const out = bracketTurns(blocks(["【某某日报记者】今年带来了什么建议？", "某某：我建议三点。"]));
    expect(out.labels).toEqual(["某某日报记者"]);
    expect(out.blocks[0].text).toBe("某某日报记者：今年带来了什么建议？");
  });

  it("leaves a bracketed tag over a statement, and a question nobody answers by name", () => {
    expect(bracketTurns(blocks(["【案由】关于加强社区助餐的建议。", "某某：我建议三点。"])).labels).toEqual([]);
    expect(bracketTurns(blocks(["【记者】今年带来了什么建议？", "我建议三点。"])).labels).toEqual([]);
  });
});
