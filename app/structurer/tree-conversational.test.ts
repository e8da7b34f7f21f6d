/**
 * The tree on conversational and unnumbered text (docs/structure-format.md, "Tree:
 * conversational and unnumbered text"). Every input is made up for the test; none is taken
 * from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { assignKinds } from "./kinds";
import { parseLineMarker, repeatedGlyphs } from "./markers";
import { hasLeadPhrase, isClearlyNarrative, isRecommendationLike } from "./paragraphs";
import { shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];
const tree = (lines: string[]) => shape(doc(lines).children);

describe("reported speech after a scene is no measure", () => {
  it("`座谈时，某局负责人表示，……` closing a list of lead-phrase items continues the last one", () => {
    const text = [
      "镇政协工作组调研农村公厕管护",
      "日前，镇政协工作组走访了8个村的公厕。",
      "工作组提出建议：",
      "落实管护责任。由镇农业农村办牵头，明确每座公厕的管护人员。",
      "保障管护经费。镇财政所要把公厕管护经费列入年度预算。",
      "座谈时，镇农业农村办负责人表示，将尽快制定公厕管护办法。",
    ];
    expect(tree(text)).toBe("R R");
    expect(isClearlyNarrative(fold("调研期间，一位村民说：“厕所修好了没人管。”"))).toBe(true);
  });

  it("`走访中，X表示“……”。` is no lead phrase", () => {
    expect(hasLeadPhrase(fold("走访中，不少店主表示“房租涨得太快”。委员们还发现……"))).toBe(false);
    expect(hasLeadPhrase(fold("稳定商铺租金。市商务局要……"))).toBe(true);
  });
});

describe("repeated pictographs are bullets", () => {
  it("a glyph opening two or more sentences is the bullet; a decorated headline is not", () => {
    const lines = ["🌟 社区食堂这样办", "🔸 价格要实惠，由街道牵头确定标准。", "🔸 菜品要丰富，每周更新菜单。", "📍谁可以办卡？"];
    expect([...repeatedGlyphs(lines)]).toEqual(["🔸"]);
    const glyphs = repeatedGlyphs(lines);
    expect(parseLineMarker(lines[1], fold(lines[1]), { glyphs })?.family).toBe("bullet");
    expect(parseLineMarker(lines[0], fold(lines[0]), { glyphs })).toBeNull();
  });

  it("items behind a repeated emoji are items even without a lead phrase", () => {
    const text = [
      "委员说｜让公园夜里也亮起来",
      "不少市民反映，晚上到公园散步，路灯太暗。委员们建议👇",
      "🔹 照明要补上，区城管局在主园路增设路灯，年底前完成。",
      "🔹 巡逻要跟上，区公安分局在夜间增加巡逻频次。",
    ];
    expect(tree(text)).toBe("R R");
  });
});

describe("keycaps and label rows", () => {
  it("a keycap digit (`2️⃣`) numbers its line like ②", () => {
    const line = "2️⃣ 规范停车秩序。交警部门要加强劝导。";
    const m = parseLineMarker(line, fold(line));
    expect(m?.family).toBe("circled");
    expect(m?.number).toBe(2);
    expect(m?.rest.startsWith("规范停车秩序")).toBe(true);
  });

  it("`现状：` / `问题：` rows are background beside a `建议：` row over items", () => {
    const text = [
      "委员说｜让老旧小区用上充电桩",
      "◾现状：全区老旧小区有电动车约2万辆，公共充电桩只有600个，缺口较大。",
      "◾问题：电力容量不足，物业不愿配合，居民飞线充电屡禁不止，隐患突出。",
      "◾建议：",
      "1️⃣ 加快电力扩容。区发改局要会同供电公司制定老旧小区扩容计划。",
      "2️⃣ 压实物业责任。区住建局把配合安装充电设施纳入物业考核。",
    ];
    expect(tree(text)).toBe("B B H(R R)");
  });
});

describe("lines that head nothing", () => {
  it("a card label with an ordinal (`对策二`) over one paragraph numbers that paragraph", () => {
    const text = [
      "关于规范校外培训的调研摘要",
      "对策一",
      "严格准入审批。区教育局要会同区市场监管局明确培训机构设置标准。",
      "对策二",
      "加强资金监管。推行预收费资金托管，防止机构“卷款跑路”。",
    ];
    const d = doc(text);
    expect(shape(d.children)).toBe("R R");
    expect(d.children.map((n) => n.marker)).toEqual(["对策一", "对策二"]);
  });

  it("a date-and-duration line over a programme's guest list is no section", () => {
    const text = [
      "第7期｜聊聊社区养老",
      "2026.04.02 · 35分钟",
      "本期嘉宾：区政协委员某某；区民政局某某",
      "▍社区养老难在哪",
      "主持人：您怎么看？",
      "某某：床位不少，但护理员不够，很多老人住不进来。",
      "▍委员的建议",
      "某某：第一，扩充护理队伍。区人社局要开展护理员定向培训。",
      "第二，提高护理补贴。区财政局按照护理等级给予补贴。",
    ];
    // The line is the programme's info line: the head takes its date and removes it (metadata).
    const result = structure(text.join("\n"));
    const d = result.documents[0];
    expect(result.removed?.find((r) => r.text.includes("35分钟"))?.reason).toBe("metadata");
    expect(d.date).toBe("2026-04-02");
    expect(shape(d.children)).toBe("B H(R R)");
  });

  it("two bare phrases and no sentence (a cover) are no recommendation", () => {
    const text = [
      "一图看懂｜区政协助力夜间经济",
      "委员们提出了两方面建议。",
      "繁荣夜间经济",
      "协商成果速览",
      "协商背景",
      "全区夜间消费额占全天的三成，但夜间消费场景少、交通不便。",
      "对策一",
      "丰富夜间消费场景。区商务局要打造两条特色夜市街区。",
      "对策二",
      "优化夜间交通。区交通运输局延长公交末班时间。",
    ];
    expect(tree(text)).toBe("B R R");
  });
});

describe("a contents box and a video card", () => {
  it("`本文目录` over bulleted entries that recur as the headings below is removed; the headings stay", () => {
    const text = [
      "委员建言｜让背街小巷亮起来",
      "本文目录",
      "▹ 一、小巷为何“暗”",
      "▹ 二、委员们怎么建议",
      "近年来，城区背街小巷改造提速，但夜间照明不足的问题仍然突出。",
      "一、小巷为何“暗”",
      "调研发现，不少小巷路灯年久失修，产权不清，无人维护。",
      "二、委员们怎么建议",
      "理清管护责任。区城管局要会同街道逐条明确路灯管护单位。",
      "加快补齐照明。区住建局在今年改造计划中统筹安装路灯。",
    ];
    const result = structure(text.join("\n"));
    expect((result.removed ?? []).map((r) => r.text)).toEqual(expect.arrayContaining(["本文目录", "▹ 一、小巷为何“暗”", "▹ 二、委员们怎么建议"]));
    expect(shape(result.documents[0].children)).toBe("B H(R R)");
  });

  it("a bullet whose text is only a video's running time is no item: the line goes with the page's furniture, what follows it joins the intro", () => {
    const text = [
      "区政协委员为噪声治理支招",
      "▶︎ 02:15",
      "今年以来，噪声类投诉同比增长两成，委员们为此开展了专题调研。",
      "▶ 管住夜间施工。区住建局要严格夜间施工审批。",
      "▶ 规范广场舞。区城管局会同街道划定活动区域和时段。",
    ];
    // With the page-chrome stage the time mark is removed (keepable in the preview), not text.
    const result = structure(text.join("\n"));
    const d = result.documents[0];
    expect(shape(d.children)).toBe("R R");
    expect((result.removed ?? []).map((r) => r.text)).toContain("▶︎ 02:15");
    expect(d.intro).toContain("噪声类投诉");
  });
});

describe("framing is no measure", () => {
  it("the line that announces the list (`调研组提出以下建议。`) is none of its items", () => {
    const text = [
      "区政协调研组建言老旧小区停车",
      "近日，区政协调研组走访了5个老旧小区。",
      "建议书提出以下建议。",
      "挖掘停车资源。区住建局要利用边角地新建停车位。",
      "推行错时共享。机关事业单位停车场夜间向居民开放。",
    ];
    expect(tree(text)).toBe("R R");
  });

  it("an editor's note (`编者按：`, `【导语】`) reads as no measure", () => {
    expect(isRecommendationLike(fold("编者按：推进托育服务。本期我们请委员谈一谈。"))).toBe(false);
    expect(isRecommendationLike(fold("【导语】加快发展银发经济。市政协为此召开座谈会。"))).toBe(false);
    expect(hasLeadPhrase(fold("导语：加快发展银发经济。市政协为此召开座谈会。"))).toBe(false);
  });

  it("a plain paragraph after a paragraph's own 一是……二是 list closes it", () => {
    const text = [
      "委员建言社区充电桩建设",
      "在近日召开的座谈会上，委员们建议：一是科学规划布点，区发改局要会同供电公司编制社区充电设施规划；二是规范安装管理，区住建局要明确物业配合安装的责任。",
      "会议结束。委员们还察看了两处新建的充电站。",
    ];
    expect(tree(text)).toBe("R R");
  });
});

describe("kinds: a heading that asks", () => {
  it("a question heading opening with a policy verb, over problems only, is background", () => {
    const n = { title: "保障怎么跟上", text: "保障怎么跟上\n全区护理员只有300人，不少机构还存在招人难、留人难的问题。", children: [] };
    assignKinds([n]);
    expect((n as { kind?: string }).kind).toBe("background");
    const m = { title: "保障怎么跟上", text: "保障怎么跟上\n建议区人社局开展护理员定向培训。", children: [] };
    assignKinds([m]);
    expect((m as { kind?: string }).kind).toBe("recommendation");
  });
});

describe("a section of reported speech", () => {
  it("several speakers' words reported under a section are background, even where one proposes", () => {
    const d = doc([
      "某区政协“口袋公园建设”界别协商会纪要",
      "一、会议情况",
      "5月9日，区政协召开界别协商会，6位委员围绕口袋公园建设发言。",
      "二、交流发言",
      "委员、某设计院规划师甘某某说，现有口袋公园大多只铺了草坪，缺少座椅和遮阴。",
      "委员、某小学教师柏某某表示，孩子放学后没有就近活动的地方，建议增加儿童游戏设施。",
      "三、协商意见",
      "（一）补齐休憩设施。区城管局为口袋公园增设座椅和遮阴设施。",
      "（二）增加儿童游戏空间。区住建局在新建口袋公园中预留儿童活动区。",
    ]);
    expect(shape(d.children)).toBe("B B H(R R)");
  });

  it("a body's collective view or a leader's instruction is no report: it may recommend", async () => {
    const { reportedSpeech } = await import("./kinds");
    expect(reportedSpeech(fold("县政协委员、某校校长某某说，宿舍不足。"))).toBe(true);
    expect(reportedSpeech(fold("委员们表示，要加快建设。"))).toBe(false);
    expect(reportedSpeech(fold("副主席某某在讲话中说，要抓好落实。"))).toBe(false);
    expect(reportedSpeech(fold("会议认为，应当加快推进。"))).toBe(false);
  });
});

describe("a question about where the trouble lies, then the advice question", () => {
  it("reads the problem answer's items as background and the advice answer's items as top-level", () => {
    const d = doc([
      "社区养老，难在哪、怎么办",
      "问：社区养老服务难点卡在哪儿？",
      "答：一是护理人员不足，二是服务场地紧张，三是运营经费不稳定。",
      "问：有什么建议？",
      "答：首先，壮大护理队伍。民政部门要开展护理员免费培训。其次，盘活闲置用房。街道要把闲置用房优先用于养老服务。最后，完善运营补贴。财政部门对运营良好的站点给予奖励。",
    ]);
    expect(shape(d.children)).toBe("B B B R R R");
  });

  it("keeps a section heading's items under it when the section opens with its question", () => {
    const d = doc([
      "社区养老访谈",
      "▍现状",
      "主持人：社区养老现在怎么样？",
      "嘉宾：全区已建成站点30个，但使用率不高，老人反映服务项目少。",
      "▍建议",
      "主持人：您有哪些建议？",
      "嘉宾：第一，丰富服务项目。街道要引入专业机构提供助餐、助浴服务。",
      "第二，加强人员培训。民政部门要开展护理员培训。",
    ]);
    expect(shape(d.children)).toMatch(/H\(R R\)$/);
  });
});
