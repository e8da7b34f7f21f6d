// What catalogues give out: RSS/Atom feeds (the `feed` package writes the
// XML) and a CSV export of a catalogue's items.
import { Feed } from "feed";
import { FREQUENCY_LABELS, MODE_LABELS, frequencyText } from "../utils/catalogue-labels";
import { cleanText, renderMarkdown } from "../utils/markdown.server";
import { type Catalogue, type ItemStatus, listItems, itemStatuses } from "./catalogues.server";
import { latestEntries } from "./catalogue-entries.server";
import { timeLimitText } from "./disclosure-schedule";

export const FEED_SIZE = 50;

/** Plain text of the rendered, sanitized Markdown: readers treat descriptions as HTML. */
function plainSummary(markdown: string, max = 200) {
  const text = cleanText(renderMarkdown(markdown).replace(/<\/(p|li|h\d|tr|td|th)>/g, " ")).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max)}……` : text;
}

/** RSS 2.0 or Atom 1.0 of the latest published entries, of one catalogue or all. */
export async function catalogueFeed(options: { catalogue: Pick<Catalogue, "id" | "slug" | "title" | "description"> | null; origin: string; format: "rss" | "atom" }) {
  const { catalogue, origin } = options;
  const { rows } = await latestEntries({ catalogueId: catalogue?.id, limit: FEED_SIZE });
  const base = catalogue ? `${origin}/catalogues/${catalogue.slug}` : `${origin}/catalogues`;
  const newest = rows.reduce<Date | null>((m, r) => (r.publishedAt && (!m || r.publishedAt > m) ? r.publishedAt : m), null);
  const feed = new Feed({
    id: `${base}/`,
    title: catalogue ? `${catalogue.title} · 信息公开` : "协商 · 信息公开（全部目录）",
    description: catalogue?.description || "政府信息与政协工作信息公开目录的最新公开信息",
    link: base,
    language: "zh-CN",
    updated: newest ?? new Date(0),
    generator: "协商 Xieshang",
    copyright: "本站公开信息，转载请注明出处",
    feedLinks: { rss: `${base}/feed.rss`, atom: `${base}/feed.atom` },
  });
  for (const r of rows) {
    const link = `${origin}/catalogues/entries/${r.id}`;
    feed.addItem({
      title: r.revision > 1 ? `【更正】${r.title}` : r.title,
      id: link,
      link,
      date: r.publishedAt ?? new Date(0),
      published: r.publishedAt ?? undefined,
      description: plainSummary(r.body) || r.itemTitle,
      content: renderMarkdown(r.body),
      category: [{ name: r.itemTitle }, ...(catalogue ? [] : [{ name: r.catalogueTitle }])],
    });
  }
  return options.format === "rss" ? feed.rss2() : feed.atom1();
}

/** A CSV cell: quoted, and never read as a formula by a spreadsheet. */
function cell(value: string | number | null | undefined) {
  let s = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

function statusText(s: ItemStatus) {
  if (!s.active) return "已停用";
  if (s.mode === "on_request") return "依申请公开";
  if (s.status.overdue) return `逾期 ${s.status.daysLate} 天`;
  return "正常";
}

/** The catalogue as a spreadsheet (UTF-8 with BOM, CRLF), one row per item. */
export async function catalogueCsv(catalogue: Pick<Catalogue, "id" | "slug">, origin: string) {
  const [items, statuses] = await Promise.all([listItems(catalogue.id), itemStatuses({ catalogueIds: [catalogue.id] })]);
  const byId = new Map(statuses.map((s) => [s.itemId, s]));
  const header = ["序号", "公开事项", "公开内容（要素）", "公开范围", "公开依据/标准", "公开频次", "公开时限", "责任单位", "公开渠道", "公开方式", "最近更新", "状态", "链接"];
  const lines = [header.map(cell).join(",")];
  items.forEach(({ item }, i) => {
    const s = byId.get(item.id)!;
    lines.push(
      [
        i + 1,
        item.title,
        item.contentElements,
        item.scope,
        item.basis,
        item.frequency === "event" ? frequencyText(item.frequency, item.frequencyDays) : FREQUENCY_LABELS[item.frequency],
        timeLimitText(item),
        s.responsibleName,
        item.channel,
        MODE_LABELS[item.mode],
        s.lastPublishedAt ? s.lastPublishedAt.toISOString().slice(0, 10) : "",
        statusText(s),
        `${origin}/catalogues/${catalogue.slug}/items/${item.id}`,
      ]
        .map(cell)
        .join(","),
    );
  });
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
