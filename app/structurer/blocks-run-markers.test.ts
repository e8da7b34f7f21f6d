/**
 * A line that stops on a marker of an inline run (`……；二是`) goes on in the next line (inline-markers.ts
 * endsOnInlineMarker, blocks.ts textBlocks; docs/structure-format.md, "Tree shape: a run's marker at a line's end, a done part named by its verb",
 * sixteenth wave). Every input is made up for the test.
 */
import { describe, expect, it } from "vitest";
import { textBlocks } from "./blocks";
import { fold } from "./fold";
import { endsOnInlineMarker } from "./inline-markers";
import { shape, structure } from "./rule-test-support";

describe("a line ending on an inline run's marker", () => {
  it("is read after a clause's stop, in every inline family that counts in words", () => {
    expect(endsOnInlineMarker(fold("一是巡查不到位；二是"))).toBe(true);
    expect(endsOnInlineMarker(fold("一要加密班次，二要"))).toBe(true);
    expect(endsOnInlineMarker(fold("其一，站点太少；其二，"))).toBe(true);
    expect(endsOnInlineMarker(fold("第一，摸清底数；第二，"))).toBe(true);
  });
  it("is no marker without the stop before it, nor a line ending its sentence", () => {
    expect(endsOnInlineMarker(fold("规格统一是"))).toBe(false);
    expect(endsOnInlineMarker(fold("一是巡查不到位；二是维修慢。"))).toBe(false);
    expect(endsOnInlineMarker(fold("二是"))).toBe(false);
  });

  it("runs on into the next line of a ragged PDF copy, so the run's later markers are siblings", () => {
    const page = [
      "    二、存在的问题",
      "    一是设施老化，部分泵站超期运行；二是",
      "维修资金不足，村里无力承担大修费用；三是管理人员年龄偏大，缺",
      "少专业培训。",
      "    三、对策建议",
      "    1．加快设施更新。县水利局分批更换老旧泵站。",
      "    2．落实维修资金。县财政局设立维修专项资金。",
    ];
    expect(textBlocks(page).map((b) => b.text)[1]).toBe("一是设施老化，部分泵站超期运行；二是维修资金不足，村里无力承担大修费用；三是管理人员年龄偏大，缺");
    const d = structure(["关于农村泵站管护的调研报告", ...page].join("\n")).documents[0];
    expect(shape(d.children)).toBe("B(B B B) H(R R)");
    expect(d.children[0].children.map((n) => n.title)).toEqual(["设施老化", "维修资金不足", "管理人员年龄偏大"]);
  });

  it("joins a stray break after the marker in a text of one paragraph per line", () => {
    const text = [
      "关于改善老街照明的建议",
      "　　老街路灯稀少，夜间出行不便。",
      "　　为此建议：一要增设路灯，由区城管局统一规划；二要",
      "推广太阳能灯具，降低运行成本；三要建立报修机制，及时更换损坏灯具。",
    ].join("\n");
    const d = structure(text).documents[0];
    expect(shape(d.children)).toBe("R R R");
  });

  it("leaves a line alone when the next one opens a numbered line of its own", () => {
    const blocks = textBlocks(["一是设施老化；二是", "二、对策建议"]).map((b) => b.text);
    expect(blocks).toEqual(["一是设施老化；二是", "二、对策建议"]);
  });
});
