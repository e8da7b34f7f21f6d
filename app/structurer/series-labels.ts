/**
 * Series labels on a page of several documents (tenth wave, decision 018).
 *
 * A party newspaper's page of speeches often carries, on a line of its own above the first
 * speech, the name of the series the speeches were printed in: `市政协十三届五次会议分组讨论
 * 发言摘登`, `“安全发展”界别协商会发言选登（二）`, `◆ 委员之声`. Each speech is a document
 * of its own, and the label belongs to none of them: it names the page's selection, not a
 * document's content. Read only once the page is known to split into several documents
 * (the documents stage has run), and only above the first document's headline, so a single
 * article under a column label is never touched here; a dash-led 副题 (`——…发言摘登`) under a
 * page headline is part of that headline and stays content, as does the 编者按.
 *
 * The same page may set a department's reply apart from the members' speeches by a
 * bracketed section label of one word (`【部门回应】`, `【委员建言】`) right above the next
 * document's headline: it labels the section between documents, no document's content.
 */
import { fold } from "./fold";
import type { Document } from "./types";

/**
 * An editor's word for what a page selected from a meeting or a series, at the line's end,
 * with the instalment's number (`（二）`). A bare `发言` names a series only with the meeting
 * it was given at (`…会议大会发言`, `分组讨论发言`); a headline may end in it otherwise.
 */
const SERIES_END = /(?:摘登|选登|摘编|选编|汇编|摘要|集萃|撷英|之声|发言)(?:\([一二三四五六七八九十\d]{1,3}\))?$/;
const MEETING = /会|讨论|论坛/;

/** Sentence and clause marks: a label is a name, never a sentence (folded punctuation). */
const SENTENCE_MARK = /[。,;:!?]/;

/** A decorative glyph a page sets before its labels (`◆ `, `■ `, `☆`). */
const LEADING_GLYPH = /^[◆◇■□●○★☆▲△▶►◎※#]+\s*/;

/** A bracketed section label of one word between documents: `【部门回应】`. */
const BRACKET_SECTION = /^[【〖[][\u4e00-\u9fff]{2,6}[】〗\]]$/;

/** The series label's own shape: short, no sentence marks, not a 副题, ending in a series word. */
export function isSeriesLabel(folded: string): boolean {
  const text = folded.trim().replace(LEADING_GLYPH, "");
  if (text.length < 4 || text.length > 40 || /^[-—─－]/.test(text) || SENTENCE_MARK.test(text)) return false;
  const m = SERIES_END.exec(text);
  return !!m && (!m[0].startsWith("发言") || MEETING.test(text));
}

/**
 * 0-based lines of `input` that are series labels or section labels between the documents
 * of a page that split into several (`skip(i)`: the line is already removed or kept by staff).
 * One forward scan: each document's headline is looked for after the previous one's.
 */
export function seriesLabelLines(input: readonly string[], documents: readonly Document[], skip: (i: number) => boolean): number[] {
  if (documents.length < 2) return [];
  const folded = input.map((line) => fold(line.trim()));
  const out: number[] = [];
  // A name line (`某某代表省民盟发言`) is a document's byline, never the page's label.
  const bylines = documents.map((d) => fold((d.byline ?? "").trim())).filter((b) => b.length >= 2);
  let from = 0;
  documents.forEach((doc, k) => {
    const title = fold(doc.title.trim());
    if (title.length < 2 || from < 0) {
      from = -1;
      return;
    }
    let at = from;
    while (at < folded.length && !folded[at].includes(title)) at++;
    if (at >= folded.length) {
      from = -1;
      return;
    }
    // The line right above the headline (blank and removed lines skipped) when it is a bracketed section label.
    let above = at - 1;
    while (above >= from && (!folded[above] || skip(above))) above--;
    if (above >= from && BRACKET_SECTION.test(folded[above])) out.push(above);
    if (k === 0) {
      for (let i = 0; i < at; i++) if (folded[i] && !skip(i) && isSeriesLabel(folded[i]) && !bylines.some((b) => folded[i].includes(b)) && !out.includes(i)) out.push(i);
    }
    from = at + 1;
  });
  return out.sort((a, b) => a - b);
}
