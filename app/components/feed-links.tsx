import { SITE_FEEDS, type SiteFeed } from "~/utils/feeds";

/** "订阅：Atom RSS" under a list. */
export function FeedLinksText({ kind }: { kind: SiteFeed }) {
  const f = SITE_FEEDS[kind];
  return (
    <p className="feed-links">
      订阅{f.title}：<a href={`${f.path}.atom`}>Atom</a> <a href={`${f.path}.rss`}>RSS</a>
    </p>
  );
}
