/**
 * Centred lines of hard-wrapped text (blocks.ts, centredLine; docs/structure-format.md, "Head: a page that is no
 * newspaper's (2026-12-04, thirteenth wave)"). Every input is made up for the test; none is taken from a corpus
 * or batch text.
 */
import { describe, expect, it } from "vitest";
import { centredLine, textBlocks } from "./blocks";
import { structure } from "./rule-test-support";

/** A page wrapped at 28 characters: a paragraph's first line indented four spaces, its wrapped lines flush. */
const page = [
  "             关于改进社区食堂运营的几点建议",
  "            ——在某某市政协常委会议上的发言",
  "                   市政协委员　某某某",
  "    近年来，我市社区食堂数量逐年增加，方便了老年人就",
  "餐，但部分食堂运营困难，就餐人数不多，菜品单一，价格偏高，",
  "有的食堂开业不久就关门歇业，群众意见较多。为此，建议：",
  "    1．完善补贴办法。市民政局会同市财政局按就餐人次",
  "给予运营补贴，补贴标准向高龄和独居老年人倾斜，按季度拨付",
  "到位。",
  "    2．拓展服务方式。鼓励社区食堂与周边餐饮企业合作，",
  "为行动不便的老年人提供送餐上门服务，同时向社区其他居民开",
  "放。",
];

describe("a centred line", () => {
  it("is read from its lead of blank: eight columns or more, an ideographic space counting two", () => {
    expect(centredLine("        标题")).toBe(true);
    expect(centredLine("　　　　标题")).toBe(true);
    expect(centredLine("\t\t标题")).toBe(true);
    expect(centredLine("    段落首行缩进两个字。")).toBe(false);
    expect(centredLine("　　段落首行缩进两个字。")).toBe(false);
    expect(centredLine("          ")).toBe(false);
  });

  it("neither runs on into the line under it nor takes the line above, though its indent reaches the margin", () => {
    const blocks = textBlocks(page).map((b) => b.text);
    expect(blocks.slice(0, 3)).toEqual(["关于改进社区食堂运营的几点建议", "——在某某市政协常委会议上的发言", "市政协委员 某某某"]);
    // The wrapped paragraph under it is still one block.
    expect(blocks[3]).toMatch(/^近年来.*建议：$/);
  });

  it("gives the title without its dashed occasion and the presenter as the byline", () => {
    const d = structure(page.join("\n")).documents[0];
    expect(d.title).toBe("关于改进社区食堂运营的几点建议");
    expect(d.byline).toBe("市政协委员　某某某");
  });
});
