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
    expect(shape(d.children)).toBe("B H(R R)");
  });
});
