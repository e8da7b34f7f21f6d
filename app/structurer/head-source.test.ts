import { describe, expect, it } from "vitest";
import { datelineAgency } from "./head-shapes";
import { fold } from "./fold";
import { outletName, ownDesk } from "./head-source";
import { firstDocument, POCKET_PARK_BODY, structure } from "./rule-test-support";
import { editionName, nameOverDescriptor } from "./head-names";
import { htmlToText } from "./inputs/html.server";

const line = (text: string) => ({ text, folded: fold(text) });

const doc = (head: string[]) => firstDocument(head, POCKET_PARK_BODY);

describe("the outlet named by a dateline or a lede", () => {
  it("a site's dateline and a site's lede name the source", () => {
    expect(datelineAgency(fold("某某网某地6月9日电（记者 某某）某某老城…"))).toBe("某某网");
    expect(datelineAgency(fold("某某网消息：某省两会正在召开…"))).toBe("某某网");
    expect(datelineAgency(fold("某某网讯（记者 某某）10月11日…"))).toBe("某某网");
    expect(datelineAgency(fold("本报讯（记者 某某）10月11日…"))).toBeNull();
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

describe("a site the page's <title> line names as its host", () => {
  it("gives way to the info line's 来源", () => {
    const d = doc(["口袋公园怎样建得更好_某省政协网", "某省政协网", "首页", "口袋公园怎样建得更好", "发布时间：2026-05-02 09:10　来源：某县融媒体中心"]);
    expect(d.source).toBe("某县融媒体中心");
  });
});

describe("a line naming a publication's edition", () => {
  it("names the publication in either mark, with its kind, edition, issue and date beside it", () => {
    expect(editionName(fold("《某某议政》杂志 · 网络版"))).toBe("某某议政");
    expect(editionName(fold("《某某议政》电子刊　2026年第3期"))).toBe("某某议政");
    expect(editionName(fold("【某某手机报·早间版】总第1200期　2026年3月2日"))).toBe("某某手机报");
    expect(editionName(fold("【某某手机报】2026年3月2日 第1200期"))).toBe("某某手机报");
    expect(editionName(fold("今日某某 电子报刊"))).toBe("今日某某");
  });
  it("reads no issue number, bracketed headline or headline after the name as a publication", () => {
    expect(editionName(fold("【第1200期】 2026-03-02 星期一"))).toBeNull();
    expect(editionName(fold("【委员声音】让口袋公园更好用"))).toBeNull();
    expect(editionName(fold("《某某议政》杂志 口袋公园怎样建"))).toBeNull();
  });
  it("is the source, never the headline", () => {
    const d = doc(["《某某议政》杂志 · 网络版", "首页 > 本期目录", "口袋公园怎样建得更好"]);
    expect(d.title).toBe("口袋公园怎样建得更好");
    expect(d.source).toBe("某某议政");
  });
});

describe("an app's or a paper's name over the line that says what it is", () => {
  const lines = ["“某某通”", "某某市一体化政务服务平台", "口袋公园怎样建得更好"].map(line);
  it("reads the name (quotes gone) over a platform, client or party-paper line", () => {
    expect(nameOverDescriptor(lines, 0)).toBe("某某通");
    expect(nameOverDescriptor(["某某新闻", "某某县融媒体中心官方客户端"].map(line), 0)).toBe("某某新闻");
    expect(nameOverDescriptor(lines, 1)).toBeNull();
  });
  it("gives way to the page's own `来源：`, as a portal does", () => {
    expect(doc(["“某某通”", "某某市一体化政务服务平台", "口袋公园怎样建得更好"]).source).toBe("某某通");
    expect(doc(["某某强国", "某省学习平台", "口袋公园怎样建得更好", "来源：某某融媒体中心"]).source).toBe("某某融媒体中心");
  });
});

describe("the publisher of the page vs the desk in its 来源 field", () => {
  it("reads a desk of the body the banner names as the body's own", () => {
    expect(ownDesk("某某政协网", "区政协提案委")).toBe(true);
    expect(ownDesk("某某市政协", "市政协社会和法制委员会")).toBe(true);
    expect(ownDesk("某某县人民政府", "县水利局")).toBe(true);
    expect(ownDesk("某某市人民政府门户网站", "市卫生健康委员会")).toBe(true);
    expect(ownDesk("某某党派市委员会网站", "参政议政部")).toBe(true);
    // Another body's release on a portal, and a publisher, are their own source.
    expect(ownDesk("某某市人民政府", "市政协办公室")).toBe(false);
    expect(ownDesk("某某县人民政府", "某某县融媒体中心")).toBe(false);
    expect(ownDesk("某某政协网", "某某日报")).toBe(false);
  });

  const body = ["　　10月24日，区政协组织委员视察背街小巷照明工作。", "　　一、加快灯杆更换。区城市管理局牵头，年内完成更换。", "　　二、建立报修机制。区城市管理局公布报修电话。"];
  it("gives the site as the source on a CPPCC site and on a government portal", () => {
    const cppcc = firstDocument(["某某区政协", "首页 | 政协概况 | 履职动态 | 提案工作", "当前位置：首页 > 履职动态", "区政协视察背街小巷照明工作", "发布时间：2026-10-27　来源：区政协城乡建设委员会　浏览次数：412"], body);
    expect(cppcc.source).toBe("某某区政协");
    const portal = firstDocument(["某某县人民政府", "首页　政务公开　政务服务　互动交流", "您当前的位置：首页 > 政务公开 > 部门动态", "县水利局答复委员建议", "发布日期：2026-11-20 10:15　信息来源：县水利局　【字体：大 中 小】"], body);
    expect(portal.source).toBe("某某县人民政府");
    const hosted = firstDocument(["某某县人民政府", "首页　政务公开　政务服务　互动交流", "您当前的位置：首页 > 政务公开 > 政协动态", "县政协视察背街小巷照明工作", "发布日期：2026-11-20 10:15　来源：县政协办公室　【字体：大 中 小】"], body);
    expect(hosted.source).toBe("县政协办公室");
  });

  it("a saved page names its site when the 来源 field is a desk of it", () => {
    const page = (source: string) => `<html><head><title>区政协视察背街小巷照明工作_某某政协网</title></head><body><div class="nav">首页</div><article><h1>区政协视察背街小巷照明工作</h1><p>发布日期：2026-11-04来源：${source}阅读：576</p>${body.map((p) => `<p>${p.trim()}</p>`).join("")}<p>${"委员们认为，照明提升工作推进较快，但部分巷道灯杆老化、亮灯率不高。".repeat(3)}</p></article></body></html>`;
    expect(htmlToText(page("区政协提案委")).text.split("\n")[0]).toBe("某某政协网");
    expect(htmlToText(page("某某日报")).text.split("\n")[0]).not.toBe("某某政协网");
  });
});

describe("a broadcaster's or a paper's site named for a channel", () => {
  it("names the outlet before the middle dot, not its channel's site", () => {
    expect(outletName("某省广播电视台·新闻频道网")).toBe("某省广播电视台");
    expect(outletName("某某日报·政协频道")).toBe("某某日报");
    // A name with a dot that is no outlet's channel stays whole.
    expect(outletName("某某政协·声")).toBe("某某政协·声");
  });
});

describe("a paper's edition and medium beside its name and date", () => {
  const body = ["本报记者　某某", ...POCKET_PARK_BODY];
  it("reads the edition cell beside the date as the page, never the publisher", () => {
    expect(firstDocument(["某某日报 移动版", "第05版：政协视窗　　2026-12-02", "让口袋公园用起来"], body).source).toBe("某某日报");
    expect(firstDocument(["某某日报（触屏版）", "A03版　协商在线　2026年06月25日", "让口袋公园用起来"], body).source).toBe("某某日报");
  });
});
