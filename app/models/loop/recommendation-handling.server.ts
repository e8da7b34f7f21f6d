// Research-report recommendations (调研报告建议) are assigned one by one, and
// the department reports adoption (采纳/部分采纳/未采纳) and progress 0–100%.
// Shares the assignment rows and helpers of handling.server.ts.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db, rowsOf } from "../../../db/client";
import { assignments } from "../../../db/loop.schema";
import { departments } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import type { AppUser } from "../directory/users.server";
import { defaultDeadline, isDay, nextWorkingDay, todayInBeijing } from "../platform/calendar";
import { loadOverrides } from "../platform/calendar.server";
import { recordEvent } from "../platform/events.server";
import { notify } from "../platform/notifications.server";
import { OPEN_STATES, departmentUserIds, overdueDays, ownAssignment, refuse, setAssignmentState, type Assignment } from "./handling.server";
import { isStaff } from "../../auth/permissions";

/** Staff send one recommendation of a published report to a department. */
export async function assignRecommendation(user: AppUser, recommendationId: number, departmentId: number, deadlineInput: string | null) {
  if (!isStaff(user)) throw new DomainError("只有提案工作人员可以交办", "forbidden");
  const overrides = await loadOverrides();
  const today = todayInBeijing();
  if (deadlineInput && !isDay(deadlineInput)) throw new DomainError("日期格式应为 2026-06-30", "invalid", "deadline");
  const deadline = deadlineInput ? nextWorkingDay(deadlineInput, overrides) : defaultDeadline(today, overrides);
  if (deadline <= today) throw new DomainError("办理期限须晚于今天", "invalid", "deadline");
  return db.transaction(async (t) => {
    const [rec] = await t.execute<{ id: number; is_leaf: boolean; kind: string }>(
      sql`select r.id, r.is_leaf, d.kind from recommendations r join documents d on d.id = r.document_id
          where r.id = ${recommendationId} and r.removed_in_version is null and d.status = 'published' for update of r`,
    ).then((r) => rowsOf<{ id: number; is_leaf: boolean; kind: string }>(r));
    if (!rec) throw new DomainError("建议不存在", "not_found");
    if (rec.kind !== "research_report") throw new DomainError("提案按件交办；逐条交办只用于调研报告的建议", "conflict");
    const open = await t
      .select()
      .from(assignments)
      .where(and(eq(assignments.recommendationId, recommendationId), eq(assignments.departmentId, departmentId), inArray(assignments.state, [...OPEN_STATES])));
    if (open.length) throw new DomainError("该单位已在办理这条建议", "conflict", "departmentId");
    const [a] = await t.insert(assignments).values({ recommendationId, departmentId, role: "sole", deadline, createdBy: user.id }).returning();
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "recommendation",
      subjectId: recommendationId,
      action: "recommendation.assigned",
      toState: "assigned",
      data: { assignmentId: a.id, departmentId, deadline },
    });
    await notify(t, { userIds: await departmentUserIds(t, [departmentId]), subject: "新交办调研报告建议", body: `办理期限 ${deadline}`, link: `/department/recommendations/${a.id}` });
    return a;
  });
}

/** The department reports adoption (采纳/部分采纳/未采纳, reason required unless adopted) and progress 0–100%. */
export async function reportAdoption(
  user: AppUser,
  assignmentId: number,
  input: { adoption: "adopted" | "partly" | "not_adopted"; reason: string; progress: number },
) {
  if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100) throw new DomainError("进度须为 0 到 100 的整数", "invalid", "progress");
  if (input.adoption !== "adopted" && !input.reason.trim()) throw new DomainError("部分采纳或未采纳须说明理由", "invalid", "reason");
  return db.transaction(async (t) => {
    const a = await ownAssignment(t, user, assignmentId);
    if (!a.recommendationId) throw new DomainError("这不是调研报告建议的交办", "conflict");
    if (!["assigned", "signed", "replied"].includes(a.state)) throw refuse(a, "报告采纳情况");
    const to = input.progress === 100 || input.adoption === "not_adopted" ? "replied" : "signed";
    await setAssignmentState(t, a, to, user.id, "adoption_reported", {
      adoption: input.adoption,
      adoptionReason: input.reason.trim() || null,
      progress: input.progress,
      signedAt: a.signedAt ?? new Date(),
    }, `${{ adopted: "采纳", partly: "部分采纳", not_adopted: "未采纳" }[input.adoption]}，进度 ${input.progress}%`);
  });
}

export function recommendationAssignments(recommendationId: number) {
  return db
    .select({ a: assignments, departmentName: departments.name })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(eq(assignments.recommendationId, recommendationId))
    .orderBy(asc(assignments.id));
}

export async function departmentRecommendationInbox(departmentId: number) {
  const rows = await db.execute<{ id: number; recommendation_id: number; title: string; doc_title: string; state: string; deadline: string; adoption: string | null; progress: number | null }>(
    sql`select a.id, a.recommendation_id, r.title, d.title as doc_title, a.state, a.deadline, a.adoption, a.progress
        from assignments a join recommendations r on r.id = a.recommendation_id join documents d on d.id = r.document_id
        where a.department_id = ${departmentId} and a.recommendation_id is not null order by a.deadline`,
  );
  const list = rowsOf<{ id: number; recommendation_id: number; title: string; doc_title: string; state: string; deadline: string; adoption: string | null; progress: number | null }>(rows);
  const today = todayInBeijing();
  return list.map((r) => ({ ...r, overdueDays: overdueDays({ state: r.state as Assignment["state"], deadline: r.deadline }, today) }));
}
