import { describe, expect, it } from "vitest";
import { datelineLead, datelinedHead } from "./article-bylines";
import { fold } from "./fold";
import { structure } from "./pipeline";
import { speakerLines } from "./speaker-tags";
import { titlesAsTyped } from "./title-surface";
import type { Block } from "./tree-drafts";

// Twelfth wave (issue 12, h-party): documents on a page — datelined reports, name lines behind a caption, titles as typed.
const para = (text: string): Block => ({ kind: "para", text, folded: fold(text), line: null, source: 0 } as unknown as Block);

describe("a roundup's reports under their own datelines", () => {
  it("reads a wire's, a site's or a paper's dateline as a report's opening, not a sentence that names a date", () => {
    expect(datelineLead(para("新华社某地1月15日电（记者 某某）某地市政协委员建议，加快建设。"))).toBe(true);
    expect(datelineLead(para("中新网某州3月2日电 某州市政协全会今天开幕。"))).toBe(true);
    expect(datelineLead(para("本报某县5月12日讯（记者 某某）县政协日前开展视察。"))).toBe(true);
    expect(datelineLead(para("1月15日，市政协召开全会。"))).toBe(false);
    expect(datelineLead(para("新华社某地1月15日电"))).toBe(false);
  });

  it("gives a wire report its own day and agency; a paper's own dateline gives nothing", () => {
    expect(datelinedHead(["各地委员建言", "中新社某地2月26日电（记者 某某）……"], "2026-02-27")).toEqual({ date: "2026-02-26", source: "中新社" });
    expect(datelinedHead(["新华社某地12月30日电 ……"], "2027-01-02")).toEqual({ date: "2026-12-30", source: "新华社" });
    expect(datelinedHead(["本报某县5月12日讯 ……"], "2026-05-14")).toBeNull();
  });

  it("splits a page at each headline over a dateline, a place before a colon in the headline allowed", () => {
    const text = [
      "各地委员建言民生热点",
      "2026-02-27 10:12　来源：某某新闻网",
      "甲州：委员建议开通夜班公交",
      "中新社甲州2月26日电（记者 某某）甲州市政协委员建议，由市交通运输局牵头开通夜班公交线路。",
      "乙屿：委员呼吁为巡河员配齐救生装备",
      "中新社乙屿2月25日电（记者 某某）乙屿市政协委员建议市应急管理局组织水上救援培训。",
    ].join("\n");
    const docs = structure(text, undefined).documents;
    expect(docs.map((d) => d.title)).toEqual(["甲州：委员建议开通夜班公交", "乙屿：委员呼吁为巡河员配齐救生装备"]);
    expect(docs.map((d) => [d.date, d.source])).toEqual([["2026-02-26", "中新社"], ["2026-02-25", "中新社"]]);
  });

  it("leaves one datelined report one document", () => {
    const text = ["委员建议开通夜班公交", "中新社甲州2月26日电（记者 某某）甲州市政协委员建议开通夜班公交线路。", "他说，夜班公交能解决最后一段路。"].join("\n");
    expect(structure(text, undefined).documents).toHaveLength(1);
  });
});

describe("speakers' name lines behind a photo's caption", () => {
  const page = [
    "老楼电梯养护难怎么破",
    "9月1日，市政协召开对口协商会，委员围绕电梯维保建言。",
    "图为协商会现场",
    "市政协委员、某电梯公司技术总监　某某",
    "设立维保资金",
    "近四成小区没有稳定的维保资金来源，市住建局应指导建立专项资金。",
    "九三学社某市委会",
    "推行电梯保险",
    "电梯维保市场低价竞争的情况时有发生，市市场监管局可推广电梯安全责任保险。",
  ];

  it("keeps the name line after the caption once the page shows the order after a sentence", () => {
    expect(speakerLines(page)).toEqual([3, 6]);
    // Behind captions only, the order is never shown after a sentence: nothing is proven.
    expect(speakerLines([page[0], page[2], ...page.slice(3, 6), "图为委员发言", ...page.slice(6)])).toEqual([]);
  });

  it("splits the page per speaker, the page's headline and lede the first speech's intro", () => {
    const docs = structure(page.join("\n"), undefined).documents;
    expect(docs.map((d) => d.title)).toEqual(["设立维保资金", "推行电梯保险"]);
    expect(docs.map((d) => d.byline)).toEqual(["市政协委员、某电梯公司技术总监　某某", "九三学社某市委会"]);
  });
});

describe("a later document's title as typed", () => {
  it("gives a headline back its ideographic space when its own line has one", () => {
    const docs = titlesAsTyped([{ title: "设立维保资金 明确责任主体" }, { title: "推行 电梯保险" }], "设立维保资金　明确责任主体\n推行 电梯保险");
    expect(docs.map((d) => d.title)).toEqual(["设立维保资金　明确责任主体", "推行 电梯保险"]);
  });
});
