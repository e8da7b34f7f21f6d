/**
 * The page frame: a document-level view of chrome, instead of lists of phrases.
 *
 * The body of a pasted page is the run from its first to its last paragraph of prose
 * (chrome.ts finds it). What a page wraps around its body — mastheads, app and site
 * furniture, record fields, share bars, widgets, teaser lists, footers — sits outside
 * that run, and it is made of lines that say no sentence: short, no sentence punctuation.
 * So a line OUTSIDE the body is chrome unless something positive shows it is content:
 *
 * - it says a sentence (`。！？；` in it), or is a numbered item, a table row, a question;
 * - it is the headline, a byline, a subtitle (`——…`) or the signature of a 公文;
 * - it is a heading over the paragraph right below it (the body's first paragraph);
 * - it continues a line broken mid-sentence (PDF text), or belongs to a list the body
 *   introduced with a colon.
 *
 * Lines INSIDE the body are left to the line rules: there, removing content is the risk.
 */
import { parseAuthorLine, parseByline } from "./authors";
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";
import { bracketedSignature } from "./chrome-signature";
import { endsSentence, hanDensity } from "./line-shapes";
import { wordedHeadline } from "./title-score";
import type { ChromeReason } from "./types";

export interface Frame {
  /** First and last line of prose (the body), -1 when the text has none. */
  first: number;
  last: number;
  titleLine: number;
  signatureLine: number;
}

/** A body's name alone (`民盟某市委会`, `某区政协`, `某某学社某市委员会`): a signature. */
const SIGNING_BODY = /(?:委员会|委会|政协|学社|联合会|商会|工会|支部|办公室|局|委)$/;

/** A line wholly in brackets: `（本文根据录音整理）`, `【编后】…` is no aside: it goes on. */
const ASIDE = /^[(（][^()（）]+[)）]$/;

/** Mostly Latin letters, hardly any Han: another script than the body's. */
function foreign(f: string): boolean {
  const letters = (f.match(/[A-Za-z]/g) ?? []).length;
  return f.length >= 8 && hanDensity(f) < 0.15 && letters / f.replace(/\s/g, "").length >= 0.6;
}

/** Sentence punctuation anywhere in the line: it says something. */
const SENTENCE = /[。!?;]/;

/**
 * A table row: cells split by tabs, bars or wide spaces, one of them long enough to say
 * something (a task, a body's name) or the first a row number. A row of buttons
 * (`我要评价  关注提案  转发`) has only short cells.
 */
function tableRow(text: string): boolean {
  const cells = text.split(/\t|\s*[|｜]\s*|\s{2,}|\u3000+/).filter(Boolean);
  if (cells.length >= 3 && cells.some((c) => c.length >= 8)) return true;
  const words = text.split(/\s+|[|｜]/).filter(Boolean);
  return words.length >= 3 && /^(?:\d{1,3}|序号)$/.test(words[0]);
}

/**
 * Symbols (`☆`, `◈`, `▦`, `↻`) beyond a single leading bullet: icons of buttons and
 * widgets, which a heading or a headline does not carry inside it.
 */
function ornamented(f: string): boolean {
  const symbols = f.match(/\p{So}/gu) ?? [];
  return symbols.length >= 2 || (symbols.length === 1 && !/^\p{So}/u.test(f));
}

/** A field's value that is a datum: digits, a date or time, a count, or a short word. */
function datum(value: string): boolean {
  if (!value) return true;
  const digits = (value.match(/\d/g) ?? []).length;
  if (digits / value.length >= 0.3) return true;
  // A grade or a status, maybe glossed in brackets (`A类（所提问题已经解决或采纳）`, `已办结`,
  // `办理中`): a disclosure portal's classification of the record, not the author's words.
  const code = value.replace(/\s*[(（][^()（）]*[)）]\s*$/, "").trim();
  return /^(?:[A-Z甲乙丙丁][类级档]?|[一二三]类|[已未待](?:办结|办理|答复|采纳|解决|公开|受理|回复)|办理中|处理中)$/i.test(code);
}

/** Two or more `label：value` cells side by side, each value short and saying no sentence. */
export function recordRow(f: string): boolean {
  const cells = f.split(/\s{2,}|\s*[|｜]\s*/).filter(Boolean);
  return cells.length >= 2 && cells.every((c) => /^[\u4e00-\u9fff]{2,6}\s*:\s*[^\s:。;!?]{1,14}$/.test(c));
}

/** Is the line in a run of short lines that a line ending with a colon opened? */
function listAfterColon(infos: LineInfo[], i: number): boolean {
  for (let k = neighbourIndex(infos, i, -1), n = 0; k >= 0 && n < 12; k = neighbourIndex(infos, k, -1), n++) {
    const f = infos[k].folded;
    if (infos[k].reason) return false;
    if (/:$/.test(f)) return true;
    if (endsSentence(f)) return false;
  }
  return false;
}

/** A subtitle or a quoted source line (`——某某调查`). */
const SUBTITLE = /^(?:——|—|--)/;

/** A field's label and value (`类别：城建`, `直播时间：…`): a record's furniture. */
const FIELD = /^[\u4e00-\u9fff]{2,6}\s*:\s*\S/;

function hasSentence(info: LineInfo): boolean {
  return SENTENCE.test(info.folded) || endsSentence(info.folded);
}

/** Does the line show positive evidence of being content of the text? */
function contentEvidence(infos: LineInfo[], i: number, frame: Frame): boolean {
  const info = infos[i];
  const f = info.folded;
  // Outside a Chinese body, a line in another script is a parallel version or a summary for
  // other readers, not the text; after the body, a line wholly in brackets is an aside
  // (an editor's note, a credit), whatever it says.
  if (foreign(f)) return false;
  if (i > frame.last && ASIDE.test(f) && !info.verdict && !bracketedSignature(f)) return false;
  if (hasSentence(info) || /[,、]/.test(f) || (info.marker && info.marker.family !== "bullet") || SUBTITLE.test(f) || /:$/.test(f)) return true;
  if (tableRow(info.text)) return true;
  // A row of two or more fields (`参与人数：386  协商方式：线上+线下`): a record's furniture.
  if (recordRow(f)) return false;
  // A field's label and value: furniture when the value is a datum (number, date, status).
  const field = FIELD.exec(f);
  if (field) return !datum(f.slice(f.indexOf(":") + 1).trim());
  if (i === frame.titleLine || i === frame.signatureLine) return true;
  if (info.verdict === "date" || info.verdict === "person") return true; // position rules in chrome.ts read these
  // A byline before the body; after it, a body's name alone signs the text (a person's
  // name there is a credit, which goes).
  if (i < frame.first && (parseAuthorLine(info.text, f) || parseByline(info.text, f))) return true;
  if (i > frame.last && ((f.length <= 24 && SIGNING_BODY.test(f)) || bracketedSignature(f))) return true;
  // Too long for furniture and written like prose: a fragment of a wrapped paragraph; or,
  // before the body, shaped like a headline (the headline reader may have chosen another).
  // Before the body, a line worded as a headline (names a document, quotes, asks, two parts:
  // title-score.ts) is the head's to judge; the headline reader keeps such lines as content.
  if (i < frame.first && wordedHeadline(f)) return true;
  if (f.length >= (i < frame.first ? 8 : 18) && hanDensity(f) >= 0.75 && !/\s/.test(f) && !FIELD.test(f) && !ornamented(f)) return true;
  const p = neighbourIndex(infos, i, -1);
  const prev = p >= 0 && !infos[p].reason ? infos[p] : null;
  // Right under the headline: its subtitle, its second line or its byline.
  if (p >= 0 && p === frame.titleLine) return true;
  // A line broken mid-sentence continues the line before (PDF text).
  if (prev && prev.folded.length >= 18 && !hasSentence(prev) && !FIELD.test(prev.folded)) return true;
  // A field's value running over the next line (`办理单位：主办 A` / `会办 B C`).
  if (prev && FIELD.test(prev.folded) && !datum(prev.folded.slice(prev.folded.indexOf(":") + 1).trim()) && !/:/.test(f)) return true;
  // A list the text introduced with a colon (`参会人员：` then short items).
  if (listAfterColon(infos, i)) return true;
  // A heading over a paragraph (what follows it is prose) or over its subtitle.
  const n = neighbourIndex(infos, i, 1);
  if (n >= 0 && SUBTITLE.test(infos[n].folded)) return true;
  if (n >= 0 && !infos[n].reason && !ornamented(f) && (n === frame.first || hasSentence(infos[n]))) return true;
  return false;
}

/** Mark chrome outside the body; returns the lines it marked. */
export function markFrame(infos: LineInfo[], kept: (i: number) => boolean, frame: Frame, reason: ChromeReason = "widget"): Set<number> {
  const { first, last } = frame;
  if (first < 0) return new Set();
  // Decide every line on the page as it stands, then mark: a verdict never feeds the next.
  const marked: number[] = [];
  for (let i = 0; i < infos.length; i = i + 1 === first ? last + 1 : i + 1) {
    const info = infos[i];
    if (i >= first && i <= last) continue;
    if (isBlank(info) || info.reason || kept(i) || contentEvidence(infos, i, frame)) continue;
    marked.push(i);
  }
  for (const i of marked) infos[i].reason = reason;
  return new Set(marked);
}
