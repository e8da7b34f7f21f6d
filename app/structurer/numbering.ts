/**
 * Numbering vocabulary shared by the marker readers: the families of markers, their
 * conventional rank, and the numbers behind them (`十二` → 12, `⑶` → 3). Pure data and
 * helpers; line-start markers live in markers.ts, inline ones in inline-markers.ts.
 */

/** Which numbering system a marker belongs to. Nesting is decided per family (tree.ts). */
export type Family =
  | "part" // 第一部分, 第一调研组
  | "roman" // Ⅰ、
  | "cn-dun" // 一、
  | "cn-paren" // (一) （一） ㈠
  | "ordinal" // 第一，
  | "qi" // 其一，
  | "sequence" // 首先， 其次， 最后，
  | "arabic" // 1.  1、  ⒈
  | "arabic-paren" // (1) （1） 1) ⑴
  | "circled" // ①
  | "shi" // 一是
  | "bullet"; // • - ●

/**
 * Conventional depth of each family in Chinese official documents (一、 > （一） > 1. >
 * （1） > ①). Used only when the text itself does not say: the first family seen in a
 * document sits on top whatever its rank (some texts use 一是 as the top level).
 */
export const FAMILY_RANK: Record<Family, number> = {
  part: 0,
  roman: 1,
  "cn-dun": 2,
  "cn-paren": 3,
  ordinal: 4,
  qi: 4,
  sequence: 4,
  arabic: 5,
  "arabic-paren": 6,
  circled: 7,
  shi: 8,
  bullet: 9,
};

/**
 * Families that never nest under a lower-ranked one: when `一、` follows a `1.` item, it
 * closes that item instead of becoming its child. Item-level families (一是, ①, 1.) follow
 * whatever the text does.
 */
export const STRONG_FAMILIES: ReadonlySet<Family> = new Set<Family>(["part", "roman", "cn-dun", "cn-paren"]);

const CN_DIGITS = "零〇一二三四五六七八九十百两";
export const CN = `[${CN_DIGITS}]`;
const CN_VALUE: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `三` → 3, `十二` → 12, `二十` → 20, `一百零五` → 105; NaN for nonsense. */
export function parseChineseNumber(s: string): number {
  if (!s) return NaN;
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch === "百") {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else if (ch === "十") {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else if (ch in CN_VALUE) {
      digit = CN_VALUE[ch];
    } else {
      return NaN;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

/** The number of a one-character marker (`⑶`, `㈡`) from the code-point ranges that hold it. */
export function rangeNumber(ch: string, ranges: Array<[number, number, number]>): number {
  const code = ch.codePointAt(0) ?? 0;
  for (const [lo, hi, base] of ranges) if (code >= lo && code <= hi) return base + code - lo;
  return NaN;
}

export const CIRCLED_RANGES: Array<[number, number, number]> = [
  [0x2460, 0x2473, 1], // ①–⑳
  [0x3251, 0x325f, 21], // ㉑–㉟
  [0x32b1, 0x32bf, 36], // ㊱–㊿
  [0x2776, 0x277f, 1], // ❶–❿
  [0x2780, 0x2789, 1], // ➀–➉
  [0x24eb, 0x24f4, 11], // ⓫–⓴
];
export const CIRCLED_CLASS = "\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF\\u2776-\\u277F\\u2780-\\u2789\\u24EB-\\u24F4";
export const PAREN_DIGIT_RANGES: Array<[number, number, number]> = [[0x2474, 0x2487, 1]]; // ⑴–⒇
export const DOT_DIGIT_RANGES: Array<[number, number, number]> = [[0x2488, 0x249b, 1]]; // ⒈–⒛
export const PAREN_CN_RANGES: Array<[number, number, number]> = [[0x3220, 0x3229, 1]]; // ㈠–㈩
export const ROMAN_VALUES = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";
