// Atom 1.0 and RSS 2.0 from one description, written by the `feed` package
// (it escapes titles and wraps content in CDATA).
import { Feed, type Item } from "feed";
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

export function buildFeed(spec: FeedSpec, format: FeedFormat) {
  const newest = spec.items.reduce<Date | null>((m, i) => (!m || i.date > m ? i.date : m), null);
  const feed = new Feed({
    id: `${spec.base}/`,
    title: spec.title,
    description: spec.description,
    link: spec.base,
    language: "zh-CN",
    // No items: a fixed date, so the feed does not look new on every request.
    updated: newest ?? new Date(0),
    generator: "协商 Xieshang",
    copyright: "本站公开信息，转载请注明出处",
    feedLinks: { rss: `${spec.origin}${spec.feedPath}.rss`, atom: `${spec.origin}${spec.feedPath}.atom` },
  });
  for (const item of spec.items) feed.addItem(item);
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
