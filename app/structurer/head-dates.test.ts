/**
 * Dates that are not the page's (head-dates.ts). Every input is made up for the test, in
 * at least two styles per rule; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { firstDocument, POCKET_PARK_BODY } from "./rule-test-support";
import { ocrYear, transportDate, calendarForms, headDate, datelineDate, reprintStamp } from "./head-dates";

const doc = (head: string[]) => firstDocument(head, POCKET_PARK_BODY);

const body = POCKET_PARK_BODY;
const date = (lines: string[]) => firstDocument(lines, body).date;

describe("a record's transport dates are not the publication date", () => {
  it("a field whose label names an act other than publishing (an export, a filing)", () => {
    expect(date(["某某协同平台 备忘录", "导出日期：2026-05-06 21:05", "关于口袋公园养护的建议"])).toBeNull();
    expect(date(["提案详情", "受理时间：2026年5月6日", "关于口袋公园养护的建议"])).toBeNull();
  });

  it("a mail header's bare time field, and a quoted mail's attribution", () => {
    expect(date(["发件人：某某 <a@example.org>", "日期：2026年5月6日 上午10:02", "主题：口袋公园", "关于口袋公园养护的建议"])).toBeNull();
    expect(date(["On 2026-05-06 10:02, 某某 wrote:", "关于口袋公园养护的建议"])).toBeNull();
  });

  it("a quoted earlier mail's bare time field, under its quote marks, like the mail's own", () => {
    const quoted = ["> 原始邮件", "> 发件人：区政协提案委", "> 时间：2026年2月25日 09:02"].map((f) => ({ folded: f, reason: "chat" }));
    expect(transportDate(quoted, 2)).toBe(true);
    const twice = [">> From: 某某", ">> Date: 2026-05-06 10:02", "关于口袋公园养护的建议"].map((f) => ({ folded: f }));
    expect(transportDate(twice, 1)).toBe(true);
    expect(transportDate([{ folded: "> 时间：2026年2月25日" }, { folded: "关于口袋公园养护的建议" }], 0)).toBe(false);
  });

  it("the author's act of making it public is its date (发布, 提交); a bare 日期 with no mail header too", () => {
    expect(date(["发布时间：2026-05-06 10:02", "关于口袋公园养护的建议"])).toBe("2026-05-06");
    expect(date(["提交时间：2026年5月6日", "关于口袋公园养护的建议"])).toBe("2026-05-06");
    expect(date(["日期：2026年5月6日", "关于口袋公园养护的建议"])).toBe("2026-05-06");
  });
});

describe("a two-part headline over its byline and date is the page's headline, not a speaker's digest", () => {
  const doc = (lines: string[]) => firstDocument(lines, body);

  it("`X：…` over a reporter's byline and the date line (a news app, an e-paper)", () => {
    const a = doc(["某某客户端", "委员热议：口袋公园怎样“用起来”", "本报记者 某甲 某乙", "2026-05-06 10:15"]);
    expect([a.title, a.byline, a.date]).toEqual(["委员热议：口袋公园怎样“用起来”", "本报记者 某甲 某乙", "2026-05-06"]);
    const b = doc(["协商议政：让口袋公园多起来", "□ 区政协委员 某丙", "2026年5月6日"]);
    expect([b.title, b.date]).toEqual(["协商议政：让口袋公园多起来", "2026-05-06"]);
  });
});

describe("the 作者 field's value runs to the next field, not to the first space", () => {
  const doc = (lines: string[]) => firstDocument(lines, body);

  it("a post and a name, two names (a portal's info line, a reprint's)", () => {
    expect(doc(["口袋公园怎样更好用", "日期：2026-05-06　　作者：区政协委员 某丙　　浏览：88"]).byline).toBe("区政协委员 某丙");
    expect(doc(["口袋公园怎样更好用", "2026-05-06 来源：某某网 作者：某甲 某乙"]).byline).toBe("某甲 某乙");
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

describe("OCR's misread digits in a date", () => {
  it("reads l/I as 1, O as 0 and 曰 as 日 after a year", () => {
    expect(ocrYear("2026年1O月l4曰")).toBe("2026年10月14日");
    expect(ocrYear("2026年5月l9日 星期二")).toBe("2026年5月19日 星期二");
  });

  it("leaves words alone", () => {
    expect(ocrYear("2026年Il月")).toBe("2026年Il月");
  });
});

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

describe("an editor's lifecycle fields date no publication", () => {
  it("passes over 创建时间, 最近修改 and English `Created:` / `Last edited:` fields", () => {
    expect(doc(["关于完善社区口袋公园的建议", "创建时间：2026/5/2 10:02　　更新时间：2026/5/3 11:00"]).date).toBeNull();
    expect(doc(["关于完善社区口袋公园的建议", "所有者：某某　　最近修改：2026年5月3日 11:00"]).date).toBeNull();
    expect(doc(["关于完善社区口袋公园的建议", "Created: May 2, 2026 10:02", "Last edited: 2026年5月3日"]).date).toBeNull();
  });
});

describe("the dateline's day against a reprint's stamp", () => {
  const line = (text: string) => ({ text, folded: text });
  it("reads the agency's day with the stamp's year, within a week before the stamp", () => {
    expect(datelineDate("新华社某地3月8日电（记者 某某）记者获悉", "2026-03-09")).toBe("2026-03-08");
    expect(datelineDate("中新社某地12月31日电　题：某某", "2027-01-02")).toBe("2026-12-31");
    expect(datelineDate("新华社某地3月8日电", "2026-03-08")).toBeNull();
    expect(datelineDate("新华社某地2月8日电", "2026-03-09")).toBeNull();
  });

  it("only a reprint's stamp gives way: not a paper's dated page line, not the outlet's own page", () => {
    expect(reprintStamp([line("某某省人民政府网"), line("2026-03-09 08:15　来源：新华网")], 1, "新华社")).toBe(true);
    expect(reprintStamp([line("某某每日电讯"), line("2026年9月9日　星期三　第4版")], 1, "新华社")).toBe(false);
    expect(reprintStamp([line("人民网"), line("2026年08月14日09:12 | 来源：人民网-某省频道")], 1, "人民网")).toBe(false);
  });

  it("dates a portal's reprint and an account's reprint by the dateline", () => {
    const body = ["一是优化布点。市城管局牵头，新增一批口袋公园。", "二是加强养护。市园林中心定期巡查。"];
    const portal = firstDocument(["某某省人民政府网", "首页 > 新闻中心 > 媒体看某某", "省政协委员建言加强种子储备", "2026-03-09 08:15　来源：新华网", "新华社某地3月8日电（记者 某某）记者从省政协获悉，委员们提出建议。"], body);
    expect([portal.date, portal.source]).toEqual(["2026-03-08", "新华社"]);
    const account = firstDocument(["某某政协", "某某政协　2026年06月22日 18:30　某省", "点击蓝字 关注我们", "央媒关注｜委员建言办好夜校", "中新社某地6月20日电（记者 某某）近来夜校颇受欢迎，委员们提出建议。"], body);
    expect([account.date, account.source]).toEqual(["2026-06-20", "中新社"]);
  });
});

describe("a stamp of time of day opening a line (nineteenth wave)", () => {
  it("a portal's generation date is an act field, not the publication date: the signature's date is", () => {
    const letter = ["某某市人民政府门户网站", "首页 > 信息公开 > 建议提案办理", "生成日期：2026-06-03", "关于第0012号提案的答复", ...body, "某某市城市管理局", "2026年6月1日"];
    expect(firstDocument(letter, []).date).toBe("2026-06-01");
    expect(date(["发布机构：某某局　　生成时间：2026-06-03 09:00", "关于口袋公园养护的建议"])).toBeNull();
  });

  it("a chat export's message stamps (two or more, removed as the chat's frame) date no draft", () => {
    const chat = ["某某群 聊天记录导出", "2026/06/02 18:01:07 某某（区政协）", "请大家看看这份稿子。", "2026/06/02 18:01:40 某某（区政协）", "关于口袋公园养护的建议", ...body, "2026/06/02 18:30:12 某某", "收到"];
    expect(firstDocument(chat, []).date).toBeNull();
  });

  it("a browser's print header (repeated, or over a page-count footer) is the printing's day; the article's own date stays", () => {
    const header = "2026/6/4 09:12　　关于口袋公园养护的建议 - 某某新闻网";
    const footer = "https://news.example/a/0601.html　　1/1";
    expect(firstDocument([header, "某某新闻网", "关于口袋公园养护的建议", "2026-06-01 10:00　来源：某某日报"], [...body, footer]).date).toBe("2026-06-01");
    const lines = [header, "关于口袋公园养护的建议", ...body, header].map((folded) => ({ folded }));
    expect(transportDate(lines, 0)).toBe(true);
  });

  it("a single stamped post (a microblog's stamp, an info line with its source) keeps its date", () => {
    expect(date(["某某区政协", "2026-06-01 20:13 来自 微博网页版", "【关于口袋公园养护的建议】"])).toBe("2026-06-01");
    const info = ["2026-06-01 10:00　来源：某某日报", "关于口袋公园养护的建议", ...body, "https://news.example/a/0601.html　　1/1"].map((folded) => ({ folded }));
    expect(transportDate(info, 0)).toBe(false);
  });
});
