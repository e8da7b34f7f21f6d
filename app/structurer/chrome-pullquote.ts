/**
 * A pull quote (issue 12, general chrome, 2026-12-03): a magazine or a two-column PDF
 * sets a sentence of the text again, large, between the columns (`“城中村不只是‘拆’和‘建’，`
 * / `更要留住城市的烟火气和包容度。”`). Read by shape and repetition: one to three short
 * lines that together make a quotation — opening with a quote mark and closing with one —
 * whose words (spaces aside) stand again elsewhere in the text, inside a longer passage.
 * The passage keeps the sentence; the repetition goes as `repeated`.
 *
 * What it does not do: a quotation said once stays; lines that do not open with a quote
 * mark are never candidates, so the search runs for a few lines only (one index of the
 * text's words, one `indexOf` per candidate: no quadratic scan).
 */
import { isBlank, type LineInfo } from "./chrome-lines";

const OPENS = /^[“"「『]/;
const CLOSES = /[”"」』]$/;
const MAX_LINES = 3;
const MAX_LINE = 40;

export function markPullQuotes(infos: LineInfo[], kept: (i: number) => boolean): void {
  const squash = (s: string) => s.replace(/\s+/g, "");
  // The text's words in one string, with where each line starts in it.
  const starts: number[] = [];
  let all = "";
  infos.forEach((info) => {
    starts.push(all.length);
    all += squash(info.folded);
  });
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (isBlank(info) || info.reason || kept(i) || !OPENS.test(info.folded) || info.folded.length > MAX_LINE) continue;
    const run: number[] = [];
    for (let k = i; k < infos.length && run.length < MAX_LINES; k++) {
      if (isBlank(infos[k])) continue;
      if (infos[k].reason || kept(k) || infos[k].folded.length > MAX_LINE) break;
      run.push(k);
      if (CLOSES.test(infos[k].folded)) break;
    }
    const lastLine = run[run.length - 1];
    if (!CLOSES.test(infos[lastLine].folded)) continue;
    const quote = run.map((k) => squash(infos[k].folded)).join("");
    if (quote.length < 12) continue;
    const own = starts[i];
    // Elsewhere, and inside a longer passage (not another copy of the same lines alone).
    let at = all.indexOf(quote);
    while (at >= 0 && at === own) at = all.indexOf(quote, at + 1);
    if (at < 0) continue;
    for (const k of run) infos[k].reason = "repeated";
    i = lastLine;
  }
}

/**
 * A cover that sets the headline again, broken over short lines (an image post's first slide,
 * a report's cover page: `优化营商环境` / `专题协商成果` under `一图读懂｜县政协“优化营商环境”
 * 专题协商成果`). Read by repetition: two or more short lines in a row, no punctuation, no
 * numbering, each standing inside the headline, that together give at least half of its
 * characters. A heading that shares words with the headline stands alone over its text, so
 * it is no such run; one line alone never goes.
 */
export function markTitleCover(infos: LineInfo[], kept: (i: number) => boolean, titleLine: number): void {
  if (titleLine < 0) return;
  const plain = (s: string) => s.replace(/[\s"“”「」『』'‘’|｜·:]/g, "");
  const title = plain(infos[titleLine].folded);
  if (title.length < 8) return;
  const candidate = (k: number) => {
    const f = infos[k].folded;
    const p = plain(f);
    return k !== titleLine && !infos[k].reason && !kept(k) && !infos[k].marker && p.length >= 2 && p.length <= 20 && !/[。,;!?、]/.test(f) && title.includes(p);
  };
  let i = 0;
  while (i < infos.length) {
    if (isBlank(infos[i]) || !candidate(i)) {
      i++;
      continue;
    }
    const run: number[] = [];
    let k = i;
    for (; k < infos.length; k++) {
      if (isBlank(infos[k])) continue;
      if (!candidate(k)) break;
      run.push(k);
    }
    const covered = run.reduce((n, r) => n + plain(infos[r].folded).length, 0);
    if (run.length >= 2 && covered * 2 >= title.length) for (const r of run) infos[r].reason = "repeated";
    i = Math.max(k, i + 1);
  }
}
