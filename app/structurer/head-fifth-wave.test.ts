/**
 * The head's fifth-wave rules (2026-12-03; docs/structure-format.md, "Head (2026-12-03, fifth
 * wave)"). Every input is made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { calendarForms, headDate } from "./head-dates";
import { outletName } from "./head-source";
import { firstDocument, POCKET_PARK_BODY } from "./rule-test-support";

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
  it("reads a reporter's cell in an info line without labels", () => {
    const a = doc(["关于完善社区口袋公园的建议", "2026-03-02 08:00　　某某都市报　　都市报记者　某甲"]);
    expect([a.byline, a.date]).toEqual(["都市报记者　某甲", "2026-03-02"]);
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
