// 简/繁: the site is written in Simplified Chinese; a reader who picks
// Traditional gets every page converted on the server (no JavaScript needed).
// Which Traditional, and the converters themselves: script-conversion.ts.
import { toSimplified, toTraditional, type Script } from "./script-conversion";

export type { Script };
export const SCRIPT_COOKIE = "xs_script";
export const SIZE_COOKIE = "xs_size";

/** Simplified → Traditional (the page-wide 繁 conversion). */
export function toHant(text: string): string {
  return toTraditional(text);
}

/** Fold Traditional characters to Simplified (search, matching). */
export function toHans(text: string): string {
  return toSimplified(text);
}

function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

export function scriptOf(request: Request): Script {
  return readCookie(request, SCRIPT_COOKIE) === "hant" ? "hant" : "hans";
}

export function largeTextOf(request: Request): boolean {
  return readCookie(request, SIZE_COOKIE) === "large";
}

/** The attribute that keeps an element's content out of the page-wide conversion. */
export const KEEP_SCRIPT_ATTRIBUTE = "data-keep-script";

/**
 * Where the element opened at `from` (tag name `tag`, start tag ending at `bodyFrom`)
 * closes, counting nested elements of the same name; -1 when it never does.
 */
function closingEnd(html: string, tag: string, bodyFrom: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
  tags.lastIndex = bodyFrom;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith("/>")) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/**
 * Convert a rendered page. Left as they are: what the reader typed or stored text
 * being edited (textarea contents, input values), so saving a form in Traditional
 * mode never rewrites the stored script behind the user's back;
 * `<span class="keep-script">` (the "简体" switch itself); and any element carrying
 * `data-keep-script` with all it holds: document text the loader already put in the
 * script it is shown in (a document read as written, `?script=original`).
 */
export function htmlToHant(html: string): string {
  const protectedParts =
    /(<textarea\b[^>]*>)([\s\S]*?)(<\/textarea>)|<input\b[^>]*>|<span class="keep-script"[^>]*>[^<]*<\/span>|<([a-z][a-z0-9]*)\b[^>]*\sdata-keep-script\b[^>]*>/gi;
  let out = "";
  let last = 0;
  for (let match = protectedParts.exec(html); match; match = protectedParts.exec(html)) {
    out += toHant(html.slice(last, match.index));
    let end = match.index + match[0].length;
    if (match[4] !== undefined) {
      // A kept element: through its closing tag (or, if it never closes, only its start tag).
      const close = match[0].endsWith("/>") ? -1 : closingEnd(html, match[4], end);
      if (close > 0) end = close;
      out += html.slice(match.index, end);
      protectedParts.lastIndex = end;
    } else if (match[0].startsWith("<span")) {
      out += match[0];
    } else if (match[1] !== undefined) {
      out += toHant(match[1]) + match[2] + match[3];
    } else {
      // Convert labels shown to the reader, keep the value attribute as sent.
      out += match[0].replace(/(\s(?:placeholder|title|aria-label|alt)=")([^"]*)"/gi, (_m, a: string, v: string) => `${a}${toHant(v)}"`);
    }
    last = end;
  }
  return out + toHant(html.slice(last));
}
