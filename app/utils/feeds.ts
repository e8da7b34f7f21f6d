// The site-wide feeds (订阅), shared by page heads, pages and the footer.
export const SITE_FEEDS = {
  documents: { title: "新发布的报告与提案", path: "/documents/feed" },
  replies: { title: "新公开的提案答复", path: "/replies/feed" },
} as const;
export type SiteFeed = keyof typeof SITE_FEEDS;

/** <link rel="alternate"> entries for a route's `meta`, so readers find the feed. */
export function feedLinks(kind: SiteFeed) {
  const f = SITE_FEEDS[kind];
  return [
    { tagName: "link", rel: "alternate", type: "application/atom+xml", title: `${f.title}（Atom）`, href: `${f.path}.atom` },
    { tagName: "link", rel: "alternate", type: "application/rss+xml", title: `${f.title}（RSS）`, href: `${f.path}.rss` },
  ] as const;
}
