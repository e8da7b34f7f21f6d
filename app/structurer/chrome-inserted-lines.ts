/**
 * Removes a caption or a banner inserted between two paragraphs of the body, which is not
 * part of the text, read by shape and by the words of the paragraphs around them.
 *
 * - `markInsertedCaption`: a caption set between paragraphs in one sentence (`图为……。`,
 *   `▲……。`): a caption opener, one sentence (no clause stop inside it), at most 50 characters,
 *   prose before and after. The caption rule (chrome-caption-line.ts) reads only lines without
 *   final punctuation; a caption that closes with `。` slipped through it.
 * - `markLabelledCaption` (2026-12-05, twentieth wave): a caption behind a picture's label and a colon
 *   (`图①：……。`, `图1：……。`, `上图：……。`), wherever it stands after the headline: a picture page sets
 *   its captions above the first paragraph or after the last one, where no prose stands on both sides.
 * - `markInsertedBanner`: a promotion or link set between paragraphs (`全城寻找最美读书人 报名通道今日开启`):
 *   13–30 characters, no punctuation but spaces, prose before and after, and no word in common
 *   with either paragraph. The lone-label rule (chrome-bare-lines.ts) reads lines up to 12 characters;
 *   a longer line standing alone between paragraphs is a heading only when the text takes up its words.
 */
import { isProse } from "./chrome-caption-line";
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";
import { CAPTION_OPENER, PHOTO_CREDIT } from "./chrome-patterns";
import { echoes, type BodySpan } from "./chrome-bare-lines";

/** Between two paragraphs of prose, neither of them removed. */
function between(infos: LineInfo[], i: number): [number, number] | null {
  const p = neighbourIndex(infos, i, -1);
  const n = neighbourIndex(infos, i, 1);
  const prose = (j: number) => j >= 0 && !infos[j].reason && isProse(infos[j].folded);
  return prose(p) && prose(n) ? [p, n] : null;
}

function candidate(infos: LineInfo[], kept: (i: number) => boolean, span: BodySpan, i: number): boolean {
  const info = infos[i];
  return !isBlank(info) && !info.reason && !info.marker && !kept(i) && i !== span.titleLine && i !== span.signatureLine && info.verdict !== "date";
}

export function markInsertedCaption(infos: LineInfo[], kept: (i: number) => boolean, span: BodySpan): void {
  if (span.first < 0) return;
  for (let i = span.first + 1; i < span.last; i++) {
    if (!candidate(infos, kept, span, i)) continue;
    const f = infos[i].folded;
    if (f.length > 50 || !CAPTION_OPENER.test(f) || !/[。]$/.test(f) || /[。;!?]/.test(f.slice(0, -1))) continue;
    if (between(infos, i)) infos[i].reason = "caption";
  }
}

/**
 * A picture's label with its colon: `图` with its number (figures, circled, Chinese numerals) or alone, or
 * the picture's place on the page (`上图`, `左图`, `组图`). A sentence of the text never opens with one.
 */
const PICTURE_LABEL = /^(?:图\s*(?:\d{1,2}|[①-⑩]|[一二三四五六七八九十]{1,2})?|[上下左右]图|组图)\s*:\s*\S/;

/**
 * A labelled caption: the label, then at most two sentences (80 characters), closed by a stop or a photo
 * credit (`……。本报记者 某某 摄`). A figure's title without a stop (`图2 历年投诉量`) is left to the
 * caption rule that weighs its position.
 */
export function labelledCaption(f: string): boolean {
  if (f.length > 80 || !PICTURE_LABEL.test(f)) return false;
  return (/[。!]$/.test(f) && (f.match(/[。!?]/g)?.length ?? 0) <= 2) || PHOTO_CREDIT.test(f);
}

export function markLabelledCaption(infos: LineInfo[], kept: (i: number) => boolean, span: BodySpan): void {
  for (let i = Math.max(span.titleLine, 0) + 1; i < infos.length; i++) {
    if (candidate(infos, kept, span, i) && labelledCaption(infos[i].folded)) infos[i].reason = "caption";
  }
}

/** No punctuation, quote or bracket; spaces allowed (a banner's two halves). */
const BANNER = /^[^。，、；：！？,.;:!?…“”"'‘’()（）【】[\]《》<>〈〉「」『』#＃@|｜/·•—\-~～]+$/u;

export function markInsertedBanner(infos: LineInfo[], kept: (i: number) => boolean, span: BodySpan): void {
  if (span.first < 0) return;
  for (let i = span.first + 1; i < span.last; i++) {
    if (!candidate(infos, kept, span, i)) continue;
    const f = infos[i].folded;
    const bare = f.replace(/\s+/g, "");
    if (bare.length < 13 || f.length > 30 || !BANNER.test(f) || !/\p{L}/u.test(f)) continue;
    const around = between(infos, i);
    if (!around) continue;
    if (!around.some((j) => echoes(bare, infos[j].folded))) infos[i].reason = "widget";
  }
}

