/**
 * The structurer's pipeline, without the safety net of index.ts (tests call it directly
 * so that an internal error is seen instead of being turned into the fallback result).
 *
 * normalise the input → drop front matter → remove page noise and pinyin residue → cut
 * into blocks (lines / Markdown blocks) → fold each block and read its marker → split
 * into documents by author line → title and byline → tree → departments.
 */
import { fold, withFoldCache } from "./fold";
import { normalizeInput } from "./normalize";
import { removeChrome } from "./chrome";
import { looksLikeMarkdown, stripFrontMatter, textBlocks, type RawBlock } from "./blocks";
import { markdownBlocks, markdownView } from "./markdown-blocks";
import { splitInlineSequence, splitLeadInMarkers } from "./lead-in-split";
import { bracketTurns, glyphTurns } from "./interview-turns";
import { speakerLabels, splitSpeakerMarkers } from "./speaker-turns";
import { decimalMarker, decimalOutline } from "./decimal-outline";
import { parseLineMarker, repeatedGlyphs } from "./markers";
import { buildDirectoryIndex, type DirectoryIndex } from "./departments";
import { buildDocuments } from "./documents";
import { speakerLines } from "./speaker-tags";
import { bylinesAsTyped } from "./byline-surface";
import { labelHead, printedUnder, underPage } from "./page-head-meta";
import { titlesAsTyped } from "./title-surface";
import type { Block } from "./tree-drafts";
import { pastedParts } from "./pasted-parts";
import { compilerNotes } from "./compilation-labels";
import { tabPanels } from "./tab-panels";
import { pastedArticles } from "./pasted-articles";
import { jumpsBack, pieceSignature } from "./page-pieces";
import { digestItems, type DigestItem } from "./digest-items";
import { joinCellTables } from "./table-cells";
import { tableLines } from "./table-rows";
import { seriesLabelLines } from "./series-labels";
import { bareEnumerations } from "./tree-enumerations";
import type { DirectoryLike, Document, RemovedLine, StructureOptions, StructureResult } from "./types";

/** Directory indexes are cached per directory array (the importer passes the same one). */
const indexCache = new WeakMap<object, DirectoryIndex>();

function directoryIndex(directory: readonly DirectoryLike[] | undefined): DirectoryIndex | null {
  if (!Array.isArray(directory) || directory.length === 0) return null;
  const cached = indexCache.get(directory);
  if (cached) return cached;
  const index = buildDirectoryIndex(directory);
  indexCache.set(directory, index);
  return index;
}

/** Structure `input`; may throw on an internal bug (structureText in index.ts does not). */
export function structure(input: unknown, options: StructureOptions | undefined): StructureResult {
  return withFoldCache(() => run(input, options));
}

function run(input: unknown, options: StructureOptions | undefined): StructureResult {
  const normalized = normalizeInput(input);
  // Seventh wave: a table copied one cell a line is read as rows of cells (table-cells.ts); line numbers stay.
  const text = joinCellTables(stripFrontMatter(normalized).split("\n")).join("\n");
  // Line numbers in `removed` count from the top of the input, front matter included.
  const lineOffset = lineCount(normalized) - lineCount(text);
  const format =
    options?.format === "markdown" || options?.format === "text"
      ? options.format
      : looksLikeMarkdown(text)
        ? "markdown"
        : "text";
  const keep = new Set(Array.isArray(options?.keepLines) ? options.keepLines.filter(Number.isInteger) : []);
  const directory = directoryIndex(options?.directory);
  // A clippings file (`———— 素材1：… ————` … `———— 素材2：… ————`): each item is structured alone, with its own head (pasted-parts.ts).
  const lines = text.split("\n");
  const parts = pastedParts(lines, (i) => keep.has(i + 1 + lineOffset));
  if (!parts) return panels(lines, lineOffset, format, keep, directory);
  const documents: Document[] = [];
  const removed: RemovedLine[] = [];
  for (const i of parts.label) removed.push({ line: i + 1 + lineOffset, text: lines[i].trim(), reason: "metadata" });
  const page = labelHead(parts.label.map((i) => lines[i])); // Sixteenth wave: a page's head there may date and source its items (page-head-meta.ts).
  parts.cuts.forEach((cut, k) => {
    removed.push({ line: cut + 1 + lineOffset, text: lines[cut].trim(), reason: "ornament" });
    const end = parts.cuts[k + 1] ?? lines.length;
    // Tenth wave: the compiler's bracketed notes at an item's edges (`【研究室备注：…】`; compilation-labels.ts).
    const from = cut + 1;
    const text = lines.slice(from, end);
    for (const i of compilerNotes(lines, from, end, (j) => keep.has(j + 1 + lineOffset))) {
      removed.push({ line: i + 1 + lineOffset, text: lines[i].trim(), reason: "footnote" });
      text[i - from] = "";
    }
    const part = runPart(text.join("\n"), lineOffset + from, format, keep, directory);
    // Tenth wave: a sentence of the page's own above the first cut (`编者按：…`, no file label) stands
    // in the first item's intro, as a page of speeches keeps its note (pasted-parts.ts).
    const lead = k === 0 ? parts.lead.map((i) => lines[i].trim()).join("\n") : "";
    if (lead && part.documents.length) part.documents[0] = { ...part.documents[0], intro: part.documents[0].intro ? `${lead}\n${part.documents[0].intro}` : lead };
    documents.push(...part.documents);
    removed.push(...(part.removed ?? []));
  });
  removed.sort((a, b) => a.line - b.line);
  return removed.length ? { documents: printedUnder(documents, page), removed } : { documents: printedUnder(documents, page) };
}

/**
 * A portal page with tabs whose later panel holds a document under its own headline (the reply
 * to the proposal above it; tab-panels.ts): each part is structured alone, the panels' label
 * lines removed. Any other text is one part.
 */
function panels(lines: string[], lineOffset: number, format: "markdown" | "text", keep: ReadonlySet<number>, directory: DirectoryIndex | null): StructureResult {
  const tabs = tabPanels(lines);
  if (!tabs) return articles(lines, lineOffset, format, keep, directory);
  const blanked = lines.slice();
  const removed: RemovedLine[] = [];
  for (const i of tabs.labels) {
    removed.push({ line: i + 1 + lineOffset, text: lines[i].trim(), reason: "widget" });
    blanked[i] = "";
  }
  const documents: Document[] = [];
  [0, ...tabs.cuts].forEach((start, k) => {
    const end = tabs.cuts[k] ?? lines.length;
    const part = runPart(blanked.slice(start, end).join("\n"), lineOffset + start, format, keep, directory);
    documents.push(...part.documents);
    removed.push(...(part.removed ?? []));
  });
  removed.sort((a, b) => a.line - b.line);
  return { documents, removed };
}

/** Articles pasted one after another (pasted-articles.ts), each structured alone (fifth wave); pieces after an article. */
function articles(lines: string[], lineOffset: number, format: "markdown" | "text", keep: ReadonlySet<number>, directory: DirectoryIndex | null): StructureResult {
  const digest = digestItems(lines);
  if (digest) return digestParts(lines, digest, lineOffset, format, keep, directory);
  const pasted = pastedArticles(lines, (i) => keep.has(i + 1 + lineOffset));
  if (!pasted) return runPart(lines.join("\n"), lineOffset, format, keep, directory);
  const { cuts, samePage, attached, pieces } = pasted;
  const documents: Document[] = [];
  const removed: RemovedLine[] = [];
  // Twenty-first wave: an article continued under a jump-back line after other pieces (page-pieces.ts jumpsBack) is
  // read as one part — its text before the pieces and under the jump line, the pieces' lines blank — so what the
  // continuation names is filed under the article's own document; the piece ends at the jump line.
  const jumps = jumpsBack(lines, [0, ...cuts]);
  const back = new Map([...jumps].map(([from, j]) => [j.to, { from, at: j.at, head: j.head }]));
  [0, ...cuts].forEach((start, k) => {
    const end = jumps.get(k)?.at ?? cuts[k] ?? lines.length;
    const cont = back.get(k);
    const partEnd = cont ? (cuts[cont.from] ?? lines.length) : end;
    const joined = lines.slice(start, partEnd).map((l, i) => (cont && ((start + i >= end && start + i < cont.at) || start + i === cont.head) ? "" : l));
    if (cont && cont.head >= 0) removed.push({ line: cont.head + 1 + lineOffset, text: lines[cont.head].trim(), reason: "edition" });
    // A commentary under a genre's kicker (`【编后】`, removed) and, sixteenth wave, a piece after an article (a brief,
    // a letter, a reply; page-pieces.ts, head kept and signed at its end) stand on the page: it gives their date and source.
    const page = samePage.has(start) || pieces.has(start) ? documents[documents.length - 1] : undefined;
    const text = cont ? joined : lines.slice(start, end);
    // Thirteenth wave: an attachment marker (`附：某某委员书面发言`) labels the piece under it, no word of it.
    if ((page && !pieces.has(start)) || attached.has(start)) {
      removed.push({ line: start + 1 + lineOffset, text: text[0].trim(), reason: "column" });
      text[0] = "";
    }
    const signed = pieces.has(start) ? pieceSignature(text) : null;
    if (signed) text[signed.at] = "";
    const part = runPart(text.join("\n"), lineOffset + start, format, keep, directory);
    const signedBy = (d: Document): Document => (page && signed && !d.byline ? { ...d, byline: signed.byline } : d); // its end's signature
    documents.push(...underPage(part.documents.map(signedBy), page && { date: page.date ?? null, source: page.source ?? null }));
    removed.push(...(part.removed ?? []));
  });
  return removed.length ? { documents, removed } : { documents };
}

/**
 * A digest's numbered items (`【1】…`, `[2]…`, `3｜…`; digest-items.ts): each item is structured
 * alone, its headline without the number and kept from the chrome stage; the page's head stands
 * above the first, so every item takes the page's date and source when its part names none (seventh wave).
 */
function digestParts(lines: string[], items: DigestItem[], lineOffset: number, format: "markdown" | "text", keep: ReadonlySet<number>, directory: DirectoryIndex | null): StructureResult {
  const text = lines.slice();
  const kept = new Set(keep);
  for (const item of items) {
    text[item.at] = item.headline;
    kept.add(item.at + 1 + lineOffset);
  }
  const documents: Document[] = [];
  const removed: RemovedLine[] = [];
  const starts = [0, ...items.slice(1).map((item) => item.at)];
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    const part = runPart(text.slice(start, end).join("\n"), lineOffset + start, format, kept, directory);
    const page = documents[0];
    documents.push(...underPage(part.documents, page && { date: page.date ?? null, source: page.source ?? null }));
    removed.push(...(part.removed ?? []));
  });
  return removed.length ? { documents, removed } : { documents };
}

/**
 * One paste: chrome, blocks, documents. `lineOffset` lines of the input stand above `text`.
 * Tenth wave: once the paste is known to hold several documents, a series label over the
 * first (`…会议发言摘登`) and a bracketed section label between two (`【部门回应】`) belong to
 * none of them (series-labels.ts): they are removed and the paste is read again without them.
 */
function runPart(text: string, lineOffset: number, format: "markdown" | "text", keepLines: ReadonlySet<number>, directory: DirectoryIndex | null): StructureResult {
  const input = text.split("\n");
  const first = readPart(input, lineOffset, format, keepLines, directory);
  const removedAt = new Set((first.removed ?? []).map((r) => r.line - lineOffset - 1));
  const labels = seriesLabelLines(input, first.documents, (i) => removedAt.has(i) || keepLines.has(i + 1 + lineOffset));
  if (!labels.length) return first;
  const blanked = input.slice();
  for (const i of labels) blanked[i] = "";
  const again = readPart(blanked, lineOffset, format, keepLines, directory);
  const removed = [...(again.removed ?? []), ...labels.map((i): RemovedLine => ({ line: i + 1 + lineOffset, text: input[i].trim(), reason: "series" }))];
  return { documents: again.documents, removed: removed.sort((a, b) => a.line - b.line) };
}

function readPart(input: string[], lineOffset: number, format: "markdown" | "text", keepLines: ReadonlySet<number>, directory: DirectoryIndex | null): StructureResult {
  const keep = new Set(keepLines);
  const text = input.join("\n");
  // A page's closing signatures (`（民盟某省委员会）` after each article) and speaker tags over
  // headlines (`【发言人】某某`) show where documents start and end: no chrome (speaker-tags.ts).
  for (const i of speakerLines(input)) keep.add(i + 1 + lineOffset);
  // Seventh wave: a table's header row and the rows under it are content, a date in a row's cell included (table-rows.ts).
  for (const i of tableLines(input)) keep.add(i + 1 + lineOffset);
  const chrome = removeChrome(input, { view: format === "markdown" ? markdownView : undefined, keep, lineOffset });
  const lines = chrome.lines;
  // Tenth wave: `▲记者：` / `△某某：` — a glyph marking whose turn it is, not a bullet (interview-turns.ts).
  const turns = bracketTurns(glyphTurns(format === "markdown" ? markdownBlocks(lines) : textBlocks(lines)));
  const raw = turns.blocks;

  const speakers = speakerLabels(raw);
  for (const label of turns.labels) speakers.add(label);
  const split = atxNumbered(splitLeadInMarkers(splitInlineSequence(splitSpeakerMarkers(raw, speakers))));
  const folded = split.map((b) => fold(b.text));
  // `其次`/`最后` open a line as markers only in a text that counts with `首先`.
  const allowSequence = folded.some((f) => /^首先(?:\s*[,、:]|要|应|须|需)/.test(f));
  const glyphs = repeatedGlyphs(split.filter((b) => b.kind === "para").map((b) => b.text));
  // Twenty-first wave: `1 现状` / `1.1 网点布局` are read as an outline's levels only in a text that numbers one so (decimal-outline.ts).
  const decimal = decimalOutline(folded.filter((_, i) => split[i].kind === "para"));
  // Tenth wave: a bare enumeration announced by a sentence (`依次是：` / `1.菜品价格（占46%）`) is its text (tree-enumerations.ts).
  const blocks: Block[] = bareEnumerations(split.map((b, i) => ({
    ...b,
    source: b.at,
    folded: folded[i],
    line: b.kind === "para" ? (decimal ? decimalMarker(b.text, folded[i]) : null) ?? parseLineMarker(b.text, folded[i], { allowSequence, glyphs }) : null,
  })));
  const documents = titlesAsTyped(bylinesAsTyped(buildDocuments(blocks, directory, chrome.meta, speakers), text), text);
  return chrome.removed.length ? { documents, removed: chrome.removed } : { documents };
}

function lineCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Fifth wave (exports): a Markdown heading pasted as text that carries its own number
 * (`### 1. 连通断头路`, `## 二、存在问题`) is read by its number, as the same line without
 * the marks would be: the `#`s are layout (chrome-exports.ts strips a note export's furniture).
 */
function atxNumbered(blocks: RawBlock[]): RawBlock[] {
  return blocks.map((b) => {
    const m = b.kind === "para" ? /^#{1,6}[ \t]+(?=\S)/.exec(b.text) : null;
    if (!m) return b;
    const text = b.text.slice(m[0].length);
    return parseLineMarker(text, fold(text)) ? { ...b, text } : b;
  });
}
