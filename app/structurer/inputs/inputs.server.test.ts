/**
 * The HTML and PDF readers on files the test makes: a saved page with navigation,
 * sidebar and footer around the article; a two-page PDF (real CJK font) with a running
 * header, page numbers, an indented paragraph that runs across the page break and a
 * department name split over two lines; and hostile files.
 */
import { describe, expect, it } from "vitest";
import { htmlToText } from "./html.server";
import { InputError } from "./limits";
import { pdfToText, readPdfLines } from "./pdf.server";
import { pdfPagesToText } from "./pdf-text";
import { pdfFromSource } from "./pdf-fixture";
import { readInput } from "./index.server";

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>某区推进垃圾分类_某某新闻网</title>
<script>alert(1)</script></head><body>
<div class="nav"><a>首页</a><a>新闻</a><a>政务</a></div><div>登录 | 注册 | APP下载</div>
<div class="article"><h1>某区推进垃圾分类</h1><div class="info">2026-03-12 来源：某某日报</div>
<p>近日，某区召开垃圾分类推进会，部署今年的重点任务，要求各街道对照目标逐项推进落实。</p>
<p><strong>补齐设施短板</strong></p>
<p>推进投放点改造。区城管局牵头，今年完成120个小区投放点标准化改造，并同步配建洗手池和雨棚。</p>
<p>完善收运体系。厨余垃圾实行专车专运，杜绝“先分后混”，收运车辆全部安装定位和称重设备。</p>
</div>
<div class="sidebar"><h3>热门视频</h3><ul><li><a>航拍某区湿地</a></li></ul></div>
<div class="footer"><p>版权所有 某某新闻网</p></div></body></html>`;

describe("htmlToText", () => {
  it("keeps the article, one block per line, with the headline and its date/source line first", () => {
    const { text, article } = htmlToText(PAGE);
    const lines = text.trim().split("\n");
    expect(article).toBe(true);
    expect(lines[0]).toBe("某区推进垃圾分类");
    expect(lines[1]).toBe("2026-03-12 来源：某某日报");
    expect(lines).toContain("补齐设施短板");
    expect(lines).toContain("推进投放点改造。区城管局牵头，今年完成120个小区投放点标准化改造，并同步配建洗手池和雨棚。");
    for (const chrome of ["首页", "APP下载", "热门视频", "航拍某区湿地", "版权所有", "alert"]) expect(text).not.toContain(chrome);
  });

  it("puts a reporter's byline under the h1 back when readability drops it", () => {
    const page = PAGE.replace('<div class="info">2026-03-12 来源：某某日报</div>', '<p class="author">本报记者 某某某</p>');
    const lines = htmlToText(page).text.trim().split("\n");
    // The page names no source of its own now: its tab title's site name stands first (2026-12-03, third wave).
    expect(lines.slice(0, 3)).toEqual(["某某新闻网", "某区推进垃圾分类", "本报记者 某某某"]);
  });

  it("an info row of glued cells is one line per cell; spaced cells and ideographic spaces stay as written", () => {
    const glued = PAGE.replace('<div class="info">2026-03-12 来源：某某日报</div>', '<div class="info"><span>来源：某某融媒</span><span>作者：记者　某某</span><span>2026-03-12 09:30</span></div>');
    expect(htmlToText(glued).text.trim().split("\n").slice(1, 4)).toEqual(["来源：某某融媒", "作者：记者　某某", "2026-03-12 09:30"]);
    const spaced = PAGE.replace('<div class="info">2026-03-12 来源：某某日报</div>', '<div class="info"><span>2026-03-12</span> <span>来源：某某日报</span></div>');
    expect(htmlToText(spaced).text.trim().split("\n")[1]).toBe("2026-03-12 来源：某某日报");
    const ideographic = PAGE.replace('<div class="info">2026-03-12 来源：某某日报</div>', '<div class="info">发布日期：2026-03-12　信息来源：某某局</div>');
    expect(htmlToText(ideographic).text.trim().split("\n")[1]).toBe("发布日期：2026-03-12　信息来源：某某局");
  });

  it("gives each field of an info row its own line when the items touch, and keeps the ideographic space", () => {
    const touching = PAGE.replace(
      '<div class="info">2026-03-12 来源：某某日报</div>',
      '<div class="info"><span>来源：某某区融媒体中心</span><span>作者：融媒记者　某某</span><span>阅读 512</span></div>',
    );
    const lines = htmlToText(touching).text.trim().split("\n");
    expect(lines.slice(0, 4)).toEqual(["某区推进垃圾分类", "来源：某某区融媒体中心", "作者：融媒记者　某某", "阅读 512"]);
    // Items with a space between them read as one row, as before.
    const spaced = PAGE.replace('<div class="info">2026-03-12 来源：某某日报</div>', '<div class="info"><span>2026-03-12</span> <span>来源：某某日报</span></div>');
    expect(htmlToText(spaced).text.trim().split("\n")[1]).toBe("2026-03-12 来源：某某日报");
  });

  it("gives a portal's site name and its disclosure table's publication date when the page states neither", () => {
    const portal = PAGE.replace("<title>", '<meta name="SiteName" content="某某区人民政府门户网站"><title>')
      .replace('<div class="info">2026-03-12 来源：某某日报</div>', "")
      .replace("<h1>", '<ul class="meta"><li>发布机构：某某局</li><li>成文日期：2026-03-10</li><li>发布日期：2026-03-12</li></ul><h1>');
    const lines = htmlToText(portal).text.trim().split("\n");
    expect(lines.slice(0, 3)).toEqual(["某某区人民政府门户网站", "某区推进垃圾分类", "发布日期：2026-03-12"]);
    // A page that names its source and date keeps them only: no site name, no table date.
    const own = htmlToText(PAGE.replace("<title>", '<meta name="SiteName" content="某某区人民政府门户网站"><title>')).text.trim().split("\n");
    expect(own.slice(0, 2)).toEqual(["某区推进垃圾分类", "2026-03-12 来源：某某日报"]);
  });

  it("reads a UTF-8 page with a byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(PAGE, "utf8")]);
    expect(htmlToText(bytes).text).toContain("补齐设施短板");
  });

  it("survives deep nesting and refuses what is not HTML or too big", () => {
    const deep = `<html><body>${"<div>".repeat(3000)}<p>深层的段落，内容完整。</p>${"</div>".repeat(3000)}</body></html>`;
    expect(htmlToText(deep).text).toContain("深层的段落");
    expect(() => htmlToText("就是一段纯文本")).toThrow(InputError);
    expect(() => htmlToText(PAGE, { maxBytes: 100 })).toThrow(/larger than/);
  });
});

const SOURCE = `^某市政协十五届五次会议文件
=关于加强社区养老服务的建议
\u3000\u3000今年以来，市政协开展专题调研，形成如下建议。一是建议由市民政局牵头，市卫健委、市医
保局配合，建立联席会议制度；二是推动民政、卫健、医保数据共享，建设统一的老年人服务信息
_— 1 —
<<<page>>>
^某市政协十五届五次会议文件
平台。
\u3000\u3000三是建议市人社局将养老护理员纳入紧缺职业目录。
_— 2 —`;

describe("pdfToText", () => {
  it("removes running headers and page numbers and rejoins lines across the page break", async () => {
    const pdf = await pdfFromSource(SOURCE);
    const raw = await readPdfLines(pdf);
    expect(raw).toHaveLength(2);
    expect(raw[0][0]).toBe("某市政协十五届五次会议文件");
    const { text, removed, pages } = await pdfToText(pdf);
    expect(pages).toBe(2);
    expect(text.trim().split("\n")).toEqual([
      "关于加强社区养老服务的建议",
      "今年以来，市政协开展专题调研，形成如下建议。一是建议由市民政局牵头，市卫健委、市医保局配合，建立联席会议制度；二是推动民政、卫健、医保数据共享，建设统一的老年人服务信息平台。",
      "三是建议市人社局将养老护理员纳入紧缺职业目录。",
    ]);
    expect(removed.map((r) => r.reason).sort()).toEqual(["page-number", "page-number", "running-header", "running-header"]);
  });

  it("refuses a file that is not a PDF, a broken PDF, too many pages and an empty text layer", async () => {
    await expect(pdfToText(Buffer.from("<html>not a pdf</html>"))).rejects.toMatchObject({ code: "not-pdf" });
    await expect(pdfToText(Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"))).rejects.toBeInstanceOf(InputError);
    const pdf = await pdfFromSource(SOURCE);
    await expect(pdfToText(pdf, { maxPages: 1 })).rejects.toMatchObject({ code: "too-many-pages" });
    await expect(pdfToText(pdf, { maxBytes: 1000 })).rejects.toMatchObject({ code: "too-large" });
    const blank = await pdfFromSource("^ \n");
    await expect(pdfToText(blank)).rejects.toMatchObject({ code: "pdf-no-text" });
  });

  it("keeps a short last line and a heading as their own paragraphs (pure rejoin rules)", () => {
    const line = (text: string, x0: number, x1: number, y: number) => ({ text, x0, x1, y, size: 12 });
    const { text } = pdfPagesToText([
      {
        width: 595,
        height: 842,
        lines: [line("一、完善经费保障", 72, 170, 700), line("建立政府、学校、家庭合理分担的经费机制，将课后服务补助纳入", 72, 520, 680), line("教育经费预算。", 72, 160, 660)],
      },
    ]);
    expect(text.trim().split("\n")).toEqual(["一、完善经费保障", "建立政府、学校、家庭合理分担的经费机制，将课后服务补助纳入教育经费预算。"]);
  });
});

describe("readInput", () => {
  it("dispatches by extension and refuses unknown types", async () => {
    expect((await readInput("a.html", Buffer.from(PAGE))).text).toContain("推进投放点改造");
    expect((await readInput("a.pdf", await pdfFromSource(SOURCE))).removed.length).toBe(4);
    expect((await readInput("a.txt", Buffer.from("正文。"))).text).toBe("正文。");
    await expect(readInput("a.exe", Buffer.from("x"))).rejects.toMatchObject({ code: "unsupported" });
  });
});
