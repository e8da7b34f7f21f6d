// Handling (办理) after acceptance: assignment to departments (交办) with
// working-day deadlines, sign-for (签收), re-assignment requests (申请调整),
// notes and contacts. Replies live in handling-replies.server.ts, evaluation
// and closing in handling-closing.server.ts. A department only ever touches
// its own assignments.
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { assignments, handlingNotes, proposals } from "../../../db/loop.schema";
import { departments, users } from "../../../db/schema";
import { recommendations } from "../../../db/documents.schema";
import { DomainError } from "../../utils/errors";
import type { AppUser } from "../directory/users.server";
import { addMonths, calendarDaysBetween, defaultDeadline, isDay, nextWorkingDay, todayInBeijing, workingDaysBetween } from "../platform/calendar";
import { loadOverrides } from "../platform/calendar.server";
import { recordEvent } from "../platform/events.server";
import { notify, settleNotices, settleNoticesAbout } from "../platform/notifications.server";
import { actorsFor, check, lockProposal, staffUserIds, transition } from "./proposals.server";
import { isDepartmentUser, isStaff } from "../../auth/permissions";
import { updateVersioned } from "../platform/versioned.server";
import { FORMAL_ROLES, assignmentChoiceProblems, assignmentRefusal, subjectOf, type AssignmentAction, type AssignmentSubject } from "./assignment-rules";

export type Assignment = typeof assignments.$inferSelect;
export type AssignmentRole = Assignment["role"];
export { FORMAL_ROLES } from "./assignment-rules";

export const REASSIGN_WINDOW_WORKING_DAYS = 5;

export const OPEN_STATES = ["assigned", "signed", "reassignment_requested", "rehandling"] as const;

/** A co-handler's own deadline (会办期限): one month after assignment, on a working day, never after the lead's. */
export function coOpinionDeadline(today: string, leadDeadline: string, overrides: Parameters<typeof nextWorkingDay>[1]) {
  const d = nextWorkingDay(addMonths(today, 1), overrides);
  return d < leadDeadline ? d : leadDeadline;
}

/** Throws the state table's refusal for this action on this assignment. */
export function checkAssignment(action: AssignmentAction, a: Assignment, user: AppUser) {
  const actor = isDepartmentUser(user, a.departmentId) ? "department" : isStaff(user) ? "staff" : null;
  const refused = assignmentRefusal(action, { subject: subjectOf(a), role: a.role, state: a.state }, actor);
  if (refused) throw new DomainError(refused.message, refused.code);
}

export async function departmentUserIds(t: DbOrTx, departmentIds: number[]) {
  if (!departmentIds.length) return [];
  const rows = await t.select({ id: users.id }).from(users).where(and(inArray(users.departmentId, departmentIds), eq(users.active, true)));
  return rows.map((r) => r.id);
}

export interface AssignInput {
  mode: "single" | "lead_co" | "separate";
  leadDepartmentId?: number | null; // single / lead_co
  coDepartmentIds?: number[]; // lead_co
  separateDepartmentIds?: number[]; // separate
  deadline?: string | null; // yyyy-mm-dd; default three months
  coDeadline?: string | null; // co-handlers' opinion deadline; default one month
}

/** 交办: single (单办), lead + co-handlers (主办/会办), or separate handlers (分办). */
export async function assignProposal(user: AppUser, proposalId: number, input: AssignInput) {
  const overrides = await loadOverrides();
  const today = todayInBeijing();
  if (input.deadline && !isDay(input.deadline)) throw new DomainError("日期格式应为 2026-06-30", "invalid", "deadline");
  const deadline = input.deadline ? nextWorkingDay(input.deadline, overrides) : defaultDeadline(today, overrides);
  if (deadline <= today) throw new DomainError("办理期限须晚于今天", "invalid", "deadline");
  if (input.coDeadline && !isDay(input.coDeadline)) throw new DomainError("日期格式应为 2026-06-30", "invalid", "coDeadline");
  // Any mode but 单办 and 主办/会办 is handled as 分办 below, so it is checked as one.
  const [problem] = assignmentChoiceProblems({ ...input, mode: input.mode === "single" || input.mode === "lead_co" ? input.mode : "separate" });
  if (problem) throw new DomainError(problem.message, "invalid", problem.field);
  const plan: { departmentId: number; role: AssignmentRole; deadline: string }[] = [];
  if (input.mode === "single" || input.mode === "lead_co") {
    plan.push({ departmentId: input.leadDepartmentId!, role: input.mode === "single" ? "sole" : "lead", deadline });
    if (input.mode === "lead_co") {
      const co = [...new Set(input.coDepartmentIds ?? [])].filter((d) => d !== input.leadDepartmentId);
      // Co-handlers send their opinion (会办意见) to the lead by their own, earlier deadline.
      const coDeadline = input.coDeadline ? nextWorkingDay(input.coDeadline, overrides) : coOpinionDeadline(today, deadline, overrides);
      if (coDeadline <= today) throw new DomainError("会办期限须晚于今天", "invalid", "coDeadline");
      if (coDeadline > deadline) throw new DomainError("会办期限不能晚于主办单位的办理期限", "invalid", "coDeadline");
      for (const d of co) plan.push({ departmentId: d, role: "co", deadline: coDeadline });
    }
  } else {
    const sep = [...new Set(input.separateDepartmentIds ?? [])];
    for (const d of sep) plan.push({ departmentId: d, role: "separate", deadline });
  }
  return db.transaction(async (t) => {
    const p = await lockProposal(t, proposalId);
    check("assign", p, await actorsFor(user, p, t));
    const active = await t
      .select({ id: departments.id })
      .from(departments)
      .where(and(inArray(departments.id, plan.map((x) => x.departmentId)), eq(departments.active, true)));
    if (active.length !== new Set(plan.map((x) => x.departmentId)).size) throw new DomainError("所选单位不存在或已停用", "invalid", "leadDepartmentId");
    const open = await t
      .select()
      .from(assignments)
      .where(and(eq(assignments.proposalId, proposalId), inArray(assignments.state, [...OPEN_STATES])));
    for (const x of plan) {
      if (open.some((o) => o.departmentId === x.departmentId)) throw new DomainError("该单位已在办理此提案", "conflict", "leadDepartmentId");
    }
    if (plan.some((x) => x.role !== "co") && open.some((o) => FORMAL_ROLES.includes(o.role))) {
      throw new DomainError("已有主办或分办单位在办理，请先处理调整申请", "conflict");
    }
    const rows = await t
      .insert(assignments)
      .values(plan.map((x) => ({ ...x, proposalId, createdBy: user.id })))
      .returning();
    for (const a of rows) {
      await recordEvent(t, {
        actorId: user.id,
        subjectType: "proposal",
        subjectId: proposalId,
        action: "proposal.assigned",
        fromState: p.state,
        toState: "assigned",
        data: { assignmentId: a.id, departmentId: a.departmentId, role: a.role, deadline: a.deadline },
      });
    }
    if (p.state !== "assigned") {
      await updateVersioned(t, proposals, { id: p.id }, { state: "assigned" });
    }
    await notify(t, {
      userIds: await departmentUserIds(t, plan.map((x) => x.departmentId)),
      subject: `${newAssignmentSubject(p.caseNo)}${p.title}`,
      body: `办理期限 ${deadline}。请及时签收。`,
      link: `/department`,
    });
    return rows;
  });
}

const WRONG_PLACE: Record<AssignmentSubject, string> = {
  proposal: "这是提案的交办，请在提案办理页面（/department/assignments/ID，接口 /api/v1/assignments/ID）办理",
  recommendation: "这是调研报告建议的交办，请在建议办理页面（/department/recommendations/ID，接口 /api/v1/recommendation-assignments/ID）办理",
};

/** Why an assignment of the other kind is not found here (404 with the reason). */
export function wrongSubject(a: Pick<Assignment, "id" | "proposalId">) {
  return new DomainError(WRONG_PLACE[subjectOf(a)].replace(/ID/g, String(a.id)), "not_found");
}

/** What a staff step may touch: assignments of one kind, or one proposal's (its staff page). */
export type AssignmentScope = AssignmentSubject | { proposalId: number };

/** Refuses (404 with the reason) an assignment outside the scope: never a silent row elsewhere. */
export function checkScope(a: Pick<Assignment, "id" | "proposalId">, scope: AssignmentScope | undefined) {
  if (!scope) return;
  if (typeof scope === "string") {
    if (subjectOf(a) !== scope) throw wrongSubject(a);
  } else if (a.proposalId !== scope.proposalId) {
    throw a.proposalId === null ? wrongSubject(a) : new DomainError("该交办不属于本提案", "not_found");
  }
}

/**
 * A department user's own assignment of the expected kind, locked. Another
 * department's is a 404 (not even its existence leaks); one of the other kind
 * is a 404 that says where it is handled.
 */
export async function ownAssignment(t: DbOrTx, user: AppUser, id: number, subject: AssignmentSubject) {
  const [a] = await t.select().from(assignments).where(eq(assignments.id, id)).for("update");
  if (!a || !isDepartmentUser(user, a.departmentId)) throw new DomainError("交办记录不存在", "not_found");
  if (subjectOf(a) !== subject) throw wrongSubject(a);
  return a;
}

export async function setAssignmentState(t: DbOrTx, a: Assignment, to: Assignment["state"], actorId: string, action: string, extra: Partial<Assignment> = {}, note: string | null = null) {
  await updateVersioned(t, assignments, { id: a.id }, { ...extra, state: to });
  await recordEvent(t, {
    actorId,
    subjectType: a.proposalId ? "proposal" : "recommendation",
    subjectId: a.proposalId ?? a.recommendationId!,
    action: `assignment.${action}`,
    fromState: a.state,
    toState: to,
    note,
    data: { assignmentId: a.id, departmentId: a.departmentId },
  });
}

/** 签收 (either kind of assignment; the route names which). */
export async function signAssignment(user: AppUser, id: number, subject: AssignmentSubject = "proposal") {
  return db.transaction(async (t) => {
    const a = await ownAssignment(t, user, id, subject);
    checkAssignment("sign", a, user);
    await setAssignmentState(t, a, "signed", user.id, "signed", { signedAt: new Date() });
    // Signed: the 请及时签收 notice is answered for everyone in the department.
    if (a.proposalId) {
      const [p] = await t.select({ caseNo: proposals.caseNo }).from(proposals).where(eq(proposals.id, a.proposalId));
      await settleNotices(t, await departmentUserIds(t, [a.departmentId]), "/department", newAssignmentSubject(p.caseNo));
    } else {
      await settleReportNotice(t, a);
    }
  });
}

/**
 * The department has signed (or reported on) a report recommendation: once none of that
 * report's recommendations waits for it to sign, the 新交办调研报告建议 notice is answered for
 * everyone in the department, as a proposal's 新交办提案 is (signAssignment). In the caller's transaction.
 */
export async function settleReportNotice(t: DbOrTx, a: Pick<Assignment, "recommendationId" | "departmentId">) {
  if (!a.recommendationId) return;
  const [rec] = await t.select({ documentId: recommendations.documentId }).from(recommendations).where(eq(recommendations.id, a.recommendationId));
  const [waiting] = await t
    .select({ id: assignments.id })
    .from(assignments)
    .innerJoin(recommendations, eq(recommendations.id, assignments.recommendationId))
    .where(and(eq(recommendations.documentId, rec.documentId), eq(assignments.departmentId, a.departmentId), eq(assignments.state, "assigned")))
    .limit(1);
  if (!waiting) await settleNoticesAbout(t, await departmentUserIds(t, [a.departmentId]), { type: "report_assignment", id: rec.documentId });
}

/** The opening of the notice that asks a department to sign for a proposal (settled on signing). */
const newAssignmentSubject = (caseNo: string | null) => `新交办提案 ${caseNo}：`;

/** 申请调整: within the window after assignment, with a reason. */
export async function requestReassignment(user: AppUser, id: number, reason: string, subject: AssignmentSubject = "proposal") {
  if (!reason.trim()) throw new DomainError("请说明申请调整的理由", "invalid", "reason");
  const overrides = await loadOverrides();
  return db.transaction(async (t) => {
    const a = await ownAssignment(t, user, id, subject);
    checkAssignment("request_reassignment", a, user);
    const assignedDay = todayInBeijing(a.assignedAt);
    const used = workingDaysBetween(assignedDay, todayInBeijing(), overrides);
    if (used > REASSIGN_WINDOW_WORKING_DAYS) {
      throw new DomainError(`交办后 ${REASSIGN_WINDOW_WORKING_DAYS} 个工作日内才能申请调整（已过 ${used} 个工作日）`, "conflict");
    }
    await setAssignmentState(t, a, "reassignment_requested", user.id, "reassignment_requested", { reassignmentReason: reason.trim() }, reason.trim());
    const link = a.proposalId ? `/staff/proposals/${a.proposalId}` : `/staff/reassignments`;
    await notify(t, { userIds: await staffUserIds(t), subject: "承办单位申请调整交办", body: reason.trim(), link });
  });
}

/** Staff decide a re-assignment request: approve (withdraw it; staff assign anew) or refuse. */
export async function decideReassignment(user: AppUser, id: number, approve: boolean, note: string, scope?: AssignmentScope) {
  if (!isStaff(user)) throw new DomainError("只有提案工作人员可以处理调整申请", "forbidden");
  return db.transaction(async (t) => {
    const [a] = await t.select().from(assignments).where(eq(assignments.id, id)).for("update");
    if (!a) throw new DomainError("交办记录不存在", "not_found");
    checkScope(a, scope);
    checkAssignment("decide_reassignment", a, user);
    if (approve) {
      await setAssignmentState(t, a, "withdrawn", user.id, "reassignment_approved", {}, note || null);
      if (a.proposalId) {
        const p = (await t.select().from(proposals).where(eq(proposals.id, a.proposalId)))[0];
        const open = await t.select().from(assignments).where(and(eq(assignments.proposalId, p.id), inArray(assignments.state, [...OPEN_STATES])));
        if (!open.length) await transition(t, p, "accepted", user.id, "reassignment_pending", {}, "调整后待重新交办");
      }
    } else {
      await setAssignmentState(t, a, a.signedAt ? "signed" : "assigned", user.id, "reassignment_refused", {}, note || null);
    }
    await notify(t, {
      userIds: await departmentUserIds(t, [a.departmentId]),
      subject: approve ? "调整申请已同意" : "调整申请未同意，请继续办理",
      body: note,
      link: a.proposalId ? `/department/assignments/${a.id}` : `/department/recommendations/${a.id}`,
    });
  });
}

export async function addHandlingNote(user: AppUser, id: number, kind: "progress" | "meeting" | "forum" | "phone" | "letter", body: string, happenedOn: string | null) {
  if (!body.trim()) throw new DomainError("请填写内容", "invalid", "body");
  return db.transaction(async (t) => {
    const a = await ownAssignment(t, user, id, "proposal");
    checkAssignment("note", a, user);
    await t.insert(handlingNotes).values({ assignmentId: id, kind, body: body.trim(), happenedOn, createdBy: user.id });
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "assignment",
      subjectId: id,
      action: kind === "progress" ? "assignment.progress" : "assignment.contact",
      note: kind === "progress" ? body.trim().slice(0, 200) : null,
      data: { kind },
    });
  });
}

/** Overdue: an open assignment past its deadline (days late, in calendar days). */
export function overdueDays(a: Pick<Assignment, "state" | "deadline">, today = todayInBeijing()) {
  if (!(OPEN_STATES as readonly string[]).includes(a.state)) return 0;
  if (a.deadline >= today) return 0;
  // Arithmetic, not a day-by-day walk: department pages list hundreds of assignments.
  return calendarDaysBetween(a.deadline, today);
}
