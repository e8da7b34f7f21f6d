/**
 * Pairing produced documents with gold ones (content/structure-score.ts, "titles"): by
 * content, in reading order, so one missing or extra document does not shift every pair.
 */
import type { Document } from "../app/structurer/types";
import type { GoldDocument, GoldNode } from "./corpus-gold";
import { nodeText, squash, withoutPinyin } from "./structure-score-text";

/** A gold document's words: its title and node titles, squashed (what a partner should hold). */
function goldWords(g: GoldDocument): string[] {
  const out = [squash(withoutPinyin(g.title))];
  const walk = (n: GoldNode) => {
    out.push(squash(n.title));
    (n.children ?? []).forEach(walk);
  };
  g.tree.forEach(walk);
  return out.filter((w) => w.length >= 2);
}

function producedText(d: Document): string {
  const parts = [d.title, d.byline ?? "", d.intro];
  d.children.forEach((c) => nodeText(c, parts));
  return squash(withoutPinyin(parts.join("\n")));
}

/** How much of the gold document the produced one holds: the share of its words' characters found. */
function overlap(words: string[], text: string): number {
  const total = words.reduce((n, w) => n + w.length, 0);
  if (!total) return 0;
  return words.reduce((n, w) => n + (text.includes(w) ? w.length : 0), 0) / total;
}

/**
 * Pair gold documents with produced ones, both in reading order (no crossing pairs): the
 * pairing with the most content overlap, each pair also worth a little so that documents
 * sharing no words still pair by position when the counts agree. Returns, for each gold
 * document, the index of its produced partner or -1. O(gold × produced): a page has a handful.
 */
export function alignDocuments(gold: GoldDocument[], produced: Document[]): number[] {
  const n = gold.length;
  const m = produced.length;
  const texts = produced.map(producedText);
  const sim = gold.map((g) => {
    const words = goldWords(g);
    return texts.map((t) => overlap(words, t) + 0.001);
  });
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], sim[i][j] + best[i + 1][j + 1]);
  const pairs = new Array<number>(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (best[i][j] === sim[i][j] + best[i + 1][j + 1]) pairs[i++] = j++;
    else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  return pairs;
}

