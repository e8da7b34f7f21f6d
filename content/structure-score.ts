/**
 * The structurer's score on a corpus with gold files (content/corpus and any held-out folder;
 * format in content/corpus/README.md). For each text: read it the way the importer does
 * (.txt as text, .html and .pdf through app/structurer/inputs), structure it against the
 * seed directory, and compare with the gold file.
 *
 * Figures (each defined once, here):
 * - titles: documents whose title equals the gold title (trimmed). Produced documents are
 *   paired with gold ones in order, by content (alignDocuments: the pairing that finds the
 *   most of each gold document's title and node titles in its partner's text), so one
 *   missing or extra document does not shift every pair after it. A gold document without
 *   a partner counts as wrong, and so does an extra produced document: it adds one wrong
 *   title and one wrong tree, and its departments count as predicted (extra).
 * - trees: documents whose tree has the gold nesting, child counts and node kinds.
 * - content kept: content sentences found in the output. Content lines are the input's
 *   lines not listed in `removed` (pinyin residue stripped); they are split at 。！？；.
 *   A sentence is found when its text (whitespace and punctuation ignored) occurs in the
 *   output — title, byline, intro, node markers and texts, date and source — or, when the
 *   structurer rearranged it (the title after `题：`, a marker apart from its text), when
 *   each of its clauses of two characters or more does. A byline line counts without its
 *   label (`提案人：`, `□`, a speaker tag `〖发言人〗`), which the byline drops; a title field line without its label
 *   (`题目：`, `本期主题：`), which the title drops.
 * - chrome kept: gold `removed` lines still in the output: equal to the title, a line of
 *   the intro or a node's title or text line, or (8 characters or more) inside one — unless
 *   the structurer removed the line and its words also stand as a content line of the input
 *   (a page digest's `· 某某` over the article headed `某某`).
 *   Metadata read from chrome (date, source, byline) is not output text.
 * - departments: per document, the output's departments (intro and all nodes, the
 *   strongest role per name) against the gold list as (name, role, new) triples;
 *   precision and recall over all documents; role accuracy over names in both.
 * - recommendation titles: gold recommendation nodes paired with the output's (same
 *   position in an exact tree, else in order when the counts agree) whose title is equal
 *   or equivalent: the same once punctuation is ignored, or one a clause-prefix of the
 *   other (the shorter, of 4 characters or more, ends where the longer has a clause break).
 * - metadata: byline, date and source equal to the gold (any run of spaces, ideographic ones
 *   included, counts as one space).
 */
import { readFileSync } from "node:fs";
import { structureText } from "../app/structurer";
import type { Document, Mention, Node, RemovedLine, Role, StructureResult } from "../app/structurer/types";
import type { DirectoryLike } from "../app/structurer/types";
import { listCorpus, readGold, type CorpusEntry, type Gold, type GoldDocument, type GoldNode } from "./corpus-gold";
import { alignDocuments } from "./structure-align";
import { found, outputText, outputUnits, sentencesOf, squash, withoutPinyin } from "./structure-score-text";

export { alignDocuments } from "./structure-align";
export { squash } from "./structure-score-text";

export interface TextScore {
  id: string;
  style: string;
  documents: { expected: number; got: number };
  titles: { right: number; total: number; wrong: Array<{ want: string; got: string }> };
  trees: { right: number; total: number; wrong: Array<{ want: string; got: string }> };
  sentences: { found: number; total: number; lost: string[] };
  chromeKept: string[];
  /** Where each kept chrome line stands against the gold content: before its first line, among it, after its last. */
  chromeKeptAt: Array<"head" | "body" | "tail">;
  departments: { truePositive: number; predicted: number; gold: number; roleRight: number; roleTotal: number; missing: string[]; extra: string[] };
  recTitles: { right: number; total: number; wrong: Array<{ want: string; got: string }> };
  metadata: { right: number; total: number; wrong: string[] };
}

export interface CorpusScore {
  texts: TextScore[];
  titles: number;
  trees: number;
  contentKept: number;
  chromeKept: number;
  precision: number;
  recall: number;
  roleAccuracy: number;
  recTitles: number;
  metadata: number;
  documents: number;
}


/** The text the structurer reads and the lines a reader sees (for `removed` and sentences). */
export async function readCorpusText(entry: CorpusEntry): Promise<{ text: string; lines: string[]; format: "text" | "markdown"; extracted: RemovedLine[] }> {
  if (entry.ext === ".html") {
    const { htmlToText } = await import("../app/structurer/inputs/html.server");
    const { text } = htmlToText(readFileSync(entry.file));
    return { text, lines: text.split("\n").map((l) => l.trim()), format: "text", extracted: [] };
  }
  if (entry.ext === ".pdf") {
    const { pdfToText, readPdfLines } = await import("../app/structurer/inputs/pdf.server");
    const buffer = readFileSync(entry.file);
    const { text, removed } = await pdfToText(new Uint8Array(buffer));
    const lines = (await readPdfLines(new Uint8Array(buffer))).flat();
    return { text, lines, format: "text", extracted: removed.map((r) => ({ line: 0, text: r.line, reason: r.reason === "page-number" ? "page-number" : "repeated" })) };
  }
  const text = readFileSync(entry.file, "utf8");
  return { text, lines: text.split(/\r?\n/).map((l) => l.trim()), format: "text", extracted: [] };
}


function shape(nodes: Array<{ kind?: string; children: unknown[] }>): string {
  return nodes
    .map((n) => {
      const kids = n.children as Array<{ kind?: string; children: unknown[] }>;
      const k = n.kind === "recommendation" ? "R" : n.kind === "background" ? "B" : n.kind === "heading" ? "H" : "?";
      return kids.length ? `${k}(${shape(kids)})` : k;
    })
    .join(" ");
}

const STRENGTH: Record<Role, number> = { lead: 3, co: 2, mentioned: 1 };

function documentDepartments(d: Document): Map<string, { role: Role; new: boolean }> {
  const out = new Map<string, { role: Role; new: boolean }>();
  const add = (m: Mention) => {
    const prior = out.get(m.name);
    if (!prior || STRENGTH[m.role] > STRENGTH[prior.role]) out.set(m.name, { role: m.role, new: !!m.new });
  };
  (d.departments ?? []).forEach(add);
  const walk = (n: Node) => {
    n.departments.forEach(add);
    n.children.forEach(walk);
  };
  d.children.forEach(walk);
  return out;
}

function recommendations<T extends { kind?: string; children: T[]; title: string }>(nodes: T[]): T[] {
  const out: T[] = [];
  const walk = (n: T) => {
    if (n.kind === "recommendation") out.push(n);
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

/** Equal once punctuation is ignored, or one is a clause-prefix of the other. */
export function equivalentTitle(want: string, got: string): boolean {
  if (squash(want) === squash(got)) return true;
  const [short, long] = want.length <= got.length ? [want, got] : [got, want];
  if (short.length < 4 || !long.startsWith(short)) return false;
  return /^[，,：:；;。]/.test(long.slice(short.length));
}

export function scoreText(id: string, gold: Gold, result: StructureResult, lines: string[], extracted: RemovedLine[] = []): TextScore {
  const removed = new Set(gold.removed);
  const content = lines.filter((l) => l && !removed.has(l)).map(withoutPinyin);
  const out = squash(outputText(result));
  const sentences = sentencesOf(content);
  const lost = sentences.filter((s) => !found(s, out));

  const units = outputUnits(result);
  // A line the structurer removed whose words also stand as a content line of the input (a
  // page digest's `· 某某` over the article headed `某某`), or inside the content (a pull quote
  // repeating a sentence of a paragraph), is not kept: the output holds the content's words.
  const removedByStructurer = new Set((result.removed ?? []).map((r) => r.text.trim()));
  const contentWords = new Set(content.map((l) => squash(l)));
  // The content's words in one string: a pull quote repeats words of a paragraph wrapped over several lines.
  const contentAll = squash(content.join(""));
  const chromeKept = gold.removed.filter((line) => {
    const s = squash(withoutPinyin(line));
    if (s.length < 2) return false;
    if (removedByStructurer.has(line.trim()) && (contentWords.has(s) || (s.length >= 8 && contentAll.includes(s)))) return false;
    return units.some((u) => u === s || (s.length >= 8 && u.includes(s)));
  });
  void extracted;
  const contentAt = lines.flatMap((l, i) => (l && !removed.has(l) ? [i] : []));
  const chromeKeptAt = chromeKept.map((line) => {
    const i = lines.indexOf(line);
    return i < (contentAt[0] ?? 0) ? "head" : i > (contentAt.at(-1) ?? 0) ? "tail" : "body";
  });

  const score: TextScore = {
    id,
    style: gold.style,
    documents: { expected: gold.documents.length, got: result.documents.length },
    titles: { right: 0, total: gold.documents.length, wrong: [] },
    trees: { right: 0, total: gold.documents.length, wrong: [] },
    sentences: { found: sentences.length - lost.length, total: sentences.length, lost },
    chromeKept,
    chromeKeptAt,
    departments: { truePositive: 0, predicted: 0, gold: 0, roleRight: 0, roleTotal: 0, missing: [], extra: [] },
    recTitles: { right: 0, total: 0, wrong: [] },
    metadata: { right: 0, total: 0, wrong: [] },
  };

  const partner = alignDocuments(gold.documents, result.documents);
  gold.documents.forEach((g: GoldDocument, i) => {
    const d = partner[i] >= 0 ? result.documents[partner[i]] : undefined;
    const title = d ? withoutPinyin(d.title.trim()) : "";
    if (d && title === g.title.trim()) score.titles.right++;
    else score.titles.wrong.push({ want: g.title, got: d?.title ?? "(no document)" });

    const want = shape(g.tree);
    const got = d ? shape(d.children) : "(no document)";
    const exact = want === got;
    if (exact) score.trees.right++;
    else score.trees.wrong.push({ want, got });

    // Departments: triples per document.
    const predicted = d ? documentDepartments(d) : new Map<string, { role: Role; new: boolean }>();
    const goldMap = new Map(g.departments.map((x) => [x.name, { role: x.role as Role, new: !!x.new }]));
    score.departments.predicted += predicted.size;
    score.departments.gold += goldMap.size;
    for (const [name, p] of predicted) {
      const q = goldMap.get(name);
      if (q && q.role === p.role && q.new === p.new) score.departments.truePositive++;
      else score.departments.extra.push(`${name}:${p.role}${p.new ? ":new" : ""}`);
      if (q) {
        score.departments.roleTotal++;
        if (q.role === p.role) score.departments.roleRight++;
      }
    }
    for (const [name, q] of goldMap) {
      const p = predicted.get(name);
      if (!p || p.role !== q.role || p.new !== q.new) score.departments.missing.push(`${name}:${q.role}${q.new ? ":new" : ""}`);
    }

    // Recommendation titles.
    const goldRecs = recommendations(g.tree as Array<GoldNode & { children: GoldNode[] }>);
    const gotRecs = d ? recommendations(d.children as Array<Node & { title: string }>) : [];
    score.recTitles.total += goldRecs.length;
    if (exact || goldRecs.length === gotRecs.length) {
      goldRecs.forEach((r, k) => {
        const t = gotRecs[k]?.title ?? "";
        if (equivalentTitle(r.title, withoutPinyin(t))) score.recTitles.right++;
        else score.recTitles.wrong.push({ want: r.title, got: t });
      });
    } else {
      goldRecs.forEach((r) => score.recTitles.wrong.push({ want: r.title, got: "(tree differs)" }));
    }

    // Metadata.
    for (const key of ["byline", "date", "source"] as const) {
      score.metadata.total++;
      const have = d ? (d[key] ?? null) : null;
      // Spacing is the page's typography, not the reading: 本报记者\u3000某某 and 本报记者 某某 name the same byline.
      const norm = (v: string | null) => (v === null ? null : withoutPinyin(v).trim().replace(/\s+/g, " "));
      if (norm(have) === norm(g[key])) score.metadata.right++;
      else score.metadata.wrong.push(`${key}: want ${JSON.stringify(g[key])} got ${JSON.stringify(have)}`);
    }
  });

  // Extra documents (no gold partner): a wrong title and tree each, and every department they name is extra.
  const paired = new Set(partner);
  result.documents.forEach((d, j) => {
    if (paired.has(j)) return;
    score.titles.total++;
    score.titles.wrong.push({ want: "(no document)", got: d.title });
    score.trees.total++;
    score.trees.wrong.push({ want: "(no document)", got: shape(d.children) });
    for (const [name, p] of documentDepartments(d)) {
      score.departments.predicted++;
      score.departments.extra.push(`${name}:${p.role}${p.new ? ":new" : ""}`);
    }
  });
  return score;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export async function scoreCorpus(dir: string, directory: DirectoryLike[]): Promise<CorpusScore> {
  const texts: TextScore[] = [];
  for (const entry of listCorpus(dir)) {
    const gold = readGold(entry.goldFile);
    const { text, lines, format, extracted } = await readCorpusText(entry);
    const result = structureText(text, { directory, format });
    texts.push(scoreText(entry.id, gold, result, lines, extracted));
  }
  const sum = (f: (t: TextScore) => number) => texts.reduce((n, t) => n + f(t), 0);
  return {
    texts,
    documents: sum((t) => t.documents.expected),
    titles: ratio(sum((t) => t.titles.right), sum((t) => t.titles.total)),
    trees: ratio(sum((t) => t.trees.right), sum((t) => t.trees.total)),
    contentKept: ratio(sum((t) => t.sentences.found), sum((t) => t.sentences.total)),
    chromeKept: sum((t) => t.chromeKept.length),
    precision: ratio(sum((t) => t.departments.truePositive), sum((t) => t.departments.predicted)),
    recall: ratio(sum((t) => t.departments.truePositive), sum((t) => t.departments.gold)),
    roleAccuracy: ratio(sum((t) => t.departments.roleRight), sum((t) => t.departments.roleTotal)),
    recTitles: ratio(sum((t) => t.recTitles.right), sum((t) => t.recTitles.total)),
    metadata: ratio(sum((t) => t.metadata.right), sum((t) => t.metadata.total)),
  };
}
