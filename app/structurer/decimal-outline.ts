/**
 * Decimal outline numbering (`1 现状`, `1.1 网点布局`, `3.2.1 对普惠托位……`): the numbering of a research
 * report, a think tank's paper or a journal article, where the depth is the count of numbers, not the family
 * of the marks. `1.1` is no `1.` item (markers.ts refuses a digit after the dot, so `1.5万` stays a figure),
 * and `1 现状` has no mark at all — so neither is read unless the text shows it numbers an outline this way.
 */
import type { LineMarker } from "./markers";

/**
 * A decimal marker: two or three numbers joined by dots, then the item's words (a space may stand between, or
 * none: `1.1开通……`). A figure is no marker: a digit, a unit or a per-cent sign after the last number
 * (`1.5万名`, `2.3倍`, `3.6%`) makes `1.5` a quantity.
 */
const DECIMAL = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?(?![\d%％万亿千百倍个元米年月日号点时分秒岁人次家户名项条件台辆所只吨亩])\s*(?=[\u4e00-\u9fff“"《])/;

/** A chapter line of the outline: a number, a space (or a dot or comma), a short heading without a sentence's stop. */
const CHAPTER = /^(\d{1,2})(?:\s*[.、](?!\d)\s*|\s+)(?=[\u4e00-\u9fff“"《])(?=[^。;!?]{1,30}$)/;

/**
 * Does the text number an outline in decimals? It counts from one under a number: some `N.1` and `N.2` both
 * open lines, and either the chapter line `N …` stands above them or a second chapter's `M.1` does too. A
 * timeline's dates (`11.3 召开座谈会`) seldom give both; a page of figures never opens lines with them.
 * Lines are folded (half-width digits and dots).
 */
export function decimalOutline(folded: readonly string[]): boolean {
  const seen = new Map<number, Set<number>>();
  const chapters = new Set<number>();
  for (const line of folded) {
    const m = DECIMAL.exec(line);
    if (m) {
      // Only a line's second number counts the chapter's items (`2.1`, `2.2`); `2.1.3` is deeper.
      if (m[3] === undefined) seen.set(Number(m[1]), (seen.get(Number(m[1])) ?? new Set<number>()).add(Number(m[2])));
      continue;
    }
    const c = CHAPTER.exec(line);
    if (c) chapters.add(Number(c[1]));
  }
  const counted = [...seen].filter(([, items]) => items.has(1) && items.has(2)).map(([n]) => n);
  if (!counted.length) return false;
  const opened = [...seen].filter(([, items]) => items.has(1)).length;
  return opened >= 2 || counted.some((n) => chapters.has(n));
}

/**
 * The line's place in a decimal outline (decimalOutline said the text has one): `1 现状` and `1. 现状` are
 * chapters (depth 1), `1.1` depth 2, `1.1.1` depth 3. Every depth keeps the `arabic` family (it is the same
 * count of figures), and `depth` tells tree-numbered.ts which level of the outline the line opens.
 */
export function decimalMarker(text: string, folded: string): LineMarker | null {
  const m = DECIMAL.exec(folded);
  if (m) {
    const depth = m[3] === undefined ? 2 : 3;
    const core = m[0].trimEnd().length;
    return { family: "arabic", marker: text.slice(0, core).trim(), number: Number(m[3] ?? m[2]), rest: text.slice(m[0].length).trim(), restStart: m[0].length, depth };
  }
  const c = CHAPTER.exec(folded);
  if (!c) return null;
  const core = /^\d{1,2}\s*[.、]?/.exec(folded)?.[0].trimEnd().length ?? c[1].length;
  return { family: "arabic", marker: text.slice(0, core).trim(), number: Number(c[1]), rest: text.slice(c[0].length).trim(), restStart: c[0].length, depth: 1 };
}
