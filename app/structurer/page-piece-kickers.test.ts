/**
 * A second piece of another genre on a page (seventeenth wave, h-epaper): a kicker line over a
 * one-paragraph piece, a department's answer under its own kicker, a glyph pen name under a
 * headline that closes a quote, and the page's level for a piece that names none. Made-up inputs.
 */
import { describe, expect, it } from "vitest";
import { SAYS_WILL } from "./department-clauses";
import { documentLevel } from "./departments";
import { fold } from "./fold";
import { answerHeadline, pieceKicker } from "./page-pieces";
import { pastedArticles } from "./pasted-articles";
import { removed, structure } from "./rule-test-support";

/** A made-up report: headline, reporter, three paragraphs (the last one lists measures). */
const REPORT = [
  "某市政协视察社区助餐点建设",
  "本报记者　某某",
  "　　5月8日，市政协组织部分委员视察社区助餐点建设情况，走访了4个街道的7个助餐点。",
  "　　委员们认为，助餐点数量增加较快，但部分点位菜品单一、配送范围有限。",
  "　　委员们建议：一是由市民政局牵头，市商务局配合，完善助餐点布局；二是市财政局要落实运营补贴。",
];

const titles = (text: string) => structure(text).documents.map((d) => d.title);

describe("piece kickers: shapes", () => {
  it("reads a genre's name or a department's answer alone on a line, in any brackets or after a glyph", () => {
    for (const f of ["【记者手记】", "编后", "〖部门回应〗", "■ 部门回复", "[官方答复]", "(短评)"]) expect(pieceKicker(f)).toBe(true);
    for (const f of ["【委员建言】", "部门回应情况如下", "回应", "【网友留言】"]) expect(pieceKicker(f)).toBe(false);
  });
  it("reads an answer's headline naming who answers before a colon", () => {
    const headline = (f: string) => f.length >= 5 && !/[。;:]/.test(f);
    expect(answerHeadline("区城市管理局:年底前建成5个规范化夜市摊区", headline)).toBe(true);
    expect(answerHeadline("委员们建议:一是完善布局。", headline)).toBe(false);
    expect(answerHeadline("区城市管理局:好", headline)).toBe(false);
  });
});

describe("a department's answer says what it will do", () => {
  it("reads a word for when before 将 after the verb of saying (folded text)", () => {
    expect(SAYS_WILL.test(fold("负责同志表示，今年将会同区市场监督管理局新增摊区"))).toBe(true);
    expect(SAYS_WILL.test(fold("有关负责人表示，年内将会同市住建局推进改造"))).toBe(true);
    expect(SAYS_WILL.test(fold("表示，下一步将认真研究"))).toBe(true);
    expect(SAYS_WILL.test(fold("表示，今年已完成改造"))).toBe(false);
  });
  it("the bureau speaking through its official is the lead of its answer", () => {
    const text = [...REPORT, "〖部门回应〗", "市民政局：年内新增助餐点30个", "　　市民政局负责同志表示，今年将会同市商务局新增助餐点30个。"].join("\n");
    const reply = structure(text).documents[1];
    expect(reply.departments?.map((d) => [d.name, d.role])).toEqual([
      ["市民政局", "lead"],
      ["市商务局", "co"],
    ]);
  });
});

describe("piece kickers: cuts", () => {
  it("cuts at a reporter's notes of one short paragraph after the report", () => {
    const text = [...REPORT, "【记者手记】", "助餐点要让老人吃得顺心", "　　走了一天，记者看到老人们排队打饭，脸上都是笑容。办好这件小事，就是办好民生大事。"];
    expect(pastedArticles(text)?.cuts).toEqual([5]);
    expect(titles(text.join("\n"))).toEqual(["某市政协视察社区助餐点建设", "助餐点要让老人吃得顺心"]);
  });
  it("cuts at a department's answer whose headline names the bureau before a colon, one paragraph under it", () => {
    const text = [...REPORT, "〖部门回应〗", "市民政局：年内新增助餐点30个", "　　市民政局负责同志表示，将会同市商务局年内新增助餐点30个。"];
    const doc = structure(text.join("\n")).documents;
    expect(doc.map((d) => d.title)).toEqual(["某市政协视察社区助餐点建设", "市民政局：年内新增助餐点30个"]);
    expect(removed(text.join("\n"))).toContain("〖部门回应〗");
  });
  it("a divider still wants more than a short paragraph under it, and a kicker wants a headline", () => {
    expect(pastedArticles([...REPORT, "▼", "助餐点要让老人吃得顺心", "　　办好这件小事，就是办好民生大事。"])).toBeNull();
    expect(pastedArticles([...REPORT, "【记者手记】", "　　走了一天，记者看到老人们排队打饭，脸上都是笑容。"])).toBeNull();
  });
});

describe("a commentary's glyph pen name under a quoted headline", () => {
  it("is the commentary's byline, not a photo caption after the report's caption", () => {
    const text = [...REPORT, "委员们在某助餐点察看菜品", "吃饭不能“将就”", "△ 禾川", "　　老人吃饭是大事，马虎不得。民政部门要把菜品和价格管起来，让老人吃得放心。"].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => [d.title, d.byline])).toEqual([
      ["某市政协视察社区助餐点建设", "本报记者　某某"],
      ["吃饭不能“将就”", "禾川"],
    ]);
    expect(removed(text)).not.toContain("△ 禾川");
  });
});

describe("the level of a piece that names none", () => {
  it("documentLevel gives the fallback only when no level is named", () => {
    expect(documentLevel("城管部门要常巡查、快维修。", null)).toBeNull();
    expect(documentLevel("城管部门要常巡查、快维修。")).toBe("市");
    expect(documentLevel("县城管局要常巡查。", null)).toBe("区");
  });
  it("a commentary on a county page resolves its bare stems at the page's level", () => {
    const county = ["县政协视察背街小巷照明", "本报记者　某某", "　　11月8日，县政协组织委员视察背街小巷照明设施。县城管局有关负责同志陪同视察。", "　　委员们建议：一是由县城管局牵头补装路灯；二是县财政要安排维护资金。"];
    const text = [...county, "一盏灯照亮“回家路”", "△ 溪言", "　　灯装上了，还得管得好。城管部门要常巡查、快维修，让每一盏灯都亮得长久。"].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["县政协视察背街小巷照明", "一盏灯照亮“回家路”"]);
    expect(docs[1].departments?.map((x) => x.name)).toEqual(["区城市管理局"]);
  });
});
