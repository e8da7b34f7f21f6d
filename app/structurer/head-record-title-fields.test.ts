/**
 * A record's field naming the event it records (`会议主题：`, `会议名称：`, `活动主题：`) gives the title without
 * its label (head-shapes.ts TITLE_FIELD; docs/structure-format.md, "Head: an event's field over a record", sixteenth wave), and
 * any short label before a document's own title `关于…的建议` (nineteenth wave). Inputs made up.
 */
import { describe, expect, it } from "vitest";
import { structure } from "./rule-test-support";

const BODY = [
  "　　会议议定以下事项：",
  "　　1. 排查隐患。市应急管理局牵头开展一次全面排查。",
  "　　2. 完善标识。市交通运输局增设警示标志。",
];

describe("an event's field over a record", () => {
  it("a meeting app's 会议主题 and 会议名称: the value is the title", () => {
    for (const label of ["会议主题：", "会议名称："]) {
      const d = structure([`${label}某市政协“山区道路安全”专题协商会`, "会议时间：2026年6月3日 15:00", ...BODY].join("\n")).documents[0];
      expect(d.title).toBe("某市政协“山区道路安全”专题协商会");
    }
  });
  it("an activity log's 活动主题: the value is the title", () => {
    const d = structure(["活动主题：委员进社区听民意", "活动时间：2026年6月3日", ...BODY].join("\n")).documents[0];
    expect(d.title).toBe("委员进社区听民意");
  });
  it("a mail's bare 主题 is no event's field", () => {
    const d = structure(["主题：山区道路安全专题协商会材料", ...BODY].join("\n")).documents[0];
    expect(d.title).not.toBe("山区道路安全专题协商会材料");
  });
  it("an office app's form names its title field by the record's noun (线索标题, 信息标题, 事项标题)", () => {
    for (const label of ["线索标题：", "信息标题：", "事项标题：", "稿件标题："]) {
      const lines = ["【审批】委员履职事项报送", "提交人：某某", `${label}关于整治山区道路急弯的建议`, "反映人：市政协委员　某某", ...BODY];
      expect(structure(lines.join("\n")).documents[0].title).toBe("关于整治山区道路急弯的建议");
    }
  });
  it("a compiler's label before a document's own title (`提案摘编：关于…的建议`): the title is the value", () => {
    for (const label of ["提案摘编：", "委员提案摘要：", "建议原文："]) {
      const d = structure([`${label}关于整治山区道路急弯的建议`, "提案人：市政协委员　某某", ...BODY].join("\n")).documents[0];
      expect(d.title).toBe("关于整治山区道路急弯的建议");
      expect(d.byline).toBe("市政协委员　某某");
    }
  });
  it("a topic before a colon over news words stays the headline's (no document's own title after it)", () => {
    const d = structure(["山区道路：急弯多了警示牌", "本报记者　某某", ...BODY].join("\n")).documents[0];
    expect(d.title).toBe("山区道路：急弯多了警示牌");
  });
  it("a subtitle's label is no title field", () => {
    const d = structure(["关于整治山区道路急弯的建议", "副标题：委员调研随记", ...BODY].join("\n")).documents[0];
    expect(d.title).toBe("关于整治山区道路急弯的建议");
  });
});
