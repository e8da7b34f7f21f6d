import { describe, expect, it } from "vitest";
import { decimalMarker, decimalOutline } from "./decimal-outline";
import { fold } from "./fold";
import { removed, shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];
const outline = (lines: string[]) => decimalOutline(lines.map(fold));

/** A survey report numbered 1 / 1.1 / 2.1.1, as far as its first recommendation. */
const LIGHTING_REPORT = [
  "关于改善背街小巷照明的调研报告",
  "某区政协城建委员会",
  "1 基本情况",
  "1.1 路灯数量",
  "全区背街小巷共有路灯1200盏，其中三成为老旧灯具。",
  "1.2 管护方式",
  "路灯由各街道分散管护，维修响应较慢。",
  "2 对策建议",
  "2.1 加快灯具更新",
  "2.1.1 区城管局年内完成老旧灯具节能改造。",
];

describe("a text that numbers an outline in decimals", () => {
  it("counts from one under a chapter line, or under two chapters", () => {
    expect(outline(["1 现状", "1.1 网点布局", "1.2 物流配送"])).toBe(true);
    expect(outline(["1.1开通夜班线路。", "1.2配备监控。", "2.1班次间隔偏长。"])).toBe(true);
  });

  it("is no figure at a line's start nor a timeline's dates", () => {
    expect(outline(["1.5万名老人需要助餐。", "2.3倍于去年。", "1.2万户完成改造。"])).toBe(false);
    expect(outline(["11.1 召开座谈会", "11.2 走访企业", "11.15 形成报告"])).toBe(false);
  });
});

describe("the level of a decimal marker", () => {
  it("reads chapters with or without a dot, and two or three numbers", () => {
    expect(decimalMarker("2 存在的主要问题", "2 存在的主要问题")).toMatchObject({ depth: 1, number: 2, marker: "2", rest: "存在的主要问题" });
    expect(decimalMarker("2. 主要问题", "2. 主要问题")).toMatchObject({ depth: 1, marker: "2." });
    expect(decimalMarker("3.2.1 对普惠托位给予补贴。", "3.2.1 对普惠托位给予补贴。")).toMatchObject({ depth: 3, number: 1, marker: "3.2.1" });
    expect(decimalMarker("1.1开通夜班线路4条。", "1.1开通夜班线路4条。")).toMatchObject({ depth: 2, marker: "1.1", rest: "开通夜班线路4条。" });
  });

  it("leaves a sentence after a bare number alone", () => {
    expect(decimalMarker("3 名委员提出，应当加快建设。", "3 名委员提出,应当加快建设。")).toBeNull();
  });
});

describe("a decimal outline's tree", () => {
  it("nests 1.1 under 1 and 3.1.1 under 3.1", () => {
    const d = doc([
      ...LIGHTING_REPORT,
      "2.1.2 新建巷道同步设计照明设施。",
      "2.2 统一管护责任",
      "2.2.1 由区城管局统一接管背街小巷路灯，建立报修台账。",
      "2.2.2 区财政局将路灯电费和维修费纳入年度预算。",
    ]);
    expect(shape(d.children)).toBe("B(B B) H(H(R R) H(R R))");
    expect(d.children[1].children.map((c) => c.title)).toEqual(["加快灯具更新", "统一管护责任"]);
  });

  it("keeps a Chinese chapter over decimal items, and a bracketed item inside one", () => {
    const d = doc([
      "关于发展夜间经济的建议",
      "一、存在问题",
      "1.1 业态单一。夜间消费以餐饮为主，文化和体育业态不足。",
      "1.2 配套不足。停车位和公共厕所数量偏少。",
      "二、对策建议",
      "2.1 丰富夜间业态。建议区商务局引进书店、剧场等文化业态。",
      "（1）在步行街试点夜间市集。",
      "（2）延长博物馆开放时间。",
      "2.2 完善配套设施。由区城管局增设临时停车泊位。",
    ]);
    expect(shape(d.children)).toBe("B(B B) H(H(R R) R)");
  });
});

describe("a decimal outline's chapter lines against the rules by place", () => {
  it("keeps a bare chapter line under the byline and one before the last items", () => {
    const text = LIGHTING_REPORT.join("\n");
    expect(removed(text)).toEqual([]);
  });
});
