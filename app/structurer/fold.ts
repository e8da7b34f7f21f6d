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
 * Traditional → Simplified, keeping the length. opencc converts phrase by phrase and
 * almost always maps one character to one character; when the result's length differs
 * (a rare multi-character phrase rule), we fall back to converting code point by code
 * point and keep any code point whose conversion would change the length.
 */
export function toSimplifiedAligned(text: string): string {
  if (!text) return text;
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
  let out = "";
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
      changed = true;
    } else if (code === 0x3000) {
      out += " ";
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

/** Both folds: the form every rule is matched against. Same length as `text`. */
export function fold(text: string): string {
  return foldWidth(toSimplifiedAligned(text));
}
