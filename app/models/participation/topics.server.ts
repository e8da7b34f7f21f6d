// 协商议题: staff open a consultation topic for a period, close it, reopen it.
// Every change: one transaction, a check against TOPIC_RULES, an event, the
// search index updated in the same transaction, followers notified.
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { documents } from "../../../db/documents.schema";
import { consultationTopics, topicDocuments, topicOpinions, topicSummaries, type TopicState } from "../../../db/participation.schema";
import { organisations } from "../../../db/schema";
import { indexTopic } from "../../../search/index";
import { DomainError } from "../../utils/errors";
import type { AppUser } from "../directory/users.server";
import { recordEvent } from "../platform/events.server";
import { notify } from "../platform/notifications.server";
import { followerIds, isFollowing, setFollow } from "./follows.server";
import { checkTopic, topicActors, type Viewer } from "./participation-access";
import { PUBLIC_TOPIC_STATES, TOPIC_ACTIONS, canMap, topicRefusal } from "./participation-rules";
import type { TopicInput } from "./participation-schemas";

export type Topic = typeof consultationTopics.$inferSelect;

export async function lockTopic(t: DbOrTx, id: number) {
  const [row] = await t.select().from(consultationTopics).where(eq(consultationTopics.id, id)).for("update");
  if (!row) throw new DomainError("议题不存在", "not_found");
  return row;
}

async function documentIdsFor(t: DbOrTx, slugs: string[]) {
  if (!slugs.length) return [];
  const rows = await t
    .select({ id: documents.id, slug: documents.slug })
    .from(documents)
    .where(and(inArray(documents.slug, slugs), eq(documents.status, "published")));
  const missing = slugs.filter((s) => !rows.some((r) => r.slug === s));
  if (missing.length) throw new DomainError(`找不到已发布的文档：${missing.join("、")}`, "invalid", "documents");
  return slugs.map((s) => rows.find((r) => r.slug === s)!.id);
}

async function setDocuments(t: DbOrTx, topicId: number, ids: number[]) {
  await t.delete(topicDocuments).where(eq(topicDocuments.topicId, topicId));
  if (ids.length) await t.insert(topicDocuments).values(ids.map((documentId, position) => ({ topicId, documentId, position })));
}

function columnsOf(input: TopicInput) {
  return {
    title: input.title,
    description: input.description,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    meetingKind: input.meetingKind,
    meetingTitle: input.meetingTitle,
    meetingDate: input.meetingDate,
    organisationId: input.organisationId,
  };
}

/** A new topic, as a draft nobody but staff sees. */
export async function createTopic(user: AppUser, input: TopicInput) {
  if (!topicActors(user).includes("staff")) throw new DomainError("只有工作人员可以设立协商议题", "forbidden");
  return db.transaction(async (t) => {
    const docIds = await documentIdsFor(t, input.documents);
    const [row] = await t.insert(consultationTopics).values({ ...columnsOf(input), createdBy: user.id }).returning();
    await setDocuments(t, row.id, docIds);
    await recordEvent(t, { actorId: user.id, subjectType: "participation_topic", subjectId: row.id, action: "topic.created", toState: "draft" });
    return row;
  });
}

export async function updateTopic(user: AppUser, id: number, input: TopicInput & { version: number }) {
  return db.transaction(async (t) => {
    const topic = await lockTopic(t, id);
    checkTopic("edit", topic, topicActors(user));
    if (topic.version !== input.version) throw new DomainError("议题已被他人修改，请刷新后再保存（您填写的内容保留在下方）", "conflict");
    const docIds = await documentIdsFor(t, input.documents);
    await t
      .update(consultationTopics)
      .set({ ...columnsOf(input), version: sql`${consultationTopics.version} + 1`, updatedAt: new Date() })
      .where(eq(consultationTopics.id, id));
    await setDocuments(t, id, docIds);
    await recordEvent(t, { actorId: user.id, subjectType: "participation_topic", subjectId: id, action: "topic.edited", fromState: topic.state, toState: topic.state });
    await indexTopic(t, id);
  });
}

async function move(user: AppUser, id: number, action: "publish" | "close" | "reopen", extra: Partial<Topic> = {}, now = new Date()) {
  return db.transaction(async (t) => {
    const topic = await lockTopic(t, id);
    checkTopic(action, topic, topicActors(user), now);
    const to: TopicState = action === "close" ? "closed" : "open";
    await t
      .update(consultationTopics)
      .set({ ...extra, state: to, version: sql`${consultationTopics.version} + 1`, updatedAt: now })
      .where(eq(consultationTopics.id, id));
    await recordEvent(t, { actorId: user.id, subjectType: "participation_topic", subjectId: id, action: `topic.${action}`, fromState: topic.state, toState: to });
    await indexTopic(t, id);
    return topic;
  });
}

export async function publishTopic(user: AppUser, id: number, now = new Date()) {
  await move(user, id, "publish", { publishedAt: now }, now);
}

/** 结束征集: no more opinions; followers hear of it. Pending opinions can still be moderated. */
export async function closeTopic(user: AppUser, id: number, now = new Date()) {
  await db.transaction(async (t) => {
    const topic = await lockTopic(t, id);
    checkTopic("close", topic, topicActors(user), now);
    await t
      .update(consultationTopics)
      .set({ state: "closed", closedAt: now, closesAt: topic.closesAt > now ? now : topic.closesAt, version: sql`${consultationTopics.version} + 1`, updatedAt: now })
      .where(eq(consultationTopics.id, id));
    await recordEvent(t, { actorId: user.id, subjectType: "participation_topic", subjectId: id, action: "topic.close", fromState: topic.state, toState: "closed" });
    await indexTopic(t, id);
    await notify(t, {
      userIds: (await followerIds(t, "topic", id)).filter((u) => u !== user.id),
      subject: `协商议题已结束征集：${topic.title}`,
      body: "感谢参与。工作人员将汇总公开的意见，形成报告。",
      link: `/participation/topics/${id}`,
    });
  });
}

/** 重新开放: a new closing time, later than now. */
export async function reopenTopic(user: AppUser, id: number, closesAt: Date, now = new Date()) {
  if (closesAt <= now) throw new DomainError("新的截止时间须晚于现在", "invalid", "closesAt");
  await move(user, id, "reopen", { closesAt, closedAt: null }, now);
}

export async function followTopic(user: AppUser, id: number, follow: boolean) {
  await db.transaction(async (t) => {
    const topic = await lockTopic(t, id);
    checkTopic("follow", topic, topicActors(user));
    await setFollow(t, user.id, "topic", id, follow);
  });
}

/** A topic as this viewer may see it: drafts only for staff. */
export async function getVisibleTopic(id: number, viewer: Viewer | null, tx: DbOrTx = db) {
  const [row] = await tx
    .select({ topic: consultationTopics, organisationName: organisations.name })
    .from(consultationTopics)
    .leftJoin(organisations, eq(organisations.id, consultationTopics.organisationId))
    .where(eq(consultationTopics.id, id));
  if (!row) return null;
  if (!PUBLIC_TOPIC_STATES.includes(row.topic.state) && !topicActors(viewer).includes("staff")) return null;
  return row;
}

/** Everything the topic page needs, with a `can` map from TOPIC_RULES. */
export async function getTopicPage(id: number, viewer: AppUser | null, now = new Date()) {
  const row = await getVisibleTopic(id, viewer);
  if (!row) return null;
  const { topic } = row;
  const actors = topicActors(viewer);
  const [docs, summaries, following] = await Promise.all([
    db
      .select({ slug: documents.slug, title: documents.title })
      .from(topicDocuments)
      .innerJoin(documents, eq(documents.id, topicDocuments.documentId))
      .where(and(eq(topicDocuments.topicId, id), eq(documents.status, "published")))
      .orderBy(asc(topicDocuments.position)),
    topicSummaryReports(id),
    isFollowing(viewer?.id, "topic", id),
  ]);
  const can = canMap(TOPIC_ACTIONS, (a) => topicRefusal(a, topic, actors, now));
  return {
    topic,
    organisationName: row.organisationName,
    documents: docs,
    summaries,
    following,
    can,
    /** Why this viewer cannot post now (not signed in, not open, period over…). */
    postRefusal: topicRefusal("post_opinion", topic, actors, now),
    period: now < topic.opensAt ? ("upcoming" as const) : now >= topic.closesAt ? ("ended" as const) : ("running" as const),
  };
}

/** Published summary reports of a topic (public). */
export function topicSummaryReports(topicId: number) {
  return db
    .select({ slug: documents.slug, title: documents.title })
    .from(topicSummaries)
    .innerJoin(documents, eq(documents.id, topicSummaries.documentId))
    .where(and(eq(topicSummaries.topicId, topicId), eq(documents.status, "published")))
    .orderBy(asc(topicSummaries.id));
}

const approvedCount = sql<number>`(select count(*)::int from ${topicOpinions} o where o.topic_id = ${consultationTopics.id} and o.state = 'approved')`;
const pendingCount = sql<number>`(select count(*)::int from ${topicOpinions} o where o.topic_id = ${consultationTopics.id} and o.state = 'pending')`;

/** Public list: open topics first (closing soonest), then the rest newest first. */
export async function listPublicTopics(filter: { state?: TopicState } = {}) {
  const states = filter.state && PUBLIC_TOPIC_STATES.includes(filter.state) ? [filter.state] : PUBLIC_TOPIC_STATES;
  return db
    .select({
      id: consultationTopics.id,
      title: consultationTopics.title,
      state: consultationTopics.state,
      opensAt: consultationTopics.opensAt,
      closesAt: consultationTopics.closesAt,
      meetingKind: consultationTopics.meetingKind,
      meetingTitle: consultationTopics.meetingTitle,
      meetingDate: consultationTopics.meetingDate,
      publishedAt: consultationTopics.publishedAt,
      updatedAt: consultationTopics.updatedAt,
      organisationName: organisations.name,
      opinions: approvedCount,
    })
    .from(consultationTopics)
    .leftJoin(organisations, eq(organisations.id, consultationTopics.organisationId))
    .where(inArray(consultationTopics.state, states))
    .orderBy(sql`case when ${consultationTopics.state} = 'open' then 0 else 1 end`, sql`case when ${consultationTopics.state} = 'open' then ${consultationTopics.closesAt} end asc`, desc(consultationTopics.id));
}

/** Staff: every topic with its counts, drafts included. */
export function listAllTopics() {
  return db
    .select({
      id: consultationTopics.id,
      title: consultationTopics.title,
      state: consultationTopics.state,
      opensAt: consultationTopics.opensAt,
      closesAt: consultationTopics.closesAt,
      opinions: approvedCount,
      pending: pendingCount,
    })
    .from(consultationTopics)
    .orderBy(desc(consultationTopics.id));
}

/** The form's values for editing: background documents as slugs. */
export async function topicDocumentSlugs(topicId: number) {
  const rows = await db
    .select({ slug: documents.slug })
    .from(topicDocuments)
    .innerJoin(documents, eq(documents.id, topicDocuments.documentId))
    .where(eq(topicDocuments.topicId, topicId))
    .orderBy(asc(topicDocuments.position));
  return rows.map((r) => r.slug);
}
