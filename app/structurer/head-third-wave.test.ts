/**
 * The head's third-wave rules (2026-12-03; docs/structure-format.md, "Head: title, byline,
 * date, source (2026-12-03, third wave)"). Every input is made up for the test, in two styles
 * where the rule has two; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { glyphKicker, labelledByline, parseAuthorWithTitle } from "./authors";
import { datelineAgency } from "./head-shapes";
import { ocrYear, transportDate } from "./head-dates";
import { withoutTrailingEmoji } from "./title-surface";
import { fold } from "./fold";
import { firstDocument, POCKET_PARK_BODY, structure } from "./rule-test-support";

const doc = (head: string[]) => firstDocument(head, POCKET_PARK_BODY);

describe("a headline that asks, quoting a slogan", () => {
  it("is the headline over the account's name, not a sentence of the body", () => {
    const a = doc(["某某政协", "2026年5月6日 08:00　某省", "委员说｜口袋公园，怎样才能“建得好、管得住、用得上”？", "区政协委员　某丙"]);
    expect([a.title, a.source, a.date]).toEqual(["委员说｜口袋公园，怎样才能“建得好、管得住、用得上”？", "某某政协", "2026-05-06"]);
  });

  it("an interview's question with a speaker's label stays a turn", () => {
    const r = structure(["口袋公园怎样用起来", "记者：口袋公园，怎样才能“建得好、管得住”？", "某丙：首先要摸清可用的边角地。"].join("\n"));
    expect(r.documents[0].title).toBe("口袋公园怎样用起来");
  });
});

describe("a trailing pointer leaves the title", () => {
  it("drops pointing hands, writing marks and (twelfth wave) any closing pictograph, keeps a question mark", () => {
    expect(withoutTrailingEmoji("口袋公园，委员这样建议👇")).toBe("口袋公园，委员这样建议");
    expect(withoutTrailingEmoji("我提了这3条建议📝")).toBe("我提了这3条建议");
    expect(withoutTrailingEmoji("口袋公园开放啦🌳")).toBe("口袋公园开放啦"); // twelfth wave: every closing pictograph goes
    expect(withoutTrailingEmoji("口袋公园怎样用起来？")).toBe("口袋公园怎样用起来？");
  });
});

describe("the outlet named by a dateline or a lede", () => {
  it("a site's dateline and a site's lede name the source", () => {
    expect(datelineAgency(fold("某某网某地6月9日电（记者 某某）某某老城…"))).toBe("某某网");
    expect(datelineAgency(fold("某某网消息：某省两会正在召开…"))).toBe("某某网");
    expect(datelineAgency(fold("某某网讯（记者 某某）10月11日…"))).toBe("某某网");
    expect(datelineAgency(fold("本报讯（记者 某某）10月11日…"))).toBeNull();
  });
});

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

describe("an author's field is the byline line", () => {
  it("reads 反映人 and 建议人 as the author, never the co-signers", () => {
    expect(labelledByline("反映人:区政协委员 某丙")).toBe(true);
    expect(labelledByline("建议人:某丙")).toBe(true);
    expect(labelledByline("联名人:某丙、某丁")).toBe(false);
    const a = doc(["关于口袋公园建设管理的建议", "反映人：区政协委员　某丙", "类别：城建环保"]);
    expect(a.byline).toBe("区政协委员　某丙");
  });

  it("a field naming a post and a name is no speaker's headline", () => {
    expect(parseAuthorWithTitle("受访委员：区政协委员、某某公司经理 某丙", fold("受访委员：区政协委员、某某公司经理 某丙"))).toBeNull();
  });

  it("WeChat's 原创 line names the author before the account", () => {
    const a = doc(["口袋公园怎样“用起来”", "原创 某某区政协城建委 某某政协 2026年05月06日 08:00 某省"]);
    expect([a.byline, a.source]).toEqual(["某某区政协城建委", "某某政协"]);
    const b = doc(["口袋公园怎样“用起来”", "原创 某某政协 某某政协 2026-05-06 08:00 发表于某省"]);
    expect(b.byline).toBeNull();
  });
});

describe("transport dates and OCR years", () => {
  it("a fax stamp and a process field in a row are transport", () => {
    expect(transportDate([{ folded: "2026-05-07 15:32  from:某某办公室  to:0000xxxx  p.1/2" }], 0)).toBe(true);
    expect(transportDate([{ folded: "议题来源:群众点题  发起时间:2026-02-27" }], 0)).toBe(true);
    expect(transportDate([{ folded: "成果发布:2026-04-10" }], 0)).toBe(false);
  });

  it("reads a letter O among a year's digits as 0, nothing else", () => {
    expect(ocrYear("某某办公室编 2O26年5月3日")).toBe("某某办公室编 2026年5月3日");
    expect(ocrYear("OPPO年度报告")).toBe("OPPO年度报告");
  });
});

describe("a page's list of its headlines", () => {
  it("opens no body: the headline is the line the article hangs from", () => {
    const a = doc(["本版导读：", "①口袋公园怎样“用起来”", "②老街夜市的烟火气", "口袋公园怎样“用起来”", "本报记者　某丙"]);
    expect(a.title).toBe("口袋公园怎样“用起来”");
  });
});
