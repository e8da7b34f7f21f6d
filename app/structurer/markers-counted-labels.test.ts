/**
 * Line markers that count a text's measures or headings in a shape the older patterns missed (markers.ts,
 * seventeenth wave): `第一条，` with a counter word, `NO.1` before a heading (a glyph may precede it), and a doubled
 * dash before a whole sentence. Every input is made up.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { parseLineMarker } from "./markers";

const marker = (line: string) => {
  const m = parseLineMarker(line, fold(line));
  return m ? [m.family, m.marker, m.number, m.rest] : null;
};

describe("a counter word between the ordinal and its comma", () => {
  it("reads 第一条， 第二项、 第三点： as the ordinal count", () => {
    expect(marker("第一条，县财政局对运营亏损给予补贴。")).toEqual(["ordinal", "第一条，", 1, "县财政局对运营亏损给予补贴。"]);
    expect(marker("第二项、建立信用档案。")).toEqual(["ordinal", "第二项、", 2, "建立信用档案。"]);
    expect(marker("第三点：公开诊疗流程。")).toEqual(["ordinal", "第三点：", 3, "公开诊疗流程。"]);
  });
  it("leaves a sentence that only starts with such words unmarked", () => {
    expect(marker("第一条线路于5月开通。")).toBeNull();
    expect(marker("第一项工作已经完成，第二项正在推进。")).toBeNull();
  });
});

describe("NO.1 before a heading", () => {
  it("is the heading's number, with or without a glyph before it", () => {
    expect(marker("NO.1 摸清家底建台账")).toEqual(["arabic", "NO.1", 1, "摸清家底建台账"]);
    expect(marker("📌 NO.2 把水电接到摊位边")).toEqual(["arabic", "📌 NO.2", 2, "把水电接到摊位边"]);
    expect(marker("No. 3｜给居民留一条投诉快车道")?.slice(0, 3)).toEqual(["arabic", "No. 3", 3]);
  });
  it("is no number without the dot or before Latin words", () => {
    expect(marker("NO 1 摸清家底")).toBeNull();
    expect(marker("No.1 Middle School 的校车")).toBeNull();
  });
});

describe("a doubled dash before a whole sentence", () => {
  it("is a bullet of the list", () => {
    expect(marker("——全面清查核实债务，年底前完成逐笔登记。")?.slice(0, 2)).toEqual(["bullet", "——"]);
  });
  it("is no bullet before a subtitle, a source or a short line", () => {
    expect(marker("——记市政协委员某某")).toBeNull();
    expect(marker("——摘自《某某日报》")).toBeNull();
    expect(marker("——好。")).toBeNull();
  });
});

describe("a ranking's place before its entry", () => {
  it("is the entry's count, a medal or a keycap before it going with the marker", () => {
    expect(marker("第一名｜错峰共享机关车位（5120票）")).toEqual(["ordinal", "第一名｜", 1, "错峰共享机关车位（5120票）"]);
    expect(marker("🥇 第1名：公园延长开放时间（3310票）")).toEqual(["ordinal", "🥇 第1名：", 1, "公园延长开放时间（3310票）"]);
    expect(marker("4️⃣ 第4名　夜间公交加密班次")?.slice(0, 3)).toEqual(["ordinal", "4️⃣ 第4名", 4]);
  });
  it("leaves a sentence about a winner unmarked", () => {
    expect(marker("第一名获奖者是来自城东街道的志愿者。")).toBeNull();
    expect(marker("第二名：某某同学，获得了奖学金。")).toBeNull();
  });
});
