/**
 * .html (a saved web page) → plain text for the structurer. The page's main content is
 * found by @mozilla/readability (Firefox Reader View's algorithm) over a linkedom DOM —
 * navigation, sidebars, footers and most share bars go — and the content is written out
 * one block (paragraph, heading, list item, table row) per line, so that the structurer
 * sees the same line structure as pasted text. The headline is put first when the content
 * does not start with it. What chrome remains inside the article (credits, captions,
 * copyright notices) is left to the structurer's chrome stage.
 *
 * Hostile pages: size limit before parsing, nesting walked iteratively, script/style/
 * template/noscript ignored, text capped.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { capText, checkSize, InputError, withLimits, type InputLimits } from "./limits";
import { personCredit } from "../chrome-rules";
import { fold } from "../fold";
import { ownDesk } from "../head-source";

const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL".split(
    " ",
  ),
);
const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "SVG", "IFRAME", "OBJECT", "CANVAS", "HEAD"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree, one block per line (iterative: no recursion depth to exhaust). */
export function domToLines(root: DomNode): string[] {
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    const text = line.replace(/[ \t\r\n\f\v\u00a0]+/g, " ").trim();
    if (text) lines.push(text);
    line = "";
  };
  // Stack of [node, closing?] so a block element flushes on entry and on exit.
  const stack: Array<[DomNode, boolean]> = [[root, false]];
  while (stack.length) {
    const [node, closing] = stack.pop()!;
    const name = node.nodeName.toUpperCase();
    if (closing) {
      if (BLOCK.has(name)) flush();
      else if (name === "TD" || name === "TH") line += " ";
      continue;
    }
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIP.has(name)) continue;
    if (BLOCK.has(name)) flush();
    stack.push([node, true]);
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], false]);
  }
  flush();
  return lines;
}

const squash = (s: string) => s.replace(/\s+/g, "");

const MAX_ELEMENTS = 20_000;
const MAX_DEPTH = 200;

/** True when the tree is deeper than `limit` (iterative walk). */
function depthExceeds(root: DomNode, limit: number): boolean {
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i].nodeType === 1) stack.push([children[i], depth + 1]);
  }
  return false;
}

interface ParentLike {
  querySelector(selector: string): { nextElementSibling: ElementLike | null } | null;
}
/** What the site name and the disclosure table are read with. */
interface QueryLike {
  querySelector(selector: string): { textContent: string | null; getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}
interface ElementLike {
  textContent: string | null;
  nextElementSibling: ElementLike | null;
  children?: ArrayLike<ElementLike & { nodeName: string }>;
  childNodes?: ArrayLike<{ nodeType: number; textContent: string | null }>;
}

/** Whitespace as domToLines collapses it: the ideographic space (U+3000) is the page's own text. */
const collapse = (s: string) => s.replace(/[ \t\r\n\f\v\u00a0]+/g, " ").trim();

/**
 * An info row's fields, one per line: a row built of inline items (`<span>来源：…</span><span>作者：…</span>`)
 * has no space between them in its text, so `来源：某某中心作者：某某` would read as one field.
 * A row of two to eight inline elements with nothing between them gives each element's text.
 */
function infoFields(el: ElementLike): string[] {
  const items = Array.from(el.children ?? []);
  // A space between the items (`<span>…</span> <span>…</span>`) already separates them.
  const ownText = Array.from(el.childNodes ?? []).some((n) => n.nodeType === 3);
  if (items.length < 2 || items.length > 8 || ownText || items.some((c) => BLOCK.has(c.nodeName.toUpperCase()))) return [collapse(el.textContent ?? "")];
  return items.map((c) => collapse(c.textContent ?? "")).filter(Boolean);
}

const INFO = /来源|來源|发布|發布|作者|时间|時間|\d{4}\s*[-年/.]\s*\d{1,2}/;

/**
 * The short date/source/author lines right after the page's h1 (at most two), and a
 * reporter's byline there (`本报记者 某某`: readability keeps bylines out of the content).
 */
function headlineInfo(document: ParentLike): string[] {
  const out: string[] = [];
  let el = document.querySelector("h1")?.nextElementSibling ?? null;
  for (let i = 0; el && i < 2; i++, el = el.nextElementSibling) {
    const text = collapse(el.textContent ?? "");
    if (text && text.length <= 120 && (INFO.test(text) || personCredit(fold(text)))) out.push(...infoFields(el));
  }
  return out;
}

/**
 * 2026-12-03 (third wave): the site's name, which a saved portal page states in its head
 * (`<meta name="SiteName">`, or the last part of `<title>` after the headline and column:
 * `标题_栏目_某某区人民政府门户网站`) and readability drops with the banner. Only a name that says
 * it is a site (…网, …网站, …门户, …客户端) is given: the structurer reads it as the masthead.
 */
function siteName(document: QueryLike): string | null {
  const SITE = /^[\u4e00-\u9fffA-Za-z·]{2,24}(?:网|网站|门户|客户端)$/;
  const meta = collapse(document.querySelector('meta[name="SiteName"], meta[name="sitename"], meta[property="og:site_name"]')?.getAttribute("content") ?? "");
  if (SITE.test(meta)) return meta;
  const parts = (document.querySelector("title")?.textContent ?? "").split(/\s*(?:_|\||｜|-{1,2}|—|–)\s*/).filter(Boolean);
  const last = parts.length > 1 ? collapse(parts[parts.length - 1]) : "";
  return SITE.test(last) ? last : null;
}

/**
 * A disclosure page's metadata table (`发布机构：…`, `成文日期：…`, `发布日期：2026-06-24`) stands
 * apart from the article and readability drops it; its publication date field is the page's
 * date, so that line is kept (the structurer reads it as the info line; the 成文 date is the
 * letter's signature date, already in the text).
 */
function publishedField(document: QueryLike): string | null {
  for (const el of Array.from(document.querySelectorAll("li, td, span, p, div"))) {
    const text = collapse(el.textContent ?? "");
    if (text.length <= 40 && /^(?:发布|發布)(?:日期|时间|時間)\s*[:：]\s*\d{4}\s*[-年/.]\s*\d{1,2}/.test(text)) return text;
  }
  return null;
}

/** A title minus the site name that pages append (`标题_某某网`, `标题 - 某某网`). */
function cleanTitle(title: string): string {
  const parts = title.split(/\s*(?:_|\||｜|—|–|-{1,2}|»)\s*/).filter(Boolean);
  return (parts.length > 1 ? parts.reduce((a, b) => (b.length > a.length ? b : a)) : title).trim();
}

export interface HtmlInput {
  text: string;
  title: string | null;
  /** True when readability found an article; false when the whole body was taken. */
  article: boolean;
}

/** Read a saved web page; `html` is the file's text (decoded by the caller) or its bytes. */
export function htmlToText(html: string | Uint8Array, options?: Partial<InputLimits>): HtmlInput {
  const limits = withLimits(options);
  const source = typeof html === "string" ? html : decodeHtml(html);
  checkSize(Buffer.byteLength(source), limits);
  if (!/<[a-z!?/]/i.test(source)) {
    throw new InputError("not-html", "not an HTML page (no tags)", "这不是网页文件（没有 HTML 标签）");
  }
  const { document } = parseHTML(source);
  const infoLines = headlineInfo(document as unknown as ParentLike);
  const site = siteName(document as unknown as QueryLike);
  const published = publishedField(document as unknown as QueryLike);
  const headline =
    (document.querySelector("h1")?.textContent ?? "").replace(/\s+/g, " ").trim() ||
    cleanTitle(document.querySelector("title")?.textContent ?? "");

  let lines: string[] = [];
  let article = false;
  // Readability's scoring is quadratic on pathological trees: very large or very deep
  // pages skip it and are read whole (iteratively), which stays linear.
  const elements = document.querySelectorAll("*").length;
  const tooComplex = elements > MAX_ELEMENTS || depthExceeds(document as unknown as DomNode, MAX_DEPTH);
  if (!tooComplex) try {
    // Readability mutates the document; it gets the parsed one, we keep `headline`.
    const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    if (parsed?.content) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
      lines = domToLines(content.body as unknown as DomNode);
      article = lines.length > 0;
    }
  } catch {
    lines = [];
  }
  if (!article) {
    const { document: whole } = parseHTML(source);
    lines = domToLines(whole.body as unknown as DomNode);
  }
  // Readability drops the date/source line under the headline; the structurer reads them.
  // The disclosure table's date only when the page states no publication date of its own.
  const dated = [...lines, ...infoLines].some((l) => /(?:发布|發布)(?:日期|时间|時間)|(?:来源|來源)\s*[:：]/.test(l) && /\d{4}\s*[-年/.]\s*\d{1,2}/.test(l));
  const missing = [...infoLines, ...(published && !dated ? [published] : [])].filter((info, k, all) => all.indexOf(info) === k && !lines.some((l) => squash(l) === squash(info)));
  if (missing.length) {
    const at = lines.findIndex((l) => squash(l) === squash(headline));
    lines.splice(at >= 0 ? at + 1 : 0, 0, ...missing);
  }
  if (headline && !lines.slice(0, 3 + missing.length).some((l) => squash(l) === squash(headline))) lines.unshift(headline);
  // The site's own name, as a browser's tab and the page's banner show it: the page's masthead.
  // Only when the page names no source of its own (`来源：`, `稿源：`, an author's outlet): a portal reprints.
  // Twelfth wave: a `来源：` naming a desk of the site's own body (`来源：区政协提案委` on `某某政协网`) is no
  // source of its own: the site is (head-source.ts, ownDesk), so its name heads the page as its banner.
  const FIELD = /(?:来源|來源|稿源|来自)\s*[:：]\s*([\u4e00-\u9fff]{2,24}?)(?=作者|阅读|发布|浏览|点击|编辑|责任|时间|日期|[\s|｜【]|$)/;
  const ownSource = (l: string) => { const m = FIELD.exec(l); return !!m && !(site && ownDesk(site, m[1])); };
  if (site && !lines.some((l) => squash(l).includes(squash(site)) || ownSource(l))) lines.unshift(site);
  const text = capText(lines.join("\n"), limits);
  if (!text.trim()) throw new InputError("no-text", "the page has no text", "网页中没有可提取的文字");
  return { text: text + "\n", title: headline || null, article };
}

/** Bytes → string: a BOM, then the page's declared charset (GBK pages are common), else UTF-8. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/i.exec(head)?.[1]?.toLowerCase();
  const charset = declared && /^(gb2312|gbk|gb18030|big5|utf-?8)$/.test(declared) ? declared : "utf-8";
  try {
    return new TextDecoder(charset === "gb2312" || charset === "gbk" ? "gb18030" : charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
