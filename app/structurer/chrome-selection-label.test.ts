/**
 * A column's label over a glyph-set headline and its name line (chrome-selection-label.ts,
 * markColumnOverGlyphHeadline; docs/structure-format.md, "Head: pages that are no newspaper's (2026-12-04,
 * thirteenth wave)"). Every input is made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "./authors";
import { markColumnOverGlyphHeadline } from "./chrome-selection-label";
import { fold } from "./fold";
import { removedReasons, structure } from "./rule-test-support";

const piece = ["委员微建议", "◇ 给小区楼道装上感应灯", "县政协委员　某某某", "　　不少老旧小区楼道没有照明，老人夜间上下楼容易摔倒。建议县里将楼道照明纳入老旧小区改造内容。"];

describe("a column's label over a glyph-set headline", () => {
  it("is removed as the column's label, and the headline without its glyph is the title over the name line", () => {
    const text = ["某某日报", "2026年5月1日　第3版", ...piece].join("\n");
    expect(removedReasons(text).get("委员微建议")).toBe("column");
    const [d] = structure(text).documents;
    expect(d.title).toBe("给小区楼道装上感应灯");
    expect(d.byline).toBe("县政协委员　某某某");
  });

  it("is read after another article too, whatever the glyph", () => {
    const text = [
      "某某日报",
      "2026年5月1日　第3版",
      "城区新增三处口袋公园",
      "本报记者　某某",
      "　　近日，城区三处口袋公园建成开放，附近居民有了休闲的好去处。",
      "委员来信",
      "☆ 口袋公园要配上饮水点",
      "市政协委员　某某某",
      "　　我在走访中发现，新建的口袋公园大多没有饮水点，夏天游客不便。建议在公园入口增设直饮水设施。",
    ].join("\n");
    expect(removedReasons(text).get("委员来信")).toBe("column");
    const docs = structure(text).documents;
    expect(docs.at(-1)?.title).toBe("口袋公园要配上饮水点");
    expect(docs.at(-1)?.byline).toBe("市政协委员　某某某");
  });

  it("leaves a label alone over a glyph-set name line (that glyph marks a byline) or a glyph line over prose", () => {
    const lines = (texts: string[]) => texts.map((text) => ({ text, folded: fold(text), reason: null }));
    const isName = (text: string, folded: string) => !!parseByline(text, folded) && !/[。,]/.test(folded);
    const named = lines(["委员风采", "◎ 县政协委员　某某某", "县政协委员　某某某"]);
    expect(markColumnOverGlyphHeadline(named, () => false, isName)).toEqual([]);
    expect(named[0].reason).toBeNull();
    const prose = lines(["委员风采", "◇ 给小区楼道装上感应灯", "不少老旧小区楼道没有照明，老人夜间上下楼容易摔倒。"]);
    expect(markColumnOverGlyphHeadline(prose, () => false, isName)).toEqual([]);
    const piece = lines(["委员风采", "◇ 给小区楼道装上感应灯", "县政协委员　某某某"]);
    expect(markColumnOverGlyphHeadline(piece, () => false, isName)).toEqual([1]);
    expect(piece[0].reason).toBe("column");
  });
});
