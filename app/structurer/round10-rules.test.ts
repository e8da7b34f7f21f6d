/**
 * Rules added when the eighth held-out folder (content/corpus-holdout-8) was opened and
 * tuned to (issue 12, round 10). Each input here is made up for the test; none is taken
 * from the corpus.
 */
import { describe, expect, it } from "vitest";
import { lineVerdict } from "./chrome-rules";
import { detectDepartments } from "./departments";
import { isBackgroundTitle } from "./kinds";
import { detect, directoryIndex, removed, shape, structure } from "./rule-test-support";

const body = [
  "　　近年来，我县农村集中供气覆盖面不断扩大，但部分管线老化、巡检不到位，安全隐患时有发生。",
  "一、摸清管线底数。县住建局牵头，对全县农村燃气管线开展全面排查，建立隐患台账。",
  "二、落实巡检责任。燃气企业每月巡检一次，乡镇做好日常监督。",
];

describe("footers, tabs and bulletin furniture (round 10)", () => {
  it("a line with two contact fields is contact, whatever precedes them", () => {
    expect(lineVerdict("◇青禾晚报社出版◇地址：青禾市湖滨路9号　邮编：410000")).toBe("contact");
    expect(lineVerdict("本社地址：某市文昌路12号　订报热线：（0731）5566××××")).toBe("contact");
    expect(lineVerdict("报名表应写明家庭地址：门牌号码和联系电话：本人手机，由社区统一收集后报送。")).toBeNull();
  });

  it("a portal's live-transcript tab and a related-interviews header are chrome", () => {
    expect(lineVerdict("图文直播")).toBe("widget");
    expect(lineVerdict("往期访谈：")).toBe("related");
    const text = ["关于农村燃气安全的建议", ...body, "相关视频：", "· 县应急局谈汛期值守", "· 县政协委员谈乡村公路"].join("\n");
    expect(removed(text)).toEqual(["相关视频：", "· 县应急局谈汛期值守", "· 县政协委员谈乡村公路"]);
  });

  it("a bulletin's distribution lines and print count are metadata", () => {
    expect(lineVerdict("报：市委、市政府分管领导")).toBe("metadata");
    expect(lineVerdict("送：市应急局、市住建局")).toBe("metadata");
    expect(lineVerdict("（共印45份）")).toBe("metadata");
    expect(lineVerdict("送：温暖进万家")).toBeNull();
  });

  it("a bracketed reporter credit that compiled the page, a scan prompt, a reading-time note, a hashtag label", () => {
    expect(lineVerdict("（本报记者　杜某　整理）")).toBe("credit");
    expect(lineVerdict("扫码了解更多代表建议")).toBe("ad");
    expect(lineVerdict("阅读本文大约需要4分钟")).toBe("metadata");
    expect(lineVerdict("#政协好声音#")).toBe("column");
    expect(lineVerdict("（本报记者　杜某）认为这很重要。")).toBeNull();
  });

  it("a hashtag label over a headline is not the title", () => {
    const text = ["#代表建言#", "农村燃气安全怎么管？县政协委员这样说", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("农村燃气安全怎么管？县政协委员这样说");
  });
});

describe("exported group chats (round 10)", () => {
  const chat = [
    "群聊“县政协提案委工作群”的聊天记录",
    "————  2026-05-11  ————",
    "委员孔某 10:02",
    "大家好，燃气安全的提案稿发一下，请各位把关🙏",
    "委员孔某 10:03",
    "关于加强农村燃气安全管理的建议",
    "",
    ...body,
    "",
    "委员邓某 10:15",
    "赞同，第二条很实在",
    "委员孔某 10:16",
    "好的",
  ].join("\n");

  it("the header, the speaker lines and the short turns are chat; the pasted draft is the text", () => {
    const r = structure(chat);
    expect(r.documents[0].title).toBe("关于加强农村燃气安全管理的建议");
    expect(shape(r.documents[0].children)).toBe("R R");
    const gone = removed(chat);
    expect(gone).toContain("大家好，燃气安全的提案稿发一下，请各位把关🙏");
    expect(gone).toContain("赞同，第二条很实在");
    expect(gone).toContain("委员邓某 10:15");
    expect((r.removed ?? []).filter((x) => x.reason === "chat").length).toBeGreaterThanOrEqual(8);
  });

  it("one speaker/time line alone is not a chat", () => {
    expect(removed(["关于农村燃气安全的建议", "会议开始 09:30", ...body].join("\n"))).toEqual(["会议开始 09:30"]);
  });
});

describe("captions (round 10)", () => {
  it("the last line before the footer that shows a place told of anywhere above is a caption", () => {
    const text = [
      "老旧小区燃气改造有了新办法",
      "　　5月9日，家住青禾县杏林路小区的李大爷说，管道改造后做饭安心多了。",
      "　　今年以来，县政协把燃气改造作为协商议题，委员们深入12个小区听取意见，形成协商成果。",
      "　　明确改造标准。由县住建局制定改造技术导则，街道做好组织协调。",
      "　　加强资金保障。县财政对每户给予500元补贴，燃气企业承担管线费用。",
      "杏林路小区改造后的燃气管道",
      "本版编辑　毛某",
    ].join("\n");
    expect(removed(text)).toContain("杏林路小区改造后的燃气管道");
  });
});

describe("running headers and wrapped titles (round 10)", () => {
  it("a running header's first occurrence goes when a title wrapped over two lines follows it", () => {
    const text = [
      "青禾县政协专题材料",
      "青禾县农村燃气安全管理情况的",
      "调研报告",
      "　　县政协城建委于6月组织委员开展专题调研，现将有关情况报告如下。",
      "一、摸清管线底数。县住建局牵头，对全县农村燃气管线开展全面排查，建立隐患台账。",
      "- 1 -",
      "青禾县政协专题材料",
      "二、落实巡检责任。燃气企业每月巡检一次，乡镇做好日常监督。",
    ].join("\n");
    expect(structure(text).documents[0].title).toBe("青禾县农村燃气安全管理情况的调研报告");
    expect(removed(text).filter((l) => l === "青禾县政协专题材料")).toHaveLength(2);
  });
});

describe("speech digest pages with bare bylines above the headlines (round 10)", () => {
  const page = [
    "青禾日报",
    "省两会特别报道·代表之声",
    "让山乡燃气用得安心",
    "　　本报讯　省两会期间，我市委员围绕农村燃气安全积极建言。本版摘登两位委员的建议。",
    "委员　钟某某",
    "摸清农村燃气管线底数",
    "　　山区农户居住分散，管线老化问题突出。建议：",
    "　　一是建立隐患台账。县住建局牵头开展全面排查。二是落实整改责任。燃气企业限期整改隐患。",
    "委员　祁某",
    "让巡检走进每个村",
    "　　一是落实巡检制度。燃气企业每月巡检一次。二是加强监督。乡镇做好日常监督检查。",
  ].join("\n");

  it("a series label is a column; a member's title and name is a byline, not a caption", () => {
    expect(lineVerdict("省两会特别报道·代表之声")).toBe("column");
    expect(lineVerdict("两会特别报道")).toBe("column");
    expect(lineVerdict("春耕·备耕")).toBeNull();
    const gone = removed(page);
    expect(gone).toContain("省两会特别报道·代表之声");
    expect(gone).not.toContain("委员　钟某某");
  });

  it("each byline opens a speaker's document under its headline; the page headline and brief open the first", () => {
    const docs = structure(page).documents;
    expect(docs.map((d) => d.title)).toEqual(["摸清农村燃气管线底数", "让巡检走进每个村"]);
    // The byline as typed (its ideographic space kept: byline-surface.ts).
    expect(docs.map((d) => d.byline)).toEqual(["委员　钟某某", "委员　祁某"]);
    expect(docs.map((d) => shape(d.children))).toEqual(["R R", "R R"]);
  });
});

describe("online interviews with bracketed turns (round 10)", () => {
  const interview = [
    "访谈主题：让农村燃气用得更安全",
    "访谈嘉宾：县政协委员 苗某某",
    "【主持人】各位网友好！今天请来县政协委员苗某某，聊聊农村燃气安全。",
    "【苗某某】大家好！",
    "【网友“山间清风”】村里的燃气管子老化了怎么办？",
    "【苗某某】这个问题确实存在，不少管线用了十多年。",
    "【主持人】您有什么建议？",
    "【苗某某】我有三点建议。首先，摸清管线底数。县住建局牵头开展全面排查，建立隐患台账。其次，落实巡检责任。燃气企业每月巡检一次。最后，加强宣传教育。乡镇组织安全用气宣讲进村入户。",
    "【主持人】谢谢苗某某委员！",
  ].join("\n");

  it("the bracketed labels are speakers: a netizen's question is no heading; the counted measures are the items", () => {
    const doc = structure(interview).documents[0];
    expect(shape(doc.children)).toBe("R R R");
    expect(doc.children.map((n) => n.title)).toEqual(["摸清管线底数", "落实巡检责任", "加强宣传教育"]);
  });

  it("a one-off bracketed tag (【案由】) is no speaker's turn, and points of an argument are not cut", () => {
    const tags = structure(["关于农村燃气安全的建议", "【案由】农村燃气管线老化，隐患较多。", "【办法】一是摸清底数。县住建局牵头排查。二是落实巡检。燃气企业每月巡检。"].join("\n"));
    expect(tags.documents[0].intro).toContain("【案由】");
    const argument = structure(["农村燃气安全的几点思考", "他说，这件事不好办。首先，在管线方面还存在老化问题。其次，在巡检方面仍然存在缺口。"].join("\n"));
    expect(argument.documents[0].children).toHaveLength(0);
  });
});

describe("departments (round 10)", () => {
  it("a unit's name never opens with a preposition: a list after 向 is the object", () => {
    expect(detect("镇政府形成调研报告后，向县委、县政府报送。")).toEqual(["区人民政府:mentioned"]);
  });

  it("an unknown member ending in 部门 is skipped whole before the list's verb", () => {
    expect(detect("商务、畜牧部门配合。")).toEqual(["市商务局:co"]);
  });

  it("a verb that takes a body as its object is no place name before its level prefix", () => {
    expect(detect("在主要路口安装探头，接入区大数据中心平台，实现违停自动抓拍。")).toEqual(["区大数据中心:mentioned:new"]);
  });

  it("a level prefix belongs to a chief system's office; a level's supply cooperative is a new body", () => {
    expect(detect("区林长办要对林长履职情况开展年度考核。")).toEqual(["区林长办:lead:new"]);
    expect(detect("市商务局会同市供销社组织农产品展销。")).toEqual(["市商务局:lead", "市供销社:co:new"]);
  });

  it("a weak stem after a level prefix gives way to the longer body it opens", () => {
    expect(detect("区应急指挥中心要完善预警信息发布流程。")).toEqual(["区应急指挥中心:lead:new"]);
  });

  it("registration and trading centres are bodies without a level; a service hall is no 厅", () => {
    expect(detect("公共资源交易中心要全面推行电子招投标。")).toEqual(["公共资源交易中心:lead:new"]);
    expect(detect("在各镇政务服务大厅设立专窗。")).toEqual([]);
  });

  it("农牧部门 is the agriculture and rural affairs department (an autonomous region's provincial one)", () => {
    const text = "一是完善冷链物流网络。自治区商务厅牵头，农牧部门配合，在自治区各旗县建设冷库。";
    const mentions = detectDepartments(text, directoryIndex, { level: "省", suggestNew: true }).map((m) => `${m.name}:${m.role}`);
    expect(mentions).toEqual(["省商务厅:lead", "省农业农村厅:co"]);
  });
});

describe("departments, from holdout-7 (round 10)", () => {
  it("a service hall or window after a prefixed form is a place, not a body; nor is a company after a stem", () => {
    expect(detect("在各区政务服务大厅设立企业开办专区。")).toEqual([]);
    expect(detect("区粮食储备公司在主产镇设立收购点。")).toEqual([]);
  });

  it("省定 (set by the province) is no level prefix", () => {
    expect(detect("区财政按照不低于省定标准足额拨付公办幼儿园经费。")).toEqual(["区财政:lead:new"]);
  });

  it("a clause that reports a figure assigns nothing", () => {
    expect(detect("近年来投诉逐年增多，12345热线涉及停车的诉求去年达到1.6万件。")).toEqual(["市政务服务管理局:mentioned"]);
  });

  it("a place name between a cue and a prefixed name belongs to the name", () => {
    expect(detect("青禾市民政局会同青禾市财政局制定补贴办法。")).toEqual(["市民政局:lead", "市财政局:co"]);
  });
});

describe("inline sequences after a reported speech (round 10, holdout-7)", () => {
  it("委员们建议，首先要……；其次要……；再次要……: the measures are items, the modal part of the marker", () => {
    const text = [
      "县政协委员热议农村燃气安全",
      "　　近年来，我县农村燃气用户快速增加，但管线老化问题突出。",
      "　　委员们建议，首先要摸清管线底数，由县住建局牵头开展排查；其次要落实巡检责任，燃气企业每月巡检一次；再次要加强宣传教育，乡镇组织安全用气宣讲。",
    ].join("\n");
    const doc = structure(text).documents[0];
    expect(shape(doc.children)).toBe("R R R");
    expect(doc.children.map((n) => n.marker)).toEqual(["首先要", "其次要", "再次要"]);
  });
});

describe("dash-led recommendations after a lead-in (round 10, holdout-7)", () => {
  const text = [
    "委员聚焦农村燃气安全",
    "　　在日前召开的县政协常委会会议上，农村燃气安全成为委员们关注的焦点。",
    "　　针对这些问题，委员们建议：",
    "　　——摸清管线底数。由县住建局牵头，对全县农村燃气管线开展全面排查。",
    "　　——补齐巡检力量短板。燃气企业按用户数配齐巡检人员，每月巡检一次。",
    "　　县住建局有关负责人表示，将吸纳委员建议，年内完成隐患整改。",
  ].join("\n");

  it("a lead dash is no part of a title's words (补齐…短板 is a measure); a reported statement closes the list", () => {
    expect(shape(structure(text).documents[0].children)).toBe("R R");
  });
});

describe("lead phrases closed by a semicolon (round 10, holdout-7)", () => {
  it("a first clause with a comma, closed by ；, is no lead phrase: the numbered line's text, not an item", () => {
    const text = [
      "关于加强农村燃气安全的建议",
      "近年来，我县农村燃气用户快速增加，但管线老化问题突出。",
      "一、摸清管线底数",
      "由县住建局牵头，对全县农村燃气管线开展全面排查。",
      "二、落实巡检责任",
      "推动出台燃气巡检管理办法，让巡检有章可循；县应急局加强监督检查，消除安全隐患。",
    ].join("\n");
    expect(shape(structure(text).documents[0].children)).toBe("R R");
  });
});

describe("situation headings (round 10, holdout-7)", () => {
  it("a heading ending in a situation noun (态势, 状况, 形势, 概况) opens background", () => {
    expect(isBackgroundTitle("产业发展态势")).toBe(true);
    expect(isBackgroundTitle("燃气安全状况")).toBe(true);
    expect(isBackgroundTitle("提升燃气安全状况")).toBe(false);
  });
});
