/**
 * Marker recognition: the numbering Chinese official writing uses for parts, sections
 * and items, at the start of a line (`一、`, `（一）`, `1.`, `（1）`, `①`, `第一，`, `首先`,
 * `一是`, `第一调研组`) and inside a paragraph (`一是……二是……`, `（1）……（2）……`).
 *
 * All patterns run on the folded line (Simplified, half-width, same length as the
 * original; see fold.ts) and are anchored or bounded, so matching is linear. The marker
 * returned is cut from the original text, "as written".
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
const CN = `[${CN_DIGITS}]`;
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

function rangeNumber(ch: string, ranges: Array<[number, number, number]>): number {
  const code = ch.codePointAt(0) ?? 0;
  for (const [lo, hi, base] of ranges) if (code >= lo && code <= hi) return base + code - lo;
  return NaN;
}

const CIRCLED_RANGES: Array<[number, number, number]> = [
  [0x2460, 0x2473, 1], // ①–⑳
  [0x3251, 0x325f, 21], // ㉑–㉟
  [0x32b1, 0x32bf, 36], // ㊱–㊿
  [0x2776, 0x277f, 1], // ❶–❿
  [0x2780, 0x2789, 1], // ➀–➉
  [0x24eb, 0x24f4, 11], // ⓫–⓴
];
const CIRCLED_CLASS = "\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF\\u2776-\\u277F\\u2780-\\u2789\\u24EB-\\u24F4";
const PAREN_DIGIT_RANGES: Array<[number, number, number]> = [[0x2474, 0x2487, 1]]; // ⑴–⒇
const DOT_DIGIT_RANGES: Array<[number, number, number]> = [[0x2488, 0x249b, 1]]; // ⒈–⒛
const PAREN_CN_RANGES: Array<[number, number, number]> = [[0x3220, 0x3229, 1]]; // ㈠–㈩
const ROMAN_VALUES = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";

// ───────────────────────────── line-start markers ─────────────────────────────

export interface LineMarker {
  family: Family;
  /** The marker as written in the original text, e.g. `（一）`, `第一調研組`. */
  marker: string;
  number: number;
  /** Original text after the marker and its separators. */
  rest: string;
  /** Offset of `rest` in the line (the folded line can be sliced with it too). */
  restStart: number;
}

export interface MarkerOptions {
  /** `其次` / `最后` count as markers only in a text that starts a list with `首先`. */
  allowSequence?: boolean;
}

interface Pattern {
  family: Family;
  re: RegExp;
  /** Number from the match. */
  num: (m: RegExpExecArray) => number;
  /** Length of the marker proper within the match (the rest of the match is separator). */
  core?: (m: RegExpExecArray) => number;
}

const PART_RE = new RegExp(
  `^第\\s*(${CN}{1,4}|\\d{1,3})\\s*(部分|调研小组|调研组|课题组|专题组|专题|小组|篇|章|编|组)`,
);
const PART_SEPARATOR = /^[\s:、.,\-—–|丨]/;

const SEQUENCE_NUMBER: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 再者: 3, 然后: 3, 最后: 99 };

const PATTERNS: Pattern[] = [
  {
    family: "ordinal",
    re: new RegExp(`^第\\s*(${CN}{1,4})\\s*[,、:;]`),
    num: (m) => parseChineseNumber(m[1]),
  },
  { family: "qi", re: /^其\s*([一二三四五六七八九十])\s*[,、:]/, num: (m) => parseChineseNumber(m[1]) },
  {
    family: "roman",
    re: new RegExp(`^([${ROMAN_VALUES}])\\s*[、.,]?\\s*`),
    num: (m) => ROMAN_VALUES.indexOf(m[1]) + 1,
    core: (m) => m[0].trimEnd().length,
  },
  {
    family: "cn-paren",
    re: new RegExp(`^[(〔\\[【]\\s*(${CN}{1,4})\\s*[)〕\\]】]`),
    num: (m) => parseChineseNumber(m[1]),
  },
  { family: "cn-paren", re: /^[\u3220-\u3229]/, num: (m) => rangeNumber(m[0], PAREN_CN_RANGES) },
  { family: "cn-dun", re: new RegExp(`^(${CN}{1,4})\\s*[、.](?!\\d)`), num: (m) => parseChineseNumber(m[1]) },
  { family: "shi", re: new RegExp(`^(${CN}{1,4})是`), num: (m) => parseChineseNumber(m[1]) },
  {
    family: "arabic-paren",
    re: /^(?:\(\s*(\d{1,3})\s*\)|(\d{1,3})\s*\))/,
    num: (m) => Number(m[1] ?? m[2]),
  },
  { family: "arabic-paren", re: /^[\u2474-\u2487]/, num: (m) => rangeNumber(m[0], PAREN_DIGIT_RANGES) },
  { family: "arabic", re: /^[\u2488-\u249B]/, num: (m) => rangeNumber(m[0], DOT_DIGIT_RANGES) },
  { family: "arabic", re: /^(\d{1,3})\s*[.、](?!\d)/, num: (m) => Number(m[1]) },
  { family: "circled", re: new RegExp(`^[${CIRCLED_CLASS}]`), num: (m) => rangeNumber(m[0], CIRCLED_RANGES) },
  { family: "bullet", re: /^(?:[•●○■□◆◇▪▫▶►▸◦‣⁃※★☆✓✔➢➤→]|[-*+·](?=\s))/, num: () => NaN },
];

/** Separators that may follow a marker before its text: `（一）、`, `① `, `1. `. */
const AFTER_MARKER = /^[\s、.,:]+/;

function isHeadingish(folded: string): boolean {
  return folded.length <= 30 && !/[。,;!?]/.test(folded);
}

/**
 * Recognise the marker at the start of a line. `text` is the original (trimmed) line and
 * `folded` its folded form. Returns null for an unnumbered line.
 */
export function parseLineMarker(text: string, folded: string, options: MarkerOptions = {}): LineMarker | null {
  if (!folded) return null;

  // Parts: `第一部分`, `第二调研组 办好老年助餐服务`. A narrative sentence that merely
  // starts with the group's name (`第一调研组走访了……。`) is not a part heading, so the
  // words after the marker must be separated from it, or be a short heading.
  const part = PART_RE.exec(folded);
  if (part) {
    const after = folded.slice(part[0].length);
    if (!after.trim() || PART_SEPARATOR.test(after) || isHeadingish(after)) {
      const sep = /^[\s:、.,\-—–|丨]*/.exec(after);
      const restStart = part[0].length + (sep ? sep[0].length : 0);
      return {
        family: "part",
        marker: text.slice(0, part[0].length).trim(),
        number: parseChineseNumber(part[1]),
        rest: text.slice(restStart).trim(),
        restStart,
      };
    }
  }

  const sequence = /^(首先|其次|再次|再者|然后|最后)\s*[,、:]/.exec(folded);
  if (sequence) {
    if (options.allowSequence) {
      return finish(text, folded, "sequence", sequence[0].length, sequence[0].length, SEQUENCE_NUMBER[sequence[1]] ?? NaN);
    }
    return null;
  }

  for (const p of PATTERNS) {
    const m = p.re.exec(folded);
    if (!m) continue;
    const core = p.core ? p.core(m) : m[0].length;
    return finish(text, folded, p.family, core, m[0].length, p.num(m));
  }
  return null;
}

function finish(text: string, folded: string, family: Family, core: number, end: number, number: number): LineMarker {
  const sep = AFTER_MARKER.exec(folded.slice(end));
  // `1.` keeps its dot and `一、` its comma: they are part of the numbering as written;
  // a separator that merely follows (`（一）、`) is skipped.
  const restStart = end + (sep ? sep[0].length : 0);
  return {
    family,
    marker: text.slice(0, core).trim(),
    number,
    rest: text.slice(restStart).trim(),
    restStart,
  };
}

// ───────────────────────────── inline markers ─────────────────────────────

/** Families that also occur inside a paragraph, in order of preference on a tie. */
export type InlineFamily = "shi" | "qi" | "ordinal" | "cn-paren" | "arabic-paren" | "circled" | "arabic";
export const INLINE_FAMILIES: InlineFamily[] = ["shi", "qi", "ordinal", "cn-paren", "arabic-paren", "circled", "arabic"];

export function isInlineFamily(f: Family): f is InlineFamily {
  return (INLINE_FAMILIES as string[]).includes(f);
}

interface InlineScanner {
  re: RegExp;
  num: (m: RegExpExecArray) => number;
  /** Characters allowed right before the marker (null: anything). */
  before: RegExp | null;
}

/** Clause boundaries: an inline `二是` follows `。`, `；`, `，` or the start, never `统一是`. */
const CLAUSE_BEFORE = /[。;,:!?、\s)\]}」』”’"'》，；：！？）]/;
/** `1.` inside a paragraph is a marker only after a sentence break (not `增长1.`). */
const SENTENCE_BEFORE = /[。;:!?\s；：！？]/;

const INLINE: Record<InlineFamily, InlineScanner> = {
  shi: { re: new RegExp(`(${CN}{1,3})是`, "g"), num: (m) => parseChineseNumber(m[1]), before: CLAUSE_BEFORE },
  qi: { re: /其([一二三四五六七八九十])[,、:]/g, num: (m) => parseChineseNumber(m[1]), before: CLAUSE_BEFORE },
  ordinal: { re: new RegExp(`第(${CN}{1,3})[,、:]`, "g"), num: (m) => parseChineseNumber(m[1]), before: CLAUSE_BEFORE },
  "cn-paren": {
    re: new RegExp(`[(〔]\\s*(${CN}{1,3})\\s*[)〕]|[\\u3220-\\u3229]`, "g"),
    num: (m) => (m[1] ? parseChineseNumber(m[1]) : rangeNumber(m[0], PAREN_CN_RANGES)),
    before: null,
  },
  "arabic-paren": {
    re: /\(\s*(\d{1,2})\s*\)|[\u2474-\u2487]/g,
    num: (m) => (m[1] ? Number(m[1]) : rangeNumber(m[0], PAREN_DIGIT_RANGES)),
    before: null,
  },
  circled: { re: new RegExp(`[${CIRCLED_CLASS}]`, "g"), num: (m) => rangeNumber(m[0], CIRCLED_RANGES), before: null },
  arabic: { re: /(\d{1,2})[.、](?!\d)/g, num: (m) => Number(m[1]), before: SENTENCE_BEFORE },
};

export interface InlineHit {
  index: number;
  end: number;
  number: number;
}

/**
 * The run `start, start+1, …` of one family's inline markers in `folded`, first
 * occurrence of each number in order. Linear: one regex scan.
 */
export function inlineRun(folded: string, family: InlineFamily, start = 1): InlineHit[] {
  const scanner = INLINE[family];
  const re = new RegExp(scanner.re.source, "g");
  const run: InlineHit[] = [];
  let expect = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const index = m.index;
    if (scanner.before && index > 0 && !scanner.before.test(folded[index - 1])) {
      // `十一是` may hide `一是` one character later; retry from the next character.
      re.lastIndex = index + 1;
      continue;
    }
    if (scanner.num(m) === expect) {
      run.push({ index, end: index + m[0].length, number: expect });
      expect++;
    }
  }
  return run;
}

/** One item found inside a paragraph, possibly with its own inline sub-items. */
export interface InlineItem {
  marker: string;
  family: InlineFamily;
  /** The item's own text (before any sub-items). */
  head: string;
  items: InlineItem[];
}

export interface InlineSplit {
  /** Text before the first item. */
  head: string;
  items: InlineItem[];
}

const LEADING_JUNK = /^[\s,:;、]+/;

/** Trim [start, end) of `folded`, dropping separators left between items. */
function trimmedRange(folded: string, start: number, end: number): [number, number] {
  const lead = LEADING_JUNK.exec(folded.slice(start, end));
  let s = start + (lead ? lead[0].length : 0);
  let e = end;
  while (e > s && /[\s,;、]/.test(folded[e - 1])) e--;
  if (s > e) s = e;
  return [s, e];
}

/** Deepest nesting of inline lists we look for (一是 → （1） → ①). */
const MAX_INLINE_DEPTH = 3;

/**
 * Split a paragraph into the text before its inline list and the list's items. The list
 * must count up from 1 with at least two members (`一是……二是……`); of several candidate
 * families, the one whose first marker comes first wins. Items are searched for nested
 * lists of the other families.
 */
export function splitInline(
  text: string,
  folded: string,
  exclude: ReadonlySet<InlineFamily> = new Set(),
  depth = 0,
): InlineSplit {
  const whole = text.trim();
  if (depth >= MAX_INLINE_DEPTH || !text) return { head: whole, items: [] };
  let best: { family: InlineFamily; run: InlineHit[] } | null = null;
  for (const family of INLINE_FAMILIES) {
    if (exclude.has(family)) continue;
    const run = inlineRun(folded, family, 1);
    if (run.length < 2) continue;
    if (!best || run[0].index < best.run[0].index) best = { family, run };
  }
  if (!best) return { head: whole, items: [] };
  const { family, run } = best;
  const nextExclude = new Set(exclude);
  nextExclude.add(family);
  const [hs, he] = trimmedRange(folded, 0, run[0].index);
  const items = run.map((hit, i): InlineItem => {
    const end = i + 1 < run.length ? run[i + 1].index : text.length;
    const [s, e] = trimmedRange(folded, hit.end, end);
    const sub = splitInline(text.slice(s, e), folded.slice(s, e), nextExclude, depth + 1);
    return { marker: text.slice(hit.index, hit.end).trim(), family, head: sub.head, items: sub.items };
  });
  return { head: text.slice(hs, he).trim(), items };
}

/**
 * For a line that starts with an inline-capable marker numbered n, the markers n+1, n+2,
 * … later on the same line (`一是……。二是……。` pasted as one paragraph): they are
 * siblings of the first, not its children. Returns their positions in `folded`.
 */
export function continuationRun(folded: string, family: Family, number: number): InlineHit[] {
  if (!isInlineFamily(family) || !Number.isFinite(number)) return [];
  return inlineRun(folded, family, number + 1);
}
