/**
 * Removes short bare lines (no punctuation) by their place, not their words: a run after the
 * text's last paragraph, a lone label or empty section inside the body.
 *
 * - `markTailRun`: after the text's last paragraph of prose, short lines without any
 *   punctuation that stand together (two or more, or one beside chrome) are the page's
 *   furniture: topic tags, the account's name again, a platform's name, a counter
 *   (`赞同 23`). A closing sentence (`谢谢大家！`), a signature (the head's signature
 *   line), a date and a numbered or bracketed line stay.
 * - `markIsolated`: inside the body, a short line without punctuation between two
 *   paragraphs is a heading only when the body shows it as one: siblings of the same
 *   shape, or a paragraph next to it that takes up its words. A lone short line whose words
 *   neither the paragraph before nor the one after echoes is a widget or a label (`相关附件`); a short
 *   line right above a sibling heading, when every sibling heads a paragraph, is an empty
 *   section: a widget set between a paragraph and the next heading (`听语音`).
 */
import { isProse } from "./chrome-caption-line";
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";
import { DAY_STAMP, endsSentence } from "./line-shapes";

// (A day's stamp in a diary or a log, `📍6月2日 石桥村`, `5月8日 青石镇`, says when the next entry was written:
// content of the text, never a lone label, whatever the paragraphs around it say — seventeenth wave.)

/** No punctuation, quote, bracket or title mark: the shape of a tag, a label or a button. */
const BARE = /^[^。，、；：！？,.;:!?…“”"'‘’()（）【】[\]《》<>〈〉「」『』#＃@|｜/·•—\-~～]+$/u;

const CONTENTS_LABEL = /^(?:本文)?目\s*[录次]$/;

/** A label counting a sequence (`对策二`, `建议3`, `第二部分`, `Part 2`): it numbers what follows, as a heading does. */
const ORDINAL = /(?:^第?[一二三四五六七八九十百\d]+|[一二三四五六七八九十\d]+$)/u;

function bare(info: LineInfo, max: number): boolean {
  const f = info.folded;
  return !info.reason && !info.marker && f.length >= 1 && f.length <= max && BARE.test(f) && info.verdict !== "date";
}

/**
 * A longer tail line of the page's furniture: at most 30 characters, no sentence, no clause
 * (a hard-wrapped paragraph's fragment holds `，` `、` `；`), not a whole bracketed signature.
 */
function tailShort(info: LineInfo): boolean {
  const f = info.folded;
  return !info.reason && f.length >= 2 && f.length <= 30 && !/[。!?,;、:：]/.test(f) && !/^[(（].*[)）]$/.test(f) && info.verdict !== "date";
}

export interface BodySpan {
  first: number;
  last: number;
  titleLine: number;
  signatureLine: number;
}

export function markTailRun(infos: LineInfo[], kept: (i: number) => boolean, span: BodySpan): void {
  if (span.last < 0) return;
  // A numbered line counts only once the page's furniture has begun after the text (a list of
  // links under it); a numbered heading right under the last paragraph opens the text's last part.
  let furniture = -1;
  for (let i = span.last + 1; i < infos.length && furniture < 0; i++) if (infos[i].reason && !isBlank(infos[i])) furniture = i;
  const isCandidate = (i: number) =>
    i > span.last && !kept(i) && i !== span.signatureLine && i !== span.titleLine &&
    (bare(infos[i], 12) || (tailShort(infos[i]) && (!infos[i].marker || (furniture >= 0 && i > furniture))));
  const candidates: number[] = [];
  for (let i = span.last + 1; i < infos.length; i++) if (!isBlank(infos[i]) && isCandidate(i)) candidates.push(i);
  const set = new Set(candidates);
  const chromeAt = (j: number) => j >= 0 && !!infos[j].reason;
  for (const i of candidates) {
    const prev = neighbourIndex(infos, i, -1);
    const next = neighbourIndex(infos, i, 1);
    // A name over a date is the text's signature (`民建某市委会` / `2026年2月`), whatever follows.
    if (next >= 0 && (infos[next].verdict === "date" || /^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/.test(infos[next].folded))) continue;
    if (set.has(prev) || set.has(next) || chromeAt(next) || (chromeAt(prev) && prev > span.last)) infos[i].reason = "widget";
  }
}

/** Two-character pieces of a line's Han and Latin words. */
function pairs(f: string): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < f.length; k++) out.add(f.slice(k, k + 2));
  return out;
}

/**
 * Any shared two-character piece, common words included. Deliberately looser than head-echo.ts's
 * topic measure (which drops 政协, 委员, places …): here an echo KEEPS a line, and keeping a
 * label costs less than losing a heading.
 */
export function echoes(line: string, paragraph: string): boolean {
  for (const p of pairs(line)) if (paragraph.includes(p)) return true;
  return false;
}

export function markIsolated(infos: LineInfo[], kept: (i: number) => boolean, span: BodySpan): void {
  if (span.first < 0) return;
  const prose = (j: number) => j >= 0 && !infos[j].reason && isProse(infos[j].folded);
  const next = (i: number) => neighbourIndex(infos, i, 1);
  const prev = (i: number) => neighbourIndex(infos, i, -1);
  let candidates: number[] = [];
  for (let i = span.first + 1; i < span.last; i++) {
    if (!isBlank(infos[i]) && !kept(i) && i !== span.titleLine && bare(infos[i], 12) && /[\p{L}]/u.test(infos[i].folded) && !DAY_STAMP.test(infos[i].folded)) candidates.push(i);
  }
  // A reading app's contents button (`目录`) left in the flow with no list under it: the
  // contents rule (chrome-contents.ts) takes the label only with its entries.
  for (const i of candidates) if (CONTENTS_LABEL.test(infos[i].folded) && prose(prev(i))) infos[i].reason = "contents";
  candidates = candidates.filter((i) => !infos[i].reason);
  if (candidates.length === 0) return;
  const set = new Set(candidates);
  // A lone short line between two paragraphs whose words the paragraph after it does not take up.
  if (candidates.length === 1) {
    const i = candidates[0];
    const n = next(i);
    // A line over a numbered list heads it (`协商成果` / `①…`).
    // A heading may take up the words of the text above it instead (`老旧小区更新提速` after a paragraph on 老旧小区).
    const p = prev(i);
    if (!ORDINAL.test(infos[i].folded) && prose(p) && prose(n) && !infos[n].marker && !echoes(infos[i].folded, infos[n].folded) && !echoes(infos[i].folded, infos[p].folded)) infos[i].reason = "widget";
    return;
  }
  // Siblings that each head a paragraph: one of them standing empty right above another is no heading.
  const heading = candidates.filter((i) => prose(next(i)));
  // A parent heading over its sub-headings takes up its words below (`委员建议` / … / `建议市商务局…`).
  const empty = candidates.filter((i) => {
    const sibling = next(i);
    if (ORDINAL.test(infos[i].folded) || !set.has(sibling) || !prose(prev(i)) || !prose(next(sibling))) return false;
    return ![prev(i), sibling, next(sibling)].some((j) => echoes(infos[i].folded, infos[j].folded));
  });
  if (heading.length >= 2 && heading.length + empty.length === candidates.length && empty.length * 3 <= heading.length) {
    for (const i of empty) infos[i].reason = "widget";
  }
}

const DATE_LINE = /^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/;

/**
 * A short line standing both above the text's first paragraph and below its last one —
 * exactly twice — is the page's furniture framing the article: a column label at head and
 * foot, a slogan in the banner and the footer, the column's name over the post and again
 * after it. Read before the head, so the head never takes it for the headline. A body's
 * name over the text and again over its date at the end (the issuer and its signature) stays.
 */
export function markFramingRepeats(infos: LineInfo[], kept: (i: number) => boolean): void {
  let first = -1;
  let last = -1;
  infos.forEach((info, i) => {
    if (!info.reason && isProse(info.folded)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first < 0) return;
  const at = new Map<string, number[]>();
  infos.forEach((info, i) => {
    const f = info.folded;
    if ((i < first || i > last) && f.length >= 2 && f.length <= 20 && !info.marker && !/[。!?:,]/.test(f)) {
      const list = at.get(f);
      if (list) list.push(i);
      else at.set(f, [i]);
    }
  });
  for (const [, list] of at) {
    if (list.length !== 2 || list[0] > first || list[1] < last) continue;
    const below = neighbourIndex(infos, list[1], 1);
    if (below >= 0 && (infos[below].verdict === "date" || DATE_LINE.test(infos[below].folded))) continue;
    // A heading heads a sentence after it; the page's furniture does not.
    if (below >= 0 && !infos[below].reason && endsSentence(infos[below].folded)) continue;
    for (const k of list) if (!kept(k) && !infos[k].reason) infos[k].reason = "repeated";
  }
}
