/**
 * The tree's tenth wave (docs/structure-format.md, "Trees (2026-12-04, tenth wave)"): a glyph
 * before each speaker's label marks the turn, not a bullet; an answer that opens with a lead
 * phrase over paragraphs of the same shape opens the list; a question in a section proposes
 * nothing. Every input is made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";
import { textBlocks } from "./blocks";
import { glyphTurns } from "./interview-turns";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

describe("glyph turn marks", () => {
  it("reads `■问：` / `□答：` turns as a dialogue, not as bullets", () => {
    const d = doc([
      "让社区书屋热起来",
      "本刊记者　某某",
      "■问：您为什么关注社区书屋？",
      "□答：不少书屋常年关门，居民借不到书。",
      "■问：您有什么建议？",
      "□答：延长开放时间。街道要安排志愿者轮值，晚间和周末开放。",
      "更新图书品种。区文化部门每年为书屋补充新书。",
    ]);
    expect(shape(d.children)).toBe("R R");
    expect(d.children[0].title).toBe("延长开放时间");
  });

  it("reads two glyphs each opening two turns as a dialogue (a guest's name, no interviewer label)", () => {
    const d = doc([
      "夜市管理，怎样既热闹又有序",
      "●小编：夜市为什么让人又爱又恨？",
      "○某委员：油烟和噪声扰民，占道经营也多。",
      "●小编：怎么管好？",
      "○某委员：划定经营区域。城管部门要会同街道划出固定摊位，错开居民区。",
      "规范油烟排放。摊主统一使用油烟净化设备。",
    ]);
    expect(shape(d.children)).toBe("R R");
  });

  it("keeps one glyph over speakers' remarks (no interviewer, no second glyph) and a glyph byline", () => {
    const blocks = textBlocks([
      "委员热议老旧小区加装电梯",
      "□ 记者 某某",
      "● 某某：建议简化审批流程。住建部门要推行一窗受理，限时办结。",
      "● 某某某：建议加大补贴力度。财政部门对低层住户给予适当补偿。",
    ]);
    expect(glyphTurns(blocks)).toBe(blocks);
  });
});

describe("a question in a section", () => {
  it("leaves a heading over a question and a problem answer background", () => {
    const d = doc([
      "老旧小区停车，难题怎么解",
      "记者：您为什么关注停车问题？",
      "某某：居民反映很多。",
      "◎ 车位缺口有多大",
      "记者：小区停车主要缺在哪些地方？",
      "某某：一个小区八百户，只有两百个车位，晚上车辆只能停在消防通道上。",
      "◎ 办法有哪些",
      "记者：您有什么建议？",
      "某某：盘活周边车位。机关单位夜间向居民开放停车场。",
      "发展立体车库。住建部门在有条件的小区建设机械车库。",
    ]);
    expect(shape(d.children)).toMatch(/H\(R R\)$/);
  });
});

describe("a bare enumeration is the text of the sentence that announces it", () => {
  it("keeps a poll's ranked answers with their shares out of the tree", () => {
    const d = doc([
      "居民最关心什么？问卷结果出炉",
      "近日，某区政协开展问卷调查，回收问卷800份。结果显示，居民最关心的依次是：",
      "1.停车位（38.5%）",
      "2.电梯加装（30%）",
      "3.绿化养护（12%）",
      "委员们据此提出建议：",
      "一是盘活停车资源。机关单位夜间向居民开放停车场。",
      "二是加快加装电梯。住建部门简化审批流程。",
    ]);
    expect(shape(d.children)).toBe("R R");
    expect(d.intro).toContain("2.电梯加装（30%）");
  });

  it("leaves problems announced as such, clauses ending in `；` and short measures alone", () => {
    const problems = doc([
      "关于规范电动自行车充电的建议",
      "调研发现，主要存在以下问题：",
      "1.充电设施不足",
      "2.安全意识薄弱",
      "为此建议：",
      "1.加快充电设施建设。住建部门在小区配建充电棚。",
      "2.加强宣传教育。消防部门开展进小区宣传。",
    ]);
    expect(shape(problems.children)).toBe("B B R R");
    const measures = doc([
      "关于社区书屋的建议",
      "社区书屋利用率不高，为此建议：",
      "1.延长开放时间",
      "2.更新图书品种",
    ]);
    expect(shape(measures.children)).toBe("R R");
  });
});

describe("an answer that opens with 首先", () => {
  it("cuts `答：首先，……。其次，……。最后，……。` into one item per measure", () => {
    const d = doc([
      "小区充电难，怎么解？",
      "问：您有什么建议？",
      "答：首先，加快充电桩建设。住建部门要在新建小区预留充电设施。其次，规范收费标准。发改部门要公布充电服务费上限。最后，加强安全管理。消防部门定期检查。",
    ]);
    expect(shape(d.children)).toBe("R R R");
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
