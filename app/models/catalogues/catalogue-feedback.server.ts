// 双通道反馈: anyone signed in asks a question or reports an error on a
// published entry; the responsible department answers. Staff moderate both
// the question and the answer before the public sees them. Unanswered
// feedback shows its age. Every change is one transaction with its event.
import { and, eq, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { catalogueEntries, catalogueFeedback, catalogueFeedbackKindEnum, catalogueItems, catalogues } from "../../../db/catalogues.schema";
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

/** Moderation is staff's whatever the entry: the actor check needs no responsibility (and runs before the row is read). */
const NO_RESPONSIBILITY: Responsibility = { departmentId: null, organisationId: null };

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
