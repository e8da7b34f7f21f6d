/**
 * The head's twelfth-wave rules (2026-12-04; docs/structure-format.md, "Head: titles and the
 * publisher (2026-12-04, twelfth wave)"). Every input is made up for the test; none is taken
 * from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { datelineDate, reprintStamp } from "./head-dates";
import { ownDesk } from "./head-source";
import { htmlToText } from "./inputs/html.server";
import { titlesAsTyped, withoutTrailingEmoji } from "./title-surface";
import { firstDocument, POCKET_PARK_BODY, structure } from "./rule-test-support";

describe("a title keeps its own spacing, whichever document it heads", () => {
  it("gives back the ideographic space of the title's input line", () => {
    const [d] = titlesAsTyped([{ title: "补齐短板 方便群众" }], "某某日报\n补齐短板　方便群众\n正文。");
    expect(d.title).toBe("补齐短板　方便群众");
    const [plain] = titlesAsTyped([{ title: "Night Bus 调研" }], "Night Bus 调研\n正文。");
    expect(plain.title).toBe("Night Bus 调研");
  });

  it("keeps it for the second speech of a party page and for a dateline's title", () => {
    const page = structure([
      "某某日报",
      "2026年5月14日　第06版　协商议政",
      "守护清水　建设长廊",
      "——市政协专题协商会发言摘登",
      "编者按：市政协召开专题协商会，本版摘登部分发言。",
      "拆掉违建　腾出空间",
      "■ 甲某某（市政协委员）",
      "沿线仍有违建棚屋20余处。一是开展专项清理，由市城市管理局牵头；二是统一规划绿道。",
      "补齐设施　方便游憩",
      "■ 乙某某（市政协委员）",
      "现有步道断点多、照明不足。建议市住房和城乡建设局将步道贯通纳入年度计划。",
    ].join("\n"));
    expect(page.documents.map((d) => d.title)).toEqual(["拆掉违建　腾出空间", "补齐设施　方便游憩"]);
    const wire = structure(["新华社某地10月9日电　题：烘干机进了村　秋粮不再“看天晒”", "新华社记者 某某", ...POCKET_PARK_BODY].join("\n"));
    expect(wire.documents[0].title).toBe("烘干机进了村　秋粮不再“看天晒”");
  });
});

describe("no pictograph closes a title", () => {
  it("drops a closing pictograph as a leading one, keeps marks and symbols", () => {
    expect(withoutTrailingEmoji("站台添了座椅，委员建议落地啦🚏")).toBe("站台添了座椅，委员建议落地啦");
    expect(withoutTrailingEmoji("果园用上“智慧水肥”🍊🍊")).toBe("果园用上“智慧水肥”");
    expect(withoutTrailingEmoji("公园开放了吗？")).toBe("公园开放了吗？");
    expect(withoutTrailingEmoji("委员风采★")).toBe("委员风采★");
  });

  it("reads the headline of a WeChat post and of a media client's share page without it", () => {
    expect(firstDocument(["某某政协", "某某政协　2026年09月12日 08:05　某省", "委员建言｜果园用上“智慧水肥”🍊", "县政协委员　某某"], POCKET_PARK_BODY).title).toBe("委员建言｜果园用上“智慧水肥”");
    expect(firstDocument(["打开“爱某某”APP，阅读体验更佳", "某某新闻", "2026-11-03 19:42", "站台添了“爱心座椅”，委员建议落地啦🚏"], POCKET_PARK_BODY).title).toBe("站台添了“爱心座椅”，委员建议落地啦");
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
