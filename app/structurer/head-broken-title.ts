/**
 * 2026-12-03 (fourth wave): a headline broken by a narrow column (an OCR'd clipping, a scan):
 * `让小型水利设施` / `“活”起来`. The head's picker takes one part; the other stands right above it.
 * What it reads — the evidence of several lines, no words:
 * - the page is hard-wrapped: among the lines after the headline, most are short (≤ 20) and end
 *   mid-sentence (10–20 characters, no punctuation at their end) with text on the next line;
 * - the picked headline is a fragment (at most 8 characters: `“活”起来`), and the line right above
 *   it (no blank between) is short, bare (no punctuation, no digits), not the page's furniture
 *   (masthead, edition, date); the two make a headline of at most 30 characters.
 * It does not join on a page whose lines end in punctuation (a headline over its kicker there
 * stays two lines: the kicker is a column).
 */
import type { HeadLine } from "./head-lines";

const ENDS_CLAUSE = /[。,;:!?”’)\]』」]$/;

/** Is the page's text set in hard-wrapped short lines (a scan's column)? */
function hardWrapped(infos: readonly HeadLine[], from: number): boolean {
  let seen = 0;
  let open = 0;
  for (let i = from; i < infos.length && seen < 12; i++) {
    const f = infos[i].folded.trim();
    if (!f || infos[i].reason) continue;
    seen++;
    if (f.length >= 10 && f.length <= 20 && !ENDS_CLAUSE.test(f) && infos[i + 1]?.text) open++;
  }
  return seen >= 6 && open * 2 >= seen;
}

/**
 * 2026-12-03 (sixth wave): a report's or proposal's title set over two lines (a journal's, a PDF's wide title):
 * `关于我市社区嵌入式养老服务` / `发展情况的调研报告`. Grammar, not width: a line opening the topic phrase `关于…`
 * with no head noun is unfinished; the next line that ends in the genre's noun (报告, 提案, 建议, 意见, 纪要,
 * 方案) finishes it. Neither line holds a sentence mark, a colon or a digit; together at most 60 characters.
 */
const OPENS_TOPIC = /^关于/;
const ENDS_GENRE = /(?:报告|提案|建议|意见|纪要|方案|建议案)$/;
const NOT_TITLE_PART = /[。;:!?\d]/;
function topicAndGenre(first: string, rest: string): boolean {
  return (
    OPENS_TOPIC.test(first) && !ENDS_GENRE.test(first) && ENDS_GENRE.test(rest) && !OPENS_TOPIC.test(rest) &&
    rest.length <= 24 && first.length + rest.length <= 60 && !NOT_TITLE_PART.test(first + rest)
  );
}

/** The line index of the headline's first part above the picked title line, or -1. */
export function brokenTitleAbove(infos: readonly HeadLine[], titleLine: number): number {
  if (titleLine < 1) return -1;
  const above = infos[titleLine - 1];
  const title = infos[titleLine].folded.trim();
  if (!above?.text || (above.reason && above.reason !== "column")) return -1;
  if (topicAndGenre(above.folded.trim(), title)) return titleLine - 1;
  const f = above.folded.trim();
  if (f.length < 2 || f.length > 16 || /[。,;:!?、\s\d]/.test(f) || title.length > 8 || f.length + title.length > 30 || /[。;!?]/.test(title)) return -1;
  return hardWrapped(infos, titleLine + 1) ? titleLine - 1 : -1;
}

/**
 * 2026-12-03 (fifth wave): the same break the other way round — the picker took the headline's first part
 * (`让老街巷“微改造”`) and its short second part stands on the next line (`更有“烟火气”`). On a hard-wrapped page,
 * a bare line of at most 8 characters right under a picked headline of at most 16 (neither holding a sentence
 * mark, a digit or a space; the line under is no byline) is the headline's rest. Returns its line index, or -1.
 */
export function brokenTitleBelow(infos: readonly HeadLine[], titleLine: number, isByline: (i: number) => boolean): number {
  const below = titleLine + 1;
  if (titleLine < 0 || !infos[below]?.text || infos[below].reason || isByline(below)) return -1;
  const title = infos[titleLine].folded.trim();
  const f = infos[below].folded.trim();
  if (topicAndGenre(title, f)) return below;
  if (f.length < 2 || f.length > 8 || title.length > 16 || /[。,;:!?、\s\d]/.test(f + title)) return -1;
  return hardWrapped(infos, below + 1) ? below : -1;
}
