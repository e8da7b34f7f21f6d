/**
 * Marker recognition and inline splitting, tested directly.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { inlineRun, splitInline } from "./inline-markers";
import { parseLineMarker } from "./markers";
import { parseChineseNumber } from "./numbering";
import { titleOf } from "./paragraphs";

const marker = (line: string, allowSequence = false) => {
  const m = parseLineMarker(line, fold(line), { allowSequence });
  return m ? [m.family, m.marker, m.number, m.rest] : null;
};

describe("parseLineMarker", () => {
  it.each([
    ["一、加强领导", ["cn-dun", "一、", 1, "加强领导"]],
    ["十二、附则", ["cn-dun", "十二、", 12, "附则"]],
    ["（三）完善制度", ["cn-paren", "（三）", 3, "完善制度"]],
    ["(三) 完善制度", ["cn-paren", "(三)", 3, "完善制度"]],
    ["〔二〕说明", ["cn-paren", "〔二〕", 2, "说明"]],
    ["1.加强宣传", ["arabic", "1.", 1, "加强宣传"]],
    ["10、加强宣传", ["arabic", "10、", 10, "加强宣传"]],
    ["３．加强宣传", ["arabic", "３．", 3, "加强宣传"]],
    ["（1）进社区", ["arabic-paren", "（1）", 1, "进社区"]],
    ["2) 进学校", ["arabic-paren", "2)", 2, "进学校"]],
    ["⑶进机关", ["arabic-paren", "⑶", 3, "进机关"]],
    ["④建站点", ["circled", "④", 4, "建站点"]],
    ["❷配设备", ["circled", "❷", 2, "配设备"]],
    ["二是完善机制", ["shi", "二是", 2, "完善机制"]],
    ["第三，提升质量", ["ordinal", "第三，", 3, "提升质量"]],
    ["其二，加强保障", ["qi", "其二，", 2, "加强保障"]],
    ["第二部分 意见建议", ["part", "第二部分", 2, "意见建议"]],
    ["第一调研组", ["part", "第一调研组", 1, ""]],
    ["第二調研組：辦好助餐", ["part", "第二調研組", 2, "辦好助餐"]],
    ["• 加强领导", ["bullet", "•", NaN, "加强领导"]],
  ])("%s", (line, expected) => {
    expect(marker(line)).toEqual(expected);
  });

  it.each(["1.5亿元投入", "2、3月份", "统一是前提", "第一调研组走访了8家机构，认为供给不足。", "一些问题", "2026年", "其次，还要", "首先"])(
    "%s is not a marker",
    (line) => {
      expect(marker(line)).toBeNull();
    },
  );

  it("reads 首先/其次/最后 only when allowed", () => {
    expect(marker("其次，完善制度", true)).toEqual(["sequence", "其次，", 2, "完善制度"]);
  });
});

describe("inline lists", () => {
  it("finds a counted run and ignores false starts", () => {
    const text = "标准统一是前提。一是建立机制，二是明确责任；三是加强督查。";
    expect(inlineRun(text, "shi").map((h) => h.number)).toEqual([1, 2, 3]);
  });

  it("splits the head and the items, with nested lists", () => {
    const text = "完善保障。一是加大投入：（1）增加预算；（2）拓宽渠道。二是强化监管。";
    const split = splitInline(text, fold(text));
    expect(split.head).toBe("完善保障。");
    expect(split.items.map((i) => i.marker)).toEqual(["一是", "二是"]);
    expect(split.items[0].head).toBe("加大投入：");
    expect(split.items[0].items.map((i) => [i.marker, i.head])).toEqual([
      ["（1）", "增加预算"],
      ["（2）", "拓宽渠道。"],
    ]);
  });

  it("needs at least two members counting from one", () => {
    expect(splitInline("二是甲。三是乙。", "二是甲。三是乙。").items).toEqual([]);
    expect(splitInline("一是甲。", "一是甲。").items).toEqual([]);
  });
});

describe("numbers and titles", () => {
  it.each([
    ["一", 1],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十三", 23],
    ["一百零五", 105],
    ["两", 2],
  ])("%s = %d", (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it.each([
    ["完善经费保障。一是……", "完善经费保障"],
    ["完善统筹机制,压实部门责任。", "完善统筹机制"],
    ["推行“时间银行，互助”养老，鼓励互助。", "推行“时间银行，互助”养老"],
    ["截至09:30，共1,000人参加。", "截至09:30"],
    ["共1,000人参加。", "共1,000人参加"],
    ["“没有结束的引号，后面还有很多。", "“没有结束的引号"],
    ["，开头是标点。然后", "开头是标点"],
    ["没有标点", "没有标点"],
  ])("titleOf(%s)", (text, title) => {
    expect(titleOf(text)).toBe(title);
  });
});

describe("a bracketed label and ordinal before the item's words (fourteenth wave)", () => {
  it("counts like `建议一：`, the bracketed label the marker", () => {
    expect(marker("【建议一】推行统一配备。")).toEqual(["ordinal", "【建议一】", 1, "推行统一配备。"]);
    expect(marker("[对策2]加强日常检查。")).toEqual(["ordinal", "[对策2]", 2, "加强日常检查。"]);
    expect(marker("〔举措三〕 畅通投诉渠道。")).toEqual(["ordinal", "〔举措三〕", 3, "畅通投诉渠道。"]);
  });

  it("is no count without an ordinal, without a label word, or with nothing after it", () => {
    expect(marker("【建议】推行统一配备。")?.[0]).not.toBe("ordinal");
    expect(marker("【第一问】委员怎么看？")?.[0]).not.toBe("ordinal");
    expect(marker("【建议一】")?.[0]).not.toBe("ordinal");
  });
});

describe("a big zero-padded number before a heading's words (sixteenth wave)", () => {
  it("is the heading's marker, set off by a space, a bar or a slash", () => {
    for (const line of ["01　配齐专任教师", "02 / 分类施策，活化利用", "03丨建立长效管护", "04｜推进信息公开"]) {
      const m = parseLineMarker(line, fold(line));
      expect(m?.family).toBe("arabic");
      expect(m?.rest).toBe(line.replace(/^0\d\s*[|｜丨/]?\s*/, ""));
    }
  });

  it("numbers no sentence and no unpadded count", () => {
    expect(parseLineMarker("01 全市新增托位一千个。", fold("01 全市新增托位一千个。"))).toBeNull();
    expect(parseLineMarker("12 个街道已完成改造", fold("12 个街道已完成改造"))).toBeNull();
  });
});
