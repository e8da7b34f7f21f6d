/**
 * A line that leads in to what follows is no photo caption (fifth wave, h-party). Made-up inputs.
 */
import { describe, expect, it } from "vitest";
import { captionScore } from "./chrome-captions";
import { removeChrome } from "./chrome";
import { fold } from "./fold";
import { removedReasons as removedOf, PARA_A, PARA_B, PARA_C } from "./rule-test-support";

describe("lead-in lines are not captions", () => {
  it("a line ending in a dash or an ellipsis points on, like one ending in a colon", () => {
    expect(captionScore("委员们围绕议题踊跃发言——", false)).toBeLessThan(0);
    expect(captionScore("居民代表们你一言我一语……", false)).toBeLessThan(0);
    expect(captionScore("委员们在现场查看河道整治情况", false)).toBeGreaterThanOrEqual(2);
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
