import { describe, expect, it } from "vitest";
import { bodyGrams, echo, echoed, unechoed } from "./head-echo";
import { structure } from "./pipeline";

const BODY = [
  "　　近日，市政协组织部分委员视察全市公共充电桩建设情况。委员们发现，老旧小区充电桩少、公共充电桩“僵尸桩”多，居民充电难的问题较为突出。",
  "　　一、加快老旧小区充电设施建设。市发展和改革委员会牵头，把老旧小区充电桩纳入年度建设计划。",
  "　　二、清理“僵尸桩”。市工业和信息化局对长期故障的充电桩督促运营企业限期修复或拆除。",
].join("\n");

describe("head echo (eighth wave)", () => {
  it("counts the headline's content grams the body repeats, not the page's labels", () => {
    const body = bodyGrams(BODY);
    expect(echoed(echo("委员支招破解居民充电难", body))).toBe(true);
    expect(unechoed(echo("《溪源新闻联播》", body))).toBe(true);
    // A place's name before its level (`溪源市`) and the levels themselves say nothing of the topic.
    expect(echo("溪源市政协", body).hits).toBe(0);
  });

  it("takes the echoed line under a quoted programme name for the headline, the name chrome", () => {
    const r = structure(["溪源TV", "《溪源新闻联播》", "溪源综合频道 HD", "2026-10-08", "委员支招破解居民充电难", BODY].join("\n"), undefined);
    expect(r.documents[0].title).toBe("委员支招破解居民充电难");
    expect(r.removed?.map((x) => x.text)).toContain("《溪源新闻联播》");
  });

  it("removes a short quoted slogan and a column label the body does not echo", () => {
    const r = structure(["砚溪政协", "“有事好商量”", "协商在一线", "居民充电难怎么破", "2026年10月8日 20:06", BODY].join("\n"), undefined);
    expect(r.documents[0].title).toBe("居民充电难怎么破");
    expect(r.removed?.map((x) => x.text)).toEqual(expect.arrayContaining(["“有事好商量”", "协商在一线"]));
  });

  it("keeps a kicker over a headline with a dashed subtitle, echoed or not", () => {
    const r = structure(["让书香飘进田间地头", "溪源县推动农家书屋“活起来”", "——县政协开展农家书屋专题协商", BODY].join("\n"), undefined);
    expect(r.removed?.map((x) => x.text) ?? []).not.toContain("让书香飘进田间地头");
  });

  it("moves past a programme sharing one word with the topic only to a strongly echoed line", () => {
    const body = "　　农村改厕是一件民生实事。全县累计完成农村户厕改造两万余户，但改厕后续管护跟不上，厕具损坏无人修。\n　　一、建立改厕管护机制。市农业农村局牵头，建立户厕管护服务站，做好农村改厕后续管护。";
    const r = structure(["梧溪县融媒体中心", "《美丽农村大讲堂》", "2026-06-18 09:45", "委员建言农村改厕后续管护", body].join("\n"), undefined);
    expect(r.documents[0].title).toBe("委员建言农村改厕后续管护");
  });

  it("removes a topic tag between the headline and its dateline (ninth wave), keeps a dashed subtitle there", () => {
    const r = structure(["溪源融媒", "居民充电难怎么破", "城市更新", "2026年10月8日　溪源融媒", BODY].join("\n"), undefined);
    expect(r.documents[0].title).toBe("居民充电难怎么破");
    expect(r.removed?.map((x) => x.text)).toContain("城市更新");
    const s = structure(["居民充电难怎么破", "——市政协视察充电桩", "2026年10月8日", BODY].join("\n"), undefined);
    expect(s.removed?.map((x) => x.text) ?? []).not.toContain("——市政协视察充电桩");
  });
});
