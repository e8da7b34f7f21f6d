// Markdown → HTML for anything authors wrote. marked renders, sanitize-html
// removes what must never reach a page: scripts, event handlers, javascript:
// URLs, iframes, styles. Raw HTML in the source is not trusted.
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "b", "i", "u", "s", "del", "blockquote", "ul", "ol", "li", "a", "code", "pre", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "hr", "sup", "sub"],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["scope"], td: ["colspan", "rowspan"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener" }) },
};

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: false }) as string;
  return sanitizeHtml(html, allowed);
}

/** Plain text (one paragraph per line) rendered safely, e.g. a recommendation's text. */
export function renderParagraphs(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${sanitizeHtml(marked.parseInline(line, { async: false }) as string, { ...allowed, allowedTags: ["strong", "em", "b", "i", "a", "code", "br"] })}</p>`)
    .join("");
}

/**
 * Plain text as authors meant it: HTML tags (and script/style contents)
 * removed, links to javascript:/data: reduced to their text, and the schemes
 * themselves defused. Stored text goes through this, so no page, feed or API
 * answer can carry active markup from a document.
 */
export function cleanText(text: string): string {
  const stripped = sanitizeHtml(text, { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: "discard" });
  return decodeEntities(stripped)
    .replace(/\[([^\]]*)\]\(\s*(?:javascript|vbscript|data):[^)]*\)/gi, "$1")
    .replace(/\b(?:javascript|vbscript)\s*:/gi, "")
    .replace(/\bon[a-z]+\s*=/gi, (m) => m.replace("=", "＝"));
}

function decodeEntities(s: string) {
  // sanitize-html escapes & < > " in text; turn them back into characters
  // (React escapes on output), but a decoded "<" can no longer form a tag.
  return s
    .replace(/&lt;/g, "＜")
    .replace(/&gt;/g, "＞")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
