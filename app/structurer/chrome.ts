/**
 * The chrome stage: before anything is structured, every line of the input is classified
 * as content or page chrome (navigation, share bars, edition furniture, credits, captions,
 * legal notices, contact lines, ads, spam, running headers, page numbers). Nothing is
 * silently lost: each removed line is returned with its line number and its reason, so
 * staff see it struck out in the import preview and can keep it (`keepLines`).
 *
 * Rules for one line are in chrome-rules.ts, rules over runs of lines (numbered notices,
 * running headers) in chrome-runs.ts. This file adds what needs the whole text:
 * - position: where the body (the run of prose paragraphs) starts and ends; a date alone
 *   or a person credit means metadata at the head, chrome in the tail;
 * - lists after a "related" header in the tail (`相关阅读` then headlines);
 * - captions: caption-like short lines standing between paragraphs;
 * - numbered legal notices (`1、凡本网注明…` … `4、如因作品内容…`): a numbered run in
 *   which most members are notices is removed whole, so its numbering never reaches the
 *   tree;
 * - repeated lines: a short line met again and again (a PDF's running header) is removed
 *   after its first occurrence, and at every occurrence when it sits next to page numbers.
 */
import { fold } from "./fold";
import { TRAILING_CREDIT, lineVerdict, relatedHead } from "./chrome-rules";
import { markDigest } from "./chrome-round9";
import { markChatTurns } from "./chrome-round10";
import { markComments, markFileName } from "./chrome-round11";
import { markContents } from "./chrome-contents";
import { isAside } from "./chrome-notes";
import { markWrapper } from "./chrome-wrapper";
import { bracketedNameList, bracketedSignature } from "./chrome-signature";
import { markPullQuotes } from "./chrome-pullquote";
import { NEWS_BRIEF, markAccountName, markSelectionLabel } from "./chrome-round12";
import { BYLINE_MARK, MEMBER_WITH_POST, markRound12b, moveKicker } from "./chrome-round12b";
import { markRound13 } from "./chrome-round13-runs";
import { markRound13b } from "./chrome-round13b-runs";
import { titleLineText } from "./title-round13";
import { markFrame } from "./chrome-frame";
import { markCounters } from "./chrome-counters";
import { captionScore } from "./chrome-captions";
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";
import { besidePageNumbers, legalRuns, repeatedLines, reprintCard } from "./chrome-runs";
import { endsSentence, hanDensity, looksLikeProse } from "./line-shapes";
import { parseLineMarker } from "./markers";
import { stripPinyinResidue } from "./pinyin";
import { isRecommendationLike } from "./paragraphs";
import { readHead, type PageMeta } from "./head";
import { tailStampDate } from "./head-tail";
import type { RemovedLine } from "./types";

export interface ChromeOptions {
  /** What a reader sees on a line (Markdown: without `#`, `**`, list bullets). */
  view?: (line: string) => string;
  /** 1-based line numbers never to remove (kept by staff). */
  keep?: ReadonlySet<number>;
  /** Added to every reported line number (lines dropped before this stage, e.g. front matter). */
  lineOffset?: number;
}

export interface ChromeOutcome {
  /** The input lines with chrome blanked (""), pinyin residue and trailing credits removed. */
  lines: string[];
  removed: RemovedLine[];
  /** Date, source, headline line and other facts read from the page's head and tail. */
  meta: PageMeta;
}

/** A paragraph of prose: long enough, mostly Han characters, with sentence punctuation. */
function isProse(f: string): boolean {
  return f.length >= 24 && hanDensity(f) >= 0.5 && (endsSentence(f) || /[。!?;]/.test(f));
}

/** The nearest non-blank, non-chrome line before (dir -1) or after (dir 1) `i`. */
function neighbour(infos: LineInfo[], i: number, dir: 1 | -1): LineInfo | null {
  for (let j = i + dir; j >= 0 && j < infos.length; j += dir) {
    const info = infos[j];
    // Ornaments (`▼`, `———`) carry no text: a caption under one still follows the paragraph.
    if (isBlank(info) || info.reason || !/[\p{L}\p{N}]/u.test(info.folded)) continue;
    return info;
  }
  return null;
}

export function removeChrome(lines: string[], options: ChromeOptions = {}): ChromeOutcome {
  const view = options.view ?? ((l: string) => l);
  const keep = options.keep ?? new Set<number>();
  const offset = options.lineOffset ?? 0;
  const out = lines.map(stripPinyinResidue);
  const infos: LineInfo[] = out.map((line) => {
    const text = view(line).trim();
    const folded = fold(text);
    return { text, folded, marker: text ? parseLineMarker(text, folded) : null, verdict: text ? lineVerdict(folded) : null, reason: null };
  });
  const kept = (i: number) => keep.has(i + 1 + offset);

  // Rules for one line, except those that depend on position.
  infos.forEach((info, i) => {
    const v = info.verdict;
    if (v && v !== "date" && v !== "person" && !kept(i)) info.reason = v;
  });

  legalRuns(infos, kept);
  repeatedLines(infos, kept);
  besidePageNumbers(infos, kept);
  reprintCard(infos, kept);
  markDigest(infos);
  markChatTurns(infos, kept);
  markWrapper(infos, out, kept);
  markContents(infos, kept);
  markComments(infos, kept);
  markFileName(infos, kept);
  markSelectionLabel(infos, kept);
  markAccountName(infos, kept);
  markCounters(infos, kept);
  markPullQuotes(infos, kept);
  markRound13(infos, out, kept);
  for (const i of markRound13b(infos, kept, out)) out[i] = out[i].replace(/^\s*>\s?/, "");
  const meta = readHead(infos, kept);
  moveKicker(infos, kept, meta);
  if (meta.titleLine >= 0) titleLineText.set(meta, infos[meta.titleLine].text);

  // The body: from the first to the last paragraph of prose (the headline line aside).
  let first = -1;
  let last = -1;
  infos.forEach((info, i) => {
    if (!info.reason && i !== meta.titleLine && isProse(info.folded)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  markRound12b(infos, kept, meta.titleLine, first);
  // Who took part, listed in brackets after the last sentence (not after the last paragraph
  // of prose: the wrapped lines of a PDF may leave the text none): a credit.
  let lastSentence = -1;
  infos.forEach((info, i) => !info.reason && endsSentence(info.folded) && (lastSentence = i));
  infos.forEach((info, i) => i > lastSentence && !info.reason && !kept(i) && bracketedNameList(info.folded) && (info.reason = "credit"));
  const framed = markFrame(infos, kept, { first, last, titleLine: meta.titleLine, signatureLine: meta.signatureLine });
  // Dates alone are read by their position against the first and last line of any text.
  let firstText = -1;
  let lastText = -1;
  infos.forEach((info, i) => {
    if (!isBlank(info) && !info.reason && info.verdict !== "date") {
      if (firstText < 0) firstText = i;
      lastText = i;
    }
  });

  let inRelated = false;
  let inFooter = false;
  infos.forEach((info, i) => {
    if (isBlank(info) || kept(i)) return;
    const tail = last >= 0 && i > last;
    // After the text, once the page's footer has begun (credits, buttons, contacts), the
    // short lines that follow belong to it (`民盟青禾市委宣传委员会` under the credits).
    // A linked headline may exclaim (`某某路即将通车！`): one sentence ending in `！`/`？` is no prose.
    if (tail && inFooter && !info.reason && i !== meta.signatureLine && info.verdict !== "date" && info.folded.length <= 30 && (!endsSentence(info.folded) || /^[^。!?]{4,}[!?]$/.test(info.folded))) {
      info.reason = "credit";
    }
    // What the page frame removed proves no footer: its lines are only short, not furniture by name.
    // An editor's aside after the text (`*本文为…，有删节`) is a note, not the text.
    if (tail && !info.reason && !kept(i) && isAside(info.text)) info.reason = "footnote";
    // Who took part, listed in brackets after the text: a credit.
    if (tail && info.reason && info.reason !== "metadata" && info.reason !== "footnote" && info.reason !== "page-number" && info.reason !== "repeated" && !framed.has(i)) inFooter = true;
    if (info.verdict === "date" && (firstText < 0 || i < firstText || i > lastText)) info.reason = "metadata";
    if (info.verdict === "person" && (tail || (first >= 0 && i > first && !bylineSpot(infos, i, meta.titleLine)))) info.reason = "credit";
    if (tail) {
      if (info.reason === "related") inRelated = true;
      else if (inRelated && !info.reason && !looksLikeProse(info.folded) && info.folded.length <= 60) info.reason = "related";
    }
    if (!info.reason && first >= 0 && i > first && i !== meta.signatureLine && isCaption(infos, i)) info.reason = "caption";
  });

  const removed: RemovedLine[] = [];
  infos.forEach((info, i) => {
    if (isBlank(info)) return;
    if (info.reason) {
      removed.push({ line: i + 1 + offset, text: info.text, reason: info.reason });
      out[i] = "";
      return;
    }
    // A credit glued to the end of a paragraph: `……完善制度。（责任编辑：某某）`.
    if (kept(i) || !/[)）】\]]\s*$/.test(out[i])) return;
    const m = TRAILING_CREDIT.exec(fold(out[i]));
    if (m && m.index > 0 && out[i].slice(0, m.index).trim()) {
      removed.push({ line: i + 1 + offset, text: out[i].slice(m.index).trim(), reason: "credit" });
      out[i] = out[i].slice(0, m.index).trimEnd();
    }
  });
  meta.date ??= tailStampDate(infos); // head-tail.ts: a stamp after the text when the head gave no date
  return { lines: out, removed, meta };
}

/** A person credit right under a title-like line is the byline of a (sub-)document. */
function bylineSpot(infos: LineInfo[], i: number, titleLine: number): boolean {
  if (titleLine >= 0 && neighbourIndex(infos, i, -1) === titleLine) return true;
  const prev = neighbour(infos, i, -1);
  return !!prev && prev.folded.length <= 60 && !endsSentence(prev.folded) && !/[:]$/.test(prev.folded);
}

/**
 * A photo caption: a short line without final punctuation right after a paragraph, that
 * reads as a caption (captionScore) — more so when a heading, the footer or the end
 * follows it, where a caption sits and a section heading never does.
 */
function isCaption(infos: LineInfo[], i: number): boolean {
  const info = infos[i];
  const f = info.folded;
  // A body's name (a signature, a byline) is not a caption.
  if (info.marker || BODY_NAME.test(f) || BYLINE_MARK.test(f)) return false;
  // Round 10: nor is a speaker's byline, a member's title and name (`委员 某某某`).
  if (SPEAKER_BYLINE.test(f) || bracketedSignature(f)) return false;
  const prev = neighbour(infos, i, -1);
  // The paragraph before ends a sentence, maybe followed by a credit (`……186公里。（本报记者 某某）`).
  if (!prev || !/[。!?”"](?:\s*[(（][^()（）]{1,30}[)）])?$/.test(prev.folded)) return false;
  let score = captionScore(f, isRecommendationLike(f) || REC_VERB.test(f));
  if (score < 0) return false;
  // A picture shows what the text just told of: the line opens with a place or thing
  // named in the paragraphs above (`华亭路摊区夜间…`, `“骑手之家”里，…`).
  // On a page that credits its photos (`本版图片由记者 某某 摄`) that is more telling still.
  const j = neighbourIndex(infos, i, 1);
  const next = j >= 0 ? infos[j] : null;
  // Round 10: a line over a speaker's byline (`市政协委员 某某`, `九三学社某市委员会`) is its headline.
  if (next && !next.reason && ((next.folded.length <= 24 && (SPEAKER_BYLINE.test(next.folded) || BODY_NAME.test(next.folded))) || MEMBER_WITH_POST.test(next.folded))) return false;
  // Round 12: and a line over a news brief's lede (`本报讯（通讯员 某某）…`) is the brief's headline.
  if (next && !next.reason && NEWS_BRIEF.test(next.folded)) return false;
  // Round 10: the last line of the text (the footer or the end after it) may show a place
  // told of anywhere above (`某某小区新装的电梯投入使用` under the article).
  if (namedAbove(infos, i, !next || !!next.reason ? Infinity : 3)) score += creditsPhotos(infos) ? 2 : 1;
  if (!next || next.reason) score += 1;
  else if (isHeadingLine(next)) score += 1;
  // Between two narrative paragraphs (the next opens with no lead phrase such as
  // `简化审批流程。`), a line about people is a caption, not a section heading.
  // Only where no other heading line stands in the text: a series of short lines each over
  // a paragraph (`提高门诊统筹待遇` / `方便群众就医结算`) are headings.
  else if (score >= 1 && isProse(next.folded) && !LEAD_PHRASE.test(next.folded) && headingLines(infos) <= 1) score += 1;
  return score >= 2;
}

/** A place's proper name at the start of a line: `滨河路`, `城南驿站`, `东湖公园`. */
const PLACE_NAME = /^[\u4e00-\u9fff]{1,8}?(?:路|街|巷|桥|站|馆|园|村|广场|公园|码头|食堂|驿站|市场|摊区|夜市)/;

/** The name a line opens with: a quoted name (`“骑手之家”`), else a place's proper name. */
function openingName(f: string): string | null {
  const quoted = /^[“"「]([^”"」]{2,12})[”"」]/.exec(f);
  if (quoted) return quoted[1];
  const place = PLACE_NAME.exec(f);
  return place && place[0].length >= 3 ? place[0] : null;
}

/** Does the line open with a name that one of the paragraphs above it (three by default) used? */
function namedAbove(infos: LineInfo[], i: number, paragraphs = 3): boolean {
  const name = openingName(infos[i].folded);
  if (!name) return false;
  let k = i;
  for (let n = 0; n < paragraphs; n++) {
    k = neighbourIndex(infos, k, -1);
    if (k < 0) return false;
    if (infos[k].folded.includes(name)) return true;
  }
  return false;
}

const photoCredits = new WeakMap<LineInfo[], boolean>();

/** Does the page credit its photos (`本版图片由…摄`, `（记者 某某 摄）`)? */
function creditsPhotos(infos: LineInfo[]): boolean {
  let yes = photoCredits.get(infos);
  if (yes === undefined) {
    yes = infos.some((x) => x.folded.length <= 60 && /(?:图片|照片|图)[^。]{0,20}摄|摄影?\s*[)）]?$/.test(x.folded));
    photoCredits.set(infos, yes);
  }
  return yes;
}

const headingCounts = new WeakMap<LineInfo[], number>();

/** How many lines of the text read as headings (short, no final punctuation) over a paragraph. */
function headingLines(infos: LineInfo[]): number {
  let n = headingCounts.get(infos);
  if (n === undefined) {
    n = 0;
    for (let k = 0; k < infos.length; k++) {
      const info = infos[k];
      if (isBlank(info) || info.reason || info.verdict || !isHeadingLine(info) || info.folded.length < 4) continue;
      const j = neighbourIndex(infos, k, 1);
      if (j >= 0 && isProse(infos[j].folded)) n++;
    }
    headingCounts.set(infos, n);
  }
  return n;
}

/** A body's name alone: a signature or a byline (`某某区政协`, `九三学社某市委员会`). */
const BODY_NAME = /(?:委员会|政协|委|局|厅|办公室|支部|学社|联合会|商会|工会)$/;

/** A speaker's byline on a digest page: a member's or deputy's title, then a name. */
const SPEAKER_BYLINE = /^[\u4e00-\u9fff]{0,10}(?:委员|常委|代表)\s+[\u4e00-\u9fff·]{2,4}$/;

/** A paragraph opening with a short lead phrase: `简化审批流程。……`. */
const LEAD_PHRASE = /^[^。,;:!?]{2,20}。/;

/** Opening verbs of a policy heading (`深化`, `打造`, `让`…), besides isRecommendationLike's. */
const REC_VERB = /^(?:让|使|把|以|向|从|坚持|聚焦|围绕|深化|打造|推动|激活|夯实|延伸|统一|多方|精准)/;

function isHeadingLine(info: LineInfo): boolean {
  const f = info.folded;
  // A short question is a heading too (`谁可以申请？`, `怎么保障？`).
  const question = f.length <= 15 && /^[^。!?;:,]+\?$/.test(f);
  return f.length <= 30 && (question || !/[。!?;:,]$/.test(f)) && !/。/.test(f) && !info.marker;
}

/** Are these lines a related-articles list header? (Exported for tests.) */
export { relatedHead };
