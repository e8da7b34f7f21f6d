import { describe, expect, it } from "vitest";
import { withoutTrailingEmoji, titlesAsTyped } from "./title-surface";
import { firstDocument, POCKET_PARK_BODY, structure, directory } from "./rule-test-support";
import { structureText } from "./index";

const doc = (head: string[]) => firstDocument(head, POCKET_PARK_BODY);

describe("a headline that asks, quoting a slogan", () => {
  it("is the headline over the account's name, not a sentence of the body", () => {
    const a = doc(["某某政协", "2026年5月6日 08:00　某省", "委员说｜口袋公园，怎样才能“建得好、管得住、用得上”？", "区政协委员　某丙"]);
    expect([a.title, a.source, a.date]).toEqual(["委员说｜口袋公园，怎样才能“建得好、管得住、用得上”？", "某某政协", "2026-05-06"]);
  });

  it("an interview's question with a speaker's label stays a turn", () => {
    const r = structure(["口袋公园怎样用起来", "记者：口袋公园，怎样才能“建得好、管得住”？", "某丙：首先要摸清可用的边角地。"].join("\n"));
    expect(r.documents[0].title).toBe("口袋公园怎样用起来");
  });
});

describe("a trailing pointer leaves the title", () => {
  it("drops pointing hands, writing marks and (twelfth wave) any closing pictograph, keeps a question mark", () => {
    expect(withoutTrailingEmoji("口袋公园，委员这样建议👇")).toBe("口袋公园，委员这样建议");
    expect(withoutTrailingEmoji("我提了这3条建议📝")).toBe("我提了这3条建议");
    expect(withoutTrailingEmoji("口袋公园开放啦🌳")).toBe("口袋公园开放啦"); // every closing pictograph goes
    expect(withoutTrailingEmoji("口袋公园怎样用起来？")).toBe("口袋公园怎样用起来？");
  });
});

describe("a page's list of its headlines", () => {
  it("opens no body: the headline is the line the article hangs from", () => {
    const a = doc(["本版导读：", "①口袋公园怎样“用起来”", "②老街夜市的烟火气", "口袋公园怎样“用起来”", "本报记者　某丙"]);
    expect(a.title).toBe("口袋公园怎样“用起来”");
  });
});

describe("a body's name, a colon, a statement: a report's headline", () => {
  it("over a news lead, is the whole headline of its article (no speaker's digest)", () => {
    const r = structure(
      [
        "某某晚报",
        "第一篇的标题",
        "提案人：市政协委员　某甲",
        "　　建议：一是由市城管局牵头增设口袋公园；二是加强养护。",
        "",
        "区政协社会法制委员会：本季度走访社区18个",
        "　　本报讯（记者　某乙）记者从区政协获悉，本季度委员共走访社区18个，收集意见60余条。",
      ].join("\n"),
    );
    const last = r.documents[r.documents.length - 1];
    expect([last.title, last.byline]).toEqual(["区政协社会法制委员会：本季度走访社区18个", null]);
  });

  it("over a site's credit line (`某平台　作者：某某`), is the page's headline and the credit gives the byline", () => {
    const a = doc(["某某县政协：“院坝会”开到了家门口", "某省新闻客户端　作者：某丙", "2026-04-09"]);
    expect([a.title, a.byline, a.date]).toEqual(["某某县政协：“院坝会”开到了家门口", "某丙", "2026-04-09"]);
  });
});

describe("a 公文's title with its issuing body on the line above", () => {
  const letter = (number: string[]) =>
    [
      ...number,
      "某某县交通运输局",
      "关于县政协九届二次会议第12号提案办理情况的答复",
      "某某委员：",
      "　　您提出的《关于增设乡村客运站点的提案》收悉。现答复如下：",
      "　　一是增设候车亭。县交通运输局年内新建候车亭20个。",
      "　　　　　　　　某某县交通运输局",
      "　　　　　　　　2026年5月20日",
      "签发人：某丁",
      "抄送：县政协提案委员会",
    ].join("\n");

  it("under a 公文 number, joins the title; the sign-off gives byline and date past the record rows", () => {
    const d = structure(letter(["某交函〔2026〕12号", ""])).documents[0];
    expect([d.title, d.byline, d.date]).toEqual(["某某县交通运输局关于县政协九届二次会议第12号提案办理情况的答复", "某某县交通运输局", "2026-05-20"]);
  });

  it("without a number, keeps the short title", () => {
    expect(structure(letter([])).documents[0].title).toBe("关于县政协九届二次会议第12号提案办理情况的答复");
  });
});

describe("a headline broken by a scan's narrow column", () => {
  const scan = (head: string[]) =>
    [
      ...head,
      "　　5月6日，区政协组织委员到",
      "社区调研口袋公园建设情况，听",
      "取居民意见。委员们建议，一是",
      "由区城管局牵头结合街巷分布新",
      "增一批口袋公园；二是加强日常",
      "养护，区园林中心定期巡查并向",
      "社会公开结果。",
    ].join("\n");

  it("a fragment under a bare line on a hard-wrapped page is rejoined", () => {
    expect(structure(scan(["某某区报", "2026年5月7日", "让边角地", "“绿”起来"])).documents[0].title).toBe("让边角地“绿”起来");
  });

  it("a column label over a whole headline stays a column", () => {
    expect(structure(scan(["某某区报", "2026年5月7日", "民生关注", "口袋公园让边角地绿起来"])).documents[0].title).toBe("口袋公园让边角地绿起来");
  });
});

describe("titles from fields and notes", () => {
  it("a consultation's `议题：` gives the title, and the line stays text", () => {
    const d = doc(["某某政协网", "首页 > 协商实录", "议题：推进口袋公园建设", "协商时间：2026年5月6日 14:30"]);
    expect([d.title, d.source]).toEqual(["推进口袋公园建设", "某某政协网"]);
  });

  it("(fifteenth wave) a record's own heading right over its `议题：` is the title; the topic stays text", () => {
    const d = doc(["某某社区居民议事会会议记录", "议题：推进口袋公园建设", "时间：2026年5月6日下午3时"]);
    expect(d.title).toBe("某某社区居民议事会会议记录");
    // A heading that is not a record's (a programme's label, a breadcrumb) leaves the topic the title.
    expect(doc(["《委员面对面》节目文字稿", "议题：推进口袋公园建设"]).title).toBe("推进口袋公园建设");
    expect(doc(["首页 > 协商实录", "议题：推进口袋公园建设"]).title).toBe("推进口袋公园建设");
  });

  it("a form's 案由 cell (tab-separated) beats the proposer's row", () => {
    const d = doc(["提　案　表", "提案者\t某甲（区政协委员、某街道社区主任）", "案由\t关于推进口袋公园建设的建议", "内容："]);
    expect(d.title).toBe("关于推进口袋公园建设的建议");
  });

  it("a chat's group bar and a note asking for review are transport above the table's title", () => {
    const d = doc(["某某区政协工作群(15)", "某乙　5月6日 09:10", "各位：“口袋公园”座谈会的意见已整理好，汇总表如下，请审阅。", "口袋公园建设座谈会意见汇总表"]);
    expect(d.title).toBe("口袋公园建设座谈会意见汇总表");
  });

  it("a page number above any sentence opens the first page: the title under it stays", () => {
    const d = doc(["某某文库", "下载文档　　VIP专享", "第1页 / 共2页", "关于推进口袋公园建设的提案", "区政协委员　某甲"]);
    expect(d.title).toBe("关于推进口袋公园建设的提案");
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

describe("a report's title set over two lines", () => {
  it("joins `关于…` with the next line that ends in the genre's noun, whichever part the picker took", () => {
    expect(doc(["关于推进城区口袋公园", "提质增效的调研报告", "区政协城建委员会"]).title).toBe("关于推进城区口袋公园提质增效的调研报告");
  });
  it("leaves a complete `关于…建议` title over an unrelated line alone", () => {
    expect(doc(["关于完善社区口袋公园的建议", "提案人：区政协委员 某某"]).title).toBe("关于完善社区口袋公园的建议");
  });
});

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

describe("a news article's headline over its 副题 (round 10b)", () => {
  it("on a page of two articles, a headline over a 副题 and a reporter's byline opens the article", () => {
    const page = [
      "青禾报",
      "“燃气安全”如何“安”下去",
      "县政协专题调研农村燃气安全",
      "□ 通讯员 贺某 记者 庞某某",
      "　　近日，县政协组织委员对农村燃气安全进行专题调研。调研组建议：一是开展管线排查，由县住建局牵头；二是落实巡检责任，燃气企业每月巡检一次。",
      "",
      "冬季供暖准备就绪",
      "□ 记者 庞某某",
      "　　入冬以来，我县供暖企业完成管网检修，供暖工作准备就绪。",
    ].join("\n");
    const docs = structure(page).documents;
    expect(docs.map((d) => d.title)).toEqual(["“燃气安全”如何“安”下去", "冬季供暖准备就绪"]);
    expect(docs[0].intro).toContain("县政协专题调研农村燃气安全");
  });
});

describe("a wire's title banner under its dateline alone", () => {
  it("takes the headline after 题： and the agency of the dateline above it", () => {
    const a = doc(["某某网 > 地方 > 正文", "2026-05-06 10:12:30　来源：某某网", "新华社某地5月6日电", "题：委员建言口袋公园建设", "新华社记者　某丙"]);
    expect([a.title, a.source, a.date, a.byline]).toEqual(["委员建言口袋公园建设", "新华社", "2026-05-06", "新华社记者　某丙"]);
    const b = doc(["某某日报", "2026年5月7日　星期四　第3版", "中新社某地5月6日电", "题：口袋公园怎样建得好", "记者　某丙"]);
    expect([b.title, b.source, b.date]).toEqual(["口袋公园怎样建得好", "中新社", "2026-05-07"]);
  });

  it("leaves a 题： line under no dateline alone as it reads", () => {
    const a = doc(["某某日报", "2026年5月7日　星期四　第3版", "本报评论员", "题：口袋公园怎样建得好"]);
    expect(a.source).toBe("某某日报");
  });
});
