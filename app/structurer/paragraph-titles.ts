/**
 * Where a paragraph's title ends: its first sentence (quotes and brackets kept whole, a
 * decimal point no stop), cut at a clause boundary when over-long (paragraphs.ts reads the
 * rest of unnumbered text).
 */
import { fold } from "./fold";

/** Longest title we return; longer first sentences are cut at a clause boundary. */
const MAX_TITLE = 80;

const OPENERS: Record<string, string> = {
  "“": "”",
  "‘": "’",
  "「": "」",
  "『": "』",
  "《": "》",
  "(": ")",
  "[": "]",
  "【": "】",
  "〔": "〕",
  '"': '"',
};

/**
 * The title of a paragraph: its first sentence, ending at `。`, `！`, `？`, `；`, a comma
 * (`，` or `,`), a colon or a line break — the convention of Chinese official writing,
 * where a section opens with a short heading sentence (`完善经费保障。一是……`).
 * Punctuation inside quotes or brackets (`“15分钟生活圈”`) does not end it; a digit
 * comma (`1,000`) or a clock colon (`09:30`) neither.
 */
export function titleOf(text: string): string {
  // A title is short: only the opening of the text is read (a long text stays cheap).
  const src = text.trim().slice(0, 400);
  if (!src) return "";
  const f = fold(src);
  const stack: number[] = [];
  let end = -1;
  let firstStop = -1;
  for (let i = 0; i < f.length; i++) {
    const code = f.charCodeAt(i);
    if (stack.length && code === stack[stack.length - 1]) {
      stack.pop();
      continue;
    }
    const closer = OPENER_CODES.get(code);
    if (closer !== undefined && stack.length < 32) {
      stack.push(closer);
      continue;
    }
    if (!isStop(f, i, code)) continue;
    if (firstStop < 0) firstStop = i;
    if (stack.length === 0) {
      end = i;
      break;
    }
    // An unbalanced quote must not swallow the whole paragraph: after a long run give up
    // on the quote and use the first stop seen.
    if (i - firstStop > MAX_TITLE) break;
  }
  if (end < 0) end = firstStop;
  let title = (end < 0 ? src : src.slice(0, end)).trim();
  if (!title) {
    // The text starts with punctuation: skip it and try again on what follows.
    const rest = src.replace(/^[\s。.!?！？;；,，:：、]+/, "");
    title = rest && rest !== src ? titleOf(rest) : src;
  }
  return clip(title);
}

/** Openers and closers by code unit (indexing a string allocates for CJK characters). */
const OPENER_CODES = new Map(Object.entries(OPENERS).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const [NL, STOP, BANG, QUEST, SEMI, COMMA, COLON] = ["\n", "。", "!", "?", ";", ",", ":"].map((s) => s.charCodeAt(0));
const isDigit = (code: number) => code >= 48 && code <= 57;

function isStop(f: string, i: number, code: number): boolean {
  if (code === NL || code === STOP || code === BANG || code === QUEST || code === SEMI) return true;
  if (code === COMMA || code === COLON) {
    // 1,000 and 09:30 are numbers, not clause breaks.
    return !(isDigit(f.charCodeAt(i - 1)) && isDigit(f.charCodeAt(i + 1)));
  }
  return false;
}

/** Cut an over-long title at a clause boundary (or hard) and mark the cut. */
export function clip(title: string, max = MAX_TITLE): string {
  if (title.length <= max) return title;
  const chars = Array.from(title);
  if (chars.length <= max) return title;
  return chars.slice(0, max).join("").trimEnd() + "…";
}
