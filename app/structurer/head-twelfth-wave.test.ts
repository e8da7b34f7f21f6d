/**
 * The head's twelfth-wave rules (2026-12-04; docs/structure-format.md, "Head: titles and the
 * publisher (2026-12-04, twelfth wave)"). Every input is made up for the test; none is taken
 * from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { titlesAsTyped, withoutTrailingEmoji } from "./title-round13";
import { firstDocument, POCKET_PARK_BODY, structure } from "./rule-test-support";

describe("a title keeps its own spacing, whichever document it heads", () => {
  it("gives back the ideographic space of the title's input line", () => {
    const [d] = titlesAsTyped([{ title: "补齐短板 方便群众" }], "某某日报\n补齐短板　方便群众\n正文。");
    expect(d.title).toBe("补齐短板　方便群众");
    const [plain] = titlesAsTyped([{ title: "Night Bus 调研" }], "Night Bus 调研\n正文。");
    expect(plain.title).toBe("Night Bus 调研");
  });

  it("keeps it for the second speech of a party page and for a dateline's title", () => {
    const page = structure([
      "某某日报",
      "2026年5月14日　第06版　协商议政",
      "守护清水　建设长廊",
      "——市政协专题协商会发言摘登",
      "编者按：市政协召开专题协商会，本版摘登部分发言。",
      "拆掉违建　腾出空间",
      "■ 甲某某（市政协委员）",
      "沿线仍有违建棚屋20余处。一是开展专项清理，由市城市管理局牵头；二是统一规划绿道。",
      "补齐设施　方便游憩",
      "■ 乙某某（市政协委员）",
      "现有步道断点多、照明不足。建议市住房和城乡建设局将步道贯通纳入年度计划。",
    ].join("\n"));
    expect(page.documents.map((d) => d.title)).toEqual(["拆掉违建　腾出空间", "补齐设施　方便游憩"]);
    const wire = structure(["新华社某地10月9日电　题：烘干机进了村　秋粮不再“看天晒”", "新华社记者 某某", ...POCKET_PARK_BODY].join("\n"));
    expect(wire.documents[0].title).toBe("烘干机进了村　秋粮不再“看天晒”");
  });
});

describe("no pictograph closes a title", () => {
  it("drops a closing pictograph as a leading one, keeps marks and symbols", () => {
    expect(withoutTrailingEmoji("站台添了座椅，委员建议落地啦🚏")).toBe("站台添了座椅，委员建议落地啦");
    expect(withoutTrailingEmoji("果园用上“智慧水肥”🍊🍊")).toBe("果园用上“智慧水肥”");
    expect(withoutTrailingEmoji("公园开放了吗？")).toBe("公园开放了吗？");
    expect(withoutTrailingEmoji("委员风采★")).toBe("委员风采★");
  });

  it("reads the headline of a WeChat post and of a media client's share page without it", () => {
    expect(firstDocument(["某某政协", "某某政协　2026年09月12日 08:05　某省", "委员建言｜果园用上“智慧水肥”🍊", "县政协委员　某某"], POCKET_PARK_BODY).title).toBe("委员建言｜果园用上“智慧水肥”");
    expect(firstDocument(["打开“爱某某”APP，阅读体验更佳", "某某新闻", "2026-11-03 19:42", "站台添了“爱心座椅”，委员建议落地啦🚏"], POCKET_PARK_BODY).title).toBe("站台添了“爱心座椅”，委员建议落地啦");
  });
});
