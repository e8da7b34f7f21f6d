/**
 * The tree of dialogue records and work plans (docs/structure-format.md, "Tree shape in records
 * and plans (2026-12-04, thirteenth wave)"): a counting sentence glued before the first measure,
 * bracketed labels over turns, a glyph before an item's own number, a target section. Every
 * input is made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { countsBeforeFirst } from "./lead-in-split";
import { parseLineMarker } from "./markers";
import { setsTarget } from "./retrospect";
import { removed, shape, structure } from "./rule-test-support";
import { isRecordRow } from "./table-rows";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];
const titles = (lines: string[]) => doc(lines).children.map((n) => n.title);

describe("a sentence counting the measures glued before the first", () => {
  it("reads a numeral and a classifier before the first marker, not a measure's own sentence", () => {
    expect(countsBeforeFirst(fold("我有四点建议。第一，明确监管职责。"), fold("第二，严格核验。"))).toBe(true);
    expect(countsBeforeFirst(fold("我提了三条建议。首先，加密线路。"), fold("其次，推行预约。"))).toBe(true);
    expect(countsBeforeFirst(fold("主要有两个方面：一是补短板。"), "二是强弱项。")).toBe(true);
    expect(countsBeforeFirst(fold("完善村规民约。第一，……"), fold("第二，……"))).toBe(false);
    expect(countsBeforeFirst(fold("我有四点建议。明确监管职责。"), fold("第二，……"))).toBe(false);
    // A whole list inline in the answer (`主要是三个方面。一是……；二是……`) is left to the answer's reading.
    expect(countsBeforeFirst(fold("主要是三个方面。一是布点不均；二是运营困难。"), fold("问：对此您有哪些建议？"))).toBe(false);
  });

  it("titles the first measure by its lead phrase after a speaker's label (a studio transcript)", () => {
    const text = [
      "社区助餐怎样更可口",
      "主持人：欢迎收看本期节目。您调研中发现了什么？",
      "某某某：不少助餐点菜品单一，老人吃了几次就不来了。",
      "主持人：那您有什么建议？",
      "某某某：我提两条建议。第一，丰富菜品供给。市民政局要指导助餐点每周更新菜单。",
      "第二，引入专业团队。市商务局可以组织餐饮企业承接助餐点运营。",
      "主持人：谢谢您。",
    ];
    expect(titles(text)).toEqual(["丰富菜品供给", "引入专业团队"]);
  });

  it("does the same with no label, and leaves a paragraph whose next one opens no second marker", () => {
    const counted = ["河道保洁谁来管", "我有两点建议。一是明确保洁责任。区水务局要逐段落实保洁单位。", "二是加大保洁投入。区财政局要把经费纳入预算。"];
    expect(titles(counted)).toEqual(["明确保洁责任", "加大保洁投入"]);
    const alone = ["河道保洁谁来管", "我有两点建议。一是明确保洁责任。区水务局要逐段落实保洁单位。", "河道干净了，群众都说好。"];
    expect(titles(alone)).not.toContain("加大保洁投入");
  });
});

describe("bracketed labels over the turns of a dialogue", () => {
  const record = [
    "老旧电梯改造怎么推",
    "【第一问】",
    "主持人：某委员，您调研发现了哪些问题？",
    "某某：不少老旧小区电梯运行超过十五年，故障频发。",
    "【第二问】",
    "主持人：您有什么建议？",
    "某某：我有两点建议。第一，摸清电梯底数。市市场监管局要建立老旧电梯台账。",
    "第二，拓宽资金渠道。市住建局会同市财政局研究使用维修资金的办法。",
    "【网友提问】",
    "网友“楼上楼下”：改造期间老人怎么上下楼？",
    "某某：可以由社区组织志愿者帮助。",
  ];

  it("are removed, and the answer's measures are the document's items", () => {
    const out = removed(record.join("\n"));
    expect(out).toEqual(expect.arrayContaining(["【第一问】", "【第二问】", "【网友提问】"]));
    expect(shape(doc(record).children)).toBe("R R");
  });

  it("stay where no speaker opens two turns (a label over a paragraph of prose)", () => {
    const prose = ["老旧电梯改造怎么推", "【问题】", "某某：不少老旧小区电梯运行超过十五年，故障频发。", "【建议】", "市市场监管局要建立老旧电梯台账。"];
    expect(removed(prose.join("\n"))).not.toContain("【问题】");
  });
});

describe("a glyph before an item's own number", () => {
  it("takes the number as the marker, so the title starts after both", () => {
    const m = parseLineMarker("🔸（二）打通预警渠道。县应急管理局牵头。", fold("🔸（二）打通预警渠道。县应急管理局牵头。"), { glyphs: new Set(["🔸"]) });
    expect(m?.marker).toBe("🔸（二）");
    expect(m?.rest.startsWith("打通预警渠道")).toBe(true);
    const square = parseLineMarker("■ 2．强化温控监管。", fold("■ 2．强化温控监管。"));
    expect(square?.marker).toBe("■ 2．");
  });

  it("keeps a plain bullet's marker null and titles each item without the ordinal", () => {
    const text = ["社区微更新这样做", "委员们提出了以下建议。", "✅ 一是补齐照明。区城管局要在背街小巷增设路灯。", "✅ 二是修好步道。区住建局对破损步道限期修复。"];
    expect(titles(text)).toEqual(["补齐照明", "修好步道"]);
    expect(doc(text).children.map((n) => n.marker)).toEqual(["✅ 一是", "✅ 二是"]);
    const plain = ["社区微更新这样做", "✅ 补齐照明。区城管局要在背街小巷增设路灯。", "✅ 修好步道。区住建局对破损步道限期修复。"];
    expect(doc(plain).children.map((n) => n.marker)).toEqual([null, null]);
  });
});

describe("a target for a date to come", () => {
  it("is set, not reported, without 已 or 累计", () => {
    expect(setsTarget(fold("到2027年底，全市社区食堂覆盖率达到90%。"))).toBe(true);
    expect(setsTarget(fold("力争至2028年，全县实现村级服务站全覆盖。"))).toBe(true);
    expect(setsTarget(fold("到2026年秋季学期末，全县食堂覆盖率达到100%。"))).toBe(true);
    expect(setsTarget(fold("到2025年底，全市已建成社区食堂120个。"))).toBe(false);
    expect(setsTarget(fold("全市现有社区食堂120个，覆盖率达到60%。"))).toBe(false);
  });

  it("makes a plan's target section over it a recommendation", () => {
    const text = [
      "关于推进社区食堂建设的工作方案",
      "一、工作目标",
      "到2027年底，全市社区食堂覆盖率达到90%以上。",
      "二、主要措施",
      "（一）加密网点。市民政局利用社区用房建设食堂。",
      "（二）落实补贴。市财政局按就餐人次给予补贴。",
    ];
    expect(shape(doc(text).children)).toBe("R H(R R)");
  });
});

describe("a table pasted as rows", () => {
  it("the header row is no item; rows with a sentence are items numbered by their number cell", () => {
    const d = doc([
      "村级道路养护座谈会意见汇总",
      "座谈会后，根据发言整理意见如下。",
      "序号\t意见内容\t提出人\t承办单位",
      "1\t摸清破损路段，建立养护台账。\t委员 某某\t县交通运输局",
      "2\t落实养护资金，按里程核定补助。\t委员 某某\t县财政局",
      "3\t组织村民护路队，吸纳本村劳力。\t代表 某某\t各乡镇",
    ]);
    expect(shape(d.children)).toBe("R R R");
    expect(d.children.map((c) => [c.marker, c.title])).toEqual([
      ["1", "摸清破损路段，建立养护台账"],
      ["2", "落实养护资金，按里程核定补助"],
      ["3", "组织村民护路队，吸纳本村劳力"],
    ]);
  });

  it("rows of names only (a number, a document, bodies, a person) are the section's text", () => {
    expect(isRecordRow(fold("1\t0012\t关于改善村道照明的提案\t县交通运输局\t县财政局\t某某"))).toBe(true);
    expect(isRecordRow(fold("序号\t提案号\t案由\t主办单位\t协办单位"))).toBe(true);
    expect(isRecordRow(fold("1\t摸清破损路段，建立养护台账。\t委员 某某\t县交通运输局"))).toBe(false);
    const d = doc([
      "关于印发重点提案督办安排的通知",
      "一、督办重点",
      "今年确定重点提案3件，实行县领导领衔督办，分工如下：",
      "序号\t提案号\t案由\t主办单位\t协办单位",
      "1\t0012\t关于改善村道照明的提案\t县交通运输局\t县财政局",
      "2\t0031\t关于办好乡村学校食堂的提案\t县教育局\t县市场监管局",
      "二、督办方式",
      "开展实地督办。督办组每半年到主办单位了解进度。",
      "召开协商会。提案委员会会同主办单位召开办理协商会。",
    ]);
    expect(shape(d.children)).toBe("R H(R R)");
  });
});

describe("a progress section", () => {
  it("after a section of recommendations reports the measures taken: a recommendation", () => {
    const d = doc([
      "提案追踪｜让村道亮起来",
      "去年，有委员提交了改善村道照明的提案。",
      "问题在哪",
      "调研显示，全县仍有三成村道没有路灯，群众夜间出行不便。",
      "委员建议",
      "摸清照明缺口。县交通运输局牵头，逐村排查无灯路段。",
      "落实建设资金。县财政局安排专项资金，分年度实施。",
      "办理进展",
      "县交通运输局作为主办单位，今年已新装路灯1200盏，覆盖村道86公里。",
    ]);
    expect(shape(d.children)).toBe("B H(R R) R");
  });

  it("before the measures it is the situation: background", () => {
    const d = doc([
      "关于村道照明提案办理情况的报告",
      "一、工作进展",
      "今年已新装路灯1200盏，覆盖村道86公里。",
      "二、下一步工作",
      "（一）扩大覆盖。明年再新装路灯800盏。",
      "（二）加强维护。乡镇落实路灯巡查责任。",
    ]);
    expect(shape(d.children)).toBe("B H(R R)");
  });
});

describe("a task table's rows under their section", () => {
  const plan = (rows: string[]) =>
    doc([
      "某县2026年村级道路养护工作方案",
      "一、工作目标",
      "年内完成村级道路养护里程300公里。",
      "二、重点任务",
      "序号\t任务\t牵头单位\t完成时限",
      ...rows,
      "三、工作要求",
      "各单位要按月报送进展。",
    ]);

  it("reads rows whose task opens like a measure as the section's items, commas or not", () => {
    const d = plan(["1\t建立道路养护巡查制度\t县交通运输局\t2026年5月", "2\t完善村道安全防护设施，年内补齐护栏\t县交通运输局\t2026年10月"]);
    expect(shape(d.children)).toBe("B H(R R) R");
  });

  it("keeps a register of proposals (names only) as the section's text", () => {
    const d = plan(["1\t关于村道养护的提案\t县交通运输局\t某某", "2\t关于农村客运的提案\t县交通运输局\t某某"]);
    expect(shape(d.children)).toBe("B R R");
  });
});
