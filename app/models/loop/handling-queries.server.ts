// Read models of handling: assignments, replies, evaluations and notes of a
// proposal, and a department's inbox. Writes live in handling.server.ts.
import { and, asc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { assignments, evaluations, handlingNotes, proposals, replies, type Adoption } from "../../../db/loop.schema";
import { departments } from "../../../db/schema";
import type { AppUser } from "../directory/users.server";
import { addWorkingDays, todayInBeijing } from "../platform/calendar";
import { loadOverrides } from "../platform/calendar.server";
import { OPEN_STATES, overdueDays, wrongSubject } from "./handling.server";
import { subjectOf, type AssignmentSubject } from "./assignment-rules";
import { isDepartmentUser } from "../../auth/permissions";
import { DUE_SOON_WORKING_DAYS } from "../todos/todos.server";

export function listAssignments(proposalId: number) {
  return db
    .select({ a: assignments, departmentName: departments.name })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(eq(assignments.proposalId, proposalId))
    .orderBy(asc(assignments.id));
}

export interface ReplyAdoption {
  title: string;
  adoption: Adoption;
  reason: string;
}

/**
 * The adoption marks (采纳情况) a reply made, in the recommendations' order, read in
 * the replies' own statement (no second round trip on the proposal pages).
 */
const adoptionsOfReply = sql<ReplyAdoption[] | string>`(select coalesce(json_agg(json_build_object('title', rec.title, 'adoption', ra.adoption, 'reason', ra.reason) order by ra.recommendation_id), '[]'::json)
  from recommendation_adoptions ra join recommendations rec on rec.id = ra.recommendation_id where ra.reply_id = ${replies.id})`;

export async function listReplies(proposalId: number, onlyPublished: boolean) {
  const rows = await db
    .select({ r: replies, departmentName: departments.name, role: assignments.role, departmentId: assignments.departmentId, adoptions: adoptionsOfReply })
    .from(replies)
    .innerJoin(assignments, eq(assignments.id, replies.assignmentId))
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(and(eq(assignments.proposalId, proposalId), onlyPublished ? eq(replies.state, "published") : undefined))
    .orderBy(asc(replies.id));
  // json arrives parsed from both drivers; a string is parsed here all the same.
  return rows.map((row) => ({ ...row, adoptions: typeof row.adoptions === "string" ? (JSON.parse(row.adoptions) as ReplyAdoption[]) : row.adoptions }));
}

export function listEvaluations(proposalId: number) {
  return db.select().from(evaluations).where(eq(evaluations.proposalId, proposalId)).orderBy(asc(evaluations.id));
}

export function listNotes(assignmentId: number) {
  return db.select().from(handlingNotes).where(eq(handlingNotes.assignmentId, assignmentId)).orderBy(asc(handlingNotes.id));
}

/**
 * A department user's own assignment of the expected kind. Another department's
 * is null (404); one of the other kind throws a 404 that says where it is handled.
 */
export async function getOwnAssignment(user: AppUser, id: number, subject: AssignmentSubject) {
  const [row] = await db
    .select({ a: assignments, departmentName: departments.name })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(eq(assignments.id, id));
  if (!row || !isDepartmentUser(user, row.a.departmentId)) return null;
  if (subjectOf(row.a) !== subject) throw wrongSubject(row.a);
  return row;
}

/** The co-handlers' opinions (会办意见) and waivers of a proposal, for its lead and staff. */
export async function coHandlingOf(proposalId: number) {
  const rows = await db
    .select({ a: assignments, departmentName: departments.name })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(and(eq(assignments.proposalId, proposalId), eq(assignments.role, "co"), ne(assignments.state, "withdrawn")))
    .orderBy(asc(assignments.id));
  const opinions = rows.length
    ? await db.select().from(replies).where(and(inArray(replies.assignmentId, rows.map((r) => r.a.id)), eq(replies.kind, "co_opinion"))).orderBy(asc(replies.id))
    : [];
  return rows.map(({ a, departmentName }) => {
    const opinion = opinions.filter((o) => o.assignmentId === a.id).pop();
    return {
      assignmentId: a.id,
      departmentId: a.departmentId,
      departmentName,
      state: a.state,
      deadline: a.deadline,
      overdueDays: overdueDays(a),
      opinion: opinion ? { body: opinion.body, at: opinion.createdAt.toISOString() } : null,
      waiver: a.opinionWaivedAt ? { reason: a.opinionWaiverReason ?? "", at: a.opinionWaivedAt.toISOString() } : null,
      heard: !!opinion || !!a.opinionWaivedAt,
    };
  });
}

/** A department's inbox, bucketed as the console shows it. */
export async function departmentInbox(departmentId: number) {
  const overrides = await loadOverrides();
  const today = todayInBeijing();
  const soon = addWorkingDays(today, DUE_SOON_WORKING_DAYS, overrides);
  const rows = await db
    // The columns the workbench and the API list show, nothing else: mapping every column of
    // every assignment (timestamps become Dates) tripled the cost of this query, and the
    // proposal's body is long and never shown here.
    .select({
      a: {
        id: assignments.id,
        proposalId: assignments.proposalId,
        role: assignments.role,
        state: assignments.state,
        deadline: assignments.deadline,
        version: assignments.version,
        opinionWaivedAt: assignments.opinionWaivedAt,
      },
      p: { caseNo: proposals.caseNo, title: proposals.title, state: proposals.state, isKey: proposals.isKey },
    })
    .from(assignments)
    .innerJoin(proposals, eq(proposals.id, assignments.proposalId))
    .where(and(eq(assignments.departmentId, departmentId), isNotNull(assignments.proposalId)))
    .orderBy(asc(assignments.deadline));
  return rows.map(({ a, p }) => {
    const late = overdueDays(a, today);
    const bucket =
      a.state === "assigned"
        ? "new"
        : late > 0
          ? "overdue"
          : (OPEN_STATES as readonly string[]).includes(a.state) && a.deadline <= soon
            ? "due_soon"
            : a.state === "closed"
              ? "evaluated"
              : a.state === "replied"
                ? "replied"
                : "in_progress";
    return { ...a, caseNo: p.caseNo, title: p.title, proposalState: p.state, isKey: p.isKey, overdueDays: late, bucket };
  });
}
