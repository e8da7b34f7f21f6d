/**
 * Twelfth wave (2026-12-04, helper h-tree): a section heading is no photo caption.
 *
 * The caption rule (chrome-caption-line.ts) reads a short line without final punctuation
 * between paragraphs by its words: people (`队伍`, `居民`) and doings (`服务`, `活动`) make it a
 * caption. A section heading of an unnumbered text (`建强手语服务队伍`, `守护居民“菜篮子”`)
 * can hold the same words. What tells them apart is what follows and what its siblings are:
 * - a heading heads items: the next paragraph, and the one after it, each open with a lead
 *   phrase (`扩大专职手语翻译配备。……`), while under a caption the text goes on narrating (one
 *   item is enough under a line set like its sibling, `🔸 ……`, tree-heading-shape.ts);
 * - a heading has siblings of its shape: another short line of the text, between paragraphs,
 *   heads a lead-phrase paragraph too (the first heading right after the lede is the one a
 *   caption rule takes, its later siblings stand after other sections' items).
 * A line that names people doing something (`委员们在社区查看充电桩`) stays a caption.
 */
import { CAPTION_ACTION, CAPTION_PEOPLE } from "./chrome-patterns";
import { isBlank, type LineInfo } from "./chrome-lines";
import { hasLeadPhrase } from "./paragraphs";
import { headingShape } from "./tree-heading-shape";

/** The nearest line before (-1) or after (1) `i` that has text and is not removed, or -1. */
function contentNeighbour(infos: readonly LineInfo[], i: number, dir: 1 | -1): number {
  for (let j = i + dir; j >= 0 && j < infos.length; j += dir) {
    if (!isBlank(infos[j]) && !infos[j].reason && /[\p{L}\p{N}]/u.test(infos[j].folded)) return j;
  }
  return -1;
}

/** A heading line's shape: short, no sentence stop, no final clause mark, no marker (`对策：……` inside is fine). */
function headingShaped(info: LineInfo): boolean {
  const f = info.folded.trim();
  return f.length >= 4 && f.length <= 24 && !info.marker && !/[。!?;]/.test(f.replace(/[?]$/, "")) && !/[:,、]$/.test(f);
}

/** Between paragraphs and over a paragraph that opens with a lead phrase. */
function headsLeadPhrase(infos: readonly LineInfo[], i: number): boolean {
  const prev = contentNeighbour(infos, i, -1);
  const next = contentNeighbour(infos, i, 1);
  return prev >= 0 && next >= 0 && /[。!?”"]$/.test(infos[prev].folded) && hasLeadPhrase(infos[next].folded);
}

/** Is line `i`, read as a caption by its words, a section heading over a run of items? */
export function headsItemRun(infos: readonly LineInfo[], i: number): boolean {
  const info = infos[i];
  if (!headingShaped(info) || (CAPTION_PEOPLE.test(info.folded) && CAPTION_ACTION.test(info.folded))) return false;
  if (!headsLeadPhrase(infos, i)) return false;
  const next = contentNeighbour(infos, i, 1);
  const second = contentNeighbour(infos, next, 1);
  // Two items under it, or one under a line set like its sibling (`🔸 ……` over a last section of one item).
  const run = second >= 0 && hasLeadPhrase(infos[second].folded);
  const shape = headingShape(info.text);
  return headingLines(infos).some((k) => k !== i && !infos[k].reason && (run || (!!shape && headingShape(infos[k].text) === shape)));
}

const headingCache = new WeakMap<readonly LineInfo[], number[]>();

/** The text's lines set as headings over a lead-phrase paragraph, read once per text (its first caption question). */
function headingLines(infos: readonly LineInfo[]): number[] {
  let lines = headingCache.get(infos);
  if (!lines) {
    lines = [];
    for (let k = 0; k < infos.length; k++) if (!isBlank(infos[k]) && !infos[k].reason && headingShaped(infos[k]) && headsLeadPhrase(infos, k)) lines.push(k);
    headingCache.set(infos, lines);
  }
  return lines;
}
