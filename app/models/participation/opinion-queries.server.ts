// Reading opinions as each viewer may: the public reads approved opinions only
// (with their support counts); authors also see their own, whatever became of
// them (with the reason); staff see the moderation queue and the log.
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, rowsOf } from "../../../db/client";
import { events, users } from "../../../db/schema";
import { consultationTopics, supports, topicOpinions, type OpinionState, type TopicState } from "../../../db/participation.schema";
import { opinionActors, topicActors, type Viewer } from "./participation-access";
import { OPINION_ACTIONS, PUBLIC_OPINION_STATES, PUBLIC_TOPIC_STATES, canMap, opinionRefusal, topicRefusal } from "./participation-rules";
import { supportedBy } from "./supports.server";

const authorUser = alias(users, "opinion_author");
const supportCount = sql<number>`(select count(*)::int from ${supports} s where s.subject_type = 'opinion' and s.subject_id = ${topicOpinions.id})`;
const mergedCount = sql<number>`(select count(*)::int from topic_opinions m where m.merged_into_id = ${topicOpinions.id} and m.state = 'merged')`;

export type OpinionSort = "support" | "time";
export const OPINIONS_PER_PAGE = 20;

const columns = {
  id: topicOpinions.id,
  topicId: topicOpinions.topicId,
  authorId: topicOpinions.authorId,
  authorName: authorUser.displayName,
  asMember: topicOpinions.asMember,
  body: topicOpinions.body,
  state: topicOpinions.state,
  reason: topicOpinions.reason,
  mergedIntoId: topicOpinions.mergedIntoId,
  flaggedWords: topicOpinions.flaggedWords,
  createdAt: topicOpinions.createdAt,
  moderatedAt: topicOpinions.moderatedAt,
  supports: supportCount,
  merged: mergedCount,
};

/** Approved opinions of a public topic, by support (最受关注) or newest first, a page at a time. */
export async function listTopicOpinions(topic: { id: number; state: TopicState; opensAt: Date; closesAt: Date }, viewer: Viewer | null, options: { sort?: OpinionSort; page?: number; perPage?: number } = {}) {
  const perPage = options.perPage ?? OPINIONS_PER_PAGE;
  const page = Math.max(1, options.page ?? 1);
  const where = and(eq(topicOpinions.topicId, topic.id), inArray(topicOpinions.state, PUBLIC_OPINION_STATES));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(columns)
      .from(topicOpinions)
      .innerJoin(authorUser, eq(authorUser.id, topicOpinions.authorId))
      .where(where)
      .orderBy(...(options.sort === "time" ? [desc(topicOpinions.id)] : [desc(supportCount), desc(topicOpinions.id)]))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ total: sql<number>`count(*)::int` }).from(topicOpinions).where(where),
  ]);
  const mine = await supportedBy(viewer, "opinion", rows.map((r) => r.id));
  const topicSupport = topicRefusal("support_opinion", topic, topicActors(viewer));
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / perPage)),
    opinions: rows.map(({ authorId, flaggedWords: _f, ...r }) => {
      const actors = opinionActors(viewer, { authorId });
      const can = canMap(OPINION_ACTIONS, (a) => opinionRefusal(a, r.state, actors) ?? (a === "support" ? topicSupport : null));
      return { ...r, mine: !!viewer && viewer.id === authorId, supported: mine.has(r.id), can };
    }),
  };
}

/** The viewer's own opinions on a topic that are not public (pending, rejected, merged…), with the reason. */
export async function myTopicOpinions(topicId: number, viewer: Viewer | null) {
  if (!viewer) return [];
  const rows = await db
    .select(columns)
    .from(topicOpinions)
    .innerJoin(authorUser, eq(authorUser.id, topicOpinions.authorId))
    .where(and(eq(topicOpinions.topicId, topicId), eq(topicOpinions.authorId, viewer.id), ne(topicOpinions.state, "approved")))
    .orderBy(desc(topicOpinions.id));
  return rows.map(({ authorId, ...r }) => ({ ...r, can: canMap(OPINION_ACTIONS, (a) => opinionRefusal(a, r.state, opinionActors(viewer, { authorId }))) }));
}

/** One opinion: approved ones for everyone (on a public topic), others for their author and staff. */
export async function getOpinionPage(id: number, viewer: Viewer | null) {
  const [row] = await db
    .select({ o: columns, topic: consultationTopics })
    .from(topicOpinions)
    .innerJoin(authorUser, eq(authorUser.id, topicOpinions.authorId))
    .innerJoin(consultationTopics, eq(consultationTopics.id, topicOpinions.topicId))
    .where(eq(topicOpinions.id, id));
  if (!row) return null;
  const actors = opinionActors(viewer, { authorId: row.o.authorId });
  const isPublic = PUBLIC_OPINION_STATES.includes(row.o.state) && PUBLIC_TOPIC_STATES.includes(row.topic.state);
  if (!isPublic && !actors.includes("author") && !actors.includes("staff")) return null;
  const supported = await supportedBy(viewer, "opinion", [id]);
  const topicSupport = topicRefusal("support_opinion", row.topic, topicActors(viewer));
  const { authorId, flaggedWords, ...o } = row.o;
  return {
    opinion: { ...o, flaggedWords: actors.includes("staff") ? flaggedWords : [], mine: actors.includes("author"), supported: supported.has(id) },
    isPublic,
    topic: { id: row.topic.id, title: row.topic.title, state: row.topic.state },
    can: canMap(OPINION_ACTIONS, (a) => opinionRefusal(a, o.state, actors) ?? (a === "support" ? topicSupport : null)),
    authorId: actors.includes("staff") ? authorId : null,
  };
}

/** Staff: opinions waiting for moderation, oldest first, with what each could be merged into. */
export async function opinionModerationQueue() {
  const pending = await db
    .select({ ...columns, topicTitle: consultationTopics.title })
    .from(topicOpinions)
    .innerJoin(authorUser, eq(authorUser.id, topicOpinions.authorId))
    .innerJoin(consultationTopics, eq(consultationTopics.id, topicOpinions.topicId))
    .where(eq(topicOpinions.state, "pending"))
    .orderBy(asc(topicOpinions.createdAt), asc(topicOpinions.id))
    .limit(200);
  const topicIds = [...new Set(pending.map((p) => p.topicId))];
  const targets = topicIds.length
    ? await db
        .select({ id: topicOpinions.id, topicId: topicOpinions.topicId, body: topicOpinions.body })
        .from(topicOpinions)
        .where(and(inArray(topicOpinions.topicId, topicIds), eq(topicOpinions.state, "approved")))
        .orderBy(desc(topicOpinions.id))
    : [];
  return pending.map(({ authorId: _a, ...p }) => ({
    ...p,
    mergeTargets: targets.filter((t) => t.topicId === p.topicId).slice(0, 100).map((t) => ({ id: t.id, excerpt: t.body.slice(0, 40) })),
  }));
}

/** Opinions for a staff export: everything but withdrawn ones, with the moderation outcome. */
export function staffOpinionRows(topicId: number) {
  return db
    .select(columns)
    .from(topicOpinions)
    .innerJoin(authorUser, eq(authorUser.id, topicOpinions.authorId))
    .where(and(eq(topicOpinions.topicId, topicId), ne(topicOpinions.state, "withdrawn")))
    .orderBy(desc(supportCount), asc(topicOpinions.id));
}

/** Approved opinions of one topic by id, for the summary draft. */
export function approvedOpinions(topicId: number, ids?: number[]) {
  return db
    .select(columns)
    .from(topicOpinions)
    .innerJoin(authorUser, eq(authorUser.id, topicOpinions.authorId))
    .where(and(eq(topicOpinions.topicId, topicId), eq(topicOpinions.state, "approved"), ids ? inArray(topicOpinions.id, ids.length ? ids : [-1]) : undefined))
    .orderBy(desc(supportCount), asc(topicOpinions.id));
}

/** Count of opinions per state for one topic (staff). */
export async function opinionStateCounts(topicId: number) {
  const rows = await db
    .select({ state: topicOpinions.state, n: sql<number>`count(*)::int` })
    .from(topicOpinions)
    .where(eq(topicOpinions.topicId, topicId))
    .groupBy(topicOpinions.state);
  return Object.fromEntries(rows.map((r) => [r.state, r.n])) as Partial<Record<OpinionState, number>>;
}

const MODERATION_SUBJECTS = ["participation_opinion", "participation_lead", "participation_topic", "moderation_word"];

/** 审核记录: every participation decision, newest first (read from the append-only events). */
export async function moderationLog(limit = 200) {
  const actor = alias(users, "log_actor");
  return db
    .select({
      id: events.id,
      occurredAt: events.occurredAt,
      subjectType: events.subjectType,
      subjectId: events.subjectId,
      action: events.action,
      fromState: events.fromState,
      toState: events.toState,
      note: events.note,
      actorName: actor.displayName,
    })
    .from(events)
    .leftJoin(actor, eq(actor.id, events.actorId))
    .where(and(inArray(events.subjectType, MODERATION_SUBJECTS), sql`${events.action} not like '%followed'`))
    .orderBy(desc(events.id))
    .limit(limit);
}

/** My participation: opinions I posted (all states) across topics. */
export async function myOpinions(userId: string) {
  const rows = rowsOf<{ id: number; topic_id: number; topic_title: string; body: string; state: OpinionState; reason: string | null; created_at: string | Date; supports: number }>(
    await db.execute(sql`select o.id, o.topic_id, t.title as topic_title, o.body, o.state, o.reason, o.created_at,
        (select count(*)::int from supports s where s.subject_type = 'opinion' and s.subject_id = o.id) as supports
      from topic_opinions o join consultation_topics t on t.id = o.topic_id
      where o.author_id = ${userId} order by o.id desc limit 200`),
  );
  return rows.map((r) => ({ id: r.id, topicId: r.topic_id, topicTitle: r.topic_title, body: r.body, state: r.state, reason: r.reason, createdAt: new Date(r.created_at), supports: Number(r.supports) }));
}
