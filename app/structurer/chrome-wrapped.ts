/**
 * Fifth wave (2026-12-03, issue 12): chrome rules judge lines, but hard-wrapped text (a
 * photographed column, a PDF, a narrow e-mail) breaks its sentences at the margin, so a word
 * list can fire on a fragment (`发“定制公交”小程序，乘客` reads like an app prompt). A line
 * that the text's wrap margin carries on from the content line above and into the content
 * line below (both at the margin, no sentence ended: blocks.ts, continuesWrapped) is inside a
 * paragraph: content, when only its words or shape made it furniture. A fragment at a chrome
 * run's edge (a removed neighbour) is left to the run.
 */
import { continuesWrapped, displayWidth, wrapMargin } from "./blocks";
import { neighbourIndex, type LineInfo } from "./chrome-lines";
import { hanDensity } from "./line-shapes";

/** Reasons a line's vocabulary or shape gives; a name (credit), a date or a legal notice is no fragment. */
const WORD_REASONS = new Set(["ad", "widget", "navigation", "caption", "column", "related"]);

export function keepWrappedFragments(infos: LineInfo[], kept: (i: number) => boolean): void {
  const margin = wrapMargin(infos.map((x) => x.text));
  if (!margin.width) return;
  const joins = (a: LineInfo, b: LineInfo) => continuesWrapped(a.text, b.text, margin.width, margin.measure(a.text), margin.narrowSlack, margin.measure === displayWidth);
  infos.forEach((info, i) => {
    if (!info.reason || !WORD_REASONS.has(info.reason) || kept(i)) return;
    const p = neighbourIndex(infos, i, -1);
    const n = neighbourIndex(infos, i, 1);
    // Seventh wave: a line ending in a clause mark (`……凝心聚力、`) breaks its sentence there; the
    // content line under it carries the sentence on, whatever the margin (a paragraph's first line).
    if (n >= 0 && !infos[n].reason && info.folded.length >= 8 && /[,、;]$/.test(info.folded) && hanDensity(info.folded) >= 0.5) {
      info.reason = null;
      return;
    }
    if (p < 0 || n < 0 || infos[p].reason || infos[n].reason) return;
    if (joins(infos[p], info) && joins(info, infos[n])) info.reason = null;
  });
}
