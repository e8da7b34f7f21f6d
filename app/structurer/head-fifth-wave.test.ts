/**
 * The head's fifth-wave rules (2026-12-03; docs/structure-format.md, "Head (2026-12-03, fifth
 * wave)"). Every input is made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { calendarForms, headDate } from "./head-dates";
import { outletName } from "./head-source";
import { structureText } from "./index";
import { directory, firstDocument, POCKET_PARK_BODY, structure } from "./rule-test-support";

const doc = (head: string[]) => firstDocument(head, POCKET_PARK_BODY);

describe("calendar forms a page prints its date in", () => {
  it("reads the Minguo calendar, in words and in a field's three-digit year", () => {
    expect(calendarForms("民國115年3月4日 星期三")).toBe("2026年3月4日 星期三");
    expect(calendarForms("更新日期：115/11/02")).toBe("更新日期：2026年11月2日");
  });
  it("reads a two-digit year first (or last when the first part cannot be one) and English month names", () => {
    expect(calendarForms("26/06/12 08:00")).toBe("2026年6月12日 08:00");
    expect(calendarForms("12.06.26")).toBe("2026年6月12日");
    expect(calendarForms("Posted March 9, 2026")).toBe("Posted 2026年3月9日");
    expect(calendarForms("9 Sept 2026 | 来源")).toBe("2026年9月9日 | 来源");
  });
  it("leaves numbers that are no date as typed", () => {
    expect(calendarForms("电话：0571-123-4567")).toBe("电话：0571-123-4567");
    expect(calendarForms("比分 3-1-2")).toBe("比分 3-1-2");
    expect(calendarForms("第115-99-99号")).toBe("第115-99-99号");
    expect(headDate("民國115年5月l9曰")).toBe("2026年5月19日");
  });
  it("dates a page from its head line in another calendar", () => {
    expect(doc(["某某縣農會網", "關於改善鄉間步道的建議", "發布日期：115-03-21　　點閱：88"]).date).toBe("2026-03-21");
    expect(doc(["Community Voices", "关于完善社区口袋公园的建议", "Published: April 2, 2026 · 3 min read"]).date).toBe("2026-04-02");
  });
});

describe("the outlet's name out of what the page prints for it", () => {
  it("takes a paper's name out of its site or app, and out of a list of channels", () => {
    expect(outletName("某某日报网")).toBe("某某日报");
    expect(outletName("某某晚报客户端")).toBe("某某晚报");
    expect(outletName("某某都市报APP")).toBe("某某都市报");
    expect(outletName("某某晚报网　|　某晚新闻客户端")).toBe("某某晚报");
  });
  it("drops the kind of channel bracketed after the name", () => {
    expect(outletName("某某政协（公众号）")).toBe("某某政协");
    expect(outletName("某某发布(微信公众号)")).toBe("某某发布");
    expect(outletName("某某政协（公众号")).toBe("某某政协");
    expect(outletName("某某研究会（筹）")).toBe("某某研究会（筹）");
  });
  it("reads no `发表于` label as an account", () => {
    const a = doc(["关于完善社区口袋公园的建议", "楼主：某网友　　发表于 2026-05-12 07:41"]);
    expect([a.source, a.date]).toEqual([null, "2026-05-12"]);
  });
  it("keeps a site that is no paper's", () => {
    expect(outletName("某某新闻网")).toBe("某某新闻网");
    expect(outletName("某某政协网")).toBe("某某政协网");
    expect(outletName("某某融媒体中心  |  某某发布")).toBe("某某融媒体中心  |  某某发布");
  });
  it("never names an app's download prompt as the source, and reads the page's 来源 instead", () => {
    const a = doc(["某门户首页　新闻　财经", "下载某某新闻客户端", "关于完善社区口袋公园的建议", "2026-05-02 09:10:11　来源: 某某发布"]);
    expect(a.source).toBe("某某发布");
  });
});

describe("a WeChat row naming the producing outlet and the account", () => {
  it("takes the account named `某某发布` as the source and no outlet as the byline", () => {
    const a = doc(["原创　某某融媒　某某发布　2026年05月06日 19:02　某省", "关于完善社区口袋公园的建议"]);
    expect([a.source, a.byline, a.date]).toEqual(["某某发布", null, "2026-05-06"]);
  });
  it("still reads a committee before the account as the author", () => {
    const a = doc(["原创　某某县政协提案委员会　某某政协　2026年05月06日 19:02", "关于完善社区口袋公园的建议"]);
    expect([a.source, a.byline]).toEqual(["某某政协", "某某县政协提案委员会"]);
  });
});

describe("author rows in several page kinds", () => {
  it("reads a reporter's cell, and the outlet's cell, in an info line without labels", () => {
    const a = doc(["关于完善社区口袋公园的建议", "2026-03-02 08:00　　某某都市报　　都市报记者　某甲"]);
    expect([a.byline, a.date, a.source]).toEqual(["都市报记者　某甲", "2026-03-02", "某某都市报"]);
  });
  it("reads a speech's 发言人 field under an editor's note", () => {
    const a = doc([
      "关于完善社区口袋公园的建议",
      "编者按：日前，区政协召开全体会议，现将一位委员的发言刊发如下。",
      "发言人：区政协委员　某乙",
    ]);
    expect(a.byline).toBe("区政协委员　某乙");
  });
  it("reads a note app's quoted author field", () => {
    const a = doc(["关于完善社区口袋公园的建议", "> 提案者：区政协城建委员会", "> 状态：已提交"]);
    expect(a.byline).toBe("区政协城建委员会");
  });
});

describe("two candidate titles: a serial's letterhead over its issue number, and the topic line", () => {
  it("takes the issue's topic line, not the letterhead, and no issuing office as the source", () => {
    const a = doc([
      "某某区政协专题议政会纪要",
      "〔2026〕第3期",
      "区政协办公室　　　　　　　　2026年6月2日",
      "“口袋公园建管并重”专题议政会纪要",
      "时　间：2026年5月30日上午",
      "地　点：区政协一楼会议室",
    ]);
    expect([a.title, a.date, a.source]).toEqual(["“口袋公园建管并重”专题议政会纪要", "2026-06-02", null]);
  });
});

describe("a headline broken over two lines by a narrow column", () => {
  it("joins the short rest under the picked first part on a hard-wrapped page", () => {
    const r = firstDocument(
      ["某某晚报　2026年4月9日　第3版", "让背街小巷“亮起来”", "更有“烟火气”", "□ 区政协城建委员会"],
      [
        "近年来，我区累计整治背",
        "街小巷一百余条，但调研",
        "发现，部分巷道照明不足",
        "，夜间通行不便，居民反",
        "映较多。为此建议：一是",
        "由区城管局牵头补齐路灯",
        "，二是加强日常养护巡查",
        "，三是建立居民反映问题",
        "的快速处置机制，做到有",
        "诉必应、接诉即办。",
      ],
    );
    expect([r.title, r.byline]).toEqual(["让背街小巷“亮起来”更有“烟火气”", "区政协城建委员会"]);
  });
});

describe("an editor's lifecycle fields date no publication", () => {
  it("passes over 创建时间, 最近修改 and English `Created:` / `Last edited:` fields", () => {
    expect(doc(["关于完善社区口袋公园的建议", "创建时间：2026/5/2 10:02　　更新时间：2026/5/3 11:00"]).date).toBeNull();
    expect(doc(["关于完善社区口袋公园的建议", "所有者：某某　　最近修改：2026年5月3日 11:00"]).date).toBeNull();
    expect(doc(["关于完善社区口袋公园的建议", "Created: May 2, 2026 10:02", "Last edited: 2026年5月3日"]).date).toBeNull();
  });
});

describe("a note app's Markdown headline pasted as text", () => {
  it("is the title without its hash when the export shows Markdown elsewhere", () => {
    // As a .txt paste is read (plain text: the Markdown marks reach the head as typed).
    const text = ["笔记本 / 2026年提案", "# 关于完善社区口袋公园的建议", "> 状态：草稿", "## 一、建议", ...POCKET_PARK_BODY].join("\n");
    expect(structureText(text, { directory, format: "text" }).documents[0].title).toBe("关于完善社区口袋公园的建议");
    // The top level counts (`## ` over `### `), but only a heading alone at its level is the title.
    const second = ["以下是整理后的稿件：", "## 关于完善社区口袋公园的建议", "**建议人**：区政协委员　某甲", "### 一、建议", ...POCKET_PARK_BODY].join("\n");
    expect(structureText(second, { directory, format: "text" }).documents[0].title).toBe("关于完善社区口袋公园的建议");
    const sections = ["关于完善社区口袋公园的建议", "### 一、现状", "　　近年来，我区口袋公园数量增长较快。", "### 二、建议", ...POCKET_PARK_BODY].join("\n");
    expect(structureText(sections, { directory, format: "text" }).documents[0].title).toBe("关于完善社区口袋公园的建议");
    const lone = ["# 关于完善社区口袋公园的建议", ...POCKET_PARK_BODY].join("\n");
    expect(structureText(lone, { directory, format: "text" }).documents[0].title).toBe("# 关于完善社区口袋公园的建议");
  });
});

describe("a body's name, a colon, a headline over the publisher's name and its date line", () => {
  it("is the page's whole headline (no speaker's digest); the page's date is read", () => {
    const a = doc(["某某区政协：让口袋公园“建得好”更“管得好”", "某某政协", "2026-05-06 18:06 发布于某省", "+关注"]);
    expect([a.title, a.byline, a.date]).toEqual(["某某区政协：让口袋公园“建得好”更“管得好”", null, "2026-05-06"]);
  });
  it("stays a speaker's digest when no date line follows the name", () => {
    const r = structure(["某某晚报", "农工党某区委会：推进口袋公园建设", "　　近年来，我区口袋公园数量增长较快。一是优化布点。二是加强养护。"].join("\n"));
    expect([r.documents[0].title, r.documents[0].byline]).toEqual(["推进口袋公园建设", "农工党某区委会"]);
  });
});
