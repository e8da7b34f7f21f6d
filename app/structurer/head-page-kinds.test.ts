import { describe, expect, it } from "vitest";
import { glyphKicker } from "./genre-kickers";
import { firstDocument, POCKET_PARK_BODY, removed } from "./rule-test-support";
import { mastheadRowLine } from "./chrome-edition";
import { fold } from "./fold";
import { transportDate } from "./head-dates";
import { issueName } from "./head-names";
import { topicTag } from "./title-wrap";

const line = (text: string) => ({ text, folded: fold(text) });

const doc = (head: string[]) => firstDocument(head, POCKET_PARK_BODY);

describe("a paper's dated masthead, a journal's issue line, a glyph's kicker", () => {
  it("the dated masthead's first cell is the source", () => {
    const a = doc(["某川日报　2026年5月6日　星期三　第05版　议政", "口袋公园怎样“用起来”", "本报记者　某丙"]);
    expect([a.title, a.source, a.byline]).toEqual(["口袋公园怎样“用起来”", "某川日报", "本报记者　某丙"]);
    const b = doc(["某川晚报数字版　2026-05-06　第A3版", "口袋公园怎样“用起来”"]);
    expect(b.source).toBe("某川晚报");
  });

  it("the issue line is the running head, its name the source", () => {
    const a = doc(["委员视点          《某川政协》2026年第5期", "口袋公园怎样“用起来”", "□ 区政协委员 某丙"]);
    expect([a.title, a.source]).toEqual(["口袋公园怎样“用起来”", "某川政协"]);
    // A headline after the issue number is the headline.
    expect(doc(["《委员说》第12期｜口袋公园怎样用起来", "区政协委员　某丙"]).title).toBe("《委员说》第12期｜口袋公园怎样用起来");
  });

  it("a glyph before a document's name is a kicker, before a name a byline", () => {
    expect(glyphKicker("◆ 界别协商会发言摘登")).toBe(true);
    expect(glyphKicker("■ 民盟某某市委")).toBe(false);
    const a = doc(["◆ 委员视察报告", "口袋公园怎样“用起来”", "本报记者　某丙"]);
    expect([a.title, a.byline]).toEqual(["口袋公园怎样“用起来”", "本报记者　某丙"]);
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

describe("a microblog's post", () => {
  it("takes the account over the device stamp as the source, past a verification badge, whatever the name reads like", () => {
    expect(doc(["某某市政协委员某某某", "2026-3-1 08:00 来自 iPhone客户端", "关于口袋公园怎样建得更好的建议"]).source).toBe("某某市政协委员某某某");
    expect(doc(["某某政协", "✓ 某某市政协官方微博", "2026-3-1 08:00 来自 微博网页版", "口袋公园怎样建得更好"]).source).toBe("某某政协");
  });
  it("drops a topic tag before a bare headline after a space, as before a bracketed one", () => {
    expect(topicTag("#某某两会# 关于口袋公园的建议")).toEqual(["#某某两会#"]);
    expect(topicTag("#某某两会#【关于口袋公园的建议】")).toEqual(["#某某两会#"]);
    expect(topicTag("#某某两会#")).toEqual([]);
    expect(doc(["某某市政协委员某某某", "2026-3-1 08:00 来自 iPhone客户端", "#某某两会# 关于口袋公园怎样建得更好的建议"]).title).toBe("关于口袋公园怎样建得更好的建议");
  });
});
