/**
 * Chrome of the eighth wave (2026-12-04): short bare lines read by their place — a run after
 * the text's last paragraph (tags, an account name, a counter), a lone label inside the body
 * whose words the next paragraph does not take up, an empty section between sibling
 * headings, a contents button without its list — with content of the same shapes that must
 * stay. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { removedReasons as removedOf } from "./rule-test-support";

const HEAD = ["某区社区食堂建设情况调研", "2026-11-12 08:41　来源：某区政协"];
const PARA_A = "　　今年以来，区政协围绕社区食堂建设开展专题调研，委员们走访了12个街道，收集意见建议30余条。";
const PARA_B = "　　调研发现，部分食堂就餐人数少、运营成本高，有的菜品单一，老人吃了几次就不来了。";
const PARA_C = "　　建议区民政局牵头，会同各街道完善运营补贴机制，引导社会力量连锁化运营社区食堂。";
const text = (...lines: string[]) => [...HEAD, ...lines].join("\n");

describe("after the text", () => {
  it("removes a run of bare short lines: the account again, topic tags, a counter", () => {
    const removed = removedOf(text(PARA_A, PARA_B, PARA_C, "某区政协发布", "社区食堂", "老年助餐"));
    expect(removed.get("某区政协发布")).toBeDefined();
    expect(removed.get("社区食堂")).toBeDefined();
    expect(removed.get("老年助餐")).toBeDefined();
    expect(removedOf(text(PARA_A, PARA_B, PARA_C, "赞同 23", "添加评论")).get("赞同 23")).toBeDefined();
  });
  it("removes a numbered list of links once the furniture has begun, keeps a numbered heading under the last paragraph", () => {
    const links = removedOf(text(PARA_A, PARA_B, PARA_C, "责任编辑：某某", "1. 某区召开社区治理专题协商会", "2. 委员走进老旧小区听民声"));
    expect(links.get("2. 委员走进老旧小区听民声")).toBeDefined();
    const heading = removedOf(text(PARA_A, PARA_B, PARA_C, "三、提升科技防控水平", "推广智能烟感"));
    expect(heading.has("三、提升科技防控水平")).toBe(false);
  });
  it("keeps a closing sentence and a signature over its date", () => {
    const removed = removedOf(text(PARA_A, PARA_B, PARA_C, "谢谢大家！"));
    expect(removed.has("谢谢大家！")).toBe(false);
    const signed = removedOf(text(PARA_A, PARA_B, PARA_C, "民建某市委会", "2026年2月"));
    expect(signed.has("民建某市委会")).toBe(false);
  });
});

describe("inside the body", () => {
  it("removes a lone label whose words the next paragraph does not take up", () => {
    expect(removedOf(text(PARA_A, "相关附件", PARA_B, PARA_C)).get("相关附件")).toBe("widget");
  });
  it("keeps a diary's day stamp between two entries, with or without the place, whatever its glyph", () => {
    expect(removedOf(text(PARA_A, "📍6月2日　石桥村", PARA_B, PARA_C)).has("📍6月2日　石桥村")).toBe(false);
    expect(removedOf(text(PARA_A, "🗓十月九日", PARA_B, PARA_C)).has("🗓十月九日")).toBe(false);
    // Without a day in it, the same lone line is still a label.
    expect(removedOf(text(PARA_A, "📍石桥村", PARA_B, PARA_C)).has("📍石桥村")).toBe(true);
  });
  it("keeps a lone heading developed by its paragraph, or over a numbered list", () => {
    expect(removedOf(text(PARA_A, "食堂运营", PARA_B, PARA_C)).has("食堂运营")).toBe(false);
    const listed = text(PARA_A, "协商成果", "①建立补贴机制。区财政按就餐人次给予补贴，引导连锁化运营。", PARA_C);
    expect(removedOf(listed).has("协商成果")).toBe(false);
  });
  it("removes an empty section between sibling headings, keeps a parent heading over them", () => {
    const body = [PARA_A, "先摸底", PARA_B, "听语音", "多协商", PARA_C, "用足政策", PARA_B.replace("调研", "走访"), "结语段落", PARA_A];
    expect(removedOf(text(...body)).get("听语音")).toBe("widget");
    const parent = [PARA_A, "调研发现", PARA_B, "委员建议", "完善补贴", "　　建议区财政局按就餐人次给予补贴，保障食堂持续运营。", "丰富菜品", PARA_C];
    expect(removedOf(text(...parent)).has("委员建议")).toBe(false);
  });
  it("removes a contents button left without its list", () => {
    const removed = removedOf(text(PARA_A, "目录", "一、问题在哪里", PARA_B, "二、几点建议", PARA_C));
    expect(removed.get("目录")).toBe("contents");
  });
});
