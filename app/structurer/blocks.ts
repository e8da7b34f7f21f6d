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
export function isOrnament(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line);
}

// ───────────────────────────── plain text ─────────────────────────────

export function textBlocks(lines: string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  const width = wrapWidth(lines);
  let open: RawBlock | null = null;
  let last = "";
  let lastWidth = 0;
  lines.forEach((line, i) => {
    const text = tidyLine(line);
    if (!text || isOrnament(text)) return;
    // Text copied from a PDF is broken at the right margin, mid-sentence and even
    // mid-word: a full-width line that does not end a sentence goes on in the next one.
    // Round 12: the line above decides, not the paragraph joined so far (a short line ends it);
    // a paragraph's indented first line reaches the margin with its indent (`  6月26日，…`).
    if (open && continuesWrapped(last, text, width, lastWidth)) {
      open.text += joinSeparator(open.text, text) + text;
      [last, lastWidth] = [text, text.length];
      return;
    }
    [last, lastWidth] = [text, line.trimEnd().length];
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
    if (n < OCR_MIN || n > 120) continue;
    if (n >= NARROW_MIN) long++;
    // Round 12b: a line that ends its sentence (`Q：……是什么？`) is no evidence of a margin.
    // Fourth wave: nor does one that closes a bracket (`关于……的提案（第0156号）`): a heading's
    // number or a note ends its line where the writer ended it, not at a margin.
    if (!/[。!?！？)）】]$/.test(line.trim())) counts.set(n, (counts.get(n) ?? 0) + 1);
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
  // Round 12: a phone screenshot's OCR wraps at 12–15 characters; so narrow a margin must
  // hold for most of the lines (short headings and labels never make up most of a text).
  if (best < 16) return bestCount >= 8 && bestCount * 2 >= long ? best : 0;
  return bestCount >= 4 && bestCount * 3 >= long ? best : 0;
}

/** The narrowest margin read as wrapping (a phone screen's line of text). */
const NARROW_MIN = 12;
/**
 * Fifth wave: OCR of a newspaper's narrow column wraps at 10–11 characters (a photo of a printed
 * page, not a phone screen): such lines may make the margin, though they do not count among the
 * long lines the margin must explain.
 */
const OCR_MIN = 10;

function continuesWrapped(prev: string, next: string, width: number, prevWidth = prev.length): boolean {
  // On a phone screen a line breaks a few characters early before a quoted word or in a
  // headline's larger type (`委员建言丨让残疾人辅具` / `“适配”更贴心`).
  if (!width || prevWidth < width - (width < 16 ? 4 : 1)) return false;
  // Fifth wave: a line opened by a glyph (`□ 某市政协某委员会`, a byline or a kicker) is a line of its own.
  if (/^[□■◇◆☆★◎●○△▲]/.test(prev)) return false;
  if (/[。!?！？:：;；”」』]$/.test(prev)) return false;
  const n = fold(next.slice(0, 12));
  // The next line starts a new numbered paragraph unless it is plainly a fragment.
  if (!/^[,，、。;；:：)）”]/.test(n) && parseLineMarker(next, fold(next), { allowSequence: true })) return false;
  return true;
}

/** Chinese wraps join without a space; Latin words keep one. */
export function joinSeparator(a: string, b: string): string {
  // Only the edges matter; looking at the whole (possibly huge) string would be quadratic.
  return /[A-Za-z0-9,.;:!?)]$/.test(a.slice(-16).trimEnd()) && /^[A-Za-z0-9(]/.test(b.slice(0, 16).trimStart()) ? " " : "";
}
