/**
 * Markdown lines to blocks: headings, list items and paragraphs per CommonMark's
 * main rules, with inline markup removed (blocks.ts has the plain-text reader and
 * the block shape).
 */
import { fold } from "./fold";
import { tidyLine } from "./normalize";
import { parseLineMarker } from "./markers";
import { isOrnament, joinSeparator, type RawBlock } from "./blocks";

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
// A GFM task item's box (`- [ ] `, `- [x] `) is list furniture, no word of the item.
const TASK_BOX = /^\[[ xX]\][ \t]+(?=\S)/;
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
      const text = tidyLine(cleanInline(line.slice(item[0].length).replace(TASK_BOX, "")));
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

    // Seventh wave: a Markdown table's row (`| 1 | 增设公厕 | 市城管局 |`) is a line of its own, never a wrapped paragraph's.
    if (/^\s*[|｜].*[|｜]\s*$/.test(line)) {
      flush();
      const text = tidyLine(line);
      if (text) blocks.push({ kind: "para", text, depth: 0, listMarker: null, at });
      continue;
    }

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
