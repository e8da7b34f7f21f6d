/**
 * From cleaned lines to blocks — the paragraphs, headings and list items the tree is
 * built from. Plain text: every non-empty line is a paragraph (Chinese text pasted from
 * Word or a web page has one paragraph per line). Markdown: headings, list items and
 * paragraphs per CommonMark's main rules, with inline markup removed.
 */
import { fold } from "./fold";
import { tidyLine } from "./normalize";
import { parseLineMarker } from "./markers";

export interface RawBlock {
  kind: "para" | "heading" | "list";
  /** The visible text, trimmed, markup removed. */
  text: string;
  /** Heading level (1–6) or list nesting level (0…); 0 for paragraphs. */
  depth: number;
  /** List item: the number as written (`1.`), null for bullets. */
  listMarker: string | null;
  /** Index of the block's first line in the input lines (-1 when unknown). */
  at?: number;
}

// ───────────────────────────── front matter ─────────────────────────────

/**
 * Drop a leading YAML front matter block (`---` … `---`). The importer reads it; it is
 * not part of the document's text. Only a block whose lines look like YAML keys counts,
 * so a text that merely starts with a `---` rule keeps its first lines.
 */
export function stripFrontMatter(text: string): string {
  const open = /^(?:[ \t]*\n)*---[ \t]*\n/.exec(text);
  if (!open) return text;
  const rest = text.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  if (!close) return text;
  const body = rest.slice(0, close.index);
  if (body.trim() && !/^[A-Za-z_][\w-]*[ \t]*:/m.test(body)) return text;
  return rest.slice(close.index + close[0].length).replace(/^\n/, "");
}

/** Guess the syntax when the caller did not say: ATX headings or typical Markdown lines. */
export function looksLikeMarkdown(text: string): boolean {
  return /^ {0,3}#{1,6}[ \t]+\S/m.test(text) || /^ {0,3}\*\*[^*\n]{1,200}\*\*[ \t]*$/m.test(text) || /^ {0,3}>[ \t]/m.test(text);
}

/** A line with no letter, digit or Han character (`————`, `***`, `。`) carries no text. */
function isOrnament(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line);
}

// ───────────────────────────── plain text ─────────────────────────────

export function textBlocks(lines: string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  const width = wrapWidth(lines);
  let open: RawBlock | null = null;
  lines.forEach((line, i) => {
    const text = tidyLine(line);
    if (!text || isOrnament(text)) return;
    // Text copied from a PDF is broken at the right margin, mid-sentence and even
    // mid-word: a full-width line that does not end a sentence goes on in the next one.
    if (open && continuesWrapped(open.text, text, width)) {
      open.text += joinSeparator(open.text, text) + text;
      return;
    }
    open = { kind: "para", text, depth: 0, listMarker: null, at: i };
    blocks.push(open);
  });
  return blocks;
}

/**
 * The right margin of hard-wrapped text: the length most full lines share. Returns 0 when
 * the text is not wrapped (Chinese paragraphs pasted from the web or Word are one line
 * each, of every length).
 */
function wrapWidth(lines: string[]): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (const line of lines) {
    const n = line.trim().length;
    if (n < 16 || n > 120) continue;
    long++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [n, c] of counts) {
    const near = c + (counts.get(n - 1) ?? 0) + (counts.get(n + 1) ?? 0);
    if (near > bestCount || (near === bestCount && n > best)) {
      best = n;
      bestCount = near;
    }
  }
  return bestCount >= 4 && bestCount * 3 >= long ? best : 0;
}

function continuesWrapped(prev: string, next: string, width: number): boolean {
  if (!width || prev.length < width - 1) return false;
  if (/[。!?！？:：;；”」』]$/.test(prev)) return false;
  const n = fold(next.slice(0, 12));
  // The next line starts a new numbered paragraph unless it is plainly a fragment.
  if (!/^[,，、。;；:：)）”]/.test(n) && parseLineMarker(next, fold(next), { allowSequence: true })) return false;
  return true;
}

// ───────────────────────────── Markdown ─────────────────────────────

/** Remove inline Markdown: emphasis, code ticks, links, images, HTML tags, escapes. */
export function cleanInline(s: string): string {
  // Most lines carry no markup at all.
  if (!/[*_`[\]<>!\\~]/.test(s)) return s;
  return s
    .replace(/!\[([^\]\n]{0,300})\]\([^)\n]{0,2000}\)/g, "$1")
    .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, "$1")
    .replace(/<\/?[A-Za-z][^<>\n]{0,300}>/g, "")
    .replace(/\*\*|__|~~/g, "")
    .replace(/\*([^*\n]{1,200})\*/g, "$1")
    .replace(/`+/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1");
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const BULLET_ITEM = /^([ \t]*)([-*+])[ \t]+(?=\S)/;
const ORDERED_ITEM = /^([ \t]*)(\d{1,9})([.)])[ \t]+(?=\S)/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const QUOTE = /^ {0,3}>[ \t]?/;

function indentWidth(ws: string): number {
  let w = 0;
  for (const ch of ws) w += ch === "\t" ? 4 : 1;
  return w;
}

/** `## 标题 ##` → `标题`, without regex backtracking on long lines. */
function headingText(rest: string): string {
  let s = rest.trimEnd();
  let end = s.length;
  while (end > 0 && s[end - 1] === "#") end--;
  if (end < s.length && (end === 0 || s[end - 1] === " " || s[end - 1] === "\t")) s = s.slice(0, end);
  return s.trim();
}

function isRule(line: string): boolean {
  const s = line.replace(/[ \t]/g, "");
  return /^(?:-{3,}|\*{3,}|_{3,})$/.test(s);
}

/** What a reader sees on a Markdown line (for noise classification). */
export function markdownView(line: string): string {
  let s = line;
  while (QUOTE.test(s)) s = s.replace(QUOTE, "");
  s = s.replace(HEADING, "").replace(BULLET_ITEM, "").replace(ORDERED_ITEM, "");
  return cleanInline(s);
}

/**
 * Should a Markdown line continue the previous line's paragraph? CommonMark says yes,
 * but Chinese authors rarely hard-wrap: consecutive lines are usually separate
 * paragraphs (`发展普惠托育服务` then its first sentence). Join only what looks wrapped:
 * a long previous line of prose (it has commas) that stops mid-sentence, and a next line
 * that is not numbered.
 */
function continuesParagraph(prev: string, next: string): boolean {
  if (/ {2}$|\\$/.test(prev)) return false;
  // Only the end of the previous line matters (and folding all of it would be quadratic).
  const p = fold(prev.trim().slice(-40));
  if (prev.trim().length < 20 || /[。!?;:…”」』)\]]$/.test(p)) return false;
  // Wrapped prose has clause punctuation within a line's width; a title line usually has none.
  if (!/[,;。]/.test(fold(prev))) return false;
  const n = next.trim();
  return !parseLineMarker(n, fold(n), { allowSequence: true });
}

/** Chinese wraps join without a space; Latin words keep one. */
function joinSeparator(a: string, b: string): string {
  // Only the edges matter; looking at the whole (possibly huge) string would be quadratic.
  return /[A-Za-z0-9,.;:!?)]$/.test(a.slice(-16).trimEnd()) && /^[A-Za-z0-9(]/.test(b.slice(0, 16).trimStart()) ? " " : "";
}


export function markdownBlocks(lines: string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  /** Lines of the paragraph being read, already joined-ready (kept as parts: joining a long
   * wrapped paragraph by repeated concatenation and trimming would be quadratic). */
  let para: string[] | null = null;
  /** The last source line of `para` (joining is decided on it, not on the whole paragraph). */
  let paraLastLine = "";
  let paraStart = -1;
  let at = -1;
  let inFence = false;
  const listIndents: number[] = [];
  let lastWasListItem = false;
  /** Continuation lines of the last list item, joined when the item is complete. */
  let itemParts: string[] | null = null;
  const closeItem = () => {
    const last = blocks[blocks.length - 1];
    if (itemParts && last?.kind === "list") last.text = itemParts.join("");
    itemParts = null;
  };

  const flush = () => {
    closeItem();
    if (para !== null) {
      const text = tidyLine(cleanInline(para.join("")));
      if (text && !isOrnament(text)) blocks.push({ kind: "para", text, depth: 0, listMarker: null, at: paraStart });
    }
    para = null;
  };

  for (const rawLine of lines) {
    at++;
    if (FENCE.test(rawLine)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      // Code blocks are rare in proposals; keep their lines as plain paragraphs.
      const text = tidyLine(rawLine);
      if (text) blocks.push({ kind: "para", text, depth: 0, listMarker: null, at });
      continue;
    }
    let line = rawLine;
    for (let guard = 0; guard < 16 && QUOTE.test(line); guard++) line = line.replace(QUOTE, "");

    if (!line.trim()) {
      flush();
      lastWasListItem = false;
      continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      listIndents.length = 0;
      lastWasListItem = false;
      const text = tidyLine(cleanInline(headingText(line.slice(heading[0].length))));
      if (text && !isOrnament(text)) blocks.push({ kind: "heading", text, depth: heading[1].length, listMarker: null, at });
      continue;
    }

    // Setext headings: a single paragraph line underlined with === or ---.
    if (para !== null && para.length === 1 && /^ {0,3}(?:=+|-+)[ \t]*$/.test(line)) {
      const text = tidyLine(cleanInline(para[0]));
      para = null;
      if (text && !isOrnament(text)) {
        blocks.push({ kind: "heading", text, depth: line.trim().startsWith("=") ? 1 : 2, listMarker: null, at: paraStart });
      }
      continue;
    }

    if (isRule(line)) {
      flush();
      lastWasListItem = false;
      continue;
    }

    const bullet = BULLET_ITEM.exec(line);
    const ordered = bullet ? null : ORDERED_ITEM.exec(line);
    const item = bullet ?? ordered;
    if (item) {
      flush();
      const indent = indentWidth(item[1]);
      while (listIndents.length && indent < listIndents[listIndents.length - 1] - 1) listIndents.pop();
      if (!listIndents.length || indent > listIndents[listIndents.length - 1] + 1) listIndents.push(indent);
      const depth = Math.min(listIndents.length - 1, 7);
      const text = tidyLine(cleanInline(line.slice(item[0].length)));
      const listMarker = ordered ? `${ordered[2]}${ordered[3]}` : null;
      if (text && !isOrnament(text)) {
        blocks.push({ kind: "list", text, depth, listMarker, at });
        lastWasListItem = true;
      }
      continue;
    }

    // An indented line right after a list item continues that item.
    const last = blocks[blocks.length - 1];
    if (lastWasListItem && para === null && last?.kind === "list" && /^[ \t]{2,}\S/.test(line)) {
      const text = tidyLine(cleanInline(line));
      if (text) {
        itemParts ??= [last.text];
        itemParts.push(joinSeparator(itemParts[itemParts.length - 1], text) + text);
      }
      continue;
    }
    closeItem();
    lastWasListItem = false;

    if (para !== null && continuesParagraph(paraLastLine, line)) {
      para[para.length - 1] = para[para.length - 1].trimEnd();
      para.push(joinSeparator(paraLastLine, line) + line.trim());
    } else {
      flush();
      para = [line];
      paraStart = at;
    }
    paraLastLine = line;
  }
  flush();
  closeItem();
  return blocks;
}
