/**
 * A designed section label (`PART 01`, `01`, `/ 02 /`, `Part.1 现状`; markers.ts LineMarker.label) heads a
 * section above every numbered family (tree-numbered.ts placeMarked): the `（一）`, `一、` or `1.` items under
 * it are its children, and the next label closes it. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];
const tree = (lines: string[]) => shape(doc(lines).children);

const body = (label: (n: number) => string[], item: (n: number) => string) => [
  "社区食堂怎样才能开得久",
  ...label(1),
  "全区已建成社区食堂40家，但半数以上月月亏损，部分食堂开业不到一年即停业。",
  ...label(2),
  `${item(1)}落实运营补贴。区民政局会同区财政局按就餐人次给予补贴。`,
  `${item(2)}引入专业团队。区商务局引导餐饮企业连锁运营社区食堂。`,
  ...label(3),
  "家住老城的张大爷说，食堂一顿午饭十二元，比自己做饭还省事。",
];
const heads = ["现状", "建议", "居民说"];
const paren = (n: number) => `（${"一二三"[n - 1]}）`;
const dun = (n: number) => `${"一二三"[n - 1]}、`;
const dot = (n: number) => `${n}. `;

describe("designed section labels over numbered items", () => {
  it("`PART 0N` alone over its heading holds a `（一）` run", () => {
    expect(tree(body((n) => [`PART 0${n}`, heads[n - 1]], paren))).toBe("B H(R R) B");
  });
  it("a bare `0N` holds a `1.` run, though both are digits", () => {
    expect(tree(body((n) => [`0${n}`, heads[n - 1]], dot))).toBe("B H(R R) B");
  });
  it("`/ 0N /` holds a `一、` run", () => {
    expect(tree(body((n) => [`/ 0${n} /`, heads[n - 1]], dun))).toBe("B H(R R) B");
  });
  it("`Part.N｜heading` on one line: the label is the marker, the heading the title", () => {
    const d = doc(body((n) => [`Part.${n}｜${heads[n - 1]}`], paren));
    expect(shape(d.children)).toBe("B H(R R) B");
    expect(d.children.map((c) => [c.marker, c.title])).toEqual([
      ["Part.1", "现状"],
      ["Part.2", "建议"],
      ["Part.3", "居民说"],
    ]);
  });
  it("a zero-padded number with a sentence after it is no label", () => {
    expect(tree(["社区食堂怎样才能开得久", "01 全区已建成社区食堂40家，但半数以上月月亏损。", "（一）落实运营补贴。区民政局按就餐人次给予补贴。"])).not.toMatch(/H\(/);
  });
});
