/**
 * Whole-text chrome rules over runs of lines (chrome.ts applies them before the head and
 * position rules): a numbered block of site notices, running headers and footers that
 * recur, and a PDF header next to a page number.
 */
import { legalNotice } from "./chrome-rules";
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";
import { TITLE_WORDS } from "./head-shapes";
import { danglingTitle } from "./title-wrap";
import { endsSentence } from "./line-shapes";
import { mirrorKey } from "./chrome-edition";

/**
 * A numbered run (`1、` `2、` …) most of whose members are legal notices is the site's
 * notice block: all of it goes, together with a short heading right above it.
 */
export function legalRuns(infos: LineInfo[], kept: (i: number) => boolean): void {
  let i = 0;
  while (i < infos.length) {
    const marker = infos[i].marker;
    if (!marker || marker.family === "part" || marker.family === "bullet") {
      i++;
      continue;
    }
    const run: number[] = [];
    let j = i;
    while (j < infos.length) {
      const info = infos[j];
      if (isBlank(info)) {
        j++;
        continue;
      }
      const m = info.marker;
      if (!m || m.family !== marker.family) break;
      run.push(j);
      j++;
    }
    const legal = run.filter((k) => legalNotice(infos[k].folded) || /本网|本站|本报|本平台|版权|转载|免责/.test(infos[k].folded));
    if (run.length >= 2 && legal.length * 2 > run.length && legal.length >= 2) {
      for (const k of run) if (!kept(k)) infos[k].reason = "legal";
      const head = neighbourIndex(infos, i, -1);
      if (head >= 0 && !kept(head) && infos[head].folded.length <= 12 && /声明|须知|说明|提示/.test(infos[head].folded)) {
        infos[head].reason = "legal";
      }
    }
    i = Math.max(j, i + 1);
  }
}


/**
 * Running headers and footers: a short line that is not prose and comes back. The first
 * occurrence stays (it may be the title a PDF repeats at the top of every page) unless
 * an occurrence sits next to a page number or the line comes back three times or more.
 */
function titleBelow(infos: LineInfo[], k: number): boolean {
  const j = neighbourIndex(infos, k, 1);
  if (j < 0 || infos[j].reason) return false;
  let f = infos[j].folded;
  // Round 10: a title wrapped over two lines (`关于……的` / `调研报告`) is read whole.
  const n = neighbourIndex(infos, j, 1);
  if (danglingTitle(f) && n >= 0 && !infos[n].reason && infos[n].folded.length <= 16 && !/[。,;:!?、\s]/.test(infos[n].folded)) f += infos[n].folded;
  return f !== infos[k].folded && f.length <= 60 && !endsSentence(f) && TITLE_WORDS.test(f);
}

export function repeatedLines(infos: LineInfo[], kept: (i: number) => boolean): void {
  const seen = new Map<string, number[]>();
  infos.forEach((info, i) => {
    const f = info.folded;
    if (!f || info.reason === "page-number" || f.length < 4 || f.length > 60 || endsSentence(f)) return;
    if (info.marker) return;
    // Odd and even pages print the same cells in the opposite order (chrome-edition.ts).
    const key = mirrorKey(f) ?? f;
    const at = seen.get(key);
    if (at) at.push(i);
    else seen.set(key, [i]);
  });
  const isPage = (k: number) => k >= 0 && infos[k].reason === "page-number";
  const byPage = (k: number) => isPage(neighbourIndex(infos, k, -1)) || isPage(neighbourIndex(infos, k, 1));
  for (const [, at] of seen) {
    if (at.length < 2) continue;
    // A row met with its cells in two orders is a mirrored header: no text line does that.
    const mirrored = new Set(at.map((k) => infos[k].folded)).size > 1;
    if (!(at.length >= 3 || mirrored || at.some(byPage))) continue;
    if (!mirrored && bylinesOfAPage(infos, at)) continue;
    at.forEach((k, n) => {
      if (kept(k) || infos[k].reason) return;
      // The first occurrence is the running header too when a title of its own
      // (`关于……的调研报告`) follows it at the top of the text (the line recurs three
      // times, or once more beside a page number).
      if (n === 0 && !mirrored && !byPage(k) && !titleBelow(infos, k)) return;
      infos[k].reason = "repeated";
    });
  }
}

/**
 * Eighteenth wave: the same name line under each of a page's headlines (`文／省政协委员 某某` three times, a
 * corpus's anonymised names alike): every occurrence stands between a headline of its own (short, no
 * sentence, each a different line) and the prose it signs. A running header recurs beside page breaks,
 * never under a new headline each time over a sentence.
 */
function bylinesOfAPage(infos: LineInfo[], at: readonly number[]): boolean {
  const heads = new Set<string>();
  for (const k of at) {
    const up = neighbourIndex(infos, k, -1);
    const down = neighbourIndex(infos, k, 1);
    if (up < 0 || down < 0 || infos[up].reason || infos[down].reason) return false;
    const head = infos[up].folded;
    if (head.length < 4 || head.length > 40 || endsSentence(head) || /[:,;。]/.test(head) || !/[。!?]/.test(infos[down].folded)) return false;
    heads.add(head);
  }
  return heads.size === at.length;
}

/** A page counter after a repeated headline: `（2）`, `(续)`, `（续完）`. */
const PAGE_COUNTER = /^(.{4,60}?)\s*\((?:\d{1,2}|续完?)\)$/;

/**
 * A paginated article's next page opens with its headline again and a page counter (`标题（2）`): the
 * line repeats, word for word, a line above it — only the counter added — so it is the page's header,
 * never the text's (2026-12-05, sixteenth wave). A heading numbered `（2）` repeats no earlier line. The pager rows
 * around it (`pagerRow`) go in the same pass: run late, after the position rules, which read a pager beside the
 * repeated headline as the tail's.
 */
export function continuedHeadlines(infos: LineInfo[], kept: (i: number) => boolean): void {
  const earlier = new Set<string>();
  infos.forEach((info, i) => {
    if (isBlank(info)) return;
    const m = PAGE_COUNTER.exec(info.folded);
    if (m && earlier.has(m[1]) && !info.reason && !kept(i) && !info.marker) info.reason = "repeated";
    else if (!info.reason && !kept(i) && pagerRow(info.folded)) info.reason = "widget";
    earlier.add(info.folded);
  });
}

/** One token of a site's pager: `共2页`, `本文共2页`, `第1页`, a bare page number, `上一页`, `下一页`, `首页`, `尾页`. */
const PAGER_TOKEN = /^(?:(?:本文)?共\d{1,3}页|第\d{1,3}页|\d{1,3}|上一页|下一页|首页|尾页|末页)$/;

/**
 * A paginated article's pager row (`共2页 1 2 下一页`, `本文共2页 上一页 第1页 第2页`): every token a
 * pager's, at least one a step or a count (never a row of bare numbers, a table's), 2026-12-05.
 */
export function pagerRow(f: string): boolean {
  const tokens = f.split(/\s+/).filter(Boolean);
  return tokens.length >= 2 && tokens.length <= 12 && tokens.every((t) => PAGER_TOKEN.test(t)) && tokens.some((t) => /页/.test(t) && !/^第/.test(t));
}

/**
 * A PDF's running header or footer that occurs once (a two-page file): a short line that
 * is not numbered and not a sentence, right before or after a page number.
 */
export function besidePageNumbers(infos: LineInfo[], kept: (i: number) => boolean): void {
  let contentSeen = false;
  infos.forEach((info, i) => {
    if (info.text && !info.reason && (endsSentence(info.folded) || info.folded.length > 30)) contentSeen = true;
    // A page number above all the text's sentences (`第1页 / 共3页` under a site's buttons) ends no page:
    // the line under it is the headline, not the next page's header (2026-12-03, fourth wave).
    if (info.reason !== "page-number" || !contentSeen) return;
    // The next page's header: a short line naming the document or its issuer, no sentence.
    const j = neighbourIndex(infos, i, 1);
    if (j < 0 || kept(j) || infos[j].reason) return;
    const f = infos[j].folded;
    if (f.length > 30 || /[。,;:!?、]/.test(f) || infos[j].marker) return;
    if (/政协|文件|报告|材料|会议|提案|委员会|内部资料|简报|第.{1,4}期/.test(f)) infos[j].reason = "repeated";
  });
}

/**
 * A WeChat reprint card: under `以下文章来源于某某日报，作者某某` the source account's
 * name (`某某日报.`) and its one-line description (`某某市委机关报，权威发布…`) come
 * before the article: both are masthead.
 */
export function reprintCard(infos: LineInfo[], kept: (i: number) => boolean): void {
  infos.forEach((info, i) => {
    const m = /以下文章来源于\s*([^,，\s]{2,20})/.exec(info.folded);
    if (!m) return;
    const name = neighbourIndex(infos, i, 1);
    if (name < 0 || kept(name) || infos[name].folded.replace(/[.。·\s]+$/, "") !== m[1]) return;
    infos[name].reason = "masthead";
    const about = neighbourIndex(infos, name, 1);
    const after = about >= 0 ? neighbourIndex(infos, about, 1) : -1;
    const f = about >= 0 ? infos[about].folded : "";
    if (after < 0 || kept(about) || infos[about].reason || f.length > 30 || /^[“"「]/.test(f) || infos[after].folded.length <= f.length) return;
    infos[about].reason = "masthead";
  });
}
