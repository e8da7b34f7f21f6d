// Read models for proposal pages: what each viewer may see of a proposal.
import { and, desc, eq, inArray, isNotNull, notInArray, or, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { assignments, cosigners, proposals, replies } from "../../../db/loop.schema";
import { follows } from "../../../db/notifications.schema";
import { departments, events, organisations, users } from "../../../db/schema";
import { documents } from "../../../db/documents.schema";
import { overdueDays } from "./handling.server";
import { listAssignments, listEvaluations, listReplies } from "./handling-queries.server";
import { todayInBeijing } from "../platform/calendar";
import type { Proposal } from "./proposals.server";

/** Timeline events whose note is not for the public. */
const PRIVATE_NOTES = new Set(["proposal.evaluated", "proposal.rehandling", "proposal.merged_in"]);

export async function publicTimeline(p: Proposal) {
  const rows = await db
    .select({ id: events.id, at: events.occurredAt, action: events.action, note: events.note, data: events.data, actorName: users.displayName })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .where(and(eq(events.subjectType, "proposal"), eq(events.subjectId, String(p.id))))
    .orderBy(events.id);
  // The public timeline starts at submission; drafting and co-signing stay private.
  const visible = new Set([
    "proposal.submitted",
    "proposal.accepted",
    "proposal.assigned",
    "proposal.merged_in",
    "assignment.signed",
    "assignment.reassignment_approved",
    "reply.published",
    "proposal.replied",
    "proposal.evaluated",
    "proposal.rehandling",
    "proposal.closed",
    "proposal.closed_after_silence",
    "proposal.marked_key",
  ]);
  const deptIds = rows.map((r) => Number((r.data as { departmentId?: number }).departmentId)).filter((n) => n > 0);
  const names = deptIds.length
    ? new Map((await db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, deptIds))).map((d) => [d.id, d.name]))
    : new Map<number, string>();
  return rows
    .filter((r) => visible.has(r.action))
    .map((r) => {
      const data = r.data as { departmentId?: number; role?: string; deadline?: string; category?: string; caseNo?: string; attitude?: string; result?: string };
      return {
        id: r.id,
        at: r.at.toISOString(),
        action: r.action,
        // The evaluation's note is the proposer's, and so is re-handling's (the 不满意
        // comment); a merged-in proposal's note is its title, and a proposal that was
        // never accepted is not public (并案).
        note: PRIVATE_NOTES.has(r.action) ? null : r.note,
        department: data.departmentId ? (names.get(data.departmentId) ?? null) : null,
        role: data.role ?? null,
        deadline: data.deadline ?? null,
        category: data.category ?? null,
        caseNo: data.caseNo ?? null,
        attitude: data.attitude ?? null,
        result: data.result ?? null,
      };
    });
}

/**
 * Who the public page names as proposer(s) (issue 15): the organisation for a
 * party's proposal, else the author and the co-signers who confirmed — and
 * nobody when the proposer chose 不同意公开 on the form.
 */
export async function publicProposers(p: Proposal): Promise<{ consented: boolean; names: string[] }> {
  if (!p.publicConsent) return { consented: false, names: [] };
  if (p.organisationId) {
    const [o] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, p.organisationId));
    return { consented: true, names: o ? [o.name] : [] };
  }
  const rows = await db
    .select({ id: users.id, name: users.displayName, state: cosigners.state })
    .from(users)
    .leftJoin(cosigners, and(eq(cosigners.userId, users.id), eq(cosigners.proposalId, p.id)))
    .where(or(eq(users.id, p.authorId), and(eq(cosigners.proposalId, p.id), eq(cosigners.state, "confirmed"))));
  const author = rows.filter((r) => r.id === p.authorId);
  const signers = rows.filter((r) => r.id !== p.authorId && r.state === "confirmed");
  return { consented: true, names: [...author, ...signers].map((r) => r.name) };
}

/**
 * A proposal's handling for a page or the API. `includeUnpublishedReplies`: the
 * handlers' and staff's view (every reply, co-opinions, review notes).
 * `includeEvaluationComments`: the proposer's words to the departments (评价意见)
 * — for the proposers, the handling departments and staff; the public sees the
 * ratings only (DESIGN.md: departments read the evaluation; it is not among what
 * the public browses).
 */
export async function proposalDetail(p: Proposal, options: { includeUnpublishedReplies: boolean; includeEvaluationComments: boolean }) {
  const [assigned, replyRows, evals, doc] = await Promise.all([
    listAssignments(p.id),
    listReplies(p.id, !options.includeUnpublishedReplies),
    listEvaluations(p.id),
    p.documentId ? db.select({ slug: documents.slug }).from(documents).where(eq(documents.id, p.documentId)) : Promise.resolve([]),
  ]);
  const today = todayInBeijing();
  return {
    // Who created the assignment is internal (a user id): not in any payload.
    assignments: assigned.map(({ a: { createdBy: _createdBy, ...a }, departmentName }) => ({ ...a, assignedAt: a.assignedAt.toISOString(), signedAt: a.signedAt?.toISOString() ?? null, departmentName, overdueDays: overdueDays(a, today) })),
    replies: replyRows
      .filter(({ r }) => options.includeUnpublishedReplies || r.kind !== "co_opinion")
      .map(({ r, departmentName, role, adoptions }, _i, all) => ({
        id: r.id,
        correctsId: r.correctsId,
        // A published correction points here: the original stays, marked corrected.
        correctedBy: all.find((x) => x.r.correctsId === r.id && x.r.state === "published")?.r.id ?? null,
        kind: r.kind,
        category: r.category,
        // Without the proposer's consent the public sees the category, not the text.
        body: options.includeUnpublishedReplies || r.consentToPublish ? r.body : null,
        state: r.state,
        reviewNote: options.includeUnpublishedReplies ? r.reviewNote : null,
        createdAt: r.createdAt.toISOString(),
        departmentName,
        role,
        // 采纳情况: public with the reply, as on the recommendations' pages.
        adoptions,
      })),
    evaluations: evals.map((e) => ({ id: e.id, attitude: e.attitude, result: e.result, comment: options.includeEvaluationComments ? e.comment : null, at: e.createdAt.toISOString() })),
    documentSlug: doc[0]?.slug ?? null,
  };
}

export interface PublicFilters {
  state?: Proposal["state"];
  departmentId?: number;
  category?: "A" | "B" | "C" | "D";
  overdue?: boolean;
  year?: number;
}

/** Accepted proposals for the public list, with their departments and overdue days. */
export async function listPublicProposals(f: PublicFilters, page: number, perPage = 20) {
  const today = todayInBeijing();
  const where = and(
    isNotNull(proposals.caseNo),
    notInArray(proposals.state, ["draft", "submitted", "withdrawn"]),
    f.state ? eq(proposals.state, f.state) : undefined,
    f.year ? eq(proposals.year, f.year) : undefined,
    f.departmentId ? sql`exists (select 1 from ${assignments} a where a.proposal_id = ${proposals.id} and a.department_id = ${f.departmentId} and a.state <> 'withdrawn')` : undefined,
    f.category ? sql`exists (select 1 from ${replies} r join ${assignments} a on a.id = r.assignment_id where a.proposal_id = ${proposals.id} and r.state = 'published' and r.category = ${f.category})` : undefined,
    f.overdue
      ? sql`exists (select 1 from ${assignments} a where a.proposal_id = ${proposals.id} and a.state in ('assigned','signed','reassignment_requested','rehandling') and a.deadline < ${today})`
      : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(proposals).where(where).orderBy(desc(proposals.caseNo)).limit(perPage).offset((page - 1) * perPage),
    db.select({ total: sql<number>`count(*)::int` }).from(proposals).where(where),
  ]);
  const ids = rows.map((r) => r.id);
  const assigned = ids.length
    ? await db
        .select({ a: assignments, departmentName: departments.name })
        .from(assignments)
        .innerJoin(departments, eq(departments.id, assignments.departmentId))
        .where(and(inArray(assignments.proposalId, ids), notInArray(assignments.state, ["withdrawn"])))
    : [];
  return {
    total,
    rows: rows.map((p) => {
      const mine = assigned.filter((x) => x.a.proposalId === p.id);
      return {
        id: p.id,
        caseNo: p.caseNo!,
        title: p.title,
        state: p.state,
        kind: p.kind,
        year: p.year,
        isKey: p.isKey,
        departments: mine.map((x) => ({ name: x.departmentName, role: x.a.role })),
        overdueDays: Math.max(0, ...mine.map((x) => overdueDays(x.a, today))),
      };
    }),
  };
}

/** Supervision board (督办): key proposals and every overdue assignment. */
export async function supervisionBoard() {
  const today = todayInBeijing();
  const open = await db
    .select({ a: assignments, departmentName: departments.name, caseNo: proposals.caseNo, title: proposals.title, isKey: proposals.isKey, leader: proposals.supervisingLeader, proposalId: proposals.id })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .innerJoin(proposals, eq(proposals.id, assignments.proposalId))
    .where(inArray(assignments.state, ["assigned", "signed", "reassignment_requested", "rehandling"]));
  const key = await db.select().from(proposals).where(and(eq(proposals.isKey, true), isNotNull(proposals.caseNo))).orderBy(proposals.caseNo);
  return {
    key: key.map((p) => ({ id: p.id, caseNo: p.caseNo!, title: p.title, state: p.state, leader: p.supervisingLeader })),
    overdue: open
      .map((x) => ({ id: x.a.id, proposalId: x.proposalId, caseNo: x.caseNo, title: x.title, departmentName: x.departmentName, deadline: x.a.deadline, isKey: x.isKey, days: overdueDays(x.a, today) }))
      .filter((x) => x.days > 0)
      .sort((a, b) => b.days - a.days),
  };
}

/** Overdue open assignments per department (department page and statistics). */
export async function overdueCountFor(departmentId: number) {
  const today = todayInBeijing();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assignments)
    .where(and(eq(assignments.departmentId, departmentId), inArray(assignments.state, ["assigned", "signed", "reassignment_requested", "rehandling"]), sql`${assignments.deadline} < ${today}`));
  return row.n;
}

export async function isFollowing(userId: string, proposalId: number) {
  const [row] = await db.select().from(follows).where(and(eq(follows.userId, userId), eq(follows.proposalId, proposalId)));
  return !!row;
}

export async function setFollowing(userId: string, proposalId: number, on: boolean) {
  if (on) await db.insert(follows).values({ userId, proposalId }).onConflictDoNothing();
  else await db.delete(follows).where(and(eq(follows.userId, userId), eq(follows.proposalId, proposalId)));
}

export function pendingReplies() {
  return db
    .select({ r: replies, departmentName: departments.name, caseNo: proposals.caseNo, title: proposals.title, proposalId: proposals.id })
    .from(replies)
    .innerJoin(assignments, eq(assignments.id, replies.assignmentId))
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .innerJoin(proposals, eq(proposals.id, assignments.proposalId))
    .where(eq(replies.state, "pending"))
    .orderBy(replies.id);
}

export function reassignmentRequests() {
  return db
    .select({ a: assignments, departmentName: departments.name, caseNo: proposals.caseNo, title: proposals.title })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .innerJoin(proposals, eq(proposals.id, assignments.proposalId))
    .where(eq(assignments.state, "reassignment_requested"));
}

/** The public proposal a structured document came from (its 立案), for the link back. */
export async function publicProposalOfDocument(documentId: number): Promise<{ caseNo: string; title: string } | null> {
  const [p] = await db
    .select({ caseNo: proposals.caseNo, title: proposals.title })
    .from(proposals)
    .where(and(eq(proposals.documentId, documentId), isNotNull(proposals.caseNo), notInArray(proposals.state, ["draft", "submitted", "withdrawn"])));
  return p?.caseNo ? { caseNo: p.caseNo, title: p.title } : null;
}
