import { describe, expect, it } from "vitest";
import { parseByline } from "./authors";
import { fold } from "./fold";
import { structure } from "./pipeline";
import { captionScore } from "./chrome-captions";
import { pastedArticles } from "./pasted-articles";
import { datelineLead, datelinedHead } from "./article-bylines";
import { titlesAsTyped } from "./title-surface";
import type { Block } from "./tree-drafts";

const para = (text: string): Block => ({ kind: "para", text, folded: fold(text), line: null, source: 0 } as unknown as Block);

// A pushed page's main article, for the tests that add a short item after a divider or a timeline's stamps.
const main = [
  "某某政协",
  "2026-05-03 19:20　某省",
  "让背街小巷亮起来",
  "近日，市政协组织委员就背街小巷照明问题开展专题视察，走访了老城区十余条小巷，听取居民意见。",
  "一、补齐照明设施。建议由市城市管理局牵头，对背街小巷路灯缺失、损坏情况开展全面排查并限期修复。",
  "二、推广智慧路灯。市供电公司要配合开展节能改造，在有条件的小巷试点安装按需亮灯的智慧路灯。",
];

const documents = (lines: string[]) => structure(lines.join("\n"), { directory: [] }).documents;

describe("where a page's next document starts (document-segments.ts, third wave)", () => {
  it("a commentary signed with a glyph and a pen name after a news report is a document of its own", () => {
    const page = [
      "沙河日报　2026年6月3日　第4版",
      "夜市有了“烟火气”也要有“规矩”",
      "——区政协就夜间经济开展民主监督",
      "本报记者　毛某某",
      "　　6月1日，区政协组织委员对三处夜市开展民主监督。委员们发现，部分摊位占道经营，油烟扰民。",
      "　　委员们建议：一是划定经营区域，由区城管局牵头设置隔音屏障；二是规范经营时间，区市场监管局加强食品抽检。",
      "烟火气里见治理",
      "● 石岸",
      "　　夜市热闹，说明城市有活力；夜市有序，说明治理有温度。",
      "　　把委员的建议落到实处，夜市才能既热闹又安宁。",
    ];
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["夜市有了“烟火气”也要有“规矩”", "烟火气里见治理"]);
    expect(docs.map((d) => d.byline)).toEqual(["本报记者　毛某某", "石岸"]);
    // The page's masthead date is every article's.
    expect(docs.map((d) => d.date)).toEqual(["2026-06-03", "2026-06-03"]);
    expect(docs[1].children).toEqual([]);
  });

  it("a glyph that opens other lines too is a list's bullet, never a pen name", () => {
    const text = [
      "关于改善背街小巷照明的建议",
      "　　背街小巷照明不足，居民夜间出行不便。具体建议如下。",
      "补齐设施短板",
      "● 排查",
      "　　由区城管局牵头，开展一次全面排查。",
      "● 改造",
      "　　供电公司配合完成线路改造。",
    ];
    expect(documents(text)).toHaveLength(1);
  });

  it("a glyph-led label line above a signed page is no byline and ends no preamble: the first signed article keeps its headline", () => {
    expect(parseByline("◆ 界别协商会发言选登", fold("◆ 界别协商会发言选登"))).toBeNull();
    expect(parseByline("□ 民盟青禾市委", fold("□ 民盟青禾市委"))?.byline).toBe("民盟青禾市委");
    const page = [
      "■ 专题协商会发言摘编",
      "让老城“微更新”见实效",
      "编者按：4月8日，市政协召开专题协商会。本版选登两位委员的发言。",
      "给老街装上“慢行道”",
      "　　老街人车混行，安全隐患突出。建议：",
      "（1）划定慢行区域。市交通运输局牵头，在老街设置慢行道。",
      "（2）完善停车设施。市城管局在周边增设临时停车点。",
      "——市政协委员、某设计院总工程师　邬某某",
      "让旧厂房变身“文化客厅”",
      "　　城区闲置厂房较多。建议市文化广电旅游局会同市自然资源和规划局出台利用办法。",
      "——市政协委员、某大学教授　钮某某",
    ];
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["给老街装上“慢行道”", "让旧厂房变身“文化客厅”"]);
    expect(docs[0].byline).toBe("市政协委员、某设计院总工程师　邬某某");
    expect(docs[0].children).toHaveLength(2);
    expect(docs[0].intro).toContain("编者按");
  });
});

describe("where a page's next document starts (fourth wave)", () => {
  it("a booklet of proposal abstracts: each title with its register number over 提案人 opens a document", () => {
    const booklet = [
      "提案摘要汇编",
      "关于增设社区食堂的提案（第0021号）",
      "提案人：某某某",
      "　　摘要：建议区民政局在老旧小区增设社区食堂。",
      "关于规范校外托管的提案（第0035号）",
      "提案人：民盟某区委员会",
      "　　摘要：建议区教育局会同区市场监管局建立托管机构备案制度。",
      "关于治理噪声扰民的提案（第0042号）",
      "提案人：某某、某某某",
      "　　摘要：建议区生态环境局加强夜间施工噪声执法。",
    ];
    const docs = documents(booklet);
    // The number is the proposal's register number, no word of its title: it stays as intro text.
    expect(docs.map((d) => d.title)).toEqual(["关于增设社区食堂的提案", "关于规范校外托管的提案", "关于治理噪声扰民的提案"]);
    expect(docs.map((d) => d.byline)).toEqual(["某某某", "民盟某区委员会", "某某、某某某"]);
    expect(docs[1].intro).toContain("第0035号");
  });

  it("speeches with a dashed 副题 over the speaker's byline are a document each", () => {
    const page = [
      "大会发言选登",
      "让乡村小学办得更好",
      "——在县政协十届三次会议上的发言",
      "县政协委员、某镇中心小学校长　某某某",
      "　　乡村教师流失严重。建议县教育局落实乡村教师生活补助，建设教师周转宿舍。",
      "把小农户带进大市场",
      "——在县政协十届三次会议上的发言",
      "农工党某县总支",
      "　　小农户对接市场难。建议县农业农村局培育农民合作社，发展订单农业。",
    ];
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["让乡村小学办得更好", "把小农户带进大市场"]);
    expect(docs[0].byline).toBe("县政协委员、某镇中心小学校长　某某某");
  });

  it("a forum's speaker named first with posts in brackets opens a document over its headline", () => {
    const page = [
      "委员圆桌",
      "某某某（市政协委员、某区医院院长）：",
      "让家庭医生签约更实在",
      "　　建议市卫健委完善家庭医生签约服务包，提高签约服务费标准。",
      "某某（市政协常委、某大学教授）：",
      "让慢病管理进社区",
      "　　建议市医保局将社区慢病随访纳入医保支付。",
    ];
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["让家庭医生签约更实在", "让慢病管理进社区"]);
    expect(docs.map((d) => d.byline)).toEqual(["某某某（市政协委员、某区医院院长）", "某某（市政协常委、某大学教授）"]);
  });

  it("an agency reporter's statement-question never opens a document", () => {
    const interview = [
      "委员访谈：让老旧电梯“更新”更顺畅",
      "某某社记者　某某",
      "某某社记者：不少居民关心加装电梯的费用分摊问题。",
      "某某某：我建议市住建局出台费用分摊指导意见，由街道组织居民协商。",
      "某某社记者：您对后续维护有什么建议？",
      "某某某：建议市市场监管局督促维保单位落实责任。",
    ];
    expect(documents(interview).length).toBe(1);
  });
});

describe("a page's speakers named by a field or a bracketed member tag (thirteenth wave)", () => {
  it("an author field under each headline (`发言人：…`) is its byline and opens its document", () => {
    const page = [
      "某江日报　2026年5月6日　第4版",
      "把公园绿地还给市民",
      "——市政协专题协商会发言摘登",
      "　　5月5日，市政协召开专题协商会。现将部分发言摘登如下。",
      "拆除围墙开放绿地",
      "发言人：市政协委员　龚某某",
      "　　一、推动公园拆墙透绿。由市林业和园林局牵头制定计划。",
      "　　二、增设出入口。市城市管理局配合做好周边管理。",
      "口袋公园要建在家门口",
      "发言人：农工党某江市委员会",
      "　　（一）盘活边角地块。市自然资源和规划局建立储备清单。",
      "　　（二）配齐休憩设施。各区政府落实管护责任。",
    ];
    const docs = documents(page);
    expect(docs.map((d) => [d.title, d.byline])).toEqual([
      ["拆除围墙开放绿地", "市政协委员　龚某某"],
      ["口袋公园要建在家门口", "农工党某江市委员会"],
    ]);
    expect(docs.map((d) => d.children.length)).toEqual([2, 2]);
  });

  it("a member tag (`【委员】`, `［代表］`) before a name line is a speaker tag, never a speaker with a headline", () => {
    const page = [
      "两会声音｜民生建言",
      "　　两会期间，委员和代表们围绕民生热点积极建言，现摘编如下。",
      "夜间公交再延长一小时",
      "【委员】市政协委员、某公司职员　鲍某某",
      "　　鲍某某建议，市交通运输局会同公交企业把主要线路末班车延后一小时，方便夜班职工回家。",
      "（3月2日　记者　祝某　整理）",
      "社区医院要有儿科",
      "［代表］市人大代表、某医院医生　漆某某",
      "　　漆某某建议，市卫生健康委员会在社区卫生服务中心增设儿科门诊，缓解大医院就诊压力。",
      "（3月2日　记者　祝某　整理）",
    ];
    const result = structure(page.join("\n"), { directory: [] });
    expect(result.documents.map((d) => [d.title, d.byline])).toEqual([
      ["夜间公交再延长一小时", "市政协委员、某公司职员　鲍某某"],
      ["社区医院要有儿科", "市人大代表、某医院医生　漆某某"],
    ]);
    // Each item's speech is one paragraph: its text, no node (one lead phrase is no list).
    expect(result.documents.map((d) => d.children)).toEqual([[], []]);
    // The dated reporter's credit under each item is chrome.
    expect(result.removed?.filter((r) => r.text.startsWith("（3月2日")).map((r) => r.reason)).toEqual(["credit", "credit"]);
  });
});

describe("a post list's last post the reader does not know", () => {
  it("names a person: a known post, `、`, a unit and post, a gap, a name", () => {
    for (const line of ["县政协委员、县消防救援大队干部　某某某", "市政协委员、某社区志愿者 某某", "县政协委员、桐安镇种粮大户　某某"]) {
      expect(parseByline(line, fold(line))?.byline).toBe(line);
    }
  });

  it("needs the gap and a name of two to four characters", () => {
    for (const line of ["县政协委员、县消防救援大队干部", "市政协委员、某社区志愿者们积极参与"]) expect(parseByline(line, fold(line))).toBeNull();
  });
});

describe("a remark signed on its line", () => {
  it("opens no document at the end of a text or over another remark", () => {
    const text = [
      "关于推广错时共享停车的建议",
      "市政协委员　某某",
      "老旧小区停车难，周边单位停车场夜间大多空着。建议市城市管理局牵头，推动单位停车场夜间向居民错时开放。",
      "市政协委员 某某某：可以先在两三个街道试点",
      "市政协委员 某某：很实在的建议。",
    ].join("\n");
    expect(structure(text, undefined).documents.map((d) => d.title)).toEqual(["关于推广错时共享停车的建议"]);
  });

  it("still lets a digest's author-and-title line open a speech with prose under it", () => {
    const speech = "我省中医药资源丰富，但传承创新不足。建议省卫生健康委加强中医药人才培养，推动名老中医经验传承。";
    const text = ["农工党省委会：推进中医药传承创新发展", speech, "民盟省委会：加快发展普惠托育服务", speech].join("\n");
    expect(structure(text, undefined).documents.map((d) => d.title)).toEqual(["推进中医药传承创新发展", "加快发展普惠托育服务"]);
  });
});

describe("a push's short item after a divider line", () => {
  it("cuts at a glyph divider over a headline over a paragraph shorter than the article above", () => {
    const lines = [...main, "▼", "委员参加小区议事会", "4月28日，市政协委员某某参加某小区议事会，与居民一起商量楼道杂物清理和电动车停放问题，并把大家的意见整理成社情民意信息报送。", "编辑：某某"];
    expect(pastedArticles(lines)?.cuts).toEqual([6]);
    const docs = structure(lines.join("\n"), undefined).documents;
    expect(docs.map((d) => d.title)).toEqual(["让背街小巷亮起来", "委员参加小区议事会"]);
  });

  it("does not cut where the divider points at the article's own sections (most of the article under it)", () => {
    const lines = [
      "某某政协",
      "2026-05-03 19:20　某省",
      "让背街小巷亮起来",
      "近日，市政协组织委员就背街小巷照明问题开展专题视察，走访了老城区十余条小巷。",
      "▼",
      "委员们这样建议",
      ...main.slice(3),
      "三、健全管护机制。建议明确背街小巷路灯的管护主体和经费来源，建立群众报修快速响应机制。",
    ];
    expect(pastedArticles(lines)).toBeNull();
  });
});

describe("a timeline's dated stamp", () => {
  it("is no caption: a date, a gap and a short label", () => {
    expect(captionScore("4月15日　现场协商", false)).toBeLessThan(0);
    expect(captionScore("2026年7月9日｜出台导则", false)).toBeLessThan(0);
  });
  it("leaves a caption whose date opens a clause about people", () => {
    expect(captionScore("3月5日委员们在社区调研", false)).toBeGreaterThan(0);
  });
});

describe("a round-up's name lines, name first, over each member's headline", () => {
  const text = [
    "2026-03-08 09:12　来源：某某新闻网",
    "两会聚焦｜三位委员的民生提案",
    "会议期间，委员们围绕群众身边的急难愁盼提交提案，记者从中选取三件。",
    "甲某某　市政协委员、某幼儿园园长",
    "让托育服务嵌进社区",
    "甲某某建议，市卫生健康委牵头，利用社区闲置用房建设嵌入式托育点，按托位给予运营补贴。",
    "乙某某　市政协委员、某公交公司驾驶员",
    "给夜班公交添把火",
    "乙某某建议，市交通运输局优化夜班公交线路，在医院、火车站等站点加密班次。",
    "丙某某　市政协委员、某律师事务所主任",
    "物业纠纷要有快车道",
    "丙某某建议市司法局在街道设立物业纠纷调解工作室，引导业主和物业企业先调解后诉讼。",
  ].join("\n");
  it("splits one document per member, the name line its byline (a worker's 员 is a post)", () => {
    const docs = structure(text, undefined).documents;
    expect(docs.map((d) => d.title)).toEqual(["让托育服务嵌进社区", "给夜班公交添把火", "物业纠纷要有快车道"]);
    expect(docs[1].byline).toBe("乙某某　市政协委员、某公交公司驾驶员");
  });
});

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

describe("a later document's title as typed", () => {
  it("gives a headline back its ideographic space when its own line has one", () => {
    const docs = titlesAsTyped([{ title: "设立维保资金 明确责任主体" }, { title: "推行 电梯保险" }], "设立维保资金　明确责任主体\n推行 电梯保险");
    expect(docs.map((d) => d.title)).toEqual(["设立维保资金　明确责任主体", "推行 电梯保险"]);
  });
});

describe("a report's headline naming its topic before a colon (sixteenth wave)", () => {
  it("opens the report over a 副题 and a reporter's byline, so a page guide's brief after it splits too", () => {
    const page = [
      "某某报",
      "本版导读",
      "· 农村公厕：建成以后谁来管",
      "· 城区新增两处公共停车场",
      "农村公厕：建成以后谁来管",
      "——县政协农村公厕管护专题调研综述",
      "□ 本报记者　某某",
      "　　今年以来，县政协组织委员走访了10个乡镇、30个行政村，对农村公厕管护情况开展专题调研。",
      "　　委员们建议，由县农业农村局牵头建立管护台账，乡镇落实保洁人员和经费。",
      "城区新增两处公共停车场",
      "　　本报讯　9月2日，城区两处公共停车场建成开放，新增泊位360个。",
    ];
    expect(documents(page).map((d) => d.title)).toEqual(["农村公厕：建成以后谁来管", "城区新增两处公共停车场"]);
  });
});
