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
