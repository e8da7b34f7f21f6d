// Site feeds (订阅): newly published documents, and proposal replies once
// staff have approved them (答复审核). Only what the public pages show.
import { and, desc, eq, inArray, isNotNull, notInArray, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { assignments, proposals, replies } from "../../../db/loop.schema";
import { departments } from "../../../db/schema";
import { buildFeed, plainSummary, type FeedFormat } from "../../utils/feed.server";
import { DOCUMENT_KIND_LABELS, REPLY_CATEGORY_LABELS, REPLY_KIND_LABELS } from "../../utils/labels";
import { documentFilters, documentsQuery, paramsOf } from "../../utils/list-queries";
import { SITE_FEEDS } from "../../utils/feeds";
import { renderMarkdown } from "../../utils/markdown.server";
import { listDocumentsAfter } from "../documents/document-queries.server";

export const SITE_FEED_SIZE = 50;

/** The newest published documents (the /documents filters apply, e.g. ?kind=research_report). */
export async function documentsFeed(url: URL, origin: string, format: FeedFormat) {
  const q = documentsQuery.parse(paramsOf(url));
  const { rows } = await listDocumentsAfter(documentFilters(q), null, SITE_FEED_SIZE);
  const items = rows.map((d) => {
    const link = `${origin}/documents/${d.slug}`;
    const who = d.organisationName ?? (d.authors.join("、") || d.byline || "委员");
    const summary = `${DOCUMENT_KIND_LABELS[d.kind]} · ${d.year} 年 · ${who} · ${d.recommendations} 条建议`;
    return {
      title: d.title,
      id: link,
      link,
      date: d.publishedAt ?? new Date(0),
      published: d.publishedAt ?? undefined,
      description: summary,
      author: [{ name: who }],
      category: [{ name: DOCUMENT_KIND_LABELS[d.kind] }],
    };
  });
  return buildFeed(
    {
      base: `${origin}/documents`,
      feedPath: SITE_FEEDS.documents.path,
      origin,
      title: `协商 · ${SITE_FEEDS.documents.title}`,
      description: "政协调研报告、党派与委员提案，发布后逐条建议公开交办与办理。",
      items,
    },
    format,
  );
}

/**
 * Replies the public sees on the proposal pages: approved by staff
 * (state published), formal or holding (co-handlers' opinions stay internal),
 * of an accepted proposal. Without the proposer's consent only the category
 * is shown, as on the page.
 */
export async function latestPublicReplies(limit = SITE_FEED_SIZE) {
  return db
    .select({
      id: replies.id,
      kind: replies.kind,
      category: replies.category,
      body: replies.body,
      consentToPublish: replies.consentToPublish,
      correctsId: replies.correctsId,
      publishedAt: sql<Date>`coalesce(${replies.reviewedAt}, ${replies.createdAt})`.mapWith(replies.createdAt),
      caseNo: proposals.caseNo,
      proposalTitle: proposals.title,
      departmentName: departments.name,
    })
    .from(replies)
    .innerJoin(assignments, eq(assignments.id, replies.assignmentId))
    .innerJoin(proposals, eq(proposals.id, assignments.proposalId))
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(
      and(
        eq(replies.state, "published"),
        inArray(replies.kind, ["formal", "holding"]),
        isNotNull(proposals.caseNo),
        notInArray(proposals.state, ["draft", "submitted", "withdrawn"]),
      ),
    )
    .orderBy(desc(sql`coalesce(${replies.reviewedAt}, ${replies.createdAt})`), desc(replies.id))
    .limit(limit);
}

export async function repliesFeed(origin: string, format: FeedFormat) {
  const rows = await latestPublicReplies();
  const items = rows.map((r) => {
    const link = `${origin}/proposals/${r.caseNo}#reply-${r.id}`;
    const category = r.category ? REPLY_CATEGORY_LABELS[r.category] : null;
    const text = r.consentToPublish ? r.body : "（提案人未同意公开答复全文）";
    return {
      title: `${r.correctsId ? "【更正】" : ""}${r.caseNo}《${r.proposalTitle}》${r.departmentName}${REPLY_KIND_LABELS[r.kind]}`,
      id: link,
      link,
      date: r.publishedAt,
      published: r.publishedAt,
      description: [category, plainSummary(text)].filter(Boolean).join(" · "),
      content: renderMarkdown(`${category ? `**答复类别：${category}**\n\n` : ""}${text}`),
      author: [{ name: r.departmentName }],
      category: category ? [{ name: category }] : undefined,
    };
  });
  return buildFeed(
    {
      base: `${origin}/proposals`,
      feedPath: SITE_FEEDS.replies.path,
      origin,
      title: `协商 · ${SITE_FEEDS.replies.title}`,
      description: "承办单位对政协提案的答复，经提案工作人员审核后公开。",
      items,
    },
    format,
  );
}
