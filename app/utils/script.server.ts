// 简/繁: pages are stored and written in Simplified Chinese; a reader who picks
// Traditional gets every page converted on the server (no JavaScript needed).
import { Converter } from "opencc-js";

export type Script = "hans" | "hant";
export const SCRIPT_COOKIE = "xs_script";
export const SIZE_COOKIE = "xs_size";

const toTraditional = Converter({ from: "cn", to: "tw" });
const toSimplified = Converter({ from: "tw", to: "cn" });

// Quick test: most pages have no CJK in some chunks (scripts, markup).
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function toHant(text: string): string {
  return CJK.test(text) ? toTraditional(text) : text;
}

/** Fold Traditional characters to Simplified (search, matching). */
export function toHans(text: string): string {
  return CJK.test(text) ? toSimplified(text) : text;
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

/**
 * Convert a rendered page. What the reader typed or stored text being edited
 * (textarea contents, input values) and `<span class="keep-script">` are left as they are, so saving a form in
 * Traditional mode never rewrites the stored script behind the user's back.
 */
export function htmlToHant(html: string): string {
  const protectedParts =
    /(<textarea\b[^>]*>)([\s\S]*?)(<\/textarea>)|<input\b[^>]*>|<span class="keep-script"[^>]*>[^<]*<\/span>/gi;
  let out = "";
  let last = 0;
  for (const match of html.matchAll(protectedParts)) {
    out += toHant(html.slice(last, match.index));
    if (match[0].startsWith("<span")) {
      // Text that must stay as written, such as the "简体" switch itself.
      out += match[0];
    } else if (match[1] !== undefined) {
      out += toHant(match[1]) + match[2] + match[3];
    } else {
      // Convert labels shown to the reader, keep the value attribute as sent.
      out += match[0].replace(/(\s(?:placeholder|title|aria-label|alt)=")([^"]*)"/gi, (_m, a: string, v: string) => `${a}${toHant(v)}"`);
    }
    last = match.index! + match[0].length;
  }
  return out + toHant(html.slice(last));
}
