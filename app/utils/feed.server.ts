// Atom 1.0 and RSS 2.0 from one description, written by the `feed` package
// (it escapes titles and wraps content in CDATA). Feed readers render
// descriptions and content as HTML, so everything that goes in is made safe
// here, whatever the caller passed (security review, issue 14, item 12):
// titles, names, categories and the feed's own description are plain text
// without markup; summaries are plain text, HTML-escaped; content is
// sanitised HTML (the same allow-list as pages).
import { Feed, type Item } from "feed";
import sanitizeHtml from "sanitize-html";
import { cleanText, renderMarkdown } from "./markdown.server";

export type FeedFormat = "rss" | "atom";

export interface FeedSpec {
  /** Absolute URL of the page the feed follows, e.g. https://host/documents */
  base: string;
  /** Path of the feed without extension, e.g. /documents/feed */
  feedPath: string;
  origin: string;
  title: string;
  description: string;
  items: Item[];
}

/** Plain text of rendered, sanitized Markdown: readers treat descriptions as HTML. */
export function plainSummary(markdown: string, max = 200) {
  const text = cleanText(renderMarkdown(markdown).replace(/<\/(p|li|h\d|tr|td|th)>/g, " ")).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max)}……` : text;
}

/** HTML allowed in feed content: what pages allow (renderMarkdown's output passes unchanged). */
const FEED_HTML: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "b", "i", "u", "s", "del", "blockquote", "ul", "ol", "li", "a", "code", "pre", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "hr", "sup", "sub", "div"],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["scope"], td: ["colspan", "rowspan"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

const plain = (text: string) => cleanText(text).replace(/\s+/g, " ").trim();
/** Text inside an HTML context: `&`, `<`, `>` as entities (quotes need nothing outside attributes). */
const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An item as readers may safely render it. */
export function safeItem(item: Item): Item {
  return {
    ...item,
    title: plain(item.title),
    description: item.description === undefined ? undefined : escapeText(plain(item.description)),
    content: item.content === undefined ? undefined : sanitizeHtml(item.content, FEED_HTML),
    author: item.author?.map((a) => ({ ...a, name: a.name === undefined ? undefined : plain(a.name) })),
    category: item.category?.map((c) => ({ ...c, name: c.name === undefined ? undefined : plain(c.name) })),
  };
}

export function buildFeed(spec: FeedSpec, format: FeedFormat) {
  const newest = spec.items.reduce<Date | null>((m, i) => (!m || i.date > m ? i.date : m), null);
  const feed = new Feed({
    id: `${spec.base}/`,
    title: plain(spec.title),
    description: plain(spec.description),
    link: spec.base,
    language: "zh-CN",
    // No items: a fixed date, so the feed does not look new on every request.
    updated: newest ?? new Date(0),
    generator: "协商 Xieshang",
    copyright: "本站公开信息，转载请注明出处",
    feedLinks: { rss: `${spec.origin}${spec.feedPath}.rss`, atom: `${spec.origin}${spec.feedPath}.atom` },
  });
  for (const item of spec.items) feed.addItem(safeItem(item));
  return format === "rss" ? feed.rss2() : feed.atom1();
}

export function feedResponse(xml: string, format: FeedFormat) {
  return new Response(xml, {
    headers: {
      "Content-Type": format === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
