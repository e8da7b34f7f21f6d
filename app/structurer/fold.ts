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
import { toSimplified } from "../utils/script-conversion";

type Convert = (text: string) => string;

let toCn: Convert | null = null;

/**
 * The site's Traditional → Simplified converter (Taiwan and Hong Kong forms alike,
 * decision 016), built on first use (it loads dictionaries).
 */
function converter(): Convert {
  if (toCn) return toCn;
  try {
    toSimplified("測");
    toCn = toSimplified;
  } catch {
    // Without dictionaries we still work on Simplified input; never fail the caller.
    toCn = (s) => s;
  }
  return toCn;
}

/**
 * Per code unit: its Simplified form, looked up in opencc once and kept (a property of
 * the character, not of any text). 0: not looked up yet; otherwise the code unit to use.
 * Converting character by character keeps the length (and so every position) by
 * construction, and makes folding cheap: Simplified text — the usual input — is only
 * scanned, and Traditional text costs one table lookup per character. (opencc's phrase
 * rules, which pick between 乾/干 or 著/着 by context, matter for display, not for
 * recognising markers, authors and departments.)
 */
const simplified = new Uint16Array(0x10000);

function simplifiedCode(code: number): number {
  let known = simplified[code];
  if (known === 0) {
    const ch = String.fromCharCode(code);
    let one = ch;
    try {
      one = converter()(ch);
    } catch {
      // keep `ch`
    }
    known = one.length === 1 ? one.charCodeAt(0) : code;
    simplified[code] = known;
  }
  return known;
}

/** Traditional → Simplified, keeping the length (see `simplified` above). */
export function toSimplifiedAligned(text: string): string {
  return convert(text, false);
}

/** Full-width ASCII (`（`, `１`, `：`, `Ａ`) → half-width; ideographic space → space. */
export function foldWidth(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const to = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code === 0x3000 ? 0x20 : code;
    if (to === code) continue;
    out ??= [];
    out.push(text.slice(from, i), String.fromCharCode(to));
    from = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join("");
}

/**
 * Per code unit at or above U+2E80: the result of both folds below (the branches of
 * `convert` with `width`, worked out once per character and kept; 0: not yet). A fold of
 * Chinese text looks up nearly every character, and one array read costs less than the
 * range tests it replaces; the value is the one `convert` computes, so output is unchanged.
 */
const bothFolds = new Uint16Array(0x10000);

function bothFoldsOf(code: number): number {
  let to = bothFolds[code];
  if (to === 0) {
    if (code >= 0xff01 && code <= 0xff5e) to = code - 0xfee0;
    else if (code === 0x3000) to = 0x20;
    else if ((code >= 0xff00 && code <= 0xffef) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xd800 && code <= 0xdfff)) to = code;
    else to = simplifiedCode(code);
    bothFolds[code] = to;
  }
  return to;
}

/**
 * Both folds in one pass over the text: Traditional → Simplified (from the table) and
 * full-width → half-width. The text is copied only where a character changes.
 */
function convert(text: string, width: boolean): string {
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let to = code;
    // ASCII, Latin and the rest (below U+2E80): never converted.
    if (code < 0x2e80) {
      // unchanged
    } else if (width) {
      to = bothFoldsOf(code);
    } else if (!(code >= 0xff00 && code <= 0xffef) && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xd800 && code <= 0xdfff)) {
      // Script only: full-width forms, CJK punctuation and surrogates stay as they are.
      to = simplifiedCode(code);
    }
    if (to === code) continue;
    out ??= [];
    out.push(text.slice(from, i), String.fromCharCode(to));
    from = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join("");
}

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
  if (!runCache || text.length <= 8) return convert(text, true);
  const hit = runCache.get(text);
  if (hit !== undefined) return hit;
  // A node's text is its lines joined: fold line by line, so the lines folded by earlier
  // stages are not folded again.
  const out = text.includes("\n") ? text.split("\n").map(fold).join("\n") : convert(text, true);
  runCache.set(text, out);
  return out;
}
