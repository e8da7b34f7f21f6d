// Open-data lists of documents, proposals and the statistics tables. Each
// loader parses the page's filters with the page's schema and calls the page's
// domain query, with one page as long as the export limit.
import { defineList, type Column } from "../../utils/export.server";
import { ASSIGNMENT_ROLE_LABELS, DOCUMENT_KIND_LABELS, PROPOSAL_STATE_LABELS, REPLY_CATEGORY_LABELS } from "../../utils/labels";
import { documentFilters, documentsQuery, paramsOf, proposalFilters, proposalsQuery, statisticsQuery } from "../../utils/list-queries";
import { listDocuments } from "../documents/document-queries.server";
import { listPublicProposals } from "../loop/proposal-queries.server";
import { loopStatistics, type LoopStatistics } from "./statistics.server";

type DocumentRow = Awaited<ReturnType<typeof listDocuments>>["rows"][number];

const documents = defineList<DocumentRow>({
  name: "documents",
  title: "报告与提案",
  columns: (origin) => [
    { header: "序号", value: (_d, i) => i + 1, width: 6 },
    { header: "标题", value: (d) => d.title, width: 40 },
    { header: "类别", value: (d) => DOCUMENT_KIND_LABELS[d.kind] },
    { header: "年度", value: (d) => d.year },
    { header: "届次", value: (d) => d.session },
    { header: "提出单位", value: (d) => d.organisationName ?? "", width: 20 },
    { header: "署名", value: (d) => d.authors.join("、") || d.byline || "", width: 20 },
    { header: "建议条数", value: (d) => d.recommendations },
    { header: "版本", value: (d) => d.currentVersion },
    { header: "发布时间（北京时间）", value: (d) => d.publishedAt, width: 18 },
    { header: "链接", value: (d) => `${origin}/documents/${d.slug}`, width: 40 },
  ],
  async load(url, limit) {
    const q = documentsQuery.parse(paramsOf(url));
    return listDocuments(documentFilters(q), 1, limit);
  },
});

type ProposalRow = Awaited<ReturnType<typeof listPublicProposals>>["rows"][number];

const proposals = defineList<ProposalRow>({
  name: "proposals",
  title: "提案办理",
  columns: (origin) => [
    { header: "案号", value: (p) => p.caseNo, width: 12 },
    { header: "标题", value: (p) => p.title, width: 40 },
    { header: "年度", value: (p) => p.year },
    { header: "重点提案", value: (p) => p.isKey },
    { header: "承办单位", value: (p) => p.departments.map((d) => `${d.name}（${ASSIGNMENT_ROLE_LABELS[d.role]}）`).join("、"), width: 40 },
    { header: "状态", value: (p) => PROPOSAL_STATE_LABELS[p.state], width: 14 },
    { header: "逾期天数", value: (p) => p.overdueDays || null },
    { header: "链接", value: (p) => `${origin}/proposals/${p.caseNo}`, width: 40 },
  ],
  async load(url, limit) {
    const q = proposalsQuery.parse(paramsOf(url));
    return listPublicProposals(proposalFilters(q), 1, limit);
  },
});

/** One table of the statistics page (/statistics?year=), as on the page. */
function statisticsTable<Row>(name: string, title: string, columns: Column<Row>[], pick: (s: LoopStatistics) => Row[]) {
  return defineList<Row>({
    name: `statistics-${name}`,
    title,
    columns: () => columns,
    async load(url) {
      const { year } = statisticsQuery.parse(paramsOf(url));
      return { rows: pick(await loopStatistics(year)), fileName: year ? `${title}（${year}年）` : title };
    },
  });
}

type Stats = LoopStatistics;
type RoleRow = Pick<Stats["adoptionByDepartments"][number], "lead" | "co">;
/** 主办 and 会办 figures of an adoption row, as on the page (rates in %). */
const roleColumns: Column<RoleRow>[] = [
  { header: "主办建议", value: (r) => r.lead.assigned },
  { header: "主办已报告", value: (r) => r.lead.reported },
  { header: "主办已采纳", value: (r) => r.lead.adopted },
  { header: "主办部分采纳", value: (r) => r.lead.partly },
  { header: "主办采纳率（%）", value: (r) => r.lead.rate },
  { header: "会办建议", value: (r) => r.co.assigned },
  { header: "会办已报告", value: (r) => r.co.reported },
  { header: "会办已采纳", value: (r) => r.co.adopted },
  { header: "会办部分采纳", value: (r) => r.co.partly },
  { header: "会办采纳率（%）", value: (r) => r.co.rate },
];
const statistics = [
  statisticsTable<Stats["categories"][number]>(
    "categories",
    "答复类别",
    [
      { header: "类别", value: (c) => REPLY_CATEGORY_LABELS[c.category as keyof typeof REPLY_CATEGORY_LABELS] ?? c.category, width: 30 },
      { header: "件数", value: (c) => c.n },
    ],
    (s) => s.categories,
  ),
  statisticsTable<Stats["overdue"][number]>(
    "overdue",
    "各单位逾期情况",
    [
      { header: "单位", value: (d) => d.name, width: 30 },
      { header: "在办", value: (d) => d.open },
      { header: "逾期", value: (d) => d.overdue },
    ],
    (s) => s.overdue,
  ),
  statisticsTable<Stats["byOrganisation"][number]>(
    "organisations",
    "各单位报告与提案",
    [
      { header: "提出单位", value: (o) => o.name, width: 24 },
      { header: "年度", value: (o) => o.year },
      { header: "篇数", value: (o) => o.n },
    ],
    (s) => s.byOrganisation,
  ),
  statisticsTable<Stats["trend"][number]>(
    "trend",
    "月度趋势",
    [
      { header: "月份", value: (t) => t.month },
      { header: "立案", value: (t) => t.accepted },
      { header: "答复完成", value: (t) => t.replied },
    ],
    (s) => s.trend,
  ),
  statisticsTable<Stats["adoptionByDepartments"][number]>(
    "adoption-departments",
    "各单位采纳率",
    [{ header: "单位", value: (d) => d.name, width: 30 }, ...roleColumns],
    (s) => s.adoptionByDepartments,
  ),
  statisticsTable<Stats["adoptionByDocuments"][number]>(
    "adoption-documents",
    "各报告与提案采纳率",
    [
      { header: "报告或提案", value: (d) => d.title, width: 40 },
      { header: "类别", value: (d) => DOCUMENT_KIND_LABELS[d.kind as keyof typeof DOCUMENT_KIND_LABELS] ?? d.kind },
      { header: "年度", value: (d) => d.year },
      { header: "建议条数", value: (d) => d.recommendations },
      ...roleColumns,
    ],
    (s) => s.adoptionByDocuments,
  ),
];

export const documentLists = [documents, proposals, ...statistics];
