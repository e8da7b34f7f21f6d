/**
 * The head's sixth-wave rules (2026-12-03; docs/structure-format.md, "Head (2026-12-03, sixth
 * wave)"). Every input is made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { mastheadRowLine } from "./chrome-edition";
import { fold } from "./fold";
import { transportDate } from "./head-dates";
import { issueName } from "./head-names";
import { firstDocument, POCKET_PARK_BODY, removed } from "./rule-test-support";

const doc = (head: string[]) => firstDocument(head, POCKET_PARK_BODY);
const line = (text: string) => ({ text, folded: fold(text) });

describe("a report's title set over two lines", () => {
  it("joins `关于…` with the next line that ends in the genre's noun, whichever part the picker took", () => {
    expect(doc(["关于推进城区口袋公园", "提质增效的调研报告", "区政协城建委员会"]).title).toBe("关于推进城区口袋公园提质增效的调研报告");
  });
  it("leaves a complete `关于…建议` title over an unrelated line alone", () => {
    expect(doc(["关于完善社区口袋公园的建议", "提案人：区政协委员 某某"]).title).toBe("关于完善社区口袋公园的建议");
  });
});

describe("an English-style page's info line", () => {
  it("reads `Updated:` beside the publication's own fields as the publishing date, and `Source:`, `By`", () => {
    const d = doc(["Home | News | Local", "口袋公园怎样建得更好？", "Updated: 2026-05-02 09:10 | Source: 某某日报网 | By 某某某"]);
    expect(d.date).toBe("2026-05-02");
    expect(d.source).toBe("某某日报");
    expect(d.byline).toBe("某某某");
  });
  it("keeps a lone `Updated:` or an export's field a transport date", () => {
    expect(transportDate([line("Updated: 2026-05-02 09:10")], 0)).toBe(true);
    expect(transportDate([line("Updated: 2026-05-02 09:10 | Source: 某某日报网")], 0)).toBe(false);
  });
});

describe("a journal's running head without title marks", () => {
  it("is a masthead row naming the journal", () => {
    expect(mastheadRowLine(fold("某某政协　2026年第4期　　　　调查研究"))).toBe(true);
    expect(issueName(fold("某某政协　2026年第4期　　　　调查研究"))).toBe("某某政协");
    expect(mastheadRowLine(fold("区政协召开2026年第4期委员沙龙"))).toBe(false);
  });
});

describe("above a headline", () => {
  it("keeps a kicker over a headline with a dashed subtitle as content", () => {
    const text = ["让口袋公园走进百姓生活", "某区推动口袋公园提质", "——区政协开展专题协商", ...POCKET_PARK_BODY].join("\n");
    expect(removed(text)).not.toContain("让口袋公园走进百姓生活");
    const column = ["某某日报", "2026年10月15日　第5版　城区新闻", "< 上一版　　下一版 >　　　版面目录", "城区新闻·协商在基层", "建好“家门口的花园” 让口袋公园用起来", "——某区政协围绕口袋公园建设开展专题协商", ...POCKET_PARK_BODY].join("\n");
    expect(removed(column)).toContain("城区新闻·协商在基层");
  });
  it("removes a menu item between menu items though a surname opens it", () => {
    const text = ["首页", "政协要闻", "委员风采", "文史资料", "专题专栏", "当前位置：首页 > 要闻", "某区推动口袋公园提质", ...POCKET_PARK_BODY].join("\n");
    expect(removed(text)).toContain("文史资料");
  });
});

describe("a site the page's <title> line names as its host", () => {
  it("gives way to the info line's 来源", () => {
    const d = doc(["口袋公园怎样建得更好_某省政协网", "某省政协网", "首页", "口袋公园怎样建得更好", "发布时间：2026-05-02 09:10　来源：某县融媒体中心"]);
    expect(d.source).toBe("某县融媒体中心");
  });
});
