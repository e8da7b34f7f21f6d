/**
 * Tenth wave (2026-12-04, issue 12): a compilation's material labels on lines of their own.
 *
 * A research office's 参阅资料, a 简报's 摘编, a mail forwarding two proposals set each item apart
 * with a bare label — `材料一`, `资料2`, `提案二`, `参阅件之一` — where a clippings file frames it
 * (`———— 素材1 ————`, pasted-parts.ts). The label alone is no proof (`案例一` heads a part of one
 * report), so the cut is read from three shapes together:
 *
 * - the line is a word of two to four Han characters and a number, nothing else — a glyph before
 *   it, brackets around it or a colon after it allowed (`▶ 摘编一`, `【提案二】`, `资料1：`);
 * - two or more such lines share the word and count up by one from 1 (or 一, ①);
 * - each label opens a document: among the first four lines under it stand a headline-shaped
 *   line (no sentence end, at most 40 characters) and the head's evidence of a document of its
 *   own — a full date, an author field (`提案人：…`), a reporter's credit or a member's name
 *   under their title (`市政协委员 某某`).
 *
 * An annex's label (`附件1`, `附录二`) is the document's own (content/corpus/README.md, annexes):
 * never a cut. What it does not do: a label with text after it on its line, a run that skips a
 * number, or a part that begins with prose is left alone.
 */
import { DATE_RE, headlineShaped } from "./head-shapes";
import { labelledByline } from "./authors";
import { personCredit } from "./chrome-rules";
import { fold } from "./fold";
import { datedLede, endsSentence } from "./line-shapes";
import { CIRCLED_RANGES, parseChineseNumber, rangeNumber } from "./numbering";

const BARE_LABEL = /^([\u4e00-\u9fff]{2,4}?)之?([1-9]|1[0-9]|[一二三四五六七八九十]|[①-⑳])$/;
/** What may frame a bare label on its line: a glyph before it, brackets around it, a colon after it. */
const LABEL_FRAME = /^[■□●○◆◇▲△★☆▶►•·\s]*[【[〔(（]?\s*|\s*[】\]〕)）]?\s*[:：]?\s*$/g;
/** Labels of an annex or of a part of one text, never of a compilation's material. */
const OWN_PARTS = /^(?:附件|附录|附表|附图|第|部分|案例)/;
/** A member's or a reporter's name under the title they write with: `市政协委员 某某`. */
const TITLED_NAME = /^[\u4e00-\u9fff]{2,12}[ \t\u3000]+[\u4e00-\u9fff]{2,4}$/;

/**
 * 2026-12-05 (seventeenth wave): a digest's Latin ordinal (`NO.1`, `No.2`, `📌 NO.3`) numbers its items
 * the way `材料一` does: the word is `NO`, the number a digit.
 */
const LATIN_ORDINAL = /^NO\.?\s*([1-9]|1[0-9])$/i;

/**
 * 2026-12-05 (twentieth wave): an ordinal that counts pieces or people (`第一位`, `第二篇`, `第3则`, `第四件`): a
 * programme's guests, a push's articles, a bulletin's items, a page's proposals. `第` before a part's word
 * (`第一部分`, `第二章`) heads a part of one text (OWN_PARTS); a measure word for a person (位), an article
 * (篇), a news item (则) or a case or proposal (件) counts things that stand alone. The word is `第` and the
 * measure word, so a run counts in one of them.
 */
const PIECE_ORDINAL = /^第([1-9]|1[0-9]|[一二三四五六七八九十])([位篇则件])$/;

function bareLabel(line: string): { word: string; n: number } | null {
  const latin = LATIN_ORDINAL.exec(line.replace(/^[^\p{L}\p{N}]+/u, "").trim());
  if (latin) return { word: "NO", n: Number(latin[1]) };
  const framed = line.replace(LABEL_FRAME, "").replace(/\s+/g, "");
  const piece = PIECE_ORDINAL.exec(framed);
  if (piece) return { word: `第${piece[2]}`, n: parseChineseNumber(piece[1]) };
  const m = BARE_LABEL.exec(line.replace(LABEL_FRAME, "").replace(/\s+/g, ""));
  if (!m || OWN_PARTS.test(m[1])) return null;
  const d = m[2];
  // The label counts with a digit, a Han numeral up to 十 or a circled number (numbering.ts reads all three).
  const n = /[①-⑳]/.test(d) ? rangeNumber(d, CIRCLED_RANGES) : parseChineseNumber(d);
  return { word: m[1], n };
}

/** A byline under a headline: an author field (`提案人：…`), a reporter's credit, a name under a title. */
function bylineEvidence(line: string): boolean {
  const f = fold(line).trim();
  return labelledByline(f) || personCredit(f) || TITLED_NAME.test(line.trim());
}

/**
 * 2026-12-05 (twentieth wave): a programme's guest field (`受访委员：市政协委员、某合作社理事长 某某`, `嘉宾：…`,
 * `访谈嘉宾：…`): who is interviewed in this segment — the head of a segment of its own, as an author field
 * is an article's. No byline: the segment is the programme's (content/corpus/README.md, interviews).
 */
const GUEST_FIELD = /^(?:受访(?:委员|者|人|嘉宾)?|(?:访谈|做客|本期)?嘉宾)\s*[:：]\s*[^。!?;:：]{2,40}$/;

/** The head's evidence that a document of its own starts here. */
function headEvidence(line: string): boolean {
  return DATE_RE.test(fold(line)) || bylineEvidence(line) || GUEST_FIELD.test(fold(line).trim());
}

/** Does a document's head stand among the first four lines from `from` (before `to`)? */
function opensDocument(lines: readonly string[], from: number, to: number): boolean {
  let headline = false;
  let evidence = false;
  for (let i = from, seen = 0; i < to && seen < 4; i++) {
    const t = lines[i].trim();
    if (!t) continue;
    seen++;
    const f = fold(t);
    if (headEvidence(t) || (headline && datedLede(f))) evidence = true;
    else if (f.length <= 40 && !endsSentence(f) && headlineShaped(f)) headline = true;
  }
  return headline && evidence;
}

/** Line indexes of a compilation's bare material labels (two or more), else []. */
export function compilationLabels(lines: readonly string[], kept: (i: number) => boolean): number[] {
  const labels: Array<{ at: number; word: string; n: number }> = [];
  lines.forEach((line, at) => {
    if (line.trim().length > 12 || kept(at)) return;
    const l = bareLabel(line.trim());
    if (l) labels.push({ at, ...l });
  });
  if (labels.length < 2) return [];
  const first = labels.find((l) => l.n === 1);
  if (!first) return [];
  const run = [first.at];
  let n = 1;
  for (const l of labels) {
    if (l.at <= first.at || l.word !== first.word || l.n !== n + 1) continue;
    run.push(l.at);
    n++;
  }
  if (run.length < 2) return [];
  const bounds = [...run, lines.length];
  return run.every((c, k) => opensDocument(lines, c + 1, bounds[k + 1])) ? run : [];
}

/** A compiler's note in brackets, the whole line: `【研究室按：…】`, `【编者注：…】`, `（整理者备注：…）`. */
export const COMPILER_NOTE = /^[【[(（〔][\u4e00-\u9fff]{0,6}(?:按|注|备注|说明)[:：][^【】[\]()（）〔〕]*[】\])）〕]$/;

/**
 * The compiler's notes at the edges of one pasted item (lines `from`…`to`): the first and the
 * last two lines, when each is a whole-line bracketed note. Inside a compilation they are the
 * compiler's word about the item, not the item's (a paper's own `编者按：` opens its text unbracketed).
 */
export function compilerNotes(lines: readonly string[], from: number, to: number, kept: (i: number) => boolean): number[] {
  const live: number[] = [];
  for (let i = from; i < to; i++) if (lines[i].trim()) live.push(i);
  const edges = new Set([...live.slice(0, 2), ...live.slice(-2)]);
  return [...edges].filter((i) => !kept(i) && COMPILER_NOTE.test(lines[i].trim())).sort((a, b) => a - b);
}
