/**
 * General tree mechanisms (tree-siblings.ts, tree-heading-shape.ts). Every input is made
 * up for the test, in at least two styles per rule; none is taken from a corpus or batch
 * text. Each `it` fails with the mechanism's hook removed from tree.ts.
 */
import { describe, expect, it } from "vitest";
import { shape, structure, removed } from "./rule-test-support";
import { fold } from "./fold";
import { TreeBuilder } from "./tree";
import type { Draft } from "./tree-drafts";
import { cannotHead } from "./tree-heading-shape";
import { displayWidth, textBlocks } from "./blocks";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];
const allText = (nodes: { text: string; children: unknown[] }[]): string =>
  nodes.map((n) => n.text + "\n" + allText(n.children as { text: string; children: unknown[] }[])).join("\n");

/** The tree stage alone, on unnumbered lines (whatever the chrome stage would have kept). */
const bare = (lines: string[]) => {
  const blocks = lines.map((text) => ({ kind: "para" as const, text, folded: fold(text), depth: 0, listMarker: null, line: null }));
  const out = (ds: Draft[]): string => ds.map((d) => (d.children.length ? `N(${out(d.children)})` : "L")).join(" ");
  return out(new TreeBuilder().build(blocks).children);
};

const tree = (lines: string[]) => shape(structure(lines.join("\n")).documents[0].children);

describe("the last item of a flat list holds nothing its siblings do not", () => {
  it("a transcript: the next answer's 一是/二是 after the last 首先/其次/最后 item are top-level items, not its sub-list", () => {
    const text = [
      "区政府新闻发布会介绍城市更新工作",
      "首先，推进老旧街区改造。区住建局牵头，今年完成改造12片。",
      "其次，完善配套设施。区发改局统筹安排资金，新增停车位800个。",
      "最后，加强社区治理。推动成立业主自治组织，健全议事规则。",
      "主持人：请问下一步如何保证落实？",
      "发言人：我们重点做两件事：一是建立工作台账，逐项销号；二是开展效果评估，年底前公布结果。",
    ];
    expect(tree(text)).toBe("R R R R R");
  });

  it("headings over one paragraph each: the last one's paragraph (with a ；) is its text, not a list of one", () => {
    const text = [
      "关于扩大普惠托育服务的建议",
      "一、扩大托位供给",
      "建议区教育局利用闲置校舍改建托育园，新增一批普惠托位。",
      "二、减轻家庭负担",
      "建议区财政对普惠托育机构按托位给予运营补贴。",
      "三、提升服务质量",
      "区卫健局加强保育人员培训；区市场监管局开展食品安全检查，结果向家长公开。",
    ];
    expect(tree(text)).toBe("R R R");
    const cards = [
      "让夜市亮起来也静下来",
      "【建议一】划定经营区域",
      "建议街道办会同城管部门划定夜市范围，设置隔音屏障。",
      "【建议二】规范经营时间",
      "夜市经营应不晚于22时结束，超时经营的纳入信用记录。",
      "【建议三】做好收尾保洁",
      "环卫部门在夜市结束后一小时内完成清扫；摊主自带垃圾袋，做到摊走地净。",
    ];
    expect(tree(cards)).toBe("R R R");
  });

  it("an item's own inline 一是/二是 stay its children (a report's last measure with sub-points)", () => {
    const text = [
      "关于做好城区防汛的调研报告",
      "一、基本情况",
      "全区共有易涝点31处，去年汛期发生内涝4次。",
      "二、对策建议",
      "（一）完善排水管网。区水务局牵头，实施雨污分流改造。",
      "（二）加强预警响应。区应急管理局完善预警发布机制。",
      "（三）强化易涝点整治。一是加装排涝泵站，二是设置警示标志，三是安排专人值守。",
    ];
    expect(tree(text)).toBe("B H(R R H(R R R))");
  });
});

describe("a line that is no heading heads nothing", () => {
  it("recognises record fields, counters, salutations and a document's own name", () => {
    for (const line of ["访谈时间：2026年5月8日 10:00", "反映人：某某", "承办单位：区城管局", "留言人：游客 留言时间：昨天", "视频 02:15", "第 3 张", "— 4 —", "网友您好：", "尊敬的各位委员", "关于加强社区食堂建设的建议"]) {
      expect(cannotHead(line), line).toBe(true);
    }
    for (const line of ["完善统筹机制", "问题一：资金缺口大", "建议：", "加强“一老一小”服务", "关键词·就业", "直面短板", "2026年重点工作"]) {
      expect(cannotHead(line), line).toBe(false);
    }
  });

  it("a salutation over a reply's lead-phrase paragraphs: they are the document's own items", () => {
    const text = [
      "关于学校门口道路积水的答复",
      "今年汛期以来，多名家长反映学校门口道路积水，影响学生上下学。",
      "网友您好",
      "改造排水管网。区住建局年内完成学校周边管网改造。",
      "加强日常清疏。区城管局在汛期每周清疏一次雨水口。",
    ];
    expect(tree(text)).toBe("R R");
    const letter = ["老旧小区加装电梯办理情况", "尊敬的各位委员", "简化审批流程。区住建局推行联合审批，一次办结。", "加大资金支持。区财政按每台15万元给予补助。"];
    expect(bare(letter)).toBe("L L");
  });

  it("a record field or a counter over lead-phrase paragraphs heads nothing, in the tree stage alone", () => {
    const form = ["反映人：区政协委员 某某", "划定停放区域。区城管局在地铁口设置电子围栏。", "落实企业责任。运营企业应配足调度人员。"];
    expect(bare(form)).toBe("L L");
    const video = ["视频 02:15", "扩大助餐点覆盖。区民政局在每个社区至少设一个助餐点。", "完善补贴政策。对高龄老人就餐给予每餐3元补贴。"];
    expect(bare(video)).toBe("L L");
    const slide = ["幻灯片 4", "加强岸线巡查。区水务局每周巡河一次。", "严格入河排污口管理。生态环境部门逐一登记。"];
    expect(bare(slide)).toBe("L L");
    // A real heading over the same paragraphs stays a section.
    expect(bare(["规范停放秩序", form[1], form[2]])).toBe("N(L L)");
  });
});

describe("a narrow printed column with figures", () => {
  it("counts a Han character as two display columns, a digit as one", () => {
    expect(displayWidth("供水管网2.5公里")).toBe(2 * 6 + 3);
  });

  // A fax of a bulletin, photographed and OCR'd: 12 Han characters a line, fewer where figures stand.
  const column = [
    "关于加快老旧供水管网改造的建议",
    "市政协委员　某某某",
    "全市现有供水管网1860公里，",
    "其中使用超过30年的老旧管",
    "网约420公里，漏损率达到1",
    "8%，远高于国家要求的9%以",
    "内，每年损失水量约600万",
    "吨，居民反映水压不足、水",
    "质发黄等问题较多。",
    "建议：",
    "一、制定分年度改造计划。",
    "市水务局牵头摸清管网底数，",
    "按照先急后缓原则，三年内",
    "完成全部老旧管网改造，群",
    "众可扫码查看进度的公示平",
    "台同步上线运行。",
    "二、多渠道筹集改造资金。",
    "市财政局统筹专项债券和中",
    "央预算内资金，供水企业按",
    "比例承担改造费用，对困难",
    "小区适当倾斜。",
  ];

  it("rejoins the wrapped lines, keeps the headline and the name line apart, and reads the items", () => {
    const blocks = textBlocks(column).map((b) => b.text);
    expect(blocks[0]).toBe("关于加快老旧供水管网改造的建议");
    expect(blocks[1]).toMatch(/^市政协委员\s+某某某$/);
    // (a number broken at the margin joins with a space, as Latin words do: blocks.ts, joinSeparator)
    expect(blocks[2]).toMatch(/^全市现有供水管网1860公里，其中使用超过30年的老旧管网约420公里，漏损率达到1 ?8%，远高于.*问题较多。$/);
    const d = doc(column);
    expect(d.title).toBe("关于加快老旧供水管网改造的建议");
    expect(shape(d.children)).toBe("R R");
  });

  it("keeps a fragment inside a wrapped paragraph that a word list would take for an app prompt", () => {
    const d = doc(column);
    expect(allText(d.children)).toContain("群众可扫码查看进度的公示平台同步上线运行");
    expect(removed(column.join("\n"))).not.toContain("众可扫码查看进度的公示平");
  });

  it("leaves one paragraph per line alone (no margin when the widths differ)", () => {
    const lines = ["一、加强统筹。市发改委牵头制定方案。", "二、保障资金。", "三、强化考核，纳入年度目标管理，按季度通报进展情况。", "四、做好宣传。"];
    expect(textBlocks(lines)).toHaveLength(4);
  });
});

describe("a wrapped line that opens with punctuation", () => {
  // A plain-text e-mail wrapped at about thirty characters, its line breaks moved before commas.
  const mail = [
    "关于规范城区夜市经营的几点意见",
    "　　近期我们走访了城区三处夜市，摊位超出划定区域、油烟直排、",
    "垃圾清运不及时等问题比较突出，周边居民多次投诉，影响了夜市的",
    "口碑和可持续经营，需要尽快加以规范。",
    "　　会后，调研组提出：一是划定经营区域",
    "，区城管局按路段核定摊位数量，超出区域的一律清退；",
    "　　二是统一油烟净化",
    "，区生态环境分局指导摊主安装小型油烟净化设备；",
    "　　三是落实垃圾清运",
    "，区环卫中心在夜市收市后一小时内完成清运。",
  ];

  it("joins the comma-led line to the line above, which then splits at its first marker", () => {
    const blocks = textBlocks(mail).map((b) => b.text);
    expect(blocks).toContain("二是统一油烟净化，区生态环境分局指导摊主安装小型油烟净化设备；");
    const d = doc(mail);
    expect(shape(d.children)).toBe("R R R");
    expect(d.children.map((c) => c.title)).toEqual(["划定经营区域", "统一油烟净化", "落实垃圾清运"]);
  });

  it("never joins a line that ends a sentence to one opening with a closing mark", () => {
    const lines = ["　　一、加快建设。市住建局牵头推进项目建设，力争年底前完成主体工程。", "）", "二、保障资金。市财政局统筹专项资金，对重点项目优先保障。"];
    expect(textBlocks(lines).map((b) => b.text)[0]).toMatch(/完成主体工程。$/);
  });
});

describe("a field naming a person by role", () => {
  it("is no section heading over the intro (`特邀嘉宾：`, `受访代表：`)", async () => {
    const { cannotHead } = await import("./tree-heading-shape");
    expect(cannotHead("受访代表：区人大代表、某社区书记　某某")).toBe(true);
    expect(cannotHead("特邀专家：市政协委员　某某")).toBe(true);
    expect(cannotHead("完善社区服务")).toBe(false);
    const d = doc([
      "代表面对面｜老旧小区停车难怎么解？",
      "受访代表：区人大代表、某社区党委书记　某某",
      "本期我们邀请某某代表，谈谈老旧小区停车难的破解之道。",
      "难在哪里",
      "记者：小区停车难到什么程度？",
      "某某：晚上七点以后基本找不到车位，消防通道也被占了。",
      "怎么破解",
      "记者：您有什么建议？",
      "某某：我有两点建议。",
      "一是挖潜共享车位。区住建局推动周边机关单位夜间开放停车场。",
      "二是建设立体车库。区发改局支持利用边角地建设机械式立体车库。",
    ]);
    expect(shape(d.children)).toBe("B H(R R)");
  });
});

describe("closings, labels and lead-ins", () => {
  it("keeps a closing appeal out of a list announced by a lead-in", () => {
    const d = doc([
      "关于加强社区食堂建设的几点建议",
      "为此建议：",
      "加大场地支持。社区闲置用房优先用于食堂。",
      "完善补贴办法。按就餐人次给予运营补贴。",
      "让我们携起手来，把这件民生实事办好！",
    ]);
    expect(shape(d.children)).toBe("R R");
  });

  it("numbers items by a label and an ordinal (`对策一：`, `建议2：`)", () => {
    const d = doc([
      "小区停车难怎么办",
      "我整理了三条建议：",
      "建议1：挖潜错时共享。机关单位停车场夜间向居民开放。",
      "建议2：规范路边泊位。交警部门在背街小巷施划夜间泊位。",
      "建议3：加快立体车库建设。在老旧小区周边试点机械车库。",
    ]);
    expect(shape(d.children)).toBe("R R R");
    expect(d.children[0].title).toBe("挖潜错时共享");
  });

  it("reads a head that runs into its list with a comma as the list's lead-in", () => {
    const d = doc([
      "让老街巷亮起来",
      "某区政协委员　某某某",
      "老街巷照明不足，居民夜间出行不便。",
      "建议加快推进老街巷照明改造，一是区城管局排查背街小巷的照明盲区；二是供电部门对老旧线路进行改造；三是街道建立路灯报修台账。",
    ]);
    expect(shape(d.children)).toBe("R R R");
  });

  it("keeps an item's own lead phrase over the list it opens with a full stop", () => {
    const d = doc([
      "关于改善学校周边交通的建议",
      "加强学校周边交通管理。一是设置护学岗；二是施划临时停车位。",
      "完善校园安全设施。一是加装隔离护栏；二是设置减速带。",
    ]);
    expect(shape(d.children)).toBe("H(R R) H(R R)");
  });
});
