// 双通道反馈, the read side: feedback on an entry as each viewer may see it,
// public counts, staff's moderation queue and a department's questions to
// answer. The changes (submit, answer, moderate) are in catalogue-feedback.server.ts.
import { and, asc, eq, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "../../../db/client";
import { catalogueEntries, catalogueFeedback, catalogueItems, catalogues } from "../../../db/catalogues.schema";
import { users } from "../../../db/schema";
import { canModerate, isResponsible, responsibilityOf } from "./catalogues.server";
import { feedbackRights, type FeedbackKind } from "./catalogue-feedback.server";
import type { Moderation } from "./catalogue-feedback-rules";
import type { AppUser } from "../directory/users.server";

type Viewer = AppUser | null;

const asker = alias(users, "feedback_author");
const answerer = alias(users, "feedback_answerer");

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
