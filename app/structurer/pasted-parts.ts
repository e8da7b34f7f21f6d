/**
 * A clippings file: staff paste several items from elsewhere into one text and set each
 * apart with a framed, numbered separator line (`———— 素材1：抖音 ————`, `==== 材料2 ====`,
 * `------ 第3篇 ------`). Each item is a text of its own — its own head (account, date,
 * headline), its own chrome, its own level — so the pipeline structures each part as if
 * it had been pasted alone (issue 12, 2026-12-03, third wave; docs/structure-format.md,
 * "Documents: split (2026-12-03, third wave)").
 *
 * A separator is a line that is a label between two rules of the same character (three or
 * more of `-`, `=`, `~`, `*`, `_`, two or more of `—`, `─`, `━`, `＝`): what makes them a
 * file's cuts is that two or more share one frame and count — each label carries a number
 * (1, 一, ①) one more than the label before. A rule alone (`***`, `————`), a frame without
 * a number (`———— 全文 ————`, `-------- 原始邮件 --------`), a date in a frame (a chat's day
 * line) and a single framed line are not cuts: they set apart the parts of one text (a
 * draft inside a chat, a forwarded mail, a page's folded full text).
 *
 * Text before the first cut that says no sentence (`【素材整理】某专题 2026.9.3 某某`) is the
 * file's label: removed as metadata. One pass over the lines.
 */

/** A label between two rules of one character: [rule, label, rule]. */
const FRAMED = /^\s*(([-=~*_＝～＊—─━])\2+)\s*(\S.*?)\s*(([-=~*_＝～＊—─━])\5+)\s*$/;
/** Characters of a rule that make a frame only when three or more stand together. */
const ASCII_RULE = /[-=~*_]/;

/** A label that is a number and nothing else (`01`, `3`). */
const BARE_NUMBER = /^\d{1,2}$/;

const HAN_DIGITS = "一二三四五六七八九十";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** A framed line's frame and label, else null. */
export function framedLabel(line: string): { frame: string; label: string } | null {
  const m = FRAMED.exec(line);
  if (!m) return null;
  const [, left, char, label, right, rightChar] = m;
  if (ASCII_RULE.test(char) && (left.length < 3 || right.length < 3)) return null;
  if (label.length > 30 || /[。！？!?]$/.test(label) || /^[-=~*_＝～＊—─━\s]+$/.test(label)) return null;
  return { frame: `${char}${rightChar}`, label };
}

/** The number a label counts with (`素材1：抖音` → 1, `材料二` → 2, `第③篇` → 3), else null. */
export function labelNumber(label: string): number | null {
  // A date or a time is no count (a chat's day line `—— 2026-10-09 ——`).
  if (/\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}:\d{2}/.test(label)) return null;
  const m = /(\d{1,2})|([一二三四五六七八九十])|([①-⑳])/.exec(label);
  if (!m) return null;
  if (m[1]) return Number(m[1]);
  if (m[2]) return HAN_DIGITS.indexOf(m[2]) + 1;
  return CIRCLED.indexOf(m[3]) + 1;
}

import { COMPILER_NOTE, compilationLabels } from "./compilation-labels";
import { ANNOUNCES } from "./head-covering";
import { fold } from "./fold";

export interface PastedParts {
  /** Line indexes of the separators (no part's text). */
  cuts: number[];
  /** Line indexes of the file's label above the first cut (no sentence in it). */
  label: number[];
  /** Tenth wave: lines above the first cut that say a sentence of the page's own (`编者按：…`). */
  lead: number[];
}

/**
 * The cuts of a clippings file among `lines`, or null when the text is one paste.
 * `kept(i)`: the line is kept by staff (a kept separator is text, no cut).
 */
export function pastedParts(lines: readonly string[], kept: (i: number) => boolean = () => false): PastedParts | null {
  const framed: Array<{ at: number; frame: string; n: number | null }> = [];
  lines.forEach((line, at) => {
    const f = kept(at) ? null : framedLabel(line);
    // Seventeenth wave: a frame round a bare number (`—— 01 ——`) numbers a section of one text — a slide
    // deck's or a post's (markers.ts) — as chrome-edition.ts reads it; a clipping's label names what it holds (`素材1`).
    if (f && !BARE_NUMBER.test(f.label)) framed.push({ at, frame: f.frame, n: labelNumber(f.label) });
  });
  // Tenth wave: a compilation's bare material labels (`材料一` / `材料二`) cut it too (compilation-labels.ts).
  if (framed.length < 2) return withText(lines, compilationLabels(lines, kept), kept);
  // The longest run of one frame whose numbers count up by one.
  let best: number[] = [];
  for (let k = 0; k < framed.length; k++) {
    const first = framed[k];
    if (first.n === null) continue;
    const run = [first.at];
    let n = first.n;
    for (const next of framed.slice(k + 1)) {
      if (next.frame !== first.frame || next.n !== n + 1) continue;
      run.push(next.at);
      n++;
    }
    if (run.length > best.length) best = run;
  }
  if (best.length < 2) return withText(lines, compilationLabels(lines, kept), kept);
  return withText(lines, best, kept);
}

/** The cuts when each part after one holds text, with the file's label above the first. */
function withText(lines: readonly string[], best: number[], kept: (i: number) => boolean): PastedParts | null {
  if (best.length < 2) return null;
  // Each part after a cut holds text: a line of prose with a sentence in it.
  const bounds = [...best, lines.length];
  const sentence = (from: number, to: number) => lines.slice(from, to).some((l) => /[。！？!?]/.test(l) && l.trim().length >= 12);
  if (!best.every((c, k) => sentence(c + 1, bounds[k + 1]))) return null;
  const label: number[] = [];
  const head = !sentence(0, best[0]);
  // Tenth wave: above a compilation's first cut, the compiler's head lines (no sentence: `参阅资料（第6辑）`)
  // and bracketed notes (`【研究室按：…】`) are the file's label too; a sentence of the page's own
  // (`编者按：…`) stands in the first item's intro (pipeline.ts) — unless it announces the items as a covering
  // note does (`现将两件提案转发如下，请审阅。`, head-covering.ts).
  const lead: number[] = [];
  for (let i = 0; i < best[0]; i++) {
    const t = lines[i].trim();
    if (t && !kept(i) && (head || !/[。！？!?]/.test(t) || COMPILER_NOTE.test(t) || ANNOUNCES.test(fold(t)))) label.push(i);
    else if (t) lead.push(i);
  }
  return { cuts: best, label, lead };
}
