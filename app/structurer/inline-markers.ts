/**
 * Inline markers: the numbering that occurs inside a paragraph (`一是……二是……`,
 * `（1）……（2）……`), how to find a run of them, and how to split a paragraph into its
 * head text and (possibly nested) items. Line-start markers are in markers.ts.
 */
import {
  CIRCLED_CLASS,
  CIRCLED_RANGES,
  CN,
  PAREN_CN_RANGES,
  PAREN_DIGIT_RANGES,
  parseChineseNumber,
  rangeNumber,
  type Family,
} from "./numbering";

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
/** A proposing verb right before a list's first marker: `建议一是`, `提出一要`. */
const PROPOSING = /^(?:建议|提出|要求|呼吁)$/;
/** `1.` inside a paragraph is a marker only after a sentence break (not `增长1.`). */
const SENTENCE_BEFORE = /[。;:!?\s；：！？]/;

const INLINE: Record<InlineFamily, InlineScanner> = {
  shi: { re: new RegExp(`(${CN}{1,3})(?:是|要(?![求素点件务领害闻]))`, "g"), num: (m) => parseChineseNumber(m[1]), before: CLAUSE_BEFORE },
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

const CIRCLED_TEST = new RegExp(`[${CIRCLED_CLASS}]`);

/** Cheap tests that a text may hold a family's markers at all (most paragraphs hold none). */
const MAY_HOLD: Record<InlineFamily, (folded: string) => boolean> = {
  shi: (f) => f.includes("是") || f.includes("要"),
  qi: (f) => f.includes("其"),
  ordinal: (f) => f.includes("第"),
  "cn-paren": (f) => f.includes("(") || f.includes("〔") || /[\u3220-\u3229]/.test(f),
  "arabic-paren": (f) => f.includes("(") || /[\u2474-\u2487]/.test(f),
  circled: (f) => CIRCLED_TEST.test(f),
  arabic: (f) => /\d[.、]/.test(f),
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
  // The scanners' patterns are global; scans do not nest, so one object each is reused.
  const re = scanner.re;
  re.lastIndex = 0;
  const run: InlineHit[] = [];
  let expect = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const index = m.index;
    // Round 12b: a proposing verb may run into the first marker (`建议一是……；二是……`).
    const proposed = run.length === 0 && index >= 2 && PROPOSING.test(folded.slice(index - 2, index));
    if (scanner.before && index > 0 && !scanner.before.test(folded[index - 1]) && !proposed) {
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
    if (exclude.has(family) || !MAY_HOLD[family](folded)) continue;
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

/**
 * 2026-12-05 (sixteenth wave): a line that stops on a marker of an inline run, right after a clause's
 * stop (`……；二是`, `……，三要`, `……；其二，`, `……；第三，`). The marker opens an item, so its words are on
 * the next line: no paragraph ends on a list marker. A PDF copy with ragged lines (no margin to read) or a
 * paste with a stray break leaves such a line; left alone it split the run in two, its later markers lost
 * inside the next paragraph. Folded text (`;`, `,`, `:`); `统一是` (no stop before it) is no marker.
 */
const RUN_MARKER_AT_END = new RegExp(`[。;,:]\\s*(?:${CN}{1,3}(?:是|要)|其${CN}\\s*[,、]|第${CN}{1,3}\\s*[,、])$`);

export function endsOnInlineMarker(folded: string): boolean {
  return RUN_MARKER_AT_END.test(folded.trimEnd());
}
