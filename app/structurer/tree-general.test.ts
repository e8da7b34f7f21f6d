/**
 * General tree mechanisms (tree-siblings.ts, tree-heading-shape.ts). Every input is made
 * up for the test, in at least two styles per rule; none is taken from a corpus or batch
 * text. Each `it` fails with the mechanism's hook removed from tree.ts.
 */
import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";
import { fold } from "./fold";
import { TreeBuilder } from "./tree";
import type { Draft } from "./tree-drafts";
import { cannotHead } from "./tree-heading-shape";

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
