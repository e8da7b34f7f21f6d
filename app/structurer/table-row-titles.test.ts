/**
 * The title of a table row read as an item when its cells are set apart by spaces
 * (docs/structure-format.md, "Row titles from spaced cells (2026-12-04, fifteenth wave)"): the
 * content cell, never the bodies of the columns after it. Every input is made up for the test;
 * none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { structure } from "./rule-test-support";
import { rowItemTitle } from "./table-rows";

describe("the title of a row of spaced cells", () => {
  it("is the content cell of a row of names after its bare number", () => {
    expect(rowItemTitle("2", "修缮村级文化礼堂 区文旅局 区财政局、区住建局")).toBe("修缮村级文化礼堂");
  });

  it("reads no row under a marker that is not a bare number, or a row with a sentence in a cell", () => {
    expect(rowItemTitle("（二）", "修缮村级文化礼堂 区文旅局 区财政局")).toBeNull();
    expect(rowItemTitle("2", "修缮村级文化礼堂，年内完成 区文旅局 区财政局")).toBeNull();
    expect(rowItemTitle("2", "修缮村级文化礼堂 区文旅局")).toBeNull();
  });

  it("titles each row under a section's header by its content cell", () => {
    const doc = structure(
      [
        "关于分解落实年度协商成果的通知",
        "一、协商成果及落实单位",
        "序号  成果事项  牵头单位  配合单位",
        "1  推进村级文化礼堂修缮  区文旅局  区财政局",
        "2  加快开通城乡公交夜班线  区交通局  区财政局、区公安分局",
        "二、工作要求",
        "（一）按季报送进展。牵头单位每季度末报送落实情况。",
      ].join("\n"),
    ).documents[0];
    expect(doc.children[0].children.map((n) => n.title)).toEqual(["推进村级文化礼堂修缮", "加快开通城乡公交夜班线"]);
  });
});
