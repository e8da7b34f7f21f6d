// Where a page's next document starts, in lists and round-ups: a post list's last post, a remark signed
// on its line, a push's item after a divider, a timeline's stamp, a round-up's name lines and datelines,
// a later document's title as typed, a report's headline naming its topic before a colon.
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
