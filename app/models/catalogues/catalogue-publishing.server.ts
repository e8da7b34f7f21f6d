// What catalogues give out: RSS/Atom feeds (the `feed` package writes the
// XML) and a CSV export of a catalogue's items (columns in open-data-catalogues).
import { toCsv } from "../../utils/export.server";
import { buildFeed, plainSummary } from "../../utils/feed.server";
import { renderMarkdown } from "../../utils/markdown.server";
import type { Catalogue } from "./catalogues.server";
import { latestEntries } from "./catalogue-entry-queries.server";
import { catalogueItemColumns, catalogueItemRows } from "../platform/open-data-catalogues.server";

export const FEED_SIZE = 50;

/** RSS 2.0 or Atom 1.0 of the latest published entries, of one catalogue or all. */
export async function catalogueFeed(options: { catalogue: Pick<Catalogue, "id" | "slug" | "title" | "description"> | null; origin: string; format: "rss" | "atom" }) {
  const { catalogue, origin } = options;
  const { rows } = await latestEntries({ catalogueId: catalogue?.id, limit: FEED_SIZE });
  const base = catalogue ? `${origin}/catalogues/${catalogue.slug}` : `${origin}/catalogues`;
  const items = rows.map((r) => {
    const link = `${origin}/catalogues/entries/${r.id}`;
    return {
      title: r.revision > 1 ? `【更正】${r.title}` : r.title,
      id: link,
      link,
      date: r.publishedAt ?? new Date(0),
      published: r.publishedAt ?? undefined,
      description: plainSummary(r.body) || r.itemTitle,
      content: renderMarkdown(r.body),
      category: [{ name: r.itemTitle }, ...(catalogue ? [] : [{ name: r.catalogueTitle }])],
    };
  });
  const spec = {
    base,
    feedPath: catalogue ? `/catalogues/${catalogue.slug}/feed` : "/catalogues/feed",
    origin,
    title: catalogue ? `${catalogue.title} · 信息公开` : "协商 · 信息公开（全部目录）",
    description: catalogue?.description || "政府信息与政协工作信息公开目录的最新公开信息",
    items,
  };
  return buildFeed(spec, options.format);
}

/** The catalogue as a spreadsheet (UTF-8 with BOM, CRLF, every cell quoted), one row per item. */
export async function catalogueCsv(catalogue: Pick<Catalogue, "id" | "slug">, origin: string) {
  return toCsv(catalogueItemColumns(origin), await catalogueItemRows(catalogue), { quoteAll: true });
}
