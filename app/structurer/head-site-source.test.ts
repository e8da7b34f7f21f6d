/**
 * The site that shows a page vs the publisher its `来源：` field names, and Traditional pages read by the same word
 * classes (head-source.ts: siteHost, nameCell, ownDesk; docs/structure-format.md, "Head: the site, its 来源 and
 * Traditional names (2026-12-04, fourteenth wave)"). Every input is made up for the test.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { nameCell, ownDesk } from "./head-source";
import { firstDocument } from "./rule-test-support";

const body = [
  "　　10月24日，市政协组织委员视察背街小巷照明工作。",
  "　　一、加快灯杆更换。市城市管理局牵头，年内完成更换。",
  "　　二、建立报修机制。市城市管理局公布报修电话。",
];
const sitePage = (site: string, source: string) =>
  firstDocument([site, "首页 | 新闻 | 政务 | 民生 | 专题", "当前位置：首页 > 本地新闻 > 正文", "委员视察背街小巷照明工作", `2026-10-27 09:30\u3000来源：${source}\u3000作者：某某\u3000浏览：412`], body);

describe("a site's name over its navigation and the page's 来源 field", () => {
  it("gives way to the paper or the body the field names: the site only shows the item", () => {
    expect(sitePage("某某新闻网", "某某日报").source).toBe("某某日报");
    expect(sitePage("某某政协网", "某某市政协").source).toBe("某某市政协");
  });
  it("stays the source when the field names the site itself or one of its desks", () => {
    expect(sitePage("某某新闻网", "本网").source).toBe("某某新闻网");
    expect(sitePage("某某政协网", "市政协办公室").source).toBe("某某政协网");
  });
  it("a first line that is no site's name over navigation keeps the page's reading", () => {
    const page = firstDocument(["某某晚报", "委员视察背街小巷照明工作", "2026-10-27　来源：某某日报"], body);
    expect(page.source).toBe("某某晚报");
  });
});

describe("a Traditional page's names, read folded", () => {
  it("a record's series line is no publisher's name in either script", () => {
    expect(nameCell("委员工作室活动记录")).toBeNull();
    expect(nameCell("委員工作室活動記錄")).toBeNull();
    expect(nameCell("協商議事會議紀要")).toBeNull();
    expect(nameCell("某某政協")).toBe("某某政協");
  });
  it("a desk of a Traditional 政协's site is the site's own", () => {
    expect(ownDesk("某某政協網", "市政協人口資源環境委員會")).toBe(true);
    expect(ownDesk("政協某省委員會網站", "省政協教科衛體委員會")).toBe(true);
    expect(ownDesk("政协某省委员会网站", "某某日报")).toBe(false);
    expect(fold("政協")).toBe("政协");
  });
});

describe("a site or a series named on the line that opens the page (nineteenth wave)", () => {
  it("a breadcrumb's first cell in a site's shape is the site, the source when nothing else names one", () => {
    expect(firstDocument(["某某县人民政府网 > 互动交流 > 在线访谈", "访谈主题：背街小巷照明怎么改", "访谈时间：2026年10月24日 15:00"], body).source).toBe("某某县人民政府网");
    expect(firstDocument(["某某政协网 > 委员之声 > 正文", "委员视察背街小巷照明工作", "2026-10-27 09:30"], body).source).toBe("某某政协网");
    expect(firstDocument(["首页 > 互动交流 > 在线访谈", "委员视察背街小巷照明工作", "2026-10-27 09:30"], body).source).toBeNull();
  });

  it("a series' name before its episode number over the headline, behind a medium's label or none", () => {
    expect(firstDocument(["播客｜某某有商量 EP.7", "背街小巷照明怎么改？", "发布于 2026-10-27 · 时长 30分钟"], body).source).toBe("某某有商量");
    expect(firstDocument(["委员茶座 第12期", "背街小巷照明怎么改？", "2026-10-27"], body).source).toBe("委员茶座");
  });
});
