// 附议: a signed-in account supports an approved opinion, a published
// recommendation or a public proposal, once. The primary key (subject, id,
// account) makes "once" hold under any concurrency: of simultaneous clicks one
// row is inserted and the rest do nothing. Each support (and its withdrawal)
// is an event. Counts are read from the rows, never stored twice.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db, rowsOf } from "../../../db/client";
import { documents, recommendations } from "../../../db/documents.schema";
import { proposals } from "../../../db/loop.schema";
import { consultationTopics, supports, topicOpinions, type SupportSubject } from "../../../db/participation.schema";
import { DomainError } from "../../utils/errors";
import type { AppUser } from "../directory/users.server";
import { recordEvent } from "../platform/events.server";
import { checkOpinion, checkTopic, opinionActors, topicActors, type Viewer } from "./participation-access";

/** Proposal states in which a proposal is public (it has a case number and a public page). */
export const PUBLIC_PROPOSAL_STATES = ["accepted", "assigned", "replied", "rehandling", "closed", "merged", "not_accepted", "converted"] as const;

/** Lock the item and check that this account may support it now; throws otherwise. */
async function checkSupportable(t: DbOrTx, subject: SupportSubject, id: number, user: AppUser) {
  if (subject === "opinion") {
    const [row] = await t
      .select({ o: topicOpinions, topic: consultationTopics })
      .from(topicOpinions)
      .innerJoin(consultationTopics, eq(consultationTopics.id, topicOpinions.topicId))
      .where(eq(topicOpinions.id, id))
      .for("share", { of: topicOpinions });
    if (!row || row.o.state !== "approved") throw new DomainError("意见不存在或尚未公开", "not_found");
    checkOpinion("support", row.o.state, opinionActors(user, row.o));
    checkTopic("support_opinion", row.topic, topicActors(user));
    return;
  }
  if (subject === "recommendation") {
    const [row] = await t
      .select({ id: recommendations.id })
      .from(recommendations)
      .innerJoin(documents, eq(documents.id, recommendations.documentId))
      .where(and(eq(recommendations.id, id), eq(documents.status, "published"), eq(recommendations.isLeaf, true), isNull(recommendations.removedInVersion)));
    if (!row) throw new DomainError("建议不存在或未公开", "not_found");
    return;
  }
  const [row] = await t
    .select({ id: proposals.id, authorId: proposals.authorId })
    .from(proposals)
    .where(and(eq(proposals.id, id), inArray(proposals.state, [...PUBLIC_PROPOSAL_STATES])));
  if (!row) throw new DomainError("提案不存在或未公开", "not_found");
  if (row.authorId === user.id) throw new DomainError("不能附议自己的提案", "forbidden");
}

/** Support once. Returns whether this call added the support (false: it was already there). */
export async function addSupport(user: AppUser, subject: SupportSubject, id: number) {
  return db.transaction(async (t) => {
    await checkSupportable(t, subject, id, user);
    const [row] = await t.insert(supports).values({ subjectType: subject, subjectId: id, userId: user.id }).onConflictDoNothing().returning();
    if (!row) return false;
    await recordEvent(t, { actorId: user.id, subjectType: `support_${subject}`, subjectId: id, action: "support.added" });
    return true;
  });
}

/** Take one's support back (while supporting is still possible). */
export async function removeSupport(user: AppUser, subject: SupportSubject, id: number) {
  return db.transaction(async (t) => {
    await checkSupportable(t, subject, id, user);
    const [row] = await t
      .delete(supports)
      .where(and(eq(supports.subjectType, subject), eq(supports.subjectId, id), eq(supports.userId, user.id)))
      .returning();
    if (!row) return false;
    await recordEvent(t, { actorId: user.id, subjectType: `support_${subject}`, subjectId: id, action: "support.removed" });
    return true;
  });
}

/** Support counts of several items of one kind. */
export async function supportCounts(subject: SupportSubject, ids: number[], tx: DbOrTx = db) {
  const out = new Map<number, number>(ids.map((id) => [id, 0]));
  if (!ids.length) return out;
  const rows = await tx
    .select({ id: supports.subjectId, n: sql<number>`count(*)::int` })
    .from(supports)
    .where(and(eq(supports.subjectType, subject), inArray(supports.subjectId, ids)))
    .groupBy(supports.subjectId);
  for (const r of rows) out.set(r.id, r.n);
  return out;
}

/** Which of these items this viewer supports. */
export async function supportedBy(viewer: Viewer | null, subject: SupportSubject, ids: number[], tx: DbOrTx = db) {
  if (!viewer || !ids.length) return new Set<number>();
  const rows = await tx
    .select({ id: supports.subjectId })
    .from(supports)
    .where(and(eq(supports.subjectType, subject), eq(supports.userId, viewer.id), inArray(supports.subjectId, ids)));
  return new Set(rows.map((r) => r.id));
}

/** The count, and this viewer's support, of one item: for the support button on a page. */
export async function supportSummary(subject: SupportSubject, id: number, viewer: Viewer | null) {
  const [counts, mine] = await Promise.all([supportCounts(subject, [id]), supportedBy(viewer, subject, [id])]);
  return { subject, id, count: counts.get(id) ?? 0, supported: mine.has(id), signedIn: !!viewer };
}

export interface PopularItem {
  subject: SupportSubject;
  id: number;
  title: string;
  url: string;
  context: string;
  supports: number;
  year: number;
}

const POPULAR_SQL = {
  recommendation: sql`select 'recommendation' as subject, r.id, r.title, '/recommendations/' || r.id as url, d.title as context, d.year
      from recommendations r join documents d on d.id = r.document_id
      where d.status = 'published' and r.is_leaf and r.removed_in_version is null`,
  proposal: sql`select 'proposal' as subject, p.id, p.title, '/proposals/' || p.case_no as url, p.case_no as context, p.year
      from proposals p where p.case_no is not null and p.state in ('accepted', 'assigned', 'replied', 'rehandling', 'closed', 'merged', 'not_accepted', 'converted')`,
  opinion: sql`select 'opinion' as subject, o.id, left(split_part(o.body, E'\\n', 1), 60) as title, '/participation/opinions/' || o.id as url, t.title as context,
      extract(year from (o.created_at at time zone 'Asia/Shanghai'))::int as year
      from topic_opinions o join consultation_topics t on t.id = o.topic_id
      where o.state = 'approved' and t.state in ('open', 'closed', 'summarised')`,
} as const;

/**
 * 最受关注: public items by support, most first (ties: newest first), only
 * those with at least one support. Year: the document's or proposal's session
 * year, or the year an opinion was posted.
 */
export async function mostSupported(filter: { subject?: SupportSubject; year?: number; limit?: number; offset?: number } = {}) {
  const kinds = filter.subject ? [filter.subject] : (["recommendation", "proposal", "opinion"] as const);
  const union = sql.join(kinds.map((k) => sql`(${POPULAR_SQL[k]})`), sql` union all `);
  const where = filter.year ? sql`where x.year = ${filter.year}` : sql``;
  const rows = rowsOf<{ subject: SupportSubject; id: number; title: string; url: string; context: string | null; year: number; supports: number; total: number }>(
    await db.execute(sql`select x.subject, x.id, x.title, x.url, x.context, x.year, s.n as supports, count(*) over ()::int as total
      from (${union}) x
      join (select subject_type::text as subject, subject_id, count(*)::int as n from supports group by subject_type, subject_id) s
        on s.subject = x.subject and s.subject_id = x.id
      ${where}
      order by s.n desc, x.id desc
      limit ${filter.limit ?? 20} offset ${filter.offset ?? 0}`),
  );
  return {
    total: rows[0] ? Number(rows[0].total) : 0,
    items: rows.map(({ total: _total, ...r }) => ({ ...r, id: Number(r.id), year: Number(r.year), supports: Number(r.supports), context: r.context ?? "" }) as PopularItem),
  };
}

/** 最受关注 per kind for the statistics page (the year's top `limit` of each). */
export async function mostSupportedByKind(year: number | undefined, limit = 10) {
  const kinds = ["recommendation", "proposal", "opinion"] as const;
  return Promise.all(kinds.map(async (subject) => ({ subject, items: (await mostSupported({ subject, year, limit })).items })));
}
