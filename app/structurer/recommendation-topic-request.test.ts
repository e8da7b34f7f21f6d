/**
 * A request after a fronted topic (`对……，请……`) reads as a recommendation (paragraphs.ts,
 * TOPIC_REQUEST): a letter's numbered asks put the thing first and the addressee after it.
 * Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { isRecommendationLike } from "./paragraphs";
import { shape, structure } from "./rule-test-support";

describe("a fronted topic then a request", () => {
  it("is a recommendation: `对…，请…`, `对于…，请…`, `针对…，请…`", () => {
    expect(isRecommendationLike(fold("对塌陷的路面，请县里安排资金尽快修复，免得出事。"))).toBe(true);
    expect(isRecommendationLike(fold("对于学校周边路段，请市交通运输局施划减速标线。"))).toBe(true);
    expect(isRecommendationLike(fold("针对夜间噪声，请市生态环境局加强监测。"))).toBe(true);
  });
  it("is not, when a report or an opinion follows the topic", () => {
    expect(isRecommendationLike(fold("对于这个问题，我们多次向镇里反映过。"))).toBe(false);
    expect(isRecommendationLike(fold("对此，群众意见很大，请示了好几次也没有结果。"))).toBe(false);
  });
  it("makes every numbered ask of a letter a recommendation", () => {
    const text = [
      "关于修复村道的反映",
      "　　我们村的村道塌了好几处，雨天车辆无法通行，群众出行十分不便。为此恳请：",
      "　　一、请县交通运输局尽快派人勘察；",
      "　　二、对塌陷的路段，请县里安排资金尽快修复。",
    ].join("\n");
    expect(shape(structure(text).documents[0].children)).toBe("R R");
  });
});
