// Open-data lists of public participation (开放数据), as the public pages show
// them: topics, one topic's approved opinions with their support counts, the
// published leads, and the most supported items (最受关注). Plus the staff
// export of a topic's opinions with their moderation outcome (never public).
import { z } from "zod";
import { defineList, exportResponse, type Column, type ExportFormat } from "../../utils/export.server";
import { paramsOf } from "../../utils/list-queries";
import { listPublicLeads, type LeadView } from "./lead-queries.server";
import { listTopicOpinions, staffOpinionRows } from "./opinion-queries.server";
import { LEAD_STATE_LABELS, OPINION_STATE_LABELS, TOPIC_STATE_LABELS } from "./participation-rules";
import { mostSupported, type PopularItem } from "./supports.server";
import { getVisibleTopic, listPublicTopics } from "./topics.server";

type TopicRow = Awaited<ReturnType<typeof listPublicTopics>>[number];
const topics = defineList<TopicRow>({
  name: "topics",
  title: "协商议题",
  columns: (origin) => [
    { header: "议题", value: (t) => t.title, width: 36 },
    { header: "状态", value: (t) => TOPIC_STATE_LABELS[t.state] },
    { header: "开始征集（北京时间）", value: (t) => t.opensAt, width: 18 },
    { header: "截止征集（北京时间）", value: (t) => t.closesAt, width: 18 },
    { header: "服务会议", value: (t) => t.meetingTitle, width: 24 },
    { header: "会议日期", value: (t) => t.meetingDate },
    { header: "组织单位", value: (t) => t.organisationName, width: 20 },
    { header: "公开意见（条）", value: (t) => t.opinions },
    { header: "链接", value: (t) => `${origin}/participation/topics/${t.id}`, width: 40 },
  ],
  async load(url) {
    const state = z.enum(["open", "closed", "summarised"]).optional().catch(undefined).parse(paramsOf(url).state);
    return { rows: await listPublicTopics({ state }) };
  },
});

type OpinionRow = Awaited<ReturnType<typeof listTopicOpinions>>["opinions"][number];
export const opinionColumns = (origin: string): Column<OpinionRow>[] => [
  { header: "编号", value: (o) => o.id },
  { header: "意见", value: (o) => o.body, width: 60 },
  { header: "发表人", value: (o) => o.authorName, width: 16 },
  { header: "委员", value: (o) => o.asMember },
  { header: "附议（人）", value: (o) => o.supports },
  { header: "合并的相同意见（条）", value: (o) => o.merged },
  { header: "发表时间（北京时间）", value: (o) => o.createdAt, width: 18 },
  { header: "链接", value: (o) => `${origin}/participation/opinions/${o.id}`, width: 40 },
];

const topicOpinions = defineList<OpinionRow>({
  name: "topic-opinions",
  title: "公开意见",
  columns: opinionColumns,
  async load(url, limit) {
    const raw = paramsOf(url).topic ?? "";
    const row = /^\d{1,9}$/.test(raw) ? await getVisibleTopic(Number(raw), null) : null;
    if (!row) return null;
    const list = await listTopicOpinions(row.topic, null, { sort: "support", perPage: limit });
    return { rows: list.opinions, total: list.total, fileName: `${row.topic.title}：公开意见` };
  },
});

const leads = defineList<LeadView>({
  name: "leads",
  title: "提案线索",
  columns: (origin) => [
    { header: "标题", value: (l) => l.title, width: 30 },
    { header: "存在的问题", value: (l) => l.problem, width: 50 },
    { header: "建议", value: (l) => l.suggestion, width: 50 },
    { header: "地点", value: (l) => l.place, width: 16 },
    { header: "状态", value: (l) => LEAD_STATE_LABELS[l.state] },
    { header: "转交委员", value: (l) => l.went.memberName, width: 14 },
    { header: "转交单位", value: (l) => l.went.departmentName, width: 20 },
    { header: "形成的提案", value: (l) => l.went.proposal?.caseNo ?? (l.went.proposal ? "起草中" : ""), width: 14 },
    { header: "提交时间（北京时间）", value: (l) => l.createdAt, width: 18 },
    { header: "链接", value: (l) => `${origin}/participation/leads/${l.id}`, width: 40 },
  ],
  async load() {
    return { rows: await listPublicLeads() };
  },
});

const SUBJECT_LABELS = { recommendation: "建议", proposal: "提案", opinion: "网民意见" } as const;
export const popularQuery = z.object({
  kind: z.enum(["recommendation", "proposal", "opinion"]).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

const popular = defineList<PopularItem>({
  name: "most-supported",
  title: "最受关注",
  columns: (origin) => [
    { header: "排名", value: (_r, i) => i + 1 },
    { header: "类型", value: (r) => SUBJECT_LABELS[r.subject] },
    { header: "标题", value: (r) => r.title, width: 40 },
    { header: "出处", value: (r) => r.context, width: 30 },
    { header: "年度", value: (r) => r.year },
    { header: "附议（人）", value: (r) => r.supports },
    { header: "链接", value: (r) => `${origin}${r.url}`, width: 40 },
  ],
  async load(url, limit) {
    const q = popularQuery.parse(paramsOf(url));
    const { items, total } = await mostSupported({ subject: q.kind, year: q.year, limit });
    return { rows: items, total };
  },
});

export const participationLists = [topics, topicOpinions, leads, popular];

type StaffRow = Awaited<ReturnType<typeof staffOpinionRows>>[number];

/** Staff: every opinion of a topic except withdrawn ones, with the moderation outcome and reason. */
export async function staffOpinionExport(topicId: number, format: ExportFormat, origin: string) {
  const row = await getVisibleTopic(topicId, { id: "", roles: ["staff"], departmentId: null });
  if (!row) return null;
  const rows = await staffOpinionRows(topicId);
  const columns: Column<StaffRow>[] = [
    { header: "编号", value: (o) => o.id },
    { header: "意见", value: (o) => o.body, width: 60 },
    { header: "发表人", value: (o) => o.authorName, width: 16 },
    { header: "委员", value: (o) => o.asMember },
    { header: "审核结果", value: (o) => OPINION_STATE_LABELS[o.state] },
    { header: "理由", value: (o) => o.reason, width: 24 },
    { header: "合并到", value: (o) => o.mergedIntoId },
    { header: "审核提示词", value: (o) => o.flaggedWords.join("、"), width: 16 },
    { header: "附议（人）", value: (o) => o.supports },
    { header: "发表时间（北京时间）", value: (o) => o.createdAt, width: 18 },
    { header: "审核时间（北京时间）", value: (o) => o.moderatedAt, width: 18 },
    { header: "链接", value: (o) => `${origin}/participation/opinions/${o.id}`, width: 40 },
  ];
  return exportResponse({ format, fileName: `${row.topic.title}：全部意见`, asciiName: `topic-${topicId}-opinions`, columns, rows, cache: "private, no-store" });
}
