/**
 * An account's section bar (`▍存在的问题`) over a numbered run is a heading (tree.ts isBarHeading,
 * tree-numbered.ts placeBarHeading), even where the run is `（一）`, which nests under no bullet; so is a
 * filled diamond or square (`◆委员建议`, `■ 对策建议`) over such a run.
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

describe("a filled diamond or square over a numbered run", () => {
  // content/corpus/news-site-807, wechat-808: the page's section lines are set after `■`/`◆`, not a bar.
  for (const glyph of ["◆", "■ "]) {
    it(`heads the \`（一）\` run under \`${glyph.trim()}对策建议\` and the \`一、\` run likewise`, () => {
      const lines = (item: (n: number) => string) => [
        "关于规范校外培训收费的建议",
        `${glyph}现状`,
        "　　近年来，校外培训预付费纠纷时有发生，家长维权成本较高。",
        `${glyph}对策建议`,
        `${item(1)}推行资金监管。由市教育局会同市市场监督管理局建立预收费监管账户。`,
        `${item(2)}畅通退费渠道。市市场监督管理局开通预付费纠纷快速调解通道。`,
      ];
      expect(tree(lines((n) => `（${"一二"[n - 1]}）`))).toBe("B H(R R)");
      expect(tree(lines((n) => `${"一二"[n - 1]}、`))).toBe("B H(R R)");
    });
  }
  it("leaves a diamond-led item with its own sentence a bullet item", () => {
    expect(
      tree([
        "关于规范校外培训收费的建议",
        "◆推行资金监管。由市教育局建立预收费监管账户。",
        "（一）一次收费不超过三个月。",
        "（二）监管账户由银行托管。",
      ]),
    ).not.toMatch(/^H\(/);
  });
});

describe("bar headings over one paragraph each", () => {
  // content/corpus/wechat-665: two paragraphs propose (`委员们提出，……`), the middle one reports first.
  const lines = [
      "委员议事厅｜让失能老人洗上热水澡",
      "全市有失能、半失能老人3200多人，其中不少人长年没有好好洗过一次澡。市政协社会和法制委员会组织委员走访了5个乡镇的养老服务中心和40多户家庭，大家围绕助浴服务议了议。",
      "▍把助浴车开进村",
      "全市目前只有一辆助浴车，排队要等一个多月，山区乡镇基本排不上。委员们提出，按片区再配4辆，由乡镇养老服务中心统一调度，每月进村一次。",
      "▍把护理员留在本地",
      "一家养老机构负责人坦言，助浴护理员工作辛苦、收入不高，培训好的人往往干不了半年就走了。委员们认为，可以把助浴护理员纳入公益性岗位，优先招用本村留守妇女，市人社局负责开展技能培训。",
      "▍把价格定在老人够得着的地方",
      "上门助浴一次收费一百元左右，不少农村老人舍不得。委员们提出，对低保、特困家庭的失能老人，由市财政局按每次六十元给予补贴。",
  ];

  it("are leaves alike when one sibling shows its paragraph as plain text", () => {
    expect(tree(lines)).toBe("R R R");
  });

  it("keep a paragraph that is no lone one (a heading over two proposals holds them)", () => {
    const two = [...lines.slice(0, 4), "建议市民政局对助浴服务机构给予运营补贴。", ...lines.slice(4)];
    expect(tree(two).startsWith("H(R R)")).toBe(true);
  });
});
