/**
 * Chrome from print, PDF, journal and portal pages (chrome-edition.ts and the rules it
 * extends: contents, the page frame, repeated lines, broadcast cues, the PDF layer's
 * header slots). Every input is made up for the test; each rule is checked against a
 * content line of the same shape that must stay.
 */
import { describe, expect, it } from "vitest";
import { pdfPagesToText } from "./inputs/pdf-text";
import { editionVerdict, journalFieldLine, mastheadRowLine, separatorLine } from "./chrome-edition";
import { fold } from "./fold";
import { removed, structure, verdict } from "./rule-test-support";

const body = [
  "今年以来，区政协围绕社区食堂运营开展专题调研，发现部分食堂客流不足、运营亏损。",
  "一、优化网点布局。由区民政局牵头，结合老年人口分布调整社区食堂布点。",
  "二、完善补贴机制。区财政局对运营良好的社区食堂给予阶梯式补贴。",
];

describe("masthead and issue rows (chrome-edition.ts)", () => {
  it("a row of paper name, date, weekday and issue number is the masthead; an issue row without a name is the edition", () => {
    expect(verdict("晴岚晚报电子版　2026年5月6日　星期三　第5120期")).toBe("masthead");
    expect(editionVerdict(fold("《青禾教育研究》2026年第2期"))).toBe("masthead");
    expect(verdict("社会观察　　《某省政协》2026年第7期（总第88期）")).toBe("masthead");
    expect(verdict("2026年5月6日　星期三　第A03版")).toBe("edition");
  });

  it("a headline with a date in it, a sentence about an issue and a name alone are no masthead", () => {
    for (const line of ["2026年5月6日，区政协召开第12期委员沙龙", "《某省政协》2026年第4期刊发了委员的调研文章。", "晴岚晚报"]) {
      expect(mastheadRowLine(fold(line))).toBe(false);
    }
  });
});

describe("a portal's font-size control", () => {
  it("a size word alone goes; a heading about type size stays", () => {
    expect(verdict("大字号")).toBe("widget");
    expect(verdict("字体放大")).toBe("widget");
    expect(verdict("推行大字号说明书")).toBeNull();
  });
});

describe("a cover that sets the headline again (chrome-pullquote.ts, markTitleCover)", () => {
  it("short lines in a row that together repeat the headline go", () => {
    const text = ["图解｜区政协“社区食堂提质”协商成果", "第1页", "社区食堂提质", "协商成果", "第2页", ...body].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["社区食堂提质", "协商成果"]));
  });

  it("a heading that shares words with the headline, over its paragraph, stays", () => {
    const text = ["关于社区食堂提质的建议", body[0], "社区食堂提质", "建议区民政局牵头制定社区食堂服务标准，区市场监管局配合加强食品安全检查。"].join("\n");
    expect(removed(text)).not.toContain("社区食堂提质");
  });
});

describe("a note on how the text was made (chrome-social.ts, madeNote)", () => {
  it("an unbracketed 本文根据…整理/制作 line goes; a sentence of the text that cites a report stays", () => {
    expect(verdict("本文根据区政协委员在协商会上的发言整理")).toBe("footnote");
    expect(verdict("此文据采访录音整理")).toBe("footnote");
    expect(verdict("以上内容由区政协办公室编辑")).toBe("footnote");
    expect(verdict("本文根据调研组的走访记录，提出以下三条建议。")).toBeNull();
  });
});

describe("separators of pasted material", () => {
  it("a note between two rules goes, whatever it says", () => {
    expect(verdict("=====以下为委员发言稿（据录音整理）=====")).toBe("ornament");
    expect(verdict("——— 材料二：区融媒体中心报道 ———")).toBe("ornament");
  });

  it("a subtitle opened by a dash, a section number between dashes and a sentence between rules stay", () => {
    expect(separatorLine(fold("——关于社区食堂运营情况的调查"))).toBe(false);
    expect(separatorLine(fold("—— 01 ——"))).toBe(false);
    expect(separatorLine(fold("---会议认为，社区食堂要可持续。---"))).toBe(false);
  });

  it("a Markdown bold line is no note between rules; three asterisks or other rules still frame one", () => {
    expect(separatorLine(fold("**存在的问题**"))).toBe(false);
    expect(separatorLine(fold("__具体建议__"))).toBe(false);
    expect(separatorLine(fold("*** 附件 ***"))).toBe(true);
    expect(separatorLine(fold("== 附件 =="))).toBe(true);
  });
});

describe("journal fields around an article", () => {
  it("keywords, classification numbers and the author's note go; the abstract stays", () => {
    expect(journalFieldLine(fold("关键词：社区食堂；助餐服务；可持续运营"))).toBe("metadata");
    expect(journalFieldLine(fold("【中图分类号】D628　【文献标识码】A"))).toBe("metadata");
    expect(journalFieldLine(fold("作者简介：戚某某，区政协委员，某职业学院副教授。"))).toBe("credit");
    expect(journalFieldLine(fold("【摘要】社区食堂是居家养老服务的重要支撑。本文基于调研提出建议。"))).toBeNull();
  });

  it("a heading that opens with the word 关键词 (no colon, no bracket) is no field", () => {
    expect(journalFieldLine(fold("关键词·就业"))).toBeNull();
    const text = ["委员谈民生", "关键词·就业", "首先，拓宽就业渠道。由区人社局牵头，开发社区公益岗位。", "关键词·托育", "建议区卫健局会同区教育局增加普惠托位。"].join("\n");
    expect(removed(text)).not.toContain("关键词·就业");
  });
});

describe("mirrored running headers (chrome-runs.ts with mirrorKey)", () => {
  it("a row printed with its cells in the opposite order on the next page goes at both places", () => {
    const text = [
      "城乡建设　　　　青禾学刊",
      "社区食堂如何“开得下去”",
      ...body,
      "青禾学刊　　　　城乡建设",
      "三、引入社会力量。鼓励餐饮企业以连锁方式运营社区食堂。",
    ].join("\n");
    const gone = removed(text);
    expect(gone).toEqual(expect.arrayContaining(["城乡建设　　　　青禾学刊", "青禾学刊　　　　城乡建设"]));
    expect(structure(text).documents[0].title).toBe("社区食堂如何“开得下去”");
  });

  it("a heading that happens to come back once, in the same words, is no running header", () => {
    const text = ["社区食堂调研报告", "完善补贴机制", ...body, "完善补贴机制", "区财政局要把补贴与服务评价挂钩。"].join("\n");
    expect(removed(text)).not.toContain("完善补贴机制");
  });
});

describe("an e-paper's page guide (chrome-contents.ts)", () => {
  it("numbered headlines that come back below go with their head, and so does the next one the paste left out", () => {
    const text = [
      "本版导读：",
      "①社区食堂如何“开得下去”",
      "②一碗热饭的温度",
      "③区政协召开主席会议",
      "社区食堂如何“开得下去”",
      ...body,
      "一碗热饭的温度",
      "○ 言午",
      "社区食堂开在家门口，端出的是一碗热饭，连着的是民心。",
    ].join("\n");
    const gone = removed(text);
    expect(gone).toEqual(expect.arrayContaining(["本版导读：", "①社区食堂如何“开得下去”", "②一碗热饭的温度", "③区政协召开主席会议"]));
    expect(structure(text).documents[0].title).toBe("社区食堂如何“开得下去”");
  });

  it("a numbered list whose wording does not come back is content", () => {
    const text = ["社区食堂调研报告", "调研组建议：", "①优化网点布局", "②完善补贴机制", "③引入社会力量", "以上建议供参考。"].join("\n");
    expect(removed(text)).not.toContain("③引入社会力量");
  });
});

describe("a news script's segment labels (chrome-mail-digest.ts)", () => {
  it("bracketed cues go; a cue glued to a speaker and a bracketed heading of a proposal stay", () => {
    expect(verdict("【导语】")).toBe("ornament");
    expect(verdict("【解说】")).toBe("ornament");
    expect(verdict("【主持人口播】")).toBe("ornament");
    expect(verdict("【办法】")).toBeNull();
    expect(verdict("【同期声】区政协委员　戚某某")).toBeNull();
  });
});

describe("a disclosure portal's record (chrome-edition.ts; its progress log: chrome-timeline.ts, markTimeline)", () => {
  it("a grade field, a row of fields and the progress log after the text go; a field saying what was done stays", () => {
    const text = [
      "关于区政协第0032号提案的答复",
      "答复类别：B类（列入计划拟解决）",
      "浏览人数：1203　　公开方式：主动公开",
      "办理情况：已与委员当面沟通",
      "戚某某委员：",
      ...body,
      "办理进度",
      "2026-05-06　提案交办",
      "2026-06-20　答复委员",
    ].join("\n");
    const gone = removed(text);
    expect(gone).toEqual(expect.arrayContaining(["答复类别：B类（列入计划拟解决）", "浏览人数：1203　　公开方式：主动公开", "办理进度", "2026-05-06　提案交办", "2026-06-20　答复委员"]));
    expect(gone).not.toContain("办理情况：已与委员当面沟通");
  });

  it("dated lines inside the text (a plan's steps) stay", () => {
    const text = ["社区食堂推进方案", body[0], "2026-05-06　完成选址", "2026-06-20　开门运营", body[1], body[2]].join("\n");
    expect(removed(text)).not.toContain("2026-05-06　完成选址");
  });
});

describe("the PDF layer: an even page's header in the odd pages' place (pdf-text.ts)", () => {
  const line = (text: string, y: number, size = 12, x0 = 72, x1 = 520) => ({ text, x0, x1, y, size });
  const page = (header: string, n: number, text: string) => ({ width: 595, height: 842, lines: [line(header, 800, 9), line(text, 700), line(`${n}`, 40, 9)] });

  it("a header that stands where the recurring one stands goes, with the recurring one", () => {
    const { text, removed: gone } = pdfPagesToText([
      page("青禾市政协调研报告", 1, "社区食堂客流不足，运营普遍亏损，部分食堂已经停办。"),
      page("社区食堂专题", 2, "建议由区民政局牵头优化布点，区财政局完善补贴机制。"),
      page("青禾市政协调研报告", 3, "鼓励餐饮企业以连锁方式运营社区食堂，提高服务质量。"),
    ]);
    expect(gone.filter((r) => r.reason === "running-header").map((r) => r.line)).toEqual(["青禾市政协调研报告", "社区食堂专题", "青禾市政协调研报告"]);
    expect(text).not.toContain("社区食堂专题");
  });

  it("a short line at the top of a page in the body's type and place stays", () => {
    const { text } = pdfPagesToText([
      page("青禾市政协调研报告", 1, "社区食堂客流不足，运营普遍亏损。"),
      { width: 595, height: 842, lines: [line("三、对策建议", 780), line("建议由区民政局牵头优化布点。", 760), line("2", 40, 9)] },
      page("青禾市政协调研报告", 3, "鼓励餐饮企业以连锁方式运营社区食堂。"),
    ]);
    expect(text).toContain("三、对策建议");
  });
});

describe("a periodical's page locator and its issue line with the column (2026-12-05)", () => {
  it("removes the page or the range where the piece stands in the issue", () => {
    for (const line of ["P18-21", "P.26-28", "pp. 12–14", "P7", "第14-15页", "第 3 至 5 页"]) expect(verdict(line)).toBe("page-number");
  });
  it("removes the issue line with the issue's column after a dot or a bar", () => {
    for (const line of ["《某某政协》2026年第5期｜调查与思考", "《协商论坛》2026年第3期 · 理论研究", "《议政》杂志 2026年第9期 · 封面访谈"]) expect(verdict(line)).toBeTruthy();
  });
  it("keeps a line that names pages in a sentence, a model number and an issue line that goes on into a headline", () => {
    for (const line of ["P18-21页的数据显示，全市加氢站已建成两座。", "P2P网贷"]) expect(verdict(line)).toBeNull();
    expect(verdict("《协商论坛》2026年第3期 · 委员们围绕应急避难场所建设提出了建议。")).toBeNull();
  });
});
