/**
 * Script and width folding used for *matching only*.
 *
 * Every rule in the structurer (markers, noise, author lines, departments) is written
 * once, in Simplified Chinese with half-width punctuation. Input may be Traditional
 * (`第一調研組`, `省衛健委牽頭`) or full-width (`（一）`, `１．`), so each line is folded
 * before it is tested. The folded string has exactly the same length as the original,
 * character for character, so a match found at [start, end) in the folded text can be
 * cut out of the original text: what the structurer returns is always the author's own
 * characters (a Traditional text stays Traditional).
 */
import { Converter } from "opencc-js";

type Convert = (text: string) => string;

let twToCn: Convert | null = null;

/** opencc's Taiwan-standard → Simplified converter, built once (it loads dictionaries). */
function converter(): Convert {
  if (twToCn) return twToCn;
  try {
    twToCn = Converter({ from: "tw", to: "cn" });
  } catch {
    // Without dictionaries we still work on Simplified input; never fail the caller.
    twToCn = (s) => s;
  }
  return twToCn;
}

/**
 * Per code point: does the converter change it on its own? A table filled as characters
 * are met (a property of the character, not of any text), so that Simplified text — the
 * usual input — skips opencc, which is most of the structurer's time otherwise.
 */
const convertible = new Map<number, boolean>();

function hasConvertible(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII, CJK punctuation and full-width forms are never converted.
    if (code < 0x2e80 || (code >= 0xff00 && code <= 0xffef) || (code >= 0x3000 && code <= 0x303f)) continue;
    let known = convertible.get(code);
    if (known === undefined) {
      const ch = text[i];
      let one = ch;
      try {
        one = converter()(ch);
      } catch {
        // keep `ch`
      }
      known = one !== ch;
      convertible.set(code, known);
    }
    if (known) return true;
  }
  return false;
}

/**
 * Traditional → Simplified, keeping the length. opencc converts phrase by phrase and
 * almost always maps one character to one character; when the result's length differs
 * (a rare multi-character phrase rule), we fall back to converting code point by code
 * point and keep any code point whose conversion would change the length.
 */
export function toSimplifiedAligned(text: string): string {
  if (!text || !hasConvertible(text)) return text;
  const convert = converter();
  let whole: string;
  try {
    whole = convert(text);
  } catch {
    return text;
  }
  if (whole.length === text.length) return whole;
  let out = "";
  for (const ch of text) {
    let one: string;
    try {
      one = convert(ch);
    } catch {
      one = ch;
    }
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** Full-width ASCII (`（`, `１`, `：`, `Ａ`) → half-width; ideographic space → space. */
export function foldWidth(text: string): string {
  // One replace (not a character-by-character rebuild): a 1 MB text stays cheap.
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH_ALL, toHalf) : text;
}

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u3000]/g;
const toHalf = (ch: string) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/**
 * Within one structuring run the same strings (a line, a node's text) are folded by
 * several stages; `withFoldCache` remembers them for the duration of the run only.
 */
let runCache: Map<string, string> | null = null;

export function withFoldCache<T>(run: () => T): T {
  const outer = runCache;
  runCache = outer ?? new Map();
  try {
    return run();
  } finally {
    runCache = outer;
  }
}

/** Both folds: the form every rule is matched against. Same length as `text`. */
export function fold(text: string): string {
  if (runCache && text.length > 8) {
    const hit = runCache.get(text);
    if (hit !== undefined) return hit;
    const out = foldWidth(toSimplifiedAligned(text));
    runCache.set(text, out);
    return out;
  }
  return foldWidth(toSimplifiedAligned(text));
}
