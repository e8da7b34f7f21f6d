/**
 * From cleaned lines to blocks — the paragraphs, headings and list items the tree is
 * built from. Plain text: every non-empty line is a paragraph (Chinese text pasted from
 * Word or a web page has one paragraph per line). Markdown: headings, list items and
 * paragraphs per CommonMark's main rules, with inline markup removed.
 */
import { fold } from "./fold";
import { tidyLine } from "./normalize";
import { parseLineMarker } from "./markers";
import { opensWithOrdinalPair } from "./line-shapes";
import { endsOnInlineMarker } from "./inline-markers";
import { tableLine } from "./table-rows";

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
  const margin = wrapMargin(lines);
  const width = margin.width;
  const measure = margin.measure;
  let open: RawBlock | null = null;
  let last = "";
  let lastWidth = 0;
  let lastSet = false;
  lines.forEach((line, i) => {
    const text = tidyLine(line);
    if (!text || isOrnament(text)) return;
    // Text copied from a PDF is broken at the right margin, mid-sentence and even
    // mid-word: a full-width line that does not end a sentence goes on in the next one.
    // Round 12: the line above decides, not the paragraph joined so far (a short line ends it);
    // a paragraph's indented first line reaches the margin with its indent (`  6月26日，…`).
    // 2026-12-04 (thirteenth wave): a centred line (a PDF's title, 副题 or presenter) is set by itself.
    const set = centredLine(line);
    // Sixteenth wave: a line stopping on a run's marker (`……；二是`) goes on in the next, wrapped or not.
    if (open && !lastSet && !set && (continuesWrapped(last, text, width, lastWidth, margin.narrowSlack, margin.measure === displayWidth) || runsOnPastMarker(last, text))) {
      open.text += joinSeparator(open.text, text) + text;
      [last, lastWidth, lastSet] = [text, measure(text), false];
      return;
    }
    [last, lastWidth, lastSet] = [text, measure(line.trimEnd()), set];
    open = { kind: "para", text, depth: 0, listMarker: null, at: i };
    blocks.push(open);
  });
  return blocks;
}

/** A line ending on an inline run's marker, and a next line that is no numbered line of its own. */
function runsOnPastMarker(prev: string, next: string): boolean {
  // Only the line's end matters (a marker is at most six characters after its stop); most lines end otherwise.
  const tail = prev.trimEnd().slice(-8);
  if (!/[是要,，、]$/.test(tail)) return false;
  return endsOnInlineMarker(fold(tail)) && !parseLineMarker(next, fold(next), { allowSequence: true });
}

/**
 * 2026-12-04 (thirteenth wave): a line led by eight columns of blank or more (spaces, ideographic spaces counted
 * two, tabs four) was centred on its page — a PDF's title, its dashed 副题, the presenter's name line, a running
 * head. A paragraph's first line is indented two characters (four columns), its wrapped lines not at all: a centred
 * line is set by itself, so it neither runs on into the line under it nor takes the line above as its start, however
 * near the margin its indent brings it.
 */
const CENTRED_LEAD = 8;
export function centredLine(raw: string): boolean {
  const lead = /^[ \u3000\t]*/.exec(raw)![0];
  let n = 0;
  for (const c of lead) n += c === "\u3000" ? 2 : c === "\t" ? 4 : 1;
  return n >= CENTRED_LEAD && raw.trim() !== "";
}

export interface WrapMargin {
  width: number;
  /** How a line's length is counted: characters, or (fifth wave) display columns. */
  measure: (s: string) => number;
  /** How far short of the margin a narrow column's wrapped line may stop (in the measure's units). */
  narrowSlack: number;
}

const charCount = (s: string) => s.length;

/**
 * Fifth wave (2026-12-03): a line's width as a printed column sees it — a Han character or
 * full-width sign takes two columns, a digit or Latin letter one. A newspaper column
 * photographed and OCR'd (`旧小区412个，惠及居民` under `近年来，我市累计改造老`) or a
 * narrow PDF column holds the same width, not the same count of characters, when a line
 * carries figures.
 */
export function displayWidth(s: string): number {
  let n = 0;
  for (const c of s) n += c.charCodeAt(0) < 0x2000 ? 1 : 2;
  return n;
}

/**
 * The margin of hard-wrapped text, counted in characters (a PDF or a phone screenshot's
 * lines, all of Han text) or, when characters show none, in display columns (a narrow
 * printed column whose lines carry figures). Width 0: not wrapped.
 */
export function wrapMargin(lines: string[]): WrapMargin {
  const width = wrapWidth(lines);
  // A narrow margin in characters may be a printed column whose lines carry figures: counted
  // in display columns, its lines hold one width and a headline or byline stands out of it.
  const columns = !width || width < 16 ? columnWidth(lines) : 0;
  // (A headline in larger type may stop four characters short, as in characters.)
  if (columns) return { width: columns, measure: displayWidth, narrowSlack: 8 };
  return { width, measure: charCount, narrowSlack: 4 };
}

/** The narrowest printed column read as wrapping, in display columns (ten Han characters). */
const COLUMN_MIN = 20;

/**
 * A narrow column's margin in display columns: at least eight lines within one column of the
 * same width, and they are most of the text's lines of that width or more (a text of one
 * paragraph per line has lines of every width).
 */
function columnWidth(lines: string[]): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (const line of lines) {
    const t = line.trim();
    // A line opening with a byline or headline glyph (`□ 某某`) is set by itself, not wrapped.
    if (!t || LABEL_GLYPH.test(t)) continue;
    const n = displayWidth(t);
    if (n < COLUMN_MIN || n > 240) continue;
    long++;
    if (!/[。!?！？)）】]$/.test(t)) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [n, c] of counts) {
    if (n >= 2 * 16) continue;
    const near = c + (counts.get(n - 1) ?? 0) + (counts.get(n + 1) ?? 0);
    if (near > bestCount || (near === bestCount && n > best)) {
      best = n;
      bestCount = near;
    }
  }
  // The margin is the widest of the cluster: its lines stop at most one column short of it.
  const margin = counts.has(best + 1) ? best + 1 : best;
  return bestCount >= 8 && bestCount * 2 >= long ? margin : 0;
}

/** Punctuation no paragraph opens with. */
const FRAGMENT_START = /^[,，、。;；:：)）”』」]/;

/** A line set apart by a glyph: a byline (`□ 某某`, `◎ 某某`) or a headline ornament. */
const LABEL_GLYPH = /^[□■◎◇◆●○▲△☆★]/;

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
    // Sixth wave: nor a line with a gap between its words (`某某 市政协委员、某园长`, a name line):
    // it is set by itself, as the writer spaced it.
    // Nineteenth wave: nor a table's row (`1 完善……网络 市民政局 市卫健委、市住建局`, cells pasted with tabs): rows of
    // one table are alike in length because their cells are, not because a margin broke them.
    if (!/[。!?！？)）】]$/.test(line.trim()) && !SET_GAP.test(line.trim()) && !tableRow(line)) counts.set(n, (counts.get(n) ?? 0) + 1);
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

/**
 * Two runs of Han words and nothing else, a gap between (`某某 市政协委员、某园长`): a name line set by
 * itself. A wrapped line carries its sentence's brackets and stops (`本报讯（记者 某某 通讯员`).
 */
const SET_GAP = /^[\u4e00-\u9fff、·]+\s+[\u4e00-\u9fff、·]+$/;

/** The narrowest margin read as wrapping (a phone screen's line of text). */
const NARROW_MIN = 12;
/**
 * Fifth wave: OCR of a newspaper's narrow column wraps at 10–11 characters (a photo of a printed
 * page, not a phone screen): such lines may make the margin, though they do not count among the
 * long lines the margin must explain.
 */
const OCR_MIN = 10;

export function continuesWrapped(prev: string, next: string, width: number, prevWidth = prev.length, narrowSlack = 4, columns = false): boolean {
  // On a phone screen a line breaks a few characters early before a quoted word or in a
  // headline's larger type (`委员建言丨让残疾人辅具` / `“适配”更贴心`).
  // Fifth wave: a line opening with a comma, a stop or a closing mark (`，由区住建局牵头……`)
  // is the rest of the line above, wherever that line stopped and whether or not the text
  // shows a margin: no paragraph opens so (OCR, PDF and mail text break before punctuation
  // the printed line hung in the margin).
  if (FRAGMENT_START.test(next) && !/[。!?！？]$/.test(prev)) return true;
  // Nineteenth wave: a table's row, its number cell first and three cells after it, is set by itself; so is the row
  // under it (a margin read off the prose around a table never breaks a row in two).
  if (tableRow(prev) || tableRow(next)) return false;
  const narrow = columns ? width < 32 : width < 16;
  if (!width || prevWidth < width - (narrow ? narrowSlack : 1)) return false;
  // Fifth wave: a line opened by a glyph (`□ 某市政协某委员会`, a byline or a kicker) is a line of its own.
  if (LABEL_GLYPH.test(prev)) return false;
  // Fifth wave: in a printed column counted in display columns a line wider than the column (a headline set in
  // larger type over it, a masthead's date line).
  // A name line with a space between its words (`县政协委员 祁某某`, an ideographic space) is set, not wrapped.
  if (columns && (prevWidth > width + 2 || /[\u4e00-\u9fff]\s+[\u4e00-\u9fff]/.test(prev))) return false;
  // Seventeenth wave: a closing quote ends the line's sentence only after a stop (`……。”`). In a line of prose — one
  // where a sentence already ended (`缺口较大。二是……业主、“二房东”`, a PDF line as wide as the others) — a quoted
  // word at the margin runs on into the next line; a headline (`打造治理“智慧脑”`) ends no sentence before it.
  if (/[。!?！？:：;；]$|[。!?！？:：;；…][”」』]$/.test(prev)) return false;
  if (/[”」』]$/.test(prev) && (prevWidth < width || !/[。!?！？;；]/.test(prev))) return false;
  // 2026-12-04 (seventh wave): a dashed 副题 as wide as the page (`——某日在某会议上`) does not run into the set name line
  // under it (`政协某某委员会副主席 某某`, a report's presenter): the name line is set by itself.
  if (/^\s*(?:——|—)/.test(prev) && SET_GAP.test(next.trim())) return false;
  // Fourteenth wave: a headline as wide as the column does not run into its dashed 副题 (`——关于…的调研`, `——访…`): a
  // wrapped sentence breaks anywhere, but a line the writer opened with the dash of a 副题 has no stop of a sentence
  // before its end (`——` then words, a document's kind or a name); and the 副题 does not run into the body that wrote
  // it (`某市政协某委员会课题组`, a byline set under it), a bare name ending in a body's word.
  if (SUBTITLE_LINE.test(next.trim())) return false;
  if (/^\s*(?:——|—)/.test(prev) && !/[，,。；;：:]/.test(prev) && BODY_LINE.test(next.trim())) return false;
  const n = fold(next.slice(0, 12));
  // The next line starts a new numbered paragraph unless it is plainly a fragment.
  // (A dash item's `——` is read by its whole sentence, markers.ts; in wrapped text a dash opening a line may be mid-sentence.)
  if (!/^[,，、。;；:：)）”]|^——/.test(n) && !opensWithOrdinalPair(n) && parseLineMarker(next, fold(next), { allowSequence: true })) return false;
  return true;
}

/** A table's row of cells (`1 任务 牵头单位 配合单位`), bars read as cell ends: never a wrapped line of prose. */
function tableRow(line: string): boolean {
  const t = line.trim();
  return /^[|｜│]?\s*\d{1,3}\s*[|｜│\s]/.test(t) && tableLine(fold(t).replace(/[|｜│]/g, " "));
}

/** A dashed 副题 on a line of its own: the dash, then words without a sentence's stop or comma. */
const SUBTITLE_LINE = /^(?:——|—)[\u4e00-\u9fff“][^，,。；;！!？?]{3,40}$/;

/** A bare name of a body (a research group, a committee, an office): a byline line, set by itself. */
const BODY_LINE = /^[\u4e00-\u9fff]{4,24}(?:课题组|调研组|委员会|专委会|办公室|研究室|研究会|协会|学会|党组)$/;

/** Chinese wraps join without a space; Latin words keep one. */
export function joinSeparator(a: string, b: string): string {
  // Only the edges matter; looking at the whole (possibly huge) string would be quadratic.
  return /[A-Za-z0-9,.;:!?)]$/.test(a.slice(-16).trimEnd()) && /^[A-Za-z0-9(]/.test(b.slice(0, 16).trimStart()) ? " " : "";
}
