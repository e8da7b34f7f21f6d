// 汇总报告: when a topic's collection has closed, staff pick opinions and start
// a summary draft in the staff document editor (录入与校对). Each chosen
// opinion becomes one recommendation of the draft, carrying `opinion:<id>` in
// its sourceRefs; the draft links back to the topic (topic_summaries). When
// staff publish the draft, the hook below records which opinions each
// published recommendation came from (recommendation_opinions), in the same
// transaction, and tells the topic's followers and the opinions' authors.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { documentDrafts, documents, recommendations } from "../../../db/documents.schema";
import { consultationTopics, recommendationOpinions, topicOpinions, topicSummaries } from "../../../db/participation.schema";
import { DomainError } from "../../utils/errors";
import { formatBeijing } from "../../utils/beijing-time";
import type { AppUser } from "../directory/users.server";
import { createDraftFromContent, onDraftPublished, type DraftPublishedHook } from "../documents/drafts.server";
import { firstSentence, type DraftContent, type DraftNode } from "../documents/draft-tree";
import { recordEvent } from "../platform/events.server";
import { notify } from "../platform/notifications.server";
import { followerIds } from "./follows.server";
import { checkTopic, topicActors, type Viewer } from "./participation-access";
import { lockTopic } from "./topics.server";
import { supportCounts, supportSummary } from "./supports.server";

const NUMERALS = "一二三四五六七八九十";
/** 一 … 九十九, for section markers. */
export function chineseNumber(n: number): string {
  if (n <= 10) return n === 10 ? "十" : NUMERALS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : NUMERALS[tens - 1]}十${ones ? NUMERALS[ones - 1] : ""}`;
}

/** Start a summary draft from chosen approved opinions (most supported first). Returns the draft id. */
export async function startSummaryDraft(user: AppUser, topicId: number, opinionIds: number[], now = new Date()) {
  const ids = [...new Set(opinionIds)].slice(0, 99);
  if (!ids.length) throw new DomainError("请至少选择一条已公开的意见", "invalid", "opinionIds");
  return db.transaction(async (t) => {
    const topic = await lockTopic(t, topicId);
    checkTopic("summarise", topic, topicActors(user), now);
    const chosen = await t
      .select()
      .from(topicOpinions)
      .where(and(eq(topicOpinions.topicId, topicId), eq(topicOpinions.state, "approved"), inArray(topicOpinions.id, ids)));
    if (chosen.length !== ids.length) throw new DomainError("只能选择本议题下已公开的意见", "invalid", "opinionIds");
    const counts = await supportCounts("opinion", ids, t);
    chosen.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.id - b.id);
    const year = Number(formatBeijing(now).slice(0, 4));
    const [{ n }] = await t.select({ n: sql<number>`count(*)::int` }).from(topicSummaries).where(eq(topicSummaries.topicId, topicId));
    const totalSupports = chosen.reduce((s, o) => s + (counts.get(o.id) ?? 0), 0);
    const children: DraftNode[] = chosen.map((o, i) => ({
      marker: `${chineseNumber(i + 1)}、`,
      title: firstSentence(o.body),
      text: o.body,
      children: [],
      departments: [],
      sourceRefs: [`opinion:${o.id}`],
    }));
    const content: DraftContent = {
      documents: [
        {
          meta: {
            slug: `${year}-topic-${topicId}-summary${n ? `-${n + 1}` : ""}`,
            kind: "research_report",
            title: `关于“${topic.title}”网上征集意见情况的报告`,
            year,
            session: topic.meetingTitle || null,
            organisationId: topic.organisationId,
            authors: [],
            byline: null,
          },
          intro: `本报告汇总协商议题“${topic.title}”（/participation/topics/${topicId}）征集期间公开的 ${chosen.length} 条意见，共获附议 ${totalSupports} 次。`,
          children,
        },
      ],
    };
    const source = chosen.map((o, i) => `${chineseNumber(i + 1)}、${o.body}`).join("\n\n");
    const draftId = await createDraftFromContent(t, content, source, user.id, { topicId });
    await t.insert(topicSummaries).values({ topicId, draftId, opinionIds: chosen.map((o) => o.id), createdBy: user.id });
    const to = "summarised" as const;
    await t.update(consultationTopics).set({ state: to, updatedAt: now }).where(eq(consultationTopics.id, topicId));
    await recordEvent(t, { actorId: user.id, subjectType: "participation_topic", subjectId: topicId, action: "topic.summarise", fromState: topic.state, toState: to, data: { draftId, opinionIds: chosen.map((o) => o.id) } });
    return draftId;
  });
}

/** Depth-first with the paths saveStructuredDocument gives ("1", "1.2"). */
function nodesWithPaths(nodes: DraftNode[], prefix = ""): { path: string; node: DraftNode }[] {
  return nodes.flatMap((node, i) => {
    const path = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    return [{ path, node }, ...nodesWithPaths(node.children, path)];
  });
}

const recordSources: DraftPublishedHook = async (t, { draftId, documentId, document, actorId }) => {
  const [summary] = await t.select().from(topicSummaries).where(eq(topicSummaries.draftId, draftId));
  if (!summary) return;
  await t.update(topicSummaries).set({ documentId }).where(eq(topicSummaries.id, summary.id));
  const links: { path: string; opinionId: number }[] = [];
  for (const { path, node } of nodesWithPaths(document.children)) {
    for (const ref of node.sourceRefs ?? []) {
      const m = /^opinion:(\d{1,9})$/.exec(ref);
      if (m) links.push({ path, opinionId: Number(m[1]) });
    }
  }
  const recs = links.length
    ? await t
        .select({ id: recommendations.id, path: recommendations.path })
        .from(recommendations)
        .where(and(eq(recommendations.documentId, documentId), inArray(recommendations.path, [...new Set(links.map((l) => l.path))])))
    : [];
  const rows = links.flatMap((l) => recs.filter((r) => r.path === l.path).map((r) => ({ recommendationId: r.id, opinionId: l.opinionId })));
  if (rows.length) await t.insert(recommendationOpinions).values(rows).onConflictDoNothing();
  const [doc] = await t.select({ slug: documents.slug, title: documents.title }).from(documents).where(eq(documents.id, documentId));
  await recordEvent(t, { actorId, subjectType: "participation_topic", subjectId: summary.topicId, action: "topic.summary_published", data: { draftId, documentId, links: rows.length } });
  const authors = rows.length
    ? (await t.select({ authorId: topicOpinions.authorId }).from(topicOpinions).where(inArray(topicOpinions.id, rows.map((r) => r.opinionId)))).map((r) => r.authorId)
    : [];
  const recipients = [...new Set([...(await followerIds(t, "topic", summary.topicId)), ...authors])].filter((u) => u !== actorId);
  await notify(t, { userIds: recipients, subject: `协商议题的汇总报告已发布：${doc.title}`, body: "您参与或关注的议题形成了报告，报告中的建议注明了来自哪些意见。", link: `/documents/${doc.slug}` });
};
onDraftPublished(recordSources);

/** The topic a draft summarises, for the editor's banner (staff). */
export async function summaryForDraft(draftId: number) {
  const [row] = await db
    .select({ topicId: topicSummaries.topicId, title: consultationTopics.title, opinions: topicSummaries.opinionIds })
    .from(topicSummaries)
    .innerJoin(consultationTopics, eq(consultationTopics.id, topicSummaries.topicId))
    .where(eq(topicSummaries.draftId, draftId));
  return row ? { topicId: row.topicId, title: row.title, opinions: row.opinions.length, url: `/participation/topics/${row.topicId}` } : null;
}

/** A topic's summary drafts and what became of them (staff). */
export function topicSummaryDrafts(topicId: number) {
  return db
    .select({ id: topicSummaries.id, draftId: topicSummaries.draftId, status: documentDrafts.status, opinions: topicSummaries.opinionIds, createdAt: topicSummaries.createdAt, documentSlug: documents.slug })
    .from(topicSummaries)
    .innerJoin(documentDrafts, eq(documentDrafts.id, topicSummaries.draftId))
    .leftJoin(documents, eq(documents.id, topicSummaries.documentId))
    .where(eq(topicSummaries.topicId, topicId))
    .orderBy(asc(topicSummaries.id));
}

/**
 * The opinions each of these recommendations came from, public ones only (an
 * opinion taken down later is no longer shown), with their topic.
 */
export async function opinionSources(recommendationIds: number[]) {
  const out = new Map<number, { opinionId: number; excerpt: string; url: string; topicId: number; topicTitle: string }[]>();
  if (!recommendationIds.length) return out;
  const rows = await db
    .select({ recommendationId: recommendationOpinions.recommendationId, opinionId: topicOpinions.id, body: topicOpinions.body, topicId: consultationTopics.id, topicTitle: consultationTopics.title })
    .from(recommendationOpinions)
    .innerJoin(topicOpinions, eq(topicOpinions.id, recommendationOpinions.opinionId))
    .innerJoin(consultationTopics, eq(consultationTopics.id, topicOpinions.topicId))
    .where(and(inArray(recommendationOpinions.recommendationId, recommendationIds), eq(topicOpinions.state, "approved"), inArray(consultationTopics.state, ["open", "closed", "summarised"])))
    .orderBy(asc(recommendationOpinions.recommendationId), asc(topicOpinions.id));
  for (const r of rows) {
    const list = out.get(r.recommendationId) ?? [];
    list.push({ opinionId: r.opinionId, excerpt: firstSentence(r.body), url: `/participation/opinions/${r.opinionId}`, topicId: r.topicId, topicTitle: r.topicTitle });
    out.set(r.recommendationId, list);
  }
  return out;
}

/** For a document page: its recommendations that came from opinions (recommendation id → sources). */
export async function documentOpinionSources(documentId: number) {
  const recs = await db
    .select({ id: recommendations.id, title: recommendations.title, path: recommendations.path })
    .from(recommendations)
    .innerJoin(recommendationOpinions, eq(recommendationOpinions.recommendationId, recommendations.id))
    .where(eq(recommendations.documentId, documentId));
  const unique = [...new Map(recs.map((r) => [r.id, r])).values()];
  const sources = await opinionSources(unique.map((r) => r.id));
  return unique
    .filter((r) => sources.has(r.id))
    .sort((a, b) => a.path.localeCompare(b.path, "en", { numeric: true }))
    .map((r) => ({ id: r.id, title: r.title, path: r.path, opinions: sources.get(r.id)! }));
}


/** What a recommendation page shows of participation: its support (附议) and the opinions it came from. */
export async function recommendationParticipation(recommendationId: number, isLeaf: boolean, viewer: Viewer | null) {
  const [support, sources] = await Promise.all([
    isLeaf ? supportSummary("recommendation", recommendationId, viewer) : Promise.resolve(null),
    opinionSources([recommendationId]),
  ]);
  return { support, sources: sources.get(recommendationId) ?? [] };
}
