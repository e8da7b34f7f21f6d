/**
 * Kinds of misses, counted over a folder — what `npm run structure:score` prints under a held-out
 * folder's totals. A held-out folder shows no per-text detail (its texts must stay unread), but
 * "titles 75 %" alone does not say whether the misses are chrome taken for a headline, documents
 * not split, or headlines cut short; these counts do, without naming a text or quoting a line.
 */
import type { TextScore } from "./structure-score";

export interface MissKinds {
  /** Texts with at least one miss of each kind (a text counts once per kind). */
  textsWith: { title: number; tree: number; lost: number; chrome: number; departments: number };
  titles: { chromeTaken: number; documentMissing: number; documentExtra: number; tooLong: number; tooShort: number; other: number };
  trees: { documentMissing: number; documentExtra: number; nodeCount: number; sameCount: number };
  /**
   * `otherDocument`: the gold entry found whole (name, role and flag) but in another document of the
   * text — a split or merge miss, not a department one (it was counted as a wrong new flag before).
   */
  departments: { notFound: number; wrongRole: number; wrongNew: number; otherDocument: number; extraNotInGold: number };
  /** Kept chrome lines by place (against the gold content) and by shape (length, final punctuation). */
  chrome: { head: number; body: number; tail: number; short: number; long: number; punctuated: number };
}

const FINAL_STOP = /[。！？!?；;…」』”）)]$/;

const nodeCount = (shape: string) => (shape.match(/[BHR]/g) ?? []).length;
const entryName = (entry: string) => entry.split(":")[0];

export function missKinds(texts: readonly TextScore[]): MissKinds {
  const k: MissKinds = {
    textsWith: { title: 0, tree: 0, lost: 0, chrome: 0, departments: 0 },
    titles: { chromeTaken: 0, documentMissing: 0, documentExtra: 0, tooLong: 0, tooShort: 0, other: 0 },
    trees: { documentMissing: 0, documentExtra: 0, nodeCount: 0, sameCount: 0 },
    departments: { notFound: 0, wrongRole: 0, wrongNew: 0, otherDocument: 0, extraNotInGold: 0 },
    chrome: { head: 0, body: 0, tail: 0, short: 0, long: 0, punctuated: 0 },
  };
  for (const t of texts) {
    if (t.titles.wrong.length) k.textsWith.title++;
    if (t.trees.wrong.length) k.textsWith.tree++;
    if (t.sentences.lost.length) k.textsWith.lost++;
    if (t.chromeKept.length) k.textsWith.chrome++;
    if (t.departments.missing.length || t.departments.extra.length) k.textsWith.departments++;
    for (const { want, got } of t.titles.wrong) {
      if (got === "(no document)") k.titles.documentMissing++;
      else if (want === "(no document)") k.titles.documentExtra++;
      else if (t.chromeKept.includes(got.trim())) k.titles.chromeTaken++;
      else if (got.includes(want)) k.titles.tooLong++;
      else if (want.includes(got)) k.titles.tooShort++;
      else k.titles.other++;
    }
    for (const { want, got } of t.trees.wrong) {
      if (got === "(no document)") k.trees.documentMissing++;
      else if (want === "(no document)") k.trees.documentExtra++;
      else if (nodeCount(want) !== nodeCount(got)) k.trees.nodeCount++;
      else k.trees.sameCount++;
    }
    // A gold entry missing and an extra entry with the same name are one mention with a wrong role or flag —
    // or, when the two are the same entry, one found in another document of the text.
    const extra = new Map(t.departments.extra.map((e) => [entryName(e), e]));
    for (const m of t.departments.missing) {
      const got = extra.get(entryName(m));
      if (!got) k.departments.notFound++;
      else if (got.split(":")[1] !== m.split(":")[1]) k.departments.wrongRole++;
      else if (got === m) k.departments.otherDocument++;
      else k.departments.wrongNew++;
      extra.delete(entryName(m));
    }
    k.departments.extraNotInGold += extra.size;
    for (const at of t.chromeKeptAt) k.chrome[at]++;
    for (const line of t.chromeKept) {
      const chars = line.trim().length;
      if (chars <= 12) k.chrome.short++;
      else if (chars > 40) k.chrome.long++;
      if (FINAL_STOP.test(line.trim())) k.chrome.punctuated++;
    }
  }
  return k;
}

export function formatMissKinds(k: MissKinds): string {
  const t = k.textsWith;
  return [
    `  texts with a miss       title ${t.title} · tree ${t.tree} · lost content ${t.lost} · chrome ${t.chrome} · departments ${t.departments}`,
    `  title misses            chrome taken ${k.titles.chromeTaken} · document missing ${k.titles.documentMissing} · extra document ${k.titles.documentExtra} · too long ${k.titles.tooLong} · too short ${k.titles.tooShort} · other ${k.titles.other}`,
    `  tree misses             document missing ${k.trees.documentMissing} · extra document ${k.trees.documentExtra} · node count differs ${k.trees.nodeCount} · same count, other shape ${k.trees.sameCount}`,
    `  chrome lines kept       at the head ${k.chrome.head} · in the body ${k.chrome.body} · at the tail ${k.chrome.tail} · ≤ 12 characters ${k.chrome.short} · > 40 characters ${k.chrome.long} · ending in a stop ${k.chrome.punctuated}`,
    `  department misses       not found ${k.departments.notFound} · wrong role ${k.departments.wrongRole} · wrong new flag ${k.departments.wrongNew} · same entry in another document ${k.departments.otherDocument} · extra ${k.departments.extraNotInGold}`,
  ].join("\n");
}
