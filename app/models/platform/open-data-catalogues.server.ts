// Open-data lists of the disclosure catalogues (信息公开目录): the catalogues,
// one catalogue's items, and one item's public entries, as their pages show
// them to the anonymous visitor.
import { defineList, type Column } from "../../utils/export.server";
import { ENTRY_STATUS_LABELS, MODE_LABELS, formatPeriod, frequencyText } from "../catalogues/catalogue-labels";
import { paramsOf } from "../../utils/list-queries";
import { listItemEntries } from "../catalogues/catalogue-entry-queries.server";
import { type Catalogue, getCatalogueBySlug } from "../catalogues/catalogues.server";
import { type ItemStatus, itemStatuses, listCatalogues } from "../catalogues/catalogue-status.server";
import { getItem, listItems } from "../catalogues/catalogue-items.server";
import { timeLimitText } from "../catalogues/disclosure-schedule";

type CatalogueRow = Awaited<ReturnType<typeof listCatalogues>>[number];

const catalogues = defineList<CatalogueRow>({
  name: "catalogues",
  title: "信息公开目录",
  columns: (origin) => [
    { header: "目录", value: (c) => c.title, width: 30 },
    { header: "编制单位", value: (c) => c.ownerName, width: 24 },
    { header: "公开事项（个）", value: (c) => c.items },
    { header: "公开信息（条）", value: (c) => c.entries },
    { header: "逾期事项（个）", value: (c) => c.overdue },
    { header: "最近更新（北京时间）", value: (c) => c.lastPublishedAt, width: 18 },
    { header: "链接", value: (c) => `${origin}/catalogues/${c.slug}`, width: 40 },
  ],
  async load() {
    return { rows: await listCatalogues() };
  },
});

function statusText(s: ItemStatus) {
  if (!s.active) return "已停用";
  if (s.mode === "on_request") return "依申请公开";
  if (s.status.overdue) return `逾期 ${s.status.daysLate} 天`;
  return "正常";
}

type ItemRow = Awaited<ReturnType<typeof listItems>>[number] & { status: ItemStatus; catalogueSlug: string };

/** Columns of a catalogue's items; also the long-standing /catalogues/<slug>/export.csv. */
export const catalogueItemColumns = (origin: string): Column<ItemRow>[] => [
  { header: "序号", value: (_r, i) => i + 1, width: 6 },
  { header: "公开事项", value: (r) => r.item.title, width: 30 },
  { header: "公开内容（要素）", value: (r) => r.item.contentElements, width: 30 },
  { header: "公开范围", value: (r) => r.item.scope, width: 20 },
  { header: "公开依据/标准", value: (r) => r.item.basis, width: 30 },
  { header: "公开频次", value: (r) => frequencyText(r.item.frequency, r.item.frequencyDays) },
  { header: "公开时限", value: (r) => timeLimitText(r.item), width: 24 },
  { header: "责任单位", value: (r) => r.status.responsibleName, width: 20 },
  { header: "公开渠道", value: (r) => r.item.channel, width: 20 },
  { header: "公开方式", value: (r) => MODE_LABELS[r.item.mode] },
  { header: "最近更新", value: (r) => r.status.lastPublishedAt, format: "date", width: 12 },
  { header: "状态", value: (r) => statusText(r.status) },
  { header: "链接", value: (r) => `${origin}/catalogues/${r.catalogueSlug}/items/${r.item.id}`, width: 40 },
];

/** A catalogue's active items with their status, in catalogue order. */
export async function catalogueItemRows(catalogue: Pick<Catalogue, "id" | "slug">): Promise<ItemRow[]> {
  const [items, statuses] = await Promise.all([listItems(catalogue.id), itemStatuses({ catalogueIds: [catalogue.id] })]);
  const byId = new Map(statuses.map((s) => [s.itemId, s]));
  return items.map((row) => ({ ...row, status: byId.get(row.item.id)!, catalogueSlug: catalogue.slug }));
}

/** ?catalogue=<slug>: an active catalogue (inactive ones are staff-only, so 404). */
async function publicCatalogue(url: URL) {
  const slug = paramsOf(url).catalogue ?? "";
  const catalogue = /^[a-z0-9-]{1,64}$/.test(slug) ? await getCatalogueBySlug(slug) : null;
  return catalogue?.active ? catalogue : null;
}

const catalogueItems = defineList<ItemRow>({
  name: "catalogue-items",
  title: "公开事项",
  columns: catalogueItemColumns,
  async load(url) {
    const catalogue = await publicCatalogue(url);
    if (!catalogue) return null;
    return { rows: await catalogueItemRows(catalogue), fileName: catalogue.title };
  },
});

type EntryRow = Awaited<ReturnType<typeof listItemEntries>>["published"][number];

const itemEntries = defineList<EntryRow>({
  name: "catalogue-entries",
  title: "公开信息",
  columns: (origin) => [
    { header: "标题", value: (e) => e.title, width: 40 },
    { header: "状态", value: (e) => ENTRY_STATUS_LABELS[e.status] },
    { header: "版本", value: (e) => e.revision },
    { header: "所属期间", value: (e) => (e.periodStart ? formatPeriod(e.periodStart, e.periodEnd) : null), width: 24 },
    { header: "信息形成日期", value: (e) => e.occurredOn, width: 12 },
    { header: "发布时间（北京时间）", value: (e) => e.publishedAt, width: 18 },
    { header: "链接", value: (e) => `${origin}/catalogues/entries/${e.id}`, width: 40 },
  ],
  async load(url) {
    const catalogue = await publicCatalogue(url);
    const itemId = Number(paramsOf(url).item);
    if (!catalogue || !Number.isSafeInteger(itemId) || itemId < 1 || itemId > 2_147_483_647) return null;
    const found = await getItem(itemId);
    if (!found || found.catalogue.id !== catalogue.id) return null;
    // As the anonymous visitor: published and corrected entries only, never work in progress.
    const { published } = await listItemEntries(itemId, null, found.responsibility);
    return { rows: published, fileName: `${catalogue.title}-${found.item.title}` };
  },
});

export const catalogueLists = [catalogues, catalogueItems, itemEntries];
