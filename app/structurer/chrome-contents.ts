/**
 * Contents that repeat the text's own headings (issue 12, general chrome, 2026-12-03):
 * a Word table of contents (`HYPERLINK \l "_Toc…" 一、现状	PAGEREF _Toc… \h 1`), a
 * WeChat `本文目录` (`▸ 一、……`), an online document's outline, a podcast's time axis
 * (`02:10 留守儿童的“心事”`), a dotted-leader contents page (`一、现状……3`).
 *
 * What makes them chrome is repetition in order, not their words: a run of two or more
 * short lines whose wording — once the entry's furniture is gone (field codes, leaders and
 * a page number, a time mark, a bullet glyph, the numbering) — comes back *later, in the
 * same order,* as lines of the text. The reader meets the real headings below; the run
 * only points at them. The short line right above the run that introduces it (`目  录`,
 * `【时间轴】`, `本文目录`) goes with it.
 *
 * A dotted-leader line an older rule already took as a list (`related`) may be an entry too,
 * so that its head goes with it.
 *
 * What it does not do: one line alone is never contents (a headline repeated in the body
 * stays); a run whose wording comes back in another order is no contents; a line that
 * says a sentence is never an entry. One pass over the text, with an index of lines by
 * their wording: no quadratic scan.
 */
import { endsSentence } from "./line-shapes";
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";

/**
 * The two end-anchored patterns below have no fixed first character, so a regex engine
 * tries them from every position of the line — costly on long paragraphs, which is most
 * lines. Each is tried only when the line has what any match must have (`pageref`; a last
 * non-space character that is a digit), so the result is the same, without the scan.
 */
const PAGE_REF = /\s*pageref\s+\S+(?:\s+\\[a-z])*\s*\d*\s*$/i;
const LEADER_PAGE = /(?:\s*[.…·．_\-—]{2,}\s*|\t+\s*)\d{1,4}\s*$/;

function withoutPageRef(s: string): string {
  return /pageref/i.test(s) ? s.replace(PAGE_REF, "") : s;
}

function withoutPageNumber(s: string): string {
  // trimEnd removes exactly the characters `\s` matches.
  const end = s.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  return last >= 0x30 && last <= 0x39 ? s.replace(LEADER_PAGE, "") : s;
}

/** An entry's wording without its furniture and numbering. */
export function entryWords(folded: string): string {
  const fieldless = withoutPageRef(folded.replace(/^\s*(?:toc|hyperlink)\s+\\[a-z]\s+"[^"]*"\s*/i, ""));
  return withoutPageNumber(fieldless.replace(/^\s*\d{1,2}:\d{2}(?::\d{2})?\s+/, ""))
    .replace(/^[▸▹►▻▶▷▍▌|•·‣◦▪◆◇■□●○➤➢*>-]+\s*/u, "")
    .replace(/^(?:[(（][\d一二三四五六七八九十]{1,3}[)）]|[\d一二三四五六七八九十]{1,3}[、.．]|\d{1,3}\s|[①-⑳]|第[一二三四五六七八九十\d]{1,3}(?:章|节|部分|篇))\s*/, "")
    .trim();
}

/** A contents head: a short label, maybe in brackets (`目  录`, `【时间轴】`, `本文目录`). */
function isContentsHead(f: string): boolean {
  // A trailing colon introduces the list (`本版导读：`, `目录：`).
  const words = f.replace(/[【】[\]()（）\s]/g, "").replace(/:$/, "");
  return words.length >= 2 && words.length <= 8 && !/[。,;:!?、]/.test(words);
}

const MAX_ENTRY = 40;

export function markContents(infos: LineInfo[], kept: (i: number) => boolean, reason: LineInfo["reason"] = "contents"): void {
  // Every line's wording → the lines that carry it, in order.
  const words: string[] = infos.map((info) => (isBlank(info) ? "" : entryWords(info.folded)));
  const at = new Map<string, number[]>();
  words.forEach((w, i) => {
    if (w.length < 2 || w.length > MAX_ENTRY) return;
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  });
  const isEntry = (i: number) => {
    const info = infos[i];
    const w = words[i];
    return (!info.reason || info.reason === "related") && !kept(i) && w.length >= 2 && w.length <= MAX_ENTRY && !endsSentence(info.folded) && (at.get(w)?.length ?? 0) >= 2;
  };
  /** The first line after `after` that carries the wording of line `i` (not `i` itself). */
  const laterMatch = (i: number, after: number) => (at.get(words[i]) ?? []).find((j) => j > after && j !== i) ?? -1;

  let i = 0;
  while (i < infos.length) {
    if (!isEntry(i)) {
      i++;
      continue;
    }
    // A run of entries: consecutive text lines (blank and already removed lines aside).
    // It ends where the text begins: at a line that is not an entry, or at the first
    // heading an entry of the run points at.
    const run: number[] = [];
    const said = new Set<string>();
    let k = i;
    for (; k < infos.length; k++) {
      if (isBlank(infos[k]) || (infos[k].reason && infos[k].reason !== "related")) continue;
      if (!isEntry(k) || said.has(words[k])) break;
      run.push(k);
      said.add(words[k]);
    }
    const end = run[run.length - 1];
    // The list may go on with entries whose pieces were not pasted (an e-paper's page
    // guide lists every article of the page): lines that continue the run's numbering
    // (`①…②…` then `③…`), short and without a sentence, belong to it.
    const more: number[] = [];
    for (let n = neighbourIndex(infos, end, 1), last = infos[end].marker; n >= 0 && last; n = neighbourIndex(infos, n, 1)) {
      const m = infos[n].marker;
      if (infos[n].reason || kept(n) || !m || m.family !== last.family || m.number !== last.number + 1 || words[n].length > MAX_ENTRY || endsSentence(infos[n].folded)) break;
      more.push(n);
      last = m;
    }
    const head = neighbourIndex(infos, run[0], -1);
    const headed = head >= 0 && !kept(head) && !infos[head].reason && !infos[head].marker && isContentsHead(infos[head].folded);
    // Each entry's wording must come back after the run, in the run's order. One entry
    // alone will do when a label heads the run and two more numbered entries follow it
    // (a page guide of which staff pasted one article); its wording then comes back after them.
    let prev = run.length === 1 ? (more[more.length - 1] ?? end) : end;
    let inOrder = run.length >= 2 || (headed && !!infos[run[0]].marker && more.length >= 2);
    for (const r of run) {
      if (!inOrder) break;
      const m = laterMatch(r, prev);
      if (m < 0) inOrder = false;
      else prev = m;
    }
    if (inOrder) {
      for (const r of [...run, ...more]) infos[r].reason = reason;
      if (headed) infos[head].reason = reason;
    }
    // A run whose wording does not come back in order may still hold one that does.
    i = inOrder ? Math.max(k, i + 1) : i + 1;
  }
}

/**
 * 2026-12-03 (third wave): a page's list of its headlines (`本版热区：` / `①让秋粮…` / `②…`)
 * opens no body: a numbered line whose words stand again, alone, further down points at a
 * headline — the same repetition the contents rule above reads. The list's other entries go
 * with it (an entry for an article the paste left out has no copy below). Read by head.ts.
 */
export function headlinePointers(lines: readonly { text: string; folded: string; reason?: string | null; marker: { family: string } | null }[]): Set<number> {
  const lineWords = new Map<string, number>();
  lines.forEach((x, j) => x.text && lineWords.set(x.folded.trim(), j));
  const pointers = new Set<number>();
  for (let i = 0, run = false; i < lines.length; i++) {
    if (!lines[i].text) continue;
    const entry = !!lines[i].marker && lines[i].marker!.family !== "bullet" && lines[i].folded.length <= 40 && !/[。;!?]$/.test(lines[i].folded.trim());
    const copied = entry && (lineWords.get(entryWords(lines[i].folded.replace(/^\s*[①-⑳]\s*/, ""))) ?? -1) > i;
    if (copied || (run && entry)) pointers.add(i);
    run = entry && (copied || run);
    if (lines[i].reason) run = false;
  }
  return pointers;
}
