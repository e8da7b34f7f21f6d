/**
 * An account's section bar (`▍存在的问题`) over a numbered run is a heading (tree.ts isBarHeading,
 * tree-numbered.ts placeBarHeading), even where the run is `（一）`, which nests under no bullet.
 * Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";

const tree = (lines: string[]) => shape(structure(lines.join("\n")).documents[0].children);

describe("a section bar over numbered items", () => {
  it("heads a `（一）` run, and the next bar closes it", () => {
    expect(
      tree([
        "关于规范校外培训收费的建议",
        "　　近年来，校外培训预付费纠纷时有发生，家长维权成本较高。",
        "▍存在的问题",
        "（一）预收费周期过长。一些机构一次收取两年学费。",
        "（二）退费渠道不畅。机构关门后家长难以追回费用。",
        "▍对策建议",
        "（一）推行资金监管。由市教育局会同市市场监督管理局建立预收费监管账户。",
        "（二）畅通退费渠道。市市场监督管理局开通预付费纠纷快速调解通道。",
      ]),
    ).toBe("B(B B) H(R R)");
  });
  it("leaves a bar over plain paragraphs and a bar over a sentence as they were", () => {
    const plain = tree([
      "关于办好社区食堂的建议",
      "▍补齐社区食堂短板",
      "　　由区民政局牵头，在每个街道至少建成一家社区食堂。",
      "▍建好用好助餐点",
      "　　区市场监督管理局加强食品安全抽检，每季度公布结果。",
    ]);
    expect(plain).not.toMatch(/\(/);
    expect(
      tree([
        "关于规范校外培训收费的建议",
        "▍家长反映，一些机构一次收取两年学费。",
        "（一）推行资金监管。由市教育局建立预收费监管账户。",
        "（二）畅通退费渠道。市市场监督管理局开通快速调解通道。",
      ]),
    ).not.toMatch(/^H\(/);
  });
});
