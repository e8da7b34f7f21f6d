// 双通道反馈: anyone signed in asks a question or reports an error on a
// published entry; the responsible department answers. Staff moderate both
// the question and the answer before the public sees them. Unanswered
// feedback shows its age. Every change is one transaction with its event.
import { and, asc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "../../../db/client";
import { catalogueEntries, catalogueFeedback, catalogueFeedbackKindEnum, catalogueItems, catalogues } from "../../../db/catalogues.schema";
import { users } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { canModerate, isResponsible, responsibilityOf, type Responsibility } from "./catalogues.server";
import { ENTRY_RULES } from "./catalogue-entry-rules";
import { ANSWER_RULES, answerStateOf, QUESTION_RULES, type FeedbackActor, type Moderation } from "./catalogue-feedback-rules";
import { allows, assertAllowed, refusedOnlyBy } from "../platform/state-table";
import { recordEvent } from "../platform/events.server";
import type { AppUser } from "../directory/users.server";
import { updateVersioned } from "../platform/versioned.server";

export type FeedbackKind = (typeof catalogueFeedbackKindEnum.enumValues)[number];
type Viewer = AppUser | null;

/** An actor's relations to one piece of feedback, for the state table (catalogue-feedback-rules.ts). */
export function feedbackActors(user: Viewer, r: Responsibility, f?: { answeredBy: string | null; answerStatus: Moderation | null }): FeedbackActor[] {
  if (!user) return [];
  const actors: FeedbackActor[] = [];
  if (canModerate(user)) actors.push("staff");
  if (isResponsible(user, r)) actors.push("responsible");
  if (f && f.answerStatus === "pending" && f.answeredBy === user.id) actors.push("answerer");
  return actors;
}

/** What this viewer may do with one piece of feedback (the entry page's per-item `can`). */
export function feedbackRights(viewer: Viewer, r: Responsibility, f: { status: Moderation; answerStatus: Moderation | null; answeredBy: string | null }) {
  const facts = { actors: feedbackActors(viewer, r, f), within: f.status, state: answerStateOf(f) };
  return {
    moderate: allows(QUESTION_RULES.moderate, { actors: facts.actors, state: f.status }),
    answer: allows(ANSWER_RULES.answer, facts),
    approveAnswer: allows(ANSWER_RULES.approve_answer, facts),
    rejectAnswer: allows(ANSWER_RULES.reject_answer, facts),
    /** Staff who wrote the pending answer: another person must moderate it. */
    ownAnswer: refusedOnlyBy(ANSWER_RULES.reject_answer, facts, "notBy"),
  };
}

const asker = alias(users, "feedback_author");
/** Moderation is staff's whatever the entry: the actor check needs no responsibility (and runs before the row is read). */
const NO_RESPONSIBILITY: Responsibility = { departmentId: null, organisationId: null };
const answerer = alias(users, "feedback_answerer");

async function loadFeedback(id: number) {
  const [row] = await db
    .select({ feedback: catalogueFeedback, entry: catalogueEntries, item: catalogueItems, catalogue: catalogues })
    .from(catalogueFeedback)
    .innerJoin(catalogueEntries, eq(catalogueEntries.id, catalogueFeedback.entryId))
    .innerJoin(catalogueItems, eq(catalogueItems.id, catalogueEntries.itemId))
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .where(eq(catalogueFeedback.id, id));
  if (!row) throw new DomainError("反馈不存在", "not_found");
  return { ...row, responsibility: responsibilityOf(row.item, row.catalogue) };
}

export async function submitFeedback(entryId: number, input: { kind: FeedbackKind; body: string }, user: AppUser) {
  const body = input.body.replace(/\r\n/g, "\n").trim();
  if (body.length < 5) throw new DomainError("请至少写 5 个字，说明您的问题或发现的错误", "invalid", "body");
  if (body.length > 2000) throw new DomainError("不能超过 2000 个字符", "invalid", "body");
  return db.transaction(async (t) => {
    const [entry] = await t.select({ id: catalogueEntries.id, status: catalogueEntries.status }).from(catalogueEntries).where(eq(catalogueEntries.id, entryId));
    if (!entry) throw new DomainError("公开信息不存在", "not_found");
    assertAllowed(ENTRY_RULES.ask, { state: entry.status, actors: ["signed_in"] });
    // One pending question at a time per person and entry keeps the queue honest.
    const [{ n }] = await t
      .select({ n: sql<number>`count(*)::int` })
      .from(catalogueFeedback)
      .where(and(eq(catalogueFeedback.entryId, entryId), eq(catalogueFeedback.authorId, user.id), eq(catalogueFeedback.status, "pending")));
    if (n >= 3) throw new DomainError("您在这条信息下已有 3 条待审核的反馈，请等待审核后再提交", "throttled", "body");
    const [row] = await t.insert(catalogueFeedback).values({ entryId, kind: input.kind, body, authorId: user.id }).returning();
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "catalogue_feedback",
      subjectId: row.id,
      action: "catalogue_feedback.submitted",
      toState: "pending",
      data: { entryId, kind: input.kind },
    });
    return row;
  });
}

export async function answerFeedback(feedbackId: number, answer: string, user: AppUser) {
  const text = answer.replace(/\r\n/g, "\n").trim();
  if (text.length < 2) throw new DomainError("请填写答复内容", "invalid", "answer");
  if (text.length > 5000) throw new DomainError("答复不能超过 5000 个字符", "invalid", "answer");
  const ctx = await loadFeedback(feedbackId);
  const answerState = answerStateOf(ctx.feedback);
  // A pending answer may be rewritten until it is moderated (`revise`).
  assertAllowed(ANSWER_RULES[answerState === "pending" ? "revise" : "answer"], {
    actors: feedbackActors(user, ctx.responsibility),
    within: ctx.feedback.status,
    state: answerState,
  });
  return db.transaction(async (t) => {
    const row = await updateVersioned(t, catalogueFeedback, { id: feedbackId, expectedVersion: ctx.feedback.version, conflict: "该反馈刚被他人处理，请刷新后再试" }, { answer: text, answeredBy: user.id, answeredAt: new Date(), answerStatus: "pending", answerModeratedBy: null, answerModeratedAt: null });
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "catalogue_feedback",
      subjectId: feedbackId,
      action: "catalogue_feedback.answered",
      fromState: ctx.feedback.answerStatus ?? "unanswered",
      toState: "answer_pending",
    });
    return row;
  });
}

export async function moderateFeedback(feedbackId: number, decision: "approved" | "rejected", note: string, user: AppUser) {
  assertAllowed(QUESTION_RULES.moderate, { actors: feedbackActors(user, NO_RESPONSIBILITY) });
  const ctx = await loadFeedback(feedbackId);
  assertAllowed(QUESTION_RULES.moderate, { state: ctx.feedback.status });
  return db.transaction(async (t) => {
    const row = await updateVersioned(t, catalogueFeedback, { id: feedbackId, expectedVersion: ctx.feedback.version, conflict: "该反馈刚被他人处理，请刷新后再试" }, { status: decision, moderatedBy: user.id, moderatedAt: new Date(), moderationNote: note.trim() || null });
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "catalogue_feedback",
      subjectId: feedbackId,
      action: `catalogue_feedback.${decision}`,
      fromState: "pending",
      toState: decision,
      note: note.trim() || null,
    });
    return row;
  });
}

export async function moderateAnswer(feedbackId: number, decision: "approved" | "rejected", user: AppUser) {
  const rule = ANSWER_RULES[decision === "approved" ? "approve_answer" : "reject_answer"];
  assertAllowed(rule, { actors: feedbackActors(user, NO_RESPONSIBILITY) }, ["actor"]);
  const ctx = await loadFeedback(feedbackId);
  assertAllowed(rule, { actors: feedbackActors(user, ctx.responsibility, ctx.feedback), state: answerStateOf(ctx.feedback), within: ctx.feedback.status });
  return db.transaction(async (t) => {
    const row = await updateVersioned(t, catalogueFeedback, { id: feedbackId, expectedVersion: ctx.feedback.version, conflict: "该反馈刚被他人处理，请刷新后再试" }, { answerStatus: decision, answerModeratedBy: user.id, answerModeratedAt: new Date() });
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "catalogue_feedback",
      subjectId: feedbackId,
      action: `catalogue_feedback.answer_${decision}`,
      fromState: "answer_pending",
      toState: `answer_${decision}`,
    });
    return row;
  });
}

export interface FeedbackView {
  id: number;
  kind: FeedbackKind;
  body: string;
  authorName: string;
  mine: boolean;
  createdAt: Date;
  status: Moderation;
  answer: string | null;
  answerStatus: Moderation | null;
  answeredAt: Date | null;
  answererName: string | null;
  /** Days since it was asked, while no answer is public. */
  waitingDays: number | null;
  /** What this viewer may do with it (from the state table). */
  can: ReturnType<typeof feedbackRights>;
}

const DAY_MS = 86_400_000;

/**
 * Feedback on an entry as this viewer may see it: the public sees approved
 * questions and approved answers; the asker sees their own; the responsible
 * department and staff see everything (to answer and moderate).
 */
export async function listFeedback(entryId: number, viewer: Viewer, now = new Date()): Promise<FeedbackView[]> {
  const [ctxRow] = await db
    .select({ item: catalogueItems, catalogue: catalogues })
    .from(catalogueEntries)
    .innerJoin(catalogueItems, eq(catalogueItems.id, catalogueEntries.itemId))
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .where(eq(catalogueEntries.id, entryId));
  if (!ctxRow) return [];
  const responsibility = responsibilityOf(ctxRow.item, ctxRow.catalogue);
  const staffView = canModerate(viewer) || isResponsible(viewer, responsibility);
  const rows = await db
    .select({ f: catalogueFeedback, authorName: asker.displayName, answererName: answerer.displayName })
    .from(catalogueFeedback)
    .innerJoin(asker, eq(asker.id, catalogueFeedback.authorId))
    .leftJoin(answerer, eq(answerer.id, catalogueFeedback.answeredBy))
    .where(
      and(
        eq(catalogueFeedback.entryId, entryId),
        staffView ? undefined : or(eq(catalogueFeedback.status, "approved"), viewer ? eq(catalogueFeedback.authorId, viewer.id) : sql`false`),
      ),
    )
    .orderBy(asc(catalogueFeedback.createdAt), asc(catalogueFeedback.id));
  return rows.map(({ f, authorName, answererName }) => {
    const answerVisible = staffView || f.answerStatus === "approved";
    return {
      id: f.id,
      kind: f.kind,
      body: f.body,
      authorName,
      mine: !!viewer && f.authorId === viewer.id,
      createdAt: f.createdAt,
      status: f.status,
      answer: answerVisible ? f.answer : null,
      answerStatus: answerVisible ? f.answerStatus : null,
      answeredAt: answerVisible ? f.answeredAt : null,
      answererName: answerVisible ? answererName : null,
      waitingDays: f.answerStatus === "approved" || f.status === "rejected" ? null : Math.floor((now.getTime() - f.createdAt.getTime()) / DAY_MS),
      can: feedbackRights(viewer, responsibility, f),
    };
  });
}

/** Public counts per entry: approved questions and those still without a public answer. */
export async function feedbackCounts(entryIds: number[]) {
  if (!entryIds.length) return new Map<number, { total: number; unanswered: number }>();
  const rows = await db
    .select({
      entryId: catalogueFeedback.entryId,
      total: sql<number>`count(*)::int`,
      unanswered: sql<number>`count(*) filter (where ${catalogueFeedback.answerStatus} is distinct from 'approved')::int`,
    })
    .from(catalogueFeedback)
    .where(and(inArray(catalogueFeedback.entryId, entryIds), eq(catalogueFeedback.status, "approved")))
    .groupBy(catalogueFeedback.entryId);
  return new Map(rows.map((r) => [r.entryId, { total: r.total, unanswered: r.unanswered }]));
}

const queueColumns = {
  id: catalogueFeedback.id,
  kind: catalogueFeedback.kind,
  body: catalogueFeedback.body,
  status: catalogueFeedback.status,
  answer: catalogueFeedback.answer,
  answerStatus: catalogueFeedback.answerStatus,
  answeredBy: catalogueFeedback.answeredBy,
  createdAt: catalogueFeedback.createdAt,
  answeredAt: catalogueFeedback.answeredAt,
  entryId: catalogueEntries.id,
  entryTitle: catalogueEntries.title,
  authorName: asker.displayName,
  responsibleDepartmentId: sql<number | null>`coalesce(${catalogueItems.responsibleDepartmentId}, ${catalogues.ownerDepartmentId})`,
};

function withAge<T extends { createdAt: Date }>(rows: T[], now: Date) {
  return rows.map((r) => ({ ...r, waitingDays: Math.floor((now.getTime() - r.createdAt.getTime()) / DAY_MS) }));
}

function withRights<T extends { status: Moderation; answerStatus: Moderation | null; answeredBy: string | null; responsibleDepartmentId: number | null }>(rows: T[], viewer: Viewer) {
  return rows.map((r) => ({ ...r, can: feedbackRights(viewer, { departmentId: r.responsibleDepartmentId, organisationId: null }, r) }));
}

/** Staff: questions and answers waiting for moderation, and approved questions still unanswered (oldest first), with what the viewer may do. */
export async function moderationQueue(viewer: Viewer = null, now = new Date()) {
  const base = () =>
    db
      .select(queueColumns)
      .from(catalogueFeedback)
      .innerJoin(catalogueEntries, eq(catalogueEntries.id, catalogueFeedback.entryId))
      .innerJoin(catalogueItems, eq(catalogueItems.id, catalogueEntries.itemId))
      .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
      .innerJoin(asker, eq(asker.id, catalogueFeedback.authorId));
  const [questions, answers, unanswered] = await Promise.all([
    base().where(eq(catalogueFeedback.status, "pending")).orderBy(asc(catalogueFeedback.createdAt)),
    base().where(eq(catalogueFeedback.answerStatus, "pending")).orderBy(asc(catalogueFeedback.answeredAt)),
    base()
      .where(and(eq(catalogueFeedback.status, "approved"), or(isNull(catalogueFeedback.answerStatus), ne(catalogueFeedback.answerStatus, "approved"))))
      .orderBy(asc(catalogueFeedback.createdAt)),
  ]);
  return {
    questions: withRights(withAge(questions, now), viewer),
    answers: withRights(withAge(answers, now), viewer),
    unanswered: withRights(withAge(unanswered, now), viewer),
  };
}

/** A department's feedback still to answer (not rejected, no answer yet or the answer was rejected). */
export async function feedbackToAnswer(departmentId: number, now = new Date()) {
  const rows = await db
    .select(queueColumns)
    .from(catalogueFeedback)
    .innerJoin(catalogueEntries, eq(catalogueEntries.id, catalogueFeedback.entryId))
    .innerJoin(catalogueItems, eq(catalogueItems.id, catalogueEntries.itemId))
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .innerJoin(asker, eq(asker.id, catalogueFeedback.authorId))
    .where(
      and(
        ne(catalogueFeedback.status, "rejected"),
        or(isNull(catalogueFeedback.answerStatus), eq(catalogueFeedback.answerStatus, "rejected")),
        sql`coalesce(${catalogueItems.responsibleDepartmentId}, ${catalogues.ownerDepartmentId}) = ${departmentId}`,
      ),
    )
    .orderBy(asc(catalogueFeedback.createdAt));
  return withAge(rows, now);
}
