/**
 * PDF text layer → plain text (pure; pdf.server.ts reads the PDF).
 *
 * A PDF has no paragraphs, only positioned lines, and every page repeats its running
 * header (文件名、会议名), footer and page number. This module
 *   1. drops running headers and footers: a line among the first or last two of a page
 *      that recurs (digits aside) at the same edge of other pages, or that stands where
 *      such a line stands (same baseline and type size: an even page's header that differs
 *      from the odd pages'), and page numbers
 *      (`— 3 —`, `- 3 -`, `第 3 页 共 8 页`, `3/8`) at either edge;
 *   2. rejoins lines: a line that runs to the right margin continues on the next line,
 *      across page breaks too, unless the next line is indented (a Chinese paragraph's
 *      first-line indent), opens with a section marker after a finished sentence, or is
 *      set in another type size (a headline above the text), or is a short note line — a
 *      bracketed aside or a `执笔：…` field — after a line that closed its sentence.
 * Removed lines are returned with a reason so that nothing is lost silently.
 */

import { opensWithOrdinalPair } from "../line-shapes";

export interface PdfLine {
  text: string;
  /** Left and right edge and baseline, in PDF units (y grows upwards). */
  x0: number;
  x1: number;
  y: number;
  /** Font size (height of the glyphs). */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  /** Top to bottom. */
  lines: PdfLine[];
}

export interface RemovedLine {
  line: string;
  reason: "running-header" | "running-footer" | "page-number";
}

export interface PdfText {
  text: string;
  removed: RemovedLine[];
}

const PAGE_NUMBER =
  /^(?:[-—–_·.\s]*\d{1,4}[-—–_·.\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[-—–]\s*[ivxlc]{1,6}\s*[-—–])$/i;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** Digits and spaces aside, so `第3页` and `第4页`, or a header with a date, compare equal. */
const edgeKey = (text: string) => text.replace(/\s+/g, "").replace(/\d+/g, "#");

const EDGE = 2;
/** How many lines at each edge may be a running header or footer (fewer on a short page). */
const edgeLines = (page: PdfPage) => (page.lines.length > 3 * EDGE ? EDGE : 1);

/** Lines that repeat at the top (or bottom) of at least two pages and of a third of them. */
function repeatedEdges(pages: PdfPage[], edge: "top" | "bottom"): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const n = edgeLines(page);
    const slice = edge === "top" ? page.lines.slice(0, n) : page.lines.slice(-n);
    for (const key of new Set(slice.map((l) => edgeKey(l.text)))) {
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 3));
  return new Set([...counts].filter(([, n]) => n >= needed).map(([k]) => k));
}

const MARKER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]|第[一二三四五六七八九十]{1,3}[部分章节篇条])/;
const SENTENCE_END = /[。！？；：:!?;”』」）)]$/;
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * A note set on its own line under a paragraph: a whole bracketed aside (`（执笔：…）`,
 * `（作者单位：…）`) or a short field, a label of two to six characters and a colon before a
 * value with no sentence punctuation (`执笔：某某 某某`, `撰稿人：…`). Such a line stands at
 * the left margin like a wrapped line, so only its shape tells it from one.
 */
const BRACKETED_NOTE = /^(?:[（(〔【][^（()）〔〕【】]{2,40}[）)〕】])$/;
const FIELD_NOTE = /^[\u4e00-\u9fff]{2,6}[：:][^。，,；;！？!?：:、“”"]{1,30}$/;
const isNoteLine = (text: string) => BRACKETED_NOTE.test(text) || FIELD_NOTE.test(text);

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Turn the pages' lines into paragraphs, one per line of the result. */
/** A table of contents' entry: dotted leaders, then who or where, then a page number. */
const CONTENTS_ENTRY = /(?:…{2,}|\.{4,}|·{4,})[^…]{0,24}?[\s\u3000]*\d{1,3}$/;

export function pdfPagesToText(pages: PdfPage[]): PdfText {
  const removed: RemovedLine[] = [];
  const tops = repeatedEdges(pages, "top");
  const bottoms = repeatedEdges(pages, "bottom");

  // Where the recurring headers and footers stand (baseline and type size): odd and even
  // pages often print different words (the journal's name, the article's title) in the
  // same place, so a line in that place on another page is the other parity's header.
  const slots = { top: [] as PdfLine[], bottom: [] as PdfLine[] };
  for (const page of pages) {
    const n = edgeLines(page);
    page.lines.forEach((line, i) => {
      if (i < n && tops.has(edgeKey(line.text))) slots.top.push(line);
      else if (i >= page.lines.length - n && bottoms.has(edgeKey(line.text))) slots.bottom.push(line);
    });
  }
  const inSlot = (line: PdfLine, edge: "top" | "bottom") =>
    !SENTENCE_END.test(line.text.trim()) && line.text.trim().length <= 40 && slots[edge].some((h) => Math.abs(h.y - line.y) <= 1 && Math.abs(h.size - line.size) <= 0.5);

  const body: Array<PdfLine & { pageRight: number; pageLeft: number }> = [];
  for (const page of pages) {
    const kept: PdfLine[] = [];
    page.lines.forEach((line, i) => {
      const n = edgeLines(page);
      const atTop = i < n;
      const atBottom = i >= page.lines.length - n;
      const key = edgeKey(line.text);
      if ((atTop || atBottom) && isPageNumber(line.text)) removed.push({ line: line.text.trim(), reason: "page-number" });
      else if (atTop && (tops.has(key) || inSlot(line, "top"))) removed.push({ line: line.text.trim(), reason: "running-header" });
      else if (atBottom && (bottoms.has(key) || inSlot(line, "bottom"))) removed.push({ line: line.text.trim(), reason: "running-footer" });
      else kept.push(line);
    });
    // Margins of this page's text block: the usual left edge and the furthest right edge.
    const left = median(kept.map((l) => Math.round(l.x0)));
    const right = Math.max(0, ...kept.map((l) => l.x1));
    for (const line of kept) body.push({ ...line, pageLeft: left, pageRight: right });
  }

  const paragraphs: string[] = [];
  let current = "";
  let previous: (typeof body)[number] | null = null;
  for (const line of body) {
    const indentedText = /^[\s\u3000]/.test(line.text);
    const text = line.text.trim();
    if (!text) continue;
    if (previous && current) {
      const size = line.size || previous.size || 10;
      const indented = indentedText || line.x0 > line.pageLeft + size * 1.2;
      // Half-width characters (`20`, `86`) take half an em: a full line holding some ends
      // that much short of the margin. Only a line that stops mid-sentence gets the slack.
      const halfWidth = SENTENCE_END.test(current) ? 0 : (previous.text.match(/[\x21-\x7e]/g)?.length ?? 0) * size * 0.5;
      // Fourteenth wave: a line that stopped mid-sentence before a range of ordinals (`全市` / `一、二类企业……`)
      // goes on in it however short it ended: no section opens with such a range (line-shapes.ts).
      const rangeGoesOn = !SENTENCE_END.test(current) && CJK.test(current.slice(-1)) && opensWithOrdinalPair(text);
      const previousShort = previous.x1 + halfWidth < previous.pageRight - size * 1.5 && !rangeGoesOn;
      const newSection = MARKER.test(text) && SENTENCE_END.test(current);
      // A change of type size (a headline set larger than the text) ends the line's paragraph.
      const sizeChange = !!line.size && !!previous.size && Math.abs(line.size - previous.size) > 0.15 * Math.min(line.size, previous.size);
      // Round 13b: a contents entry (title, dotted leaders, page number) is a line of its own.
      const contentsEntry = CONTENTS_ENTRY.test(current);
      // A note under a paragraph whose last line ran to the margin and closed its sentence
      // (`…推介本地预制菜品牌。` / `（执笔：…）`): the note ends short of the margin itself, so it
      // is no wrapped line of the sentence before; glued on, the chrome rules could not read it.
      const noteLine = SENTENCE_END.test(current) && line.x1 < line.pageRight - size * 1.5 && isNoteLine(text);
      if (indented || previousShort || newSection || sizeChange || contentsEntry || noteLine) {
        paragraphs.push(current);
        current = text;
      } else {
        const glue = CJK.test(current.slice(-1)) || CJK.test(text[0]) ? "" : " ";
        current += glue + text;
      }
    } else {
      current = text;
    }
    previous = line;
  }
  if (current) paragraphs.push(current);
  return { text: paragraphs.join("\n") + (paragraphs.length ? "\n" : ""), removed };
}
