// Markdown → HTML for anything authors wrote. marked renders, sanitize-html
// removes what must never reach a page: scripts, event handlers, javascript:
// URLs, iframes, styles. Raw HTML in the source is not trusted.
//
// Rendering has a budget (security review, issue 14, item 3): one document
// must never take a page or a feed down. Text nested past the input limit is
// not handed to marked at all; anything else runs under a CPU time limit
// (node:vm's `timeout` interrupts synchronous code), and a stack overflow or
// a timeout falls back to the text, escaped, with a note. Results are
// remembered by content, so a costly text costs once per process, not per hit.
import { createHash } from "node:crypto";
import vm from "node:vm";
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { log } from "./log.server";
import { MARKDOWN_MAX_DEPTH, markdownDepth } from "./markdown-limits";

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "b", "i", "u", "s", "del", "blockquote", "ul", "ol", "li", "a", "code", "pre", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "hr", "sup", "sub"],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["scope"], td: ["colspan", "rowspan"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener" }) },
};

/** CPU time one text may take to render (generous: a real 100,000-character body takes ~0.1–0.5 s on a busy 2-core machine). */
export const RENDER_BUDGET_MS = 1500;
/** Longer texts are not rendered (inputs are at most 100,000 characters; pasted sources 500,000). */
export const RENDER_MAX_CHARS = 600_000;
const UNTIMED_CHARS = 2_000;
const FALLBACK_NOTE = "（正文格式过于复杂，无法排版，以下按原文显示）";

const budgetContext = vm.createContext({});
const budgetScript = new vm.Script("run()");

/** Run `fn` with a CPU time limit; throws on timeout (ERR_SCRIPT_EXECUTION_TIMEOUT) or stack overflow. */
function withinBudget<T>(fn: () => T, ms: number): T {
  budgetContext.run = fn;
  try {
    return budgetScript.runInContext(budgetContext, { timeout: ms }) as T;
  } finally {
    budgetContext.run = undefined;
  }
}

export function escapeHtml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The text as written, escaped, one paragraph per blank-line block: what a reader gets when rendering fails. */
export function plainTextHtml(text: string, note = FALLBACK_NOTE): string {
  const paragraphs = text
    .slice(0, RENDER_MAX_CHARS)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`);
  return `<div class="render-fallback"><p class="muted-text" role="note">${note}</p>${paragraphs.join("")}</div>`;
}

// Rendered HTML by kind and content hash; bounded by bytes (least recently used first).
const memo = new Map<string, string>();
let memoBytes = 0;
const MEMO_MAX_BYTES = 16 * 1024 * 1024;

function remember(key: string, html: string) {
  memo.set(key, html);
  memoBytes += html.length * 2 + key.length;
  for (const [k, v] of memo) {
    if (memoBytes <= MEMO_MAX_BYTES) break;
    memo.delete(k);
    memoBytes -= v.length * 2 + k.length;
  }
  return html;
}

function budgeted(kind: string, source: string, render: () => string): string {
  const key = `${kind}:${createHash("sha1").update(source).digest("base64")}`;
  const known = memo.get(key);
  if (known !== undefined) {
    memo.delete(key);
    memo.set(key, known);
    return known;
  }
  if (source.length > RENDER_MAX_CHARS || markdownDepth(source, MARKDOWN_MAX_DEPTH) > MARKDOWN_MAX_DEPTH) {
    return remember(key, plainTextHtml(source));
  }
  try {
    // Short texts cannot take long (marked's worst cases are quadratic): skip the timer's set-up cost.
    return remember(key, source.length <= UNTIMED_CHARS ? render() : withinBudget(render, RENDER_BUDGET_MS));
  } catch (error) {
    const reason = (error as { code?: string }).code ?? (error instanceof Error ? error.name : String(error));
    log("error", "markdown rendering over budget; shown as plain text", { kind, chars: source.length, reason });
    return remember(key, plainTextHtml(source));
  }
}

export function renderMarkdown(source: string): string {
  return budgeted("md", source, () => sanitizeHtml(marked.parse(source, { async: false, gfm: true, breaks: false }) as string, allowed));
}

/** Plain text (one paragraph per line) rendered safely, e.g. a recommendation's text. */
export function renderParagraphs(text: string): string {
  return budgeted("p", text, () =>
    text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => `<p>${sanitizeHtml(marked.parseInline(line, { async: false }) as string, { ...allowed, allowedTags: ["strong", "em", "b", "i", "a", "code", "br"] })}</p>`)
      .join(""),
  );
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
