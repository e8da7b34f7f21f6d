/**
 * A diary's day stamps and a pointing lede over a list (tree.ts datedEntries, tree-heading-shape.ts isDayStamp and
 * pointsDown; docs/structure-format.md, twentieth wave): a stamp dates the entry under it and heads no section, a glyph
 * before the stamp or the entry counts nothing, and a line pointing down hands over to the items. Every input is made up.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { isDayStamp, pointsDown } from "./tree-heading-shape";
import { shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

describe("a day stamp line", () => {
  it("is a month and day first, then at most a weekday, the weather or a place", () => {
    for (const line of ["📍 8月3日　星期一　东湾片区", "【11月16日　晴　柳岸小区】", "▶ 10月12日（周一）石门乡", "九月五日 阴"]) expect(isDayStamp(fold(line))).toBe(true);
  });
  it("is no heading that only names a date inside it, nor a dated sentence", () => {
    expect(isDayStamp(fold("关于3月5日协商会的情况"))).toBe(false);
    expect(isDayStamp(fold("3月5日，市政协召开专题协商会。"))).toBe(false);
    expect(isDayStamp(fold("推进老旧小区改造"))).toBe(false);
  });
});

const DIARY = (stamp: (day: string) => string, entry: (text: string) => string) => [
  "委员日记｜守了三天河堤",
  "县政协委员　某某",
  stamp("7月8日　星期三　上游"),
  entry("早上六点到堤上，几处护坡已经松动，村里巡堤的只有两位老人。"),
  stamp("7月9日　星期四　下游"),
  entry("下游新修的泵站还没通电，一下大雨就只能临时调抽水机。"),
  "几天看下来，我有三点建议：",
  "🔸 补齐巡堤力量。由县水利局牵头，各乡镇组建汛期巡堤队。",
  "🔸 加快泵站通电。供电公司开辟报装绿色通道。",
  "🔸 落实护坡维修。县财政安排专项资金，汛前完成维修。",
];

describe("a diary's entries under day stamps", () => {
  it("leave the measures after the last entry at the top, the stamps heading nothing", () => {
    expect(shape(doc(DIARY((d) => d, (t) => t)).children)).toBe("R R R");
  });
  it("count no glyph before a stamp or before the entry under it as a list's bullet", () => {
    expect(shape(doc(DIARY((d) => `📍 ${d}`, (t) => `🕘 ${t}`)).children)).toBe("R R R");
    expect(shape(doc(DIARY((d) => `▶ ${d}`, (t) => t)).children)).toBe("R R R");
  });
});

describe("a line pointing down at the list", () => {
  it("hands over to the items and heads no section", () => {
    expect(pointsDown(fold("得票最高的三条建议，一起来看看👇"))).toBe(true);
    expect(pointsDown(fold("完善养老服务"))).toBe(false);
    const text = [
      "网友票选结果出炉",
      "　　上月，市政协联合市融媒体中心征集便民建议，共收到留言1800余条。",
      "　　得票最高的三条建议，一起来看看👇",
      "第一名｜增设社区食堂",
      "　　建议市民政局在每个街道建设一处社区食堂。",
      "第二名｜延长图书馆开放时间",
      "　　市文化广电旅游局推动图书馆夜间开放。",
      "第三名｜加密公交班次",
      "　　市交通运输局要在早晚高峰加密公交班次。",
    ];
    expect(shape(doc(text).children)).toBe("R R R");
    expect(doc(text).children.map((n) => n.title)).toEqual(["增设社区食堂", "延长图书馆开放时间", "加密公交班次"]);
  });
});

describe("a ranked entry whose text hands the work to a body", () => {
  it("is a recommendation, whatever verb the text uses", () => {
    const text = [
      "读者票选结果",
      "　　本报联合市政协征集出行建议，得票前两位的建议如下。",
      "🥇 第1名：山路上的会车点（812票）",
      "　　在弯道和坡顶每隔300米设一个会车点，由市交通运输局统一规划建设。",
      "🥈 第2名：桥头的护栏（640票）",
      "　　交通运输部门和公安部门联合排查临水路段，补齐缺失的护栏。",
    ];
    expect(shape(doc(text).children)).toBe("R R");
  });
});
