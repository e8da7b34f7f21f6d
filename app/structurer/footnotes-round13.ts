/**
 * Round 13 (issue 12, holdout-11): footnotes at the end of a Word or PDF export
 * (`[1] 据…统计。`, `[2] 参见…`, `① …`): the last lines of the text, each opening with a
 * note mark the body carries inside a sentence (`…210家[1]，…`). They cite sources, they
 * are not the text; the marks in the body stay. (A numbered list `1. …` has no bracket, and
 * a mark no sentence carries is no footnote.)
 */
import { isBlank, type LineInfo } from "./chrome-lines";

const NOTE = /^(\[\d{1,2}\]|[①②③④⑤⑥⑦⑧⑨⑩])\s*\S/;

export function markFootnotes(infos: LineInfo[], kept: (i: number) => boolean): void {
  let k = infos.length - 1;
  while (k >= 0 && (isBlank(infos[k]) || infos[k].reason)) k--;
  const notes: number[] = [];
  for (; k >= 0; k--) {
    const info = infos[k];
    if (isBlank(info) || (info.reason && notes.length === 0)) continue;
    const m = NOTE.exec(info.folded);
    if (!m || info.folded.length > 150) break;
    notes.push(k);
  }
  if (!notes.length) return;
  const first = Math.min(...notes);
  const body = infos.slice(0, first).map((x) => x.folded);
  for (const i of notes) {
    const mark = NOTE.exec(infos[i].folded)![1];
    if (!kept(i) && body.some((f) => f.length > 20 && f.indexOf(mark) > 0)) infos[i].reason = "metadata";
  }
}
