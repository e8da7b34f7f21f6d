/**
 * A line that leads in to what follows is no photo caption (fifth wave, h-party). Made-up inputs.
 */
import { describe, expect, it } from "vitest";
import { captionScore } from "./chrome-captions";
import { removeChrome } from "./chrome";
import { fold } from "./fold";
import { removedReasons as removedOf, PARA_A, PARA_B, PARA_C, removed, structure } from "./rule-test-support";

describe("lead-in lines are not captions", () => {
  it("a line ending in a dash or an ellipsis points on, like one ending in a colon", () => {
    expect(captionScore("委员们围绕议题踊跃发言——", false)).toBeLessThan(0);
    expect(captionScore("居民代表们你一言我一语……", false)).toBeLessThan(0);
    expect(captionScore("委员们在现场查看河道整治情况", false)).toBeGreaterThanOrEqual(2);
  });

  it("a lede ending in a glyph pointing down hands over to the items under it", () => {
    expect(captionScore(fold("近日，市政协组织委员走进长者食堂开展调研👇"), false)).toBeLessThan(0);
    expect(captionScore(fold("目前，委员们已跑遍9个乡镇，和家长一起算了一笔账⬇️"), false)).toBeLessThan(0);
    expect(captionScore(fold("近日，市政协组织委员走进长者食堂开展调研"), false)).toBeGreaterThanOrEqual(2);
  });

  it("minutes keep the line that introduces the speakers", () => {
    const lines = [
      "某区政协召开协商座谈会",
      "5月9日，区政协围绕社区食堂运营开展协商，委员、街道干部和居民代表共30余人参加。",
      "座谈中，委员们结合各自调研畅所欲言——",
      "区政协委员某某某说，社区食堂的价格要让老人吃得起，菜品还要兼顾口味和营养搭配。",
      "居民代表某某说，希望食堂能提供送餐上门服务，方便行动不便的独居老人。",
    ];
    const out = removeChrome(lines);
    expect(out.removed.map((r) => r.text)).not.toContain(lines[2]);
  });
});

describe("captions that say they are pictures", () => {
  it("scores a photographed thing and a thing in its state", () => {
    expect(captionScore(fold("调研中拍摄的部分损毁沟渠"), false)).toBeGreaterThanOrEqual(2);
    expect(captionScore(fold("无人机航拍的新建堤防"), false)).toBeGreaterThanOrEqual(2);
    expect(captionScore(fold("村口闲置多年的老粮站"), false)).toBe(1);
  });
  it("keeps headings that speak of measures", () => {
    expect(captionScore(fold("盘活闲置资源"), false)).toBeLessThan(1);
    expect(captionScore(fold("用镜头记录乡村振兴"), false)).toBeLessThan(2);
  });
  it("removes a photographed thing between paragraphs, keeps a heading there", () => {
    const caption = [PARA_A, PARA_B, "调研中拍摄的一段破损村道", PARA_C].join("\n");
    expect(removedOf(caption).get("调研中拍摄的一段破损村道")).toBe("caption");
    const heading = [PARA_A, PARA_B, "建立养护长效机制", PARA_C].join("\n");
    expect(removedOf(heading).size).toBe(0);
  });
});

describe("captions and the paragraph after the list (round 12)", () => {
  it("a place shown in a light (`晨光下的…`) is a caption between a paragraph and a heading", () => {
    const text = [
      "关于改善老城区夜间出行环境的建议",
      "一、补齐照明设施",
      "　　排查盲区。由市城管局牵头，逐条排查老旧街区的照明盲区。",
      "晨光下的老城区街道",
      "二、加强日常管护",
      "　　落实经费。市财政局将路灯维护费纳入年度预算。",
    ].join("\n");
    expect(removed(text)).toContain("晨光下的老城区街道");
    expect(removed(text)).not.toContain("二、加强日常管护");
  });

  it("a subject's further advice after the list (`同志们还建议，…`) closes the list", () => {
    const text = [
      "县政协视察秋粮收储工作",
      "　　9月20日，县政协组织委员视察秋粮收储工作。委员们建议：",
      "　　优化收购网点。县粮食和物资储备局要在产粮大乡增设临时收购点。",
      "　　强化质量检测。县市场监管局对收购环节的水分检测设备开展检定。",
      "　　同志们还建议，适时组织种粮大户开展烘干技术培训。",
    ].join("\n");
    expect(structure(text).documents[0].children.map((c) => c.title)).toEqual(["优化收购网点", "强化质量检测"]);
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
