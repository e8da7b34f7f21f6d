/**
 * Line-start markers: the numbering Chinese official writing puts at the start of a line
 * for parts, sections and items (`一、`, `（一）`, `1.`, `（1）`, `①`, `第一，`, `首先`, `一是`,
 * `第一调研组`). Markers inside a paragraph are read by inline-markers.ts.
 *
 * All patterns run on the folded line (Simplified, half-width, same length as the
 * original; see fold.ts) and are anchored, so matching is linear. The marker returned is
 * cut from the original text, "as written".
 */
import {
  CIRCLED_CLASS,
  CIRCLED_RANGES,
  CN,
  DOT_DIGIT_RANGES,
  PAREN_CN_RANGES,
  PAREN_DIGIT_RANGES,
  ROMAN_VALUES,
  parseChineseNumber,
  rangeNumber,
  type Family,
} from "./numbering";
import { hasLeadPhrase, isRecommendationLike } from "./paragraphs";

export interface LineMarker {
  family: Family;
  /** The marker as written in the original text, e.g. `（一）`, `第一調研組`. */
  marker: string;
  number: number;
  /** Original text after the marker and its separators. */
  rest: string;
  /** Offset of `rest` in the line (the folded line can be sliced with it too). */
  restStart: number;
  /** A designed section label (`PART 01`, `01`, `/ 02 /`): it heads a section, over any numbered items. */
  label?: boolean;
  /** A decimal outline's level (`1` → 1, `1.1` → 2, `1.1.1` → 3; decimal-outline.ts). */
  depth?: number;
}

export interface MarkerOptions {
  /** `其次` / `最后` count as markers only in a text that starts a list with `首先`. */
  allowSequence?: boolean;
  /** Pictographs that open two or more of the text's sentences (see repeatedGlyphs): bullets. */
  glyphs?: ReadonlySet<string>;
}

/** A pictograph (emoji or other symbol) at the start of a line, with its variation selector. */
const LEADING_GLYPH = /^(?:\p{Extended_Pictographic}|\p{So})\uFE0F?/u;

/**
 * Emoji as bullets (2026-12-03): a pictograph (`✅`, `👉`, `🔹`, `📌`) that opens two or more
 * lines which go on into a sentence (`✅ 分步推进……。由……`) is the text's bullet, whatever the
 * glyph — writers pick their own. One such line (a decorated headline) or glyphs over short
 * heading lines (`📍谁可以申请？`) are not counted: a bullet marks items that say something.
 */
export function repeatedGlyphs(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const m = LEADING_GLYPH.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length, m[0].length + 200);
    if (/[。；;]/.test(rest)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([glyph]) => glyph));
}

interface Pattern {
  family: Family;
  re: RegExp;
  /** Number from the match. */
  num: (m: RegExpExecArray) => number;
  /** Length of the marker proper within the match (the rest of the match is separator). */
  core?: (m: RegExpExecArray) => number;
  /** A designed section label (LineMarker.label). */
  label?: true;
}

const PART_RE = new RegExp(
  `^第\\s*(${CN}{1,4}|\\d{1,3})\\s*(部分|调研小组|调研组|课题组|专题组|专题|小组|篇|章|编|组)`,
);
const PART_SEPARATOR = /^[\s:、.,\-—–|丨]/;

const SEQUENCE_NUMBER: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 再者: 3, 然后: 3, 此外: 4, 另外: 4, 最后: 99 };

/**
 * Nineteenth wave (2026-12-05): a body named as the actor, then a modal or a verb of sharing the work
 * (`各区县人民政府要把……`, `区人社局应当会同……`, `自然资源部门会同市林业局简化……`): the measure put to
 * that body, as an answer's second and third measures are put after a first that opens with `建议`.
 * The actor ends in a body's noun (部门, 政府, 局, 委, 厅, 办, 社, 会, 中心); a subject that is no body
 * (`部分村民要求……`, `一些企业将……`) is none, nor is 要求 (a demand reported).
 */
const ACTOR_MODAL = /^[\u4e00-\u9fff、]{1,20}?(?:部门|政府|局|委|厅|办|社|总工会|中心)(?:要(?!求)|应当?|须|需(?!求)|必须|会同|联合|牵头)/;

export function actorTakesMeasure(folded: string): boolean {
  return ACTOR_MODAL.test(folded.trim());
}

/** Does the text after 首先/其次 open a measure (a verb of policy, 要/应/建议, a short lead phrase, an actor and a modal)? */
export function opensMeasure(rest: string): boolean {
  const s = rest.trim();
  return /^(?:要|应|须|需|必须|建议|将|可以|请|由)/.test(s) || isRecommendationLike(s) || hasLeadPhrase(s) || actorTakesMeasure(s);
}

/** The label words that number a post's or slide's measures (`建议一：`, `【对策2】`). */
const ADVICE_LABEL = "(?:建议|对策|措施|举措|办法|意见|做法)";
/** A label's ordinal, in figures or in Chinese numerals. */
const labelNumber = (m: RegExpExecArray) => (/\d/.test(m[1]) ? Number(m[1]) : parseChineseNumber(m[1]));

const PATTERNS: Pattern[] = [
  // 2026-12-05 (seventeenth wave): a counter word may stand between the ordinal and its comma (`第一条，`, `第二项，`,
  // `第三点：`) — the same count of measures, said as articles or points, as a programme's transcript prints each
  // measure a guest gives; the counter and a comma, no article's space.
  {
    family: "ordinal",
    re: new RegExp(`^第\\s*(${CN}{1,4})\\s*[条项点]?\\s*[,、:;]`),
    num: (m) => parseChineseNumber(m[1]),
  },
  { family: "qi", re: /^其\s*([一二三四五六七八九十])\s*[,、:]/, num: (m) => parseChineseNumber(m[1]) },
  // Twentieth wave (2026-12-05): a ranking's place (`第一名｜……`, `🥇 第1名：……`, `4️⃣ 第4名 ……`), a poll's results
  // or a vote's list: the place counts the entries as `第一，` counts measures, and a medal or keycap before it only
  // decorates it. A bar, colon or space then a short heading follows (`第一名获奖者是……。` is a sentence, no place).
  {
    family: "ordinal",
    re: new RegExp(`^(?:(?:\\p{Extended_Pictographic}|\\d\uFE0F?\u20E3)\uFE0F?\\s*)?第\\s*(${CN}{1,3}|\\d{1,2})\\s*名(?:\\s*[|丨:/]\\s*|\\s+)(?=[\u4e00-\u9fff“"《][^。;!?]{1,40}$)`, "u"),
    num: labelNumber,
  },

  // Seventh wave (2026-12-04): a label word and an ordinal, then a colon (`建议一：`, `对策2：`,
  // `举措三：`): the same counting as `第一，` — a post's or slide's measures numbered by a label.
  {
    family: "ordinal",
    re: new RegExp(`^${ADVICE_LABEL}\\s*(${CN}{1,3}|\\d{1,2})\\s*[:：](?!\\d)`),
    num: labelNumber,
  },
  // Fourteenth wave (2026-12-04): the same label and ordinal in brackets, the item's words after it on the line
  // (`【建议一】推行……。`, `[对策2]加强……`): the bracket sets the count off as the colon does.
  {
    family: "ordinal",
    re: new RegExp(`^[【\\[〔]\\s*${ADVICE_LABEL}\\s*(${CN}{1,3}|\\d{1,2})\\s*[】\\]〕](?=\\s*[\u4e00-\u9fff“"《])`),
    num: labelNumber,
  },
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
  // (A digit may follow `、` — `一、2026年工作回顾`, a report's dated chapter — but not `.`: `一.5`.)
  { family: "cn-dun", re: new RegExp(`^(${CN}{1,4})\\s*(?:、|\\.(?!\\d))`), num: (m) => parseChineseNumber(m[1]) },
  { family: "shi", re: new RegExp(`^(${CN}{1,4})是`), num: (m) => parseChineseNumber(m[1]) },
  // `一要……二要……`: the same enumeration as 一是 (not 要求, 要素, 要点 …).
  { family: "shi", re: new RegExp(`^(${CN}{1,2})要(?![求素点件务领害闻])`), num: (m) => parseChineseNumber(m[1]) },
  {
    family: "arabic-paren",
    re: /^(?:\(\s*(\d{1,3})\s*\)|(\d{1,3})\s*\))/,
    num: (m) => Number(m[1] ?? m[2]),
  },
  { family: "arabic-paren", re: /^[\u2474-\u2487]/, num: (m) => rangeNumber(m[0], PAREN_DIGIT_RANGES) },
  { family: "arabic", re: /^[\u2488-\u249B]/, num: (m) => rangeNumber(m[0], DOT_DIGIT_RANGES) },
  { family: "arabic", re: /^(\d{1,3})\s*[.、](?!\d)/, num: (m) => Number(m[1]) },
  // 2026-12-03 (third wave): OCR'd numbers (a fax, a scan) — `l.`/`I.` for `1.`, and a comma
  // read for the dot (`3, 加强……`: a digit, a comma, a space, then the item's words).
  { family: "arabic", re: /^[lI|]\s*[.、](?=\s*[\u4e00-\u9fff])/, num: () => 1 },
  { family: "arabic", re: /^(\d{1,2})\s*,\s+(?=[\u4e00-\u9fff])/, num: (m) => Number(m[1]) },
  // `01`, `/ 01 /`, `PART 02` alone on its line: a WeChat article's section number.
  { family: "arabic", re: /^(0[1-9])$/, num: (m) => Number(m[1]), label: true },
  // Sixteenth wave (2026-12-05): the same big number on the heading's own line, set off by a space or a bar
  // (`01 配齐配强专任教师`, `02 / 分类施策，活化利用`, `03｜引入社会力量`). A zero-padded number is a designed
  // section number — a count written as prose never pads — so it is the heading's marker, no word of its title.
  { family: "arabic", re: /^(0[1-9])(?:\s*[|｜丨/]\s*|\s+)(?=[\u4e00-\u9fff“"《][^。;!?]{1,29}$)/, num: (m) => Number(m[1]), label: true },
  { family: "arabic", re: /^\/?\s*0?([1-9])\s*\/$/, num: (m) => Number(m[1]), label: true },
  { family: "arabic", re: /^part\s*\.?\s*0?([1-9])$/i, num: (m) => Number(m[1]), label: true },
  // Eighteenth wave (2026-12-05): the same word with its heading on the line (`Part.1 现状`, `PART 02｜对策建议`): the
  // label is the marker, the short heading after a space or a bar its title, as for `01 配齐……` above.
  { family: "arabic", re: /^part\s*\.?\s*0?([1-9])(?:\s*[|｜丨/:]\s*|\s+)(?=[\u4e00-\u9fff“"《][^。;!?]{1,29}$)/i, num: (m) => Number(m[1]), core: (m) => m[0].replace(/[\s|｜丨/:]+$/, "").length, label: true },
  // Seventeenth wave: the Latin abbreviation of 第 before a heading's count (`NO.1 先定规矩`, `No. 2｜…`), a glyph
  // before it allowed (`📌 NO.3 …`): a designer's number, as `PART 01` is — the heading starts after it.
  { family: "arabic", re: /^(?:(?:\p{Extended_Pictographic}|\p{So})\uFE0F?\s*)?no\s*\.\s*0?([1-9]\d?)(?=\s*[|｜丨:/]?\s*[\u4e00-\u9fff“"《])/iu, num: (m) => Number(m[1]) },
  { family: "circled", re: new RegExp(`^[${CIRCLED_CLASS}]`), num: (m) => rangeNumber(m[0], CIRCLED_RANGES) },
  // 2026-12-03: a keycap digit (`1️⃣`, a digit, a variation selector, U+20E3) numbers like ①.
  { family: "circled", re: /^(\d)\uFE0F?\u20E3/, num: (m) => Number(m[1]) },
  // 2026-12-03 (third wave): a Word list's symbol-font bullet pasted as the letter its font
  // drew it with (Wingdings `l` ●, `n` ■, `q` ❑, `u` ◆, `v` ❖, `Ø` ➢, `§` ■, `ü` ✓; `o` the
  // Courier second-level ○), then the tab Word puts after a bullet (a space once normalised),
  // then the item's Chinese words: a bullet, not a word of the text.
  { family: "bullet", re: /^[lnquvoØ§üŸ¨](?=\s+[\u4e00-\u9fff“"《])/, num: () => NaN },
  // Seventeenth wave: a Markdown task item pasted as text (`- [ ] `, `- [x] `) is a bullet with its box; the
  // box is furniture of the list, no word of the item's title.
  // Twentieth wave: a ballot box ticked or not (`☑ `, `☐ `, `☒ `: a notes app's or a form's checklist) is the
  // list's bullet the same way; ticking an item changes its state, not its list.
  { family: "bullet", re: /^(?:[•●○■□◆◇▪▫▶►▸◦‣⁃※★☆✓✔➢➤→▍▌▎▏｜]|[☐☑☒](?=\s)|[-*+](?:\s+\[[ xX]\](?=\s))?(?=\s)|·(?=\s))/, num: () => NaN },
  // Seventeenth wave (2026-12-05): a doubled dash before a whole sentence (`——全面清查核实债务。由……。`, a report's or a
  // speaker's measures after `为此建议：`) is the list's dash; a subtitle (`——记……`) or a quote's source says no sentence.
  { family: "bullet", re: /^——(?=[\u4e00-\u9fff“"《].{12,}[。;]$)/, num: () => NaN },
];

/** Separators that may follow a marker before its text: `（一）、`, `① `, `1. `. */
/** (A text-style variation selector after a glyph, `▶︎`, belongs to the marker.) */
const AFTER_MARKER = /^(?:[\s、.,:]|\uFE0E|\uFE0F)+/;

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

  // Round 10: a modal may follow instead of a comma (`首先要理顺管理体制，…`).
  const sequence = /^(首先|其次|再次|再者|然后|此外|另外|最后)(?:\s*[,、:]|(?:要|应|须|需)(?=[\u4e00-\u9fff]))/.exec(folded);
  if (sequence) {
    // 首先/其次/此外 number measures (`首先，优化养老服务设施布局。`), not the points of an
    // argument or a problem statement (`首先，在服务供给方面还存在……`).
    // (A modal after the word is part of the marker: `首先要` + `理顺管理体制`.)
    if (options.allowSequence && opensMeasure(folded.slice(sequence[1].length).replace(/^\s*[,、:]/, ""))) {
      return finish(text, folded, "sequence", sequence[0].length, sequence[0].length, SEQUENCE_NUMBER[sequence[1]] ?? NaN);
    }
    return null;
  }

  for (const p of PATTERNS) {
    const m = p.re.exec(folded);
    if (!m) continue;
    const core = p.core ? p.core(m) : m[0].length;
    if (p.family === "bullet") return numberedBullet(text, folded, core, options) ?? finish(text, folded, p.family, core, m[0].length, p.num(m));
    const lm = finish(text, folded, p.family, core, m[0].length, p.num(m));
    return p.label ? { ...lm, label: true } : lm;
  }
  const glyph = options.glyphs?.size ? LEADING_GLYPH.exec(text) : null;
  if (glyph && options.glyphs?.has(glyph[0])) return numberedBullet(text, folded, glyph[0].length, options) ?? finish(text, folded, "bullet", glyph[0].length, glyph[0].length, NaN);
  return null;
}

/**
 * Thirteenth wave (2026-12-04): a bullet glyph before the item's own number (`🌿 一是完善村规民约。`,
 * `👉（二）建好……`, `✅ 3. 推行……`). An account decorates the list it numbers: the number is the
 * marker, read as on a bare line, and the glyph goes with it — the title starts after both.
 */
function numberedBullet(text: string, folded: string, at: number, options: MarkerOptions): LineMarker | null {
  const skip = /^\s*/.exec(text.slice(at))?.[0].length ?? 0;
  const start = at + skip;
  // Only a number may follow (a numeral, a digit, a bracket): no second bullet is read, so a run of glyphs never recurses.
  if (!/^[一二三四五六七八九十第首其\d(①-⑳]/.test(folded.slice(start))) return null;
  const inner = parseLineMarker(text.slice(start), folded.slice(start), { allowSequence: options.allowSequence });
  if (!inner || inner.family === "part" || !inner.rest) return null;
  return { family: "bullet", marker: text.slice(0, start) + inner.marker, number: inner.number, rest: inner.rest, restStart: start + inner.restStart };
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
