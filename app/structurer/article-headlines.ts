/**
 * Headlines of a page's articles and pages of articles signed at their end: the shapes
 * document-segments.ts splits a page by. A headline is a short line that ends no sentence; a
 * signature after an article's prose closes it and the line after it opens the next.
 */
import type { Authorship } from "./authors";
import { genreKicker } from "./genre-kickers";
import { headlineLine } from "./parallel-articles";
import { replyHeadline } from "./page-pieces";
import { closingSignature, closingSignatures, followUpParagraph } from "./speaker-tags";
import { isTitleLine } from "./paragraphs";
import { CAST_LABEL } from "./line-shapes";
import type { Block } from "./tree-drafts";

export function titleShaped(b: Block | undefined): boolean {
  return !!b && b.kind === "para" && b.line === null && isTitleLine(b.folded) && !/[:]$/.test(b.folded.trim()) && !CAST_LABEL.test(b.folded.trim());
}

/** A headline that may open an article of a page (not a subtitle, a question or a speaker's line). */
export function articleTitle(b: Block | undefined): boolean {
  // Sixteenth wave: a genre's kicker before the colon (`记者观察：……`) heads a reporter's piece (authors.ts, genreKicker).
  // Eighteenth wave: so does a department's answer (`部门回应：……`, page-pieces.ts replyHeadline).
  return titleShaped(b) && !/^\s*(?:——|—|--)/.test(b!.folded) && !/[?？]$/.test(b!.folded.trim()) && (!/^[^,，]{1,6}[:：]/.test(b!.folded) || genreKicker(b!.folded) || replyHeadline(b!.folded));
}

/**
 * 2026-12-04 (fourteenth wave): a headline ends no sentence. A speech's one-sentence lede under
 * its name line (`全市……缺口约八百人，持证上岗率不足六成。`) is title-shaped but says a sentence.
 */
export function headlineEndsNoSentence(b: Block | undefined): boolean {
  return articleTitle(b) && !/[。!?;]$/.test(b!.folded.trim());
}

/**
 * A page of articles signed at their end (speaker-tags.ts, closingSignatures): each
 * signature closes its article and the line after it opens the next. The first article's
 * headline is the first line of its stretch when the other articles hold headlines inside
 * them (sections); otherwise the last headline of the stretch before the first signature
 * that no numbered item precedes, so that the page's own headline, 副题 and lede above it
 * stay the page's preamble.
 */
export function signedArticles(blocks: Block[]): { starts: Set<number>; closers: number[] } {
  const closers = closingSignatures(blocks.map((b) => b.text));
  if (closers.length < 2) return { starts: new Set(), closers: [] };
  // A headline ends no sentence (a one-sentence lede such as `我省……不足三成。` reads title-shaped).
  // Twentieth wave: a letter's follow-up under its signature (`记者追踪：…`, speaker-tags.ts followUpParagraph) is the letter's.
  const starts = closers.slice(0, -1).map((c) => (followUpParagraph(blocks[c + 1]?.text ?? "") && headlineEndsNoSentence(blocks[c + 2]) ? c + 2 : c + 1));
  // Seventeenth wave: when every later article opens with a glyph-led headline (`◆ 标题`), the first one's
  // headline carries the glyph too, so a glyph-led headline counts as one; a series label above it
  // (`…大会发言摘编（三）`, series-labels.ts) stays the page's.
  const glyphs = starts.every((s) => glyphHeadline(blocks[s]));
  const headline = (b: Block | undefined) => headlineEndsNoSentence(b) || (glyphs && glyphHeadline(b));
  const inner = starts.some((s, k) => blocks.slice(s + 1, closers[k + 1]).some(headlineEndsNoSentence));
  // A page's preamble holds no numbered items: a headline after some is a section of the first article.
  let first = -1;
  for (let k = 0; k < closers[0]; k++) {
    // A glyph-led label (`■ 发言摘编`) counts nothing: only a numbered item ends the preamble.
    const marker = blocks[k].line;
    if (blocks[k].kind === "list" || (marker !== null && marker.family !== "bullet")) break;
    if (!headline(blocks[k]) || headline(blocks[k + 1])) continue;
    first = k;
    if (inner) break;
  }
  return { starts: new Set(first >= 0 ? [first, ...starts] : starts), closers };
}

/**
 * Seventeenth wave: a headline set after the page's glyph (`◆ 推动县域普通高中振兴`, `▶ …`, `◇ …`): the line
 * reads as a bulleted item, but it is short, says no sentence and stands over its article's prose.
 */
function glyphHeadline(b: Block | undefined): boolean {
  return !!b && b.line?.family === "bullet" && headlineLine(b) && !/[。!?;]$/.test(b.folded.trim());
}

/** Every article after a signature opens with a glyph-led headline (`◆ 标题`): the page heads its articles so. */
export function glyphHeadedPage(blocks: Block[], starts: ReadonlySet<number>): boolean {
  return starts.size >= 2 && [...starts].every((s) => glyphHeadline(blocks[s]));
}

/**
 * Fourteenth wave: a page split by its name lines may sign its first article at the end instead
 * (`headline` / prose / `（民盟某市委会）` / `市政协委员 某某` / next headline): the signature in brackets,
 * after a sentence, right before the first start, closes an article of its own. That article opens
 * at the last headline above it with prose under it, so the page's headline, 副题 and lede stay the
 * preamble. One signature proves no page of signed articles (signedArticles needs two); it proves
 * only the article it closes, since the starts after it are already found by their names.
 */
export function signedBeforeFirstStart(blocks: Block[], starts: ReadonlySet<number>): { start: number; closer: number; signature: { who: Authorship; text: string | null } } | null {
  if (!starts.size) return null;
  let closer = Infinity; // the first start, less one (no spread: a long page may hold many starts)
  for (const s of starts) closer = Math.min(closer, s - 1);
  if (closer < 2 || !/[。!?”」』]$/.test(blocks[closer - 1].folded.trim())) return null;
  const signature = closingSignature(blocks[closer].text, true);
  if (!signature || signature.bare) return null;
  for (let k = closer - 2; k >= 0; k--) {
    if (!prose(blocks[k + 1])) continue;
    if (headlineEndsNoSentence(blocks[k])) return { start: k, closer, signature: { who: signature.who, text: signature.text } };
  }
  return null;
}

/** The article's text under its head: a sentence. */
export function prose(b: Block | undefined): boolean {
  return !!b && b.kind === "para" && /[。!?;]/.test(b.folded);
}

